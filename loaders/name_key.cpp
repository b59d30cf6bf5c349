#include "loaders/name_key.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "engine/errors.hpp"

namespace repnet {
namespace {

bool is_ascii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

const icu::Normalizer2& normalizer(bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || !n) throw InternalError(std::string("ICU normalizer unavailable: ") + u_errorName(status));
    return *n;
}

icu::UnicodeString normalized(const icu::UnicodeString& s, bool compose) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer(compose).normalize(s, status);
    if (U_FAILURE(status)) throw InternalError(std::string("ICU normalization failed: ") + u_errorName(status));
    return out;
}

std::string collapse_ascii(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pending_space = false;
    for (char c : name) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace

std::string name_key(std::string_view name) {
    if (is_ascii(name)) return collapse_ascii(name);
    icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    s = normalized(s, false);
    s.foldCase(U_FOLD_CASE_DEFAULT);
    s = normalized(s, true);
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space) out.append(UChar32(' '));
        pending_space = false;
        out.append(c);
    }
    std::string key;
    out.toUTF8String(key);
    return key;
}

std::string nfc(std::string_view text) {
    if (is_ascii(text)) return std::string(text);
    const icu::UnicodeString s =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    if (normalizer(true).isNormalized(s, status) && U_SUCCESS(status)) return std::string(text);
    std::string out;
    normalized(s, true).toUTF8String(out);
    return out;
}

}  // namespace repnet

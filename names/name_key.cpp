#include "names/name_key.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

#include "engine/errors.hpp"

namespace repnet::names {

Transliterator::Transliterator() {
    UErrorCode status = U_ZERO_ERROR;
    icu_.reset(icu::Transliterator::createInstance(kTransliteratorId, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !icu_)
        throw InternalError(std::string("ICU has no transliterator '") + kTransliteratorId +
                            "': " + u_errorName(status));
}

Transliterator::~Transliterator() = default;
Transliterator::Transliterator(Transliterator&&) noexcept = default;
Transliterator& Transliterator::operator=(Transliterator&&) noexcept = default;

bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string Transliterator::to_ascii(std::string_view utf8) const {
    std::string out;
    if (is_ascii(utf8)) {
        out.assign(utf8);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return out;
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), int32_t(utf8.size())));
    icu_->transliterate(text);
    text.toUTF8String(out);
    return out;
}

std::vector<std::string> split_tokens(std::string_view ascii) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : ascii) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            cur += c;
        } else if (c >= 'A' && c <= 'Z') {
            cur += char(c - 'A' + 'a');
        } else if (c == '\'' || c == '`') {
            continue;  // the soft sign (akhmed'yarov) and Kazakh Latin apostrophes join the token
        } else if (!cur.empty()) {
            out.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

namespace {

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    if (s.find(from) == std::string::npos) return;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, from.size(), from) == 0) {
            out.append(to);
            i += from.size();
        } else {
            out += s[i++];
        }
    }
    s = std::move(out);
}

}  // namespace

std::string variant_token(std::string_view ascii_token) {
    std::string s(ascii_token);
    // The rules are about letters: a token with digits (a number, a generated name) is compared as written.
    if (std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return s;
    // Kazakh letters as BGN writes them (қ q, ғ gh) and as English-language reports write them (k, g).
    replace_all(s, "q", "k");
    replace_all(s, "gh", "g");
    // Ж: zh (BGN, English), dzh (Russian passports), j (Kazakh Latin, Turkish-style spellings).
    replace_all(s, "dzh", "j");
    replace_all(s, "dj", "j");
    replace_all(s, "zh", "j");
    // Х: kh (BGN) or h (Kazakh Latin, German-style spellings).
    replace_all(s, "kh", "h");
    // кс: ks or x (Maks / Max).
    replace_all(s, "ks", "x");
    // Е written ye or e (Bokayev / Bokaev, Yerlan / Erlan), then Й and the iotated vowels: y or i (Mamay / Mamai,
    // Yuriy / Yurii).
    replace_all(s, "ye", "e");
    replace_all(s, "y", "i");
    // Doubled letters (Asset / Aset, Mukhammedov / Mukhamedov).
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
}

std::string stem_token(std::string_view variant) {
    // Longest first; "ov" must not cut "ovich".
    static constexpr std::array<std::string_view, 8> kEndings = {"ovich", "evich", "ovna", "evna",
                                                                 "ova",   "eva",   "ov",   "ev"};
    static constexpr std::array<std::string_view, 2> kPatronymics = {"uli", "kizi"};
    std::string s(variant);
    auto strip = [&](std::string_view end) {
        if (s.size() >= end.size() + 4 && s.compare(s.size() - end.size(), end.size(), end) == 0) {
            s.resize(s.size() - end.size());
            return true;
        }
        return false;
    };
    for (auto end : kPatronymics)
        if (strip(end)) return s;
    for (auto end : kEndings)
        if (strip(end)) return s;
    return s;
}

bool is_particle(std::string_view variant) {
    return variant == "uli" || variant == "kizi" || variant == "ogli";
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > limit) return limit + 1;
    // Three rows of the optimal-string-alignment table; cells outside the band are "limit + 1".
    const int big = limit + 1;
    std::vector<int> prev2(m + 1, big), prev(m + 1), cur(m + 1, big);
    for (int j = 0; j <= m; ++j) prev[j] = std::min(j, big);
    for (int i = 1; i <= n; ++i) {
        std::fill(cur.begin(), cur.end(), big);
        cur[0] = std::min(i, big);
        int row_min = cur[0];
        const int lo = std::max(1, i - limit), hi = std::min(m, i + limit);
        for (int j = lo; j <= hi; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
            cur[j] = std::min(v, big);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return big;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], big);
}

int allowed_edits(std::size_t letters) {
    return letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
}

}  // namespace repnet::names

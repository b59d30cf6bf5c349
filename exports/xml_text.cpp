#include "exports/xml_text.hpp"

namespace repnet {
namespace {

// Length of the UTF-8 sequence starting at text[i] if it must be dropped (not
// an XML 1.0 Char), else 0.
std::size_t forbidden_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return 1;
    // U+FFFE and U+FFFF are EF BF BE / EF BF BF in UTF-8.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF))
        return 3;
    return 0;
}

// If text[i] starts a character some reader rewrites when raw (CR, DEL, the C1
// controls, U+2028, U+2029), its code point and the sequence length; else 0.
std::size_t referenced_length(std::string_view text, std::size_t i, unsigned& code) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r' || c == 0x7F) {
        code = c;
        return 1;
    }
    // U+0080..U+009F are C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        if (d >= 0x80 && d <= 0x9F) {
            code = d;
            return 2;
        }
    }
    // U+2028, U+2029 are E2 80 A8 / E2 80 A9.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
        code = static_cast<unsigned char>(text[i + 2]) == 0xA8 ? 0x2028 : 0x2029;
        return 3;
    }
    return 0;
}

void append_reference(std::string& out, unsigned code) {
    out += "&#" + std::to_string(code) + ";";
}

// Up to this length, text without markup characters is written plain: the JDK
// parser reports it as one event (it splits only at references and, for long
// text, at buffer boundaries, which could leave a whitespace-only event).
constexpr std::size_t kPlainLimit = 1024;

}  // namespace

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '<':
                out += "&lt;";
                ++i;
                continue;
            case '>':
                out += "&gt;";
                ++i;
                continue;
            case '&':
                out += "&amp;";
                ++i;
                continue;
            case '"':
                out += "&quot;";
                ++i;
                continue;
            case '\'':
                out += "&apos;";
                ++i;
                continue;
            case '\t':
                out += "&#9;";
                ++i;
                continue;
            case '\n':
                out += "&#10;";
                ++i;
                continue;
            default:
                break;
        }
        if (const std::size_t n = forbidden_length(text, i)) {
            i += n;
            continue;
        }
        unsigned code = 0;
        if (const std::size_t n = referenced_length(text, i, code)) {
            append_reference(out, code);
            i += n;
            continue;
        }
        out += static_cast<char>(c);
        ++i;
    }
    return out;
}

std::string xml_element_text(std::string_view text) {
    bool plain = text.size() <= kPlainLimit;
    for (std::size_t i = 0; plain && i < text.size(); ++i) {
        unsigned code = 0;
        const char c = text[i];
        if (c == '<' || c == '&' || c == '>' || forbidden_length(text, i) || referenced_length(text, i, code))
            plain = false;
    }
    if (plain) return std::string(text);

    std::string out;
    out.reserve(text.size() + 32);
    bool open = false;  // inside <![CDATA[
    auto open_section = [&] {
        if (!open) out += "<![CDATA[";
        open = true;
    };
    auto close_section = [&] {
        if (open) out += "]]>";
        open = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t n = forbidden_length(text, i)) {
            i += n;
            continue;
        }
        unsigned code = 0;
        if (const std::size_t n = referenced_length(text, i, code)) {
            close_section();
            append_reference(out, code);
            i += n;
            continue;
        }
        open_section();
        if (text.compare(i, 3, "]]>") == 0) {
            out += "]]]]><![CDATA[>";  // "]]" ends this section, ">" starts the next
            i += 3;
            continue;
        }
        out += text[i];
        ++i;
    }
    close_section();
    return out;
}

}  // namespace repnet

#include "exports/xml_text.hpp"

namespace repnet {

std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
            case '<': out += "&lt;"; continue;
            case '>': out += "&gt;"; continue;
            case '&': out += "&amp;"; continue;
            case '"': out += "&quot;"; continue;
            case '\'': out += "&apos;"; continue;
            case '\t': out += "&#9;"; continue;
            case '\n': out += "&#10;"; continue;
            case '\r': out += "&#13;"; continue;
            default: break;
        }
        if (c < 0x20) continue;  // C0 controls are forbidden in XML 1.0
        // U+FFFE and U+FFFF are EF BF BE / EF BF BF in UTF-8.
        if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

}  // namespace repnet

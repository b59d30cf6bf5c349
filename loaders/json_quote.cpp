#include "loaders/json_quote.hpp"

#include <cstdio>

namespace repnet {

std::string json_quoted(std::string_view s) {
    std::string q = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') {
            q += '\\';
            q += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(static_cast<unsigned char>(c)));
            q += buf;
        } else {
            q += c;
        }
    }
    q += '"';
    return q;
}

}  // namespace repnet

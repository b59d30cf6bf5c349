#include "loaders/name_key.hpp"

namespace repnet {

std::string name_key(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pending_space = false;
    for (char c : name) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace repnet

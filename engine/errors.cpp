#include "engine/errors.hpp"

namespace repnet {

std::string SourceLocation::str() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

InputError::InputError(SourceLocation where, std::string message)
    : std::runtime_error(where.str() + ": " + message), where_(std::move(where)), message_(std::move(message)) {}

}  // namespace repnet

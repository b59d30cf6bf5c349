#include "engine/errors.hpp"

#include <charconv>

namespace repnet {

std::string SourceLocation::str() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

InvalidArgument::InvalidArgument(std::string parameter, std::string rule, std::string value)
    : std::invalid_argument(parameter + " " + rule + ", got " + value),
      parameter_(std::move(parameter)),
      rule_(std::move(rule)),
      value_(std::move(value)) {}

std::string argument_text(double value) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(value);
}

InputError::InputError(SourceLocation where, std::string message)
    : std::runtime_error(where.str() + ": " + message), where_(std::move(where)), message_(std::move(message)) {}

namespace {
std::string io_message(const std::filesystem::path& path, const std::string& reason) {
    return path.empty() ? reason : "cannot write '" + path.string() + "': " + reason;
}
}  // namespace

IoError::IoError(std::filesystem::path path, std::string reason)
    : std::runtime_error(io_message(path, reason)), path_(std::move(path)), reason_(std::move(reason)) {}

}  // namespace repnet

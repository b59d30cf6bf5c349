#pragma once
// Typed errors, mapped to exit codes in one place (cli/main.cpp):
// UsageError -> 1, IoError -> 1, InputError -> 2, InternalError (and anything else) -> 3.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace repnet {

struct SourceLocation {
    std::string file;
    std::size_t line = 0;    // 1-based; 0 = unknown
    std::size_t column = 0;  // 1-based, in bytes; 0 = unknown
    std::string str() const;
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Bad input: where it is, what was found, what was expected.
class InputError : public std::runtime_error {
public:
    InputError(SourceLocation where, std::string message);
    const SourceLocation& where() const noexcept { return where_; }
    const std::string& message() const noexcept { return message_; }

private:
    SourceLocation where_;
    std::string message_;
};

// A file could not be written (disk full, read-only or missing directory,
// permission denied): the output is left as it was, with no partial file.
class IoError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class InternalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace repnet

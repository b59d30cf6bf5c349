#pragma once
// Typed errors. cli/main.cpp alone maps them to exit codes (README.md, "Exit codes"):
//
//   type              exit  when
//   (none)            0     success
//   UsageError        1     the command line is wrong (unknown flag, flags that conflict, a name not found)
//   InvalidArgument   1     a parameter outside its range: the algorithms' own validation, named by parameter
//   InputError        2     the input data is wrong, or an iterative measure did not converge on it
//   InternalError     3     a bug (also any other exception)
//   IoError           4     an output could not be written (directory missing, disk full, permission denied)
//   Cancelled         5     the caller stopped a long computation through its RunContext (engine/run_context.hpp)
//
// Algorithms throw InvalidArgument and never name command-line flags; cli/ maps flags to parameters.
#include <cstddef>
#include <filesystem>
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

// A parameter outside its range, in igraph's style: "damping must be in [0, 1), got 1.5".
// `parameter` is the algorithm's name for it ("damping", "resolution"), `rule` the
// condition it breaks ("must be in [0, 1)"), `value` what was given, as text.
class InvalidArgument : public std::invalid_argument {
public:
    InvalidArgument(std::string parameter, std::string rule, std::string value);
    const std::string& parameter() const noexcept { return parameter_; }
    const std::string& rule() const noexcept { return rule_; }
    const std::string& value() const noexcept { return value_; }

private:
    std::string parameter_, rule_, value_;
};

// A number as InvalidArgument's value: the shortest text that reads back to the same double.
std::string argument_text(double value);

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

class InternalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An output that could not be written: "cannot write 'out/graph.graphml': No space left on device".
// A writer that knows only its stream throws it with an empty path; write_file_atomically adds the path.
class IoError : public std::runtime_error {
public:
    IoError(std::filesystem::path path, std::string reason);
    const std::filesystem::path& path() const noexcept { return path_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    std::filesystem::path path_;
    std::string reason_;
};

// A computation stopped because its RunContext's cancel flag was set.
class Cancelled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace repnet

#pragma once
// Reading typed fields out of a JSON object, with errors that point at the
// offending value. Unknown fields are errors: a misspelt field name must not
// silently drop a fact.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/json_tree.hpp"

namespace repnet::detail {

// Thrown by field readers; the loader turns it into an InputError at `offset`.
struct FieldError {
    std::size_t offset;
    std::string message;
};

[[noreturn]] void field_error(const JsonValue& at, std::string message);

class FieldReader {
public:
    // `what` names the object in messages ("entity", "relation", ...).
    FieldReader(const JsonValue& object, std::string what, std::initializer_list<std::string_view> allowed);

    const JsonValue& object() const { return object_; }
    const JsonValue* optional(std::string_view key) const { return object_.find(key); }
    const JsonValue& required(std::string_view key) const;

    std::string required_string(std::string_view key) const;
    std::optional<std::string> optional_string(std::string_view key) const;
    std::vector<std::string> optional_string_array(std::string_view key) const;

private:
    const JsonValue& object_;
    std::string what_;
};

void expect_kind(const JsonValue& value, JsonValue::Kind kind, std::string_view what);
const std::string& expect_string(const JsonValue& value, std::string_view what);

}  // namespace repnet::detail

#pragma once
// A JSON tree that remembers where each value starts in its file, so loaders
// can report file:line:column for any value they reject. Built with
// RapidJSON's SAX reader (its DOM does not keep positions).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/errors.hpp"

namespace repnet {

struct JsonMember;

struct JsonValue {
    enum class Kind { null, boolean, integer, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    std::int64_t integer = 0;  // kind == integer
    double number = 0;         // kind == integer or number
    std::string string;
    std::vector<JsonValue> items;      // kind == array
    std::vector<JsonMember> members;   // kind == object, in file order
    std::size_t offset = 0;            // byte offset of the value's first character

    bool is_object() const { return kind == Kind::object; }
    bool is_array() const { return kind == Kind::array; }
    bool is_string() const { return kind == Kind::string; }
    bool is_number() const { return kind == Kind::integer || kind == Kind::number; }
    const JsonValue* find(std::string_view key) const;
    const JsonMember* find_member(std::string_view key) const;
};

struct JsonMember {
    std::string key;
    std::size_t key_offset = 0;
    JsonValue value;
};

const char* json_kind_name(JsonValue::Kind kind);

class JsonDocument {
public:
    // Parses UTF-8 JSON text; throws InputError with file:line:column on bad syntax or encoding.
    JsonDocument(std::string file_name, std::string text);
    const JsonValue& root() const { return root_; }
    const std::string& file_name() const { return file_name_; }
    // Line and column (1-based; column counts UTF-8 characters) of a byte offset.
    SourceLocation locate(std::size_t offset) const;
    // The 1-based line of a byte offset (cheap: no column count).
    std::size_t line_of(std::size_t offset) const;

private:
    std::string file_name_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
    JsonValue root_;
};

}  // namespace repnet

#pragma once
// A JSON tree that remembers where each value starts in its file, so loaders
// can report file:line:column for any value they reject. Built with
// RapidJSON's SAX reader (its DOM does not keep positions), iteratively (no
// recursion), nesting at most kMaxJsonDepth levels, numbers converted exactly
// by std::from_chars on their text.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/errors.hpp"

namespace repnet {

// Deeper nesting is an input error ("nesting deeper than 512 levels at file:line:column").
inline constexpr std::size_t kMaxJsonDepth = 512;

struct JsonMember;

struct JsonValue {
    enum class Kind { null, boolean, integer, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    std::int64_t integer = 0;  // kind == integer
    double number = 0;         // kind == integer or number
    std::string string;
    std::vector<JsonValue> items;     // kind == array
    std::vector<JsonMember> members;  // kind == object, in file order
    std::size_t offset = 0;           // byte offset of the value's first character
    std::size_t streamed_items = 0;   // an array whose items were streamed (not kept): how many

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
    // Parses UTF-8 JSON text and keeps the whole tree; throws InputError with
    // file:line:column on bad syntax or encoding, too deep nesting, or a number
    // outside the range of a double.
    JsonDocument(std::string file_name, std::string text);

    // Parses without copying `text` (which must outlive the document) and without
    // keeping the items of the root object's arrays named in `streamed`: root()
    // holds those arrays empty, and for_each_item() parses again to hand the items
    // over one at a time. Memory stays that of the text plus one item.
    JsonDocument(std::string file_name, std::string_view text, std::vector<std::string> streamed);

    // Calls fn for each item of the root object's array `key` (one of the streamed
    // keys), building one item at a time. Exceptions from fn propagate.
    void for_each_item(std::string_view key, const std::function<void(const JsonValue&)>& fn) const;

    const JsonValue& root() const { return root_; }
    const std::string& file_name() const { return file_name_; }
    // Line and column (1-based; column counts UTF-8 characters) of a byte offset.
    SourceLocation locate(std::size_t offset) const;
    // The 1-based line of a byte offset (cheap: no column count).
    std::size_t line_of(std::size_t offset) const;

private:
    void index_lines();
    void parse(std::string_view only_key, const std::function<void(const JsonValue&)>* fn, JsonValue* root) const;

    std::string file_name_;
    std::string owned_;
    std::string_view text_;
    std::vector<std::string> streamed_;
    std::vector<std::size_t> line_starts_;
    JsonValue root_;
};

}  // namespace repnet

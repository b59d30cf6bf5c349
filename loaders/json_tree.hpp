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
// How far a pass gets ahead of the text it last released, by default (see JsonDocument's ReleaseFn).
inline constexpr std::size_t kReleaseBytes = std::size_t(16) << 20;

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
    //
    // `release`, if given, is told each byte range of `text` a pass is done with (behind the
    // cursor, in steps of kReleaseBytes, and the whole text when a pass ends), so that a
    // mapped file's pages can be given back (MappedFile::release). Text is still read after a
    // release (the next pass, an error located behind the cursor); the owner pages it in again.
    using ReleaseFn = std::function<void(std::size_t begin, std::size_t end)>;
    JsonDocument(std::string file_name, std::string_view text, std::vector<std::string> streamed,
                 ReleaseFn release = {}, std::size_t release_step = kReleaseBytes);

    // Calls fn for each item of the root object's array `key` (one of the streamed
    // keys), building one item at a time. Exceptions from fn propagate.
    void for_each_item(std::string_view key, const std::function<void(const JsonValue&)>& fn) const;

    const JsonValue& root() const { return root_; }
    const std::string& file_name() const { return file_name_; }
    // Line and column (1-based; column counts UTF-8 characters) of a byte offset.
    SourceLocation locate(std::size_t offset) const;
    // The 1-based line of a byte offset (cheap: no column count).
    std::size_t line_of(std::size_t offset) const;
    // The same, counted from the cursor's last offset when it is in this document, behind
    // `offset` and past its checkpoint, which it is when offsets are asked for in file order:
    // counting each from its checkpoint (32 KiB on average) took 12% of a 10^6-relation export.
    struct LineCursor {
        const JsonDocument* document = nullptr;
        std::size_t offset = 0, line = 1;
    };
    std::size_t line_of(std::size_t offset, LineCursor& cursor) const;

private:
    // Line and column at every kCheckpointBytes-th byte: locating an offset scans at most that
    // far, and the index is small whatever the file's shape (a line-start array took 8 bytes
    // per line of a pretty-printed file; a column count scanned a one-line file from its start).
    static constexpr std::size_t kCheckpointBytes = 64 * 1024;
    struct Checkpoint {
        std::size_t line = 1, column = 1;  // at the checkpoint's offset
    };
    void index_positions();
    void parse(std::string_view only_key, const std::function<void(const JsonValue&)>* fn, JsonValue* root) const;
    void release(std::size_t begin, std::size_t end) const {
        if (release_) release_(begin, end);
    }

    std::string file_name_;
    std::string owned_;
    std::string_view text_;
    std::vector<std::string> streamed_;
    ReleaseFn release_;
    std::size_t release_step_ = kReleaseBytes;
    std::vector<Checkpoint> checkpoints_;  // checkpoints_[k] is at offset k * kCheckpointBytes
    JsonValue root_;
};

}  // namespace repnet

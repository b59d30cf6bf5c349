#include "loaders/json_tree.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>

namespace repnet {
namespace {

// A read-only stream over NUL-terminated text. Unlike rapidjson::StringStream it
// has no copy optimisation, so Tell() is current inside handler callbacks
// (RapidJSON parses copy-optimised streams through a local copy).
class TrackedStream {
public:
    using Ch = char;
    explicit TrackedStream(const char* text) : begin_(text), cur_(text) {}
    Ch Peek() const { return *cur_; }
    Ch Take() { return *cur_++; }
    std::size_t Tell() const { return static_cast<std::size_t>(cur_ - begin_); }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

private:
    const char* begin_;
    const char* cur_;
};

// SAX handler building JsonValue trees. RapidJSON reports an event after the
// token; the token's start is recovered from the stream position.
class TreeBuilder {
public:
    TreeBuilder(const std::string& text, const TrackedStream& stream) : text_(text), stream_(stream) {}

    bool Null() { return scalar(JsonValue::Kind::null, start_of_literal(4)); }
    bool Bool(bool b) {
        auto& v = push_scalar(JsonValue::Kind::boolean, start_of_literal(b ? 4 : 5));
        v.boolean = b;
        return true;
    }
    bool Int(int i) { return integer(i); }
    bool Uint(unsigned u) { return integer(u); }
    bool Int64(std::int64_t i) { return integer(i); }
    bool Uint64(std::uint64_t u) {
        if (u > std::uint64_t(INT64_MAX)) return Double(double(u));
        return integer(std::int64_t(u));
    }
    bool Double(double d) {
        auto& v = push_scalar(JsonValue::Kind::number, start_of_number());
        v.number = d;
        return true;
    }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return false; }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        auto& v = push_scalar(JsonValue::Kind::string, start_of_string());
        v.string.assign(s, n);
        return true;
    }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        pending_key_.assign(s, n);
        pending_key_offset_ = start_of_string();
        return true;
    }
    bool StartObject() { return open(JsonValue::Kind::object); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(JsonValue::Kind::array); }
    bool EndArray(rapidjson::SizeType) { return close(); }

    JsonValue take_root() { return std::move(root_); }

private:
    bool integer(std::int64_t i) {
        auto& v = push_scalar(JsonValue::Kind::integer, start_of_number());
        v.integer = i;
        v.number = double(i);
        return true;
    }
    bool scalar(JsonValue::Kind kind, std::size_t offset) {
        push_scalar(kind, offset);
        return true;
    }
    JsonValue& push_scalar(JsonValue::Kind kind, std::size_t offset) {
        JsonValue v;
        v.kind = kind;
        v.offset = offset;
        return attach(std::move(v));
    }
    JsonValue& attach(JsonValue v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return root_;
        }
        JsonValue& parent = *stack_.back();
        if (parent.kind == JsonValue::Kind::array) {
            parent.items.push_back(std::move(v));
            return parent.items.back();
        }
        parent.members.push_back(JsonMember{std::move(pending_key_), pending_key_offset_, std::move(v)});
        return parent.members.back().value;
    }
    bool open(JsonValue::Kind kind) {
        JsonValue v;
        v.kind = kind;
        v.offset = stream_.Tell() - 1;
        stack_.push_back(&attach(std::move(v)));
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    std::size_t start_of_literal(std::size_t length) const { return stream_.Tell() - length; }
    std::size_t start_of_number() const {
        std::size_t i = stream_.Tell();
        while (i > 0 && std::string_view("0123456789+-.eE").find(text_[i - 1]) != std::string_view::npos) --i;
        return i;
    }
    // The stream is just past the closing quote; walk back to the opening one,
    // skipping quotes that are escaped by an odd number of backslashes.
    std::size_t start_of_string() const {
        std::size_t i = stream_.Tell() - 1;  // closing quote
        while (i > 0) {
            --i;
            if (text_[i] != '"') continue;
            std::size_t backslashes = 0;
            while (i >= backslashes + 1 && text_[i - backslashes - 1] == '\\') ++backslashes;
            if (backslashes % 2 == 0) return i;
        }
        return 0;
    }

    const std::string& text_;
    const TrackedStream& stream_;
    JsonValue root_;
    // Pointers stay valid: a container's children vector only grows while it
    // is the innermost open container, and parents never grow meanwhile.
    std::vector<JsonValue*> stack_;
    std::string pending_key_;
    std::size_t pending_key_offset_ = 0;
};

}  // namespace

const JsonValue* JsonValue::find(std::string_view key) const {
    const JsonMember* m = find_member(key);
    return m ? &m->value : nullptr;
}

const JsonMember* JsonValue::find_member(std::string_view key) const {
    for (const auto& m : members)
        if (m.key == key) return &m;
    return nullptr;
}

const char* json_kind_name(JsonValue::Kind kind) {
    switch (kind) {
        case JsonValue::Kind::null: return "null";
        case JsonValue::Kind::boolean: return "a boolean";
        case JsonValue::Kind::integer: return "an integer";
        case JsonValue::Kind::number: return "a number";
        case JsonValue::Kind::string: return "a string";
        case JsonValue::Kind::array: return "an array";
        case JsonValue::Kind::object: return "an object";
    }
    return "?";
}

JsonDocument::JsonDocument(std::string file_name, std::string text)
    : file_name_(std::move(file_name)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);

    TrackedStream stream(text_.c_str());
    TreeBuilder builder(text_, stream);
    rapidjson::Reader reader;
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;
    if (text_.find('\0') != std::string::npos)
        throw InputError(locate(text_.find('\0')), "NUL byte in JSON text; expected UTF-8 text");
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, builder);
    if (!ok)
        throw InputError(locate(ok.Offset()),
                         std::string("malformed JSON: ") + rapidjson::GetParseError_En(ok.Code()));
    root_ = builder.take_root();
}

std::size_t JsonDocument::line_of(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                                    line_starts_.begin());
}

SourceLocation JsonDocument::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    std::size_t column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count UTF-8 lead bytes
    return SourceLocation{file_name_, line, column};
}

}  // namespace repnet

#include "loaders/json_tree.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <exception>

namespace repnet {
namespace {

// A read-only stream over text that never reads past its end: at the end Peek()
// and Take() give '\0' (RapidJSON's end marker) and the position stays put, so a
// file ending inside a multi-byte UTF-8 character is an encoding error, not an
// over-read. Unlike rapidjson::StringStream it has no copy optimisation, so
// Tell() is current inside handler callbacks.
class BoundedStream {
public:
    using Ch = char;
    // A UTF-8 byte order mark (written by some Windows editors) is skipped; offsets still count from the file's start.
    explicit BoundedStream(std::string_view text)
        : begin_(text.data()),
          cur_(text.data() + (text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0)),
          end_(text.data() + text.size()) {}
    Ch Peek() const { return cur_ == end_ ? '\0' : *cur_; }
    Ch Take() { return cur_ == end_ ? '\0' : *cur_++; }
    std::size_t Tell() const { return static_cast<std::size_t>(cur_ - begin_); }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    std::size_t PutEnd(Ch*) { return 0; }

private:
    const char* begin_;
    const char* cur_;
    const char* end_;
};

using ItemFn = std::function<void(const JsonValue&)>;

// SAX handler building JsonValue trees. RapidJSON reports an event after the
// token; the token's start is recovered from the stream position. Items of the
// root object's streamed arrays are built one at a time, handed to `fn` when
// their array is `only_key`, and dropped.
class TreeBuilder {
public:
    TreeBuilder(std::string_view text, const BoundedStream& stream, const std::vector<std::string>& streamed,
                std::string_view only_key, const ItemFn* fn, const JsonDocument::ReleaseFn& release,
                std::size_t release_step, JsonValue& root)
        : text_(text),
          stream_(stream),
          streamed_(streamed),
          only_key_(only_key),
          fn_(fn),
          release_(release),
          release_step_(release_step),
          root_(root) {}

    bool Null() { return scalar(make(JsonValue::Kind::null, stream_.Tell() - 4)); }
    bool Bool(bool b) {
        JsonValue v = make(JsonValue::Kind::boolean, stream_.Tell() - (b ? 4 : 5));
        v.boolean = b;
        return scalar(std::move(v));
    }
    // Numbers arrive as text (kParseNumbersAsStringsFlag) and are converted here
    // exactly; RapidJSON's own conversion misreads e.g. 0e76.
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(std::int64_t) { return false; }
    bool Uint64(std::uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        const std::string_view token(s, n);
        JsonValue v = make(JsonValue::Kind::integer, stream_.Tell() - n);
        const char* end = s + n;
        if (token.find_first_of(".eE") == std::string_view::npos) {
            auto [ptr, ec] = std::from_chars(s, end, v.integer);
            if (ec == std::errc() && ptr == end) {
                v.number = double(v.integer);
                return scalar(std::move(v));
            }
        }
        v.kind = JsonValue::Kind::number;
        v.integer = 0;
        auto [ptr, ec] = std::from_chars(s, end, v.number, std::chars_format::general);
        if (ec != std::errc() || ptr != end) {
            const std::string shown = n > 40 ? std::string(token.substr(0, 40)) + "..." : std::string(token);
            return fail(v.offset, "number " + shown + " is outside the range of a double (about 1e-308 to 1e308)");
        }
        return scalar(std::move(v));
    }
    bool String(const char* s, rapidjson::SizeType n, bool) {
        JsonValue v = make(JsonValue::Kind::string, start_of_string());
        v.string.assign(s, n);
        return scalar(std::move(v));
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

    // Set when a handler stopped the parse.
    bool failed() const { return !message_.empty() || exception_; }
    std::size_t error_offset() const { return error_offset_; }
    const std::string& error_message() const { return message_; }
    std::exception_ptr exception() const { return exception_; }

private:
    struct Frame {
        JsonValue* value;
        bool streamed;  // an array of the root object whose items are not kept
        bool wanted;    // ... and whose items go to fn_
    };

    static JsonValue make(JsonValue::Kind kind, std::size_t offset) {
        JsonValue v;
        v.kind = kind;
        v.offset = offset;
        return v;
    }
    bool fail(std::size_t offset, std::string message) {
        error_offset_ = offset;
        message_ = std::move(message);
        return false;
    }
    JsonValue* place(JsonValue v) {
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Frame& parent = stack_.back();
        if (parent.streamed) {
            item_ = std::move(v);
            return &item_;
        }
        if (parent.value->kind == JsonValue::Kind::array) {
            parent.value->items.push_back(std::move(v));
            return &parent.value->items.back();
        }
        parent.value->members.push_back(JsonMember{std::move(pending_key_), pending_key_offset_, std::move(v)});
        return &parent.value->members.back().value;
    }
    bool scalar(JsonValue v) {
        place(std::move(v));
        return stack_.empty() || !stack_.back().streamed || finish_item();
    }
    bool finish_item() {
        ++stack_.back().value->streamed_items;
        if (stack_.back().wanted) {
            try {
                (*fn_)(item_);
            } catch (...) {
                exception_ = std::current_exception();
                return false;
            }
        }
        item_ = JsonValue{};
        // The pass is done with the text behind the item just finished.
        if (release_ && stream_.Tell() - released_ >= release_step_) {
            release_(released_, stream_.Tell());
            released_ = stream_.Tell();
        }
        return true;
    }
    bool open(JsonValue::Kind kind) {
        const std::size_t offset = stream_.Tell();  // the iterative parser reports the bracket before taking it
        if (stack_.size() >= kMaxJsonDepth)
            return fail(offset, "nesting deeper than " + std::to_string(kMaxJsonDepth) + " levels");
        bool streamed = false;
        if (kind == JsonValue::Kind::array && stack_.size() == 1 && stack_[0].value->is_object())
            streamed = std::find(streamed_.begin(), streamed_.end(), pending_key_) != streamed_.end();
        const bool wanted = streamed && fn_ && pending_key_ == only_key_;
        stack_.push_back(Frame{place(make(kind, offset)), streamed, wanted});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return stack_.empty() || !stack_.back().streamed || finish_item();
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

    std::string_view text_;
    const BoundedStream& stream_;
    const std::vector<std::string>& streamed_;
    std::string_view only_key_;
    const ItemFn* fn_;
    const JsonDocument::ReleaseFn& release_;
    std::size_t release_step_;
    std::size_t released_ = 0;  // text before this offset was released
    JsonValue& root_;
    JsonValue item_;  // the streamed item being built
    // Pointers stay valid: a container's children vector only grows while it
    // is the innermost open container, and parents never grow meanwhile.
    std::vector<Frame> stack_;
    std::string pending_key_;
    std::size_t pending_key_offset_ = 0;
    std::size_t error_offset_ = 0;
    std::string message_;
    std::exception_ptr exception_;
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
        case JsonValue::Kind::null:
            return "null";
        case JsonValue::Kind::boolean:
            return "a boolean";
        case JsonValue::Kind::integer:
            return "an integer";
        case JsonValue::Kind::number:
            return "a number";
        case JsonValue::Kind::string:
            return "a string";
        case JsonValue::Kind::array:
            return "an array";
        case JsonValue::Kind::object:
            return "an object";
    }
    return "?";
}

JsonDocument::JsonDocument(std::string file_name, std::string text)
    : file_name_(std::move(file_name)), owned_(std::move(text)), text_(owned_) {
    index_positions();
    parse({}, nullptr, &root_);
}

JsonDocument::JsonDocument(std::string file_name, std::string_view text, std::vector<std::string> streamed,
                           ReleaseFn release, std::size_t release_step)
    : file_name_(std::move(file_name)),
      text_(text),
      streamed_(std::move(streamed)),
      release_(std::move(release)),
      release_step_(std::max<std::size_t>(release_step, 1)) {
    index_positions();
    parse({}, nullptr, &root_);
}

namespace {
// Moves a line and column (1-based; a column counts characters, i.e. UTF-8 lead bytes) over `part`.
void advance(std::size_t& line, std::size_t& column, std::string_view part) {
    for (const char c : part) {
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
}
}  // namespace

void JsonDocument::index_positions() {
    checkpoints_.reserve(text_.size() / kCheckpointBytes + 1);
    Checkpoint at;
    std::size_t released = 0;
    for (std::size_t block = 0; block < text_.size(); block += kCheckpointBytes) {
        checkpoints_.push_back(at);
        const std::string_view part = text_.substr(block, kCheckpointBytes);
        if (const auto nul = part.find('\0'); nul != std::string_view::npos)
            throw InputError(locate(block + nul), "NUL byte in JSON text; expected UTF-8 text");
        advance(at.line, at.column, part);
        if (block + part.size() - released >= release_step_) {
            release(released, block + part.size());
            released = block + part.size();
        }
    }
    release(0, text_.size());
}

void JsonDocument::for_each_item(std::string_view key, const std::function<void(const JsonValue&)>& fn) const {
    if (std::find(streamed_.begin(), streamed_.end(), key) == streamed_.end()) {
        if (const JsonValue* arr = root_.find(key))
            for (const auto& item : arr->items) fn(item);
        return;
    }
    JsonValue root;
    parse(key, &fn, &root);
}

void JsonDocument::parse(std::string_view only_key, const ItemFn* fn, JsonValue* root) const {
    BoundedStream stream(text_);
    TreeBuilder builder(text_, stream, streamed_, only_key, fn, release_, release_step_, *root);
    rapidjson::Reader reader;
    constexpr unsigned flags =
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult ok = reader.Parse<flags>(stream, builder);
    release(0, text_.size());
    if (builder.exception()) std::rethrow_exception(builder.exception());
    if (builder.failed()) throw InputError(locate(builder.error_offset()), builder.error_message());
    if (!ok)
        throw InputError(locate(ok.Offset()), std::string("malformed JSON: ") + rapidjson::GetParseError_En(ok.Code()));
}

std::size_t JsonDocument::line_of(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    if (checkpoints_.empty()) return 1;  // the empty text
    const std::size_t k = std::min(offset / kCheckpointBytes, checkpoints_.size() - 1);
    const auto from = text_.begin() + std::ptrdiff_t(k * kCheckpointBytes);
    return checkpoints_[k].line +
           static_cast<std::size_t>(std::count(from, text_.begin() + std::ptrdiff_t(offset), '\n'));
}

std::size_t JsonDocument::line_of(std::size_t offset, LineCursor& cursor) const {
    offset = std::min(offset, text_.size());
    if (checkpoints_.empty()) return 1;  // the empty text
    const std::size_t k = std::min(offset / kCheckpointBytes, checkpoints_.size() - 1);
    if (cursor.document != this || cursor.offset > offset || cursor.offset < k * kCheckpointBytes)
        cursor = LineCursor{this, k * kCheckpointBytes, checkpoints_[k].line};
    cursor.line += static_cast<std::size_t>(
        std::count(text_.begin() + std::ptrdiff_t(cursor.offset), text_.begin() + std::ptrdiff_t(offset), '\n'));
    cursor.offset = offset;
    return cursor.line;
}

SourceLocation JsonDocument::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    if (checkpoints_.empty()) return SourceLocation{file_name_, 1, 1};  // the empty text
    const std::size_t k = std::min(offset / kCheckpointBytes, checkpoints_.size() - 1);
    Checkpoint at = checkpoints_[k];
    advance(at.line, at.column, text_.substr(k * kCheckpointBytes, offset - k * kCheckpointBytes));
    return SourceLocation{file_name_, at.line, at.column};
}

}  // namespace repnet

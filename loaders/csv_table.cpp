#include "loaders/csv_table.hpp"

#include <csv.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "loaders/utf8.hpp"

namespace repnet {

namespace {

// libcsv trims spaces and tabs around unquoted fields by default; cells are kept as written instead.
int no_space(unsigned char) {
    return 0;
}

// The delimiter used more often outside quotes in the first line: ';' (spreadsheets in locales with a
// decimal comma) or ',' (the default, also when neither occurs).
char detect_delimiter(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

struct ParseState {
    const CsvText* table;
    std::string_view text;
    const std::function<void(const CsvRecord&)>* fn;
    std::size_t trigger = 0;      // offset of the byte being fed that may end a field or record
    std::size_t field_start = 0;  // where the field being read began (before skipping line ends)
    CsvRecord record;
};

std::size_t skip_line_ends(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == '\r' || text[at] == '\n')) ++at;
    return at;
}

void on_field(void* data, std::size_t len, void* context) {
    auto& s = *static_cast<ParseState*>(context);
    const std::size_t start = skip_line_ends(s.text, s.field_start);
    if (s.record.cells.empty()) {
        s.record.offset = start;
        s.record.line = s.table->locate(start).line;
    }
    s.record.cells.push_back({std::string(static_cast<const char*>(data), data ? len : 0), start});
    s.field_start = s.trigger + 1;
}

void on_record(int, void* context) {
    auto& s = *static_cast<ParseState*>(context);
    s.field_start = s.trigger + 1;
    if (s.record.cells.empty()) return;
    (*s.fn)(s.record);
    s.record.cells.clear();
}

}  // namespace

CsvText::CsvText(std::string name, std::string_view text) : name_(std::move(name)), text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") start_ = 3;
    line_starts_.push_back(0);
    for (const char* p = text_.data();
         (p = static_cast<const char*>(std::memchr(p, '\n', std::size_t(text_.data() + text_.size() - p))));)
        line_starts_.push_back(std::size_t(++p - text_.data()));
    const std::size_t bad = invalid_utf8_offset(text_.substr(start_));
    if (bad != std::string_view::npos) {
        const std::size_t at = start_ + bad;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text_[at]));
        throw InputError(locate(at),
                         std::string(text_[at] == '\0' ? "NUL byte" : "invalid UTF-8 (byte " + std::string(hex) + ")") +
                             "; expected UTF-8 text (save the sheet as \"CSV UTF-8\")");
    }
    delimiter_ = detect_delimiter(text_.substr(start_));
}

SourceLocation CsvText::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    std::size_t column = 1;
    for (std::size_t i = *it; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    return SourceLocation{name_, std::size_t(it - line_starts_.begin()) + 1, column};
}

void CsvText::for_each_record(const std::function<void(const CsvRecord&)>& fn) const {
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw InternalError("libcsv: csv_init failed");
    std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, [](csv_parser* p) { csv_free(p); });
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter_));
    csv_set_space_func(&parser, no_space);
    ParseState s{this, text_, &fn, start_, start_, {}};
    // Fed in pieces that end at a byte that can end a field or a record, so that a callback knows
    // which byte triggered it (the piece's last) and therefore where each field began.
    const char specials[] = {delimiter_, '"', '\r', '\n', '\0'};
    std::size_t at = start_;
    while (at < text_.size()) {
        std::size_t end = at;
        while (end < text_.size() && !std::strchr(specials, text_[end])) ++end;
        if (end == text_.size()) --end;
        s.trigger = end;
        const std::size_t n = end + 1 - at;
        // libcsv grows its field buffer by a fixed block (128 bytes by default): a 1 MB cell took
        // 8,000 reallocations, 95 s under AddressSanitizer. A block of at least the piece and at
        // least the buffer so far grows it geometrically, and once at most per piece.
        csv_set_blk_size(&parser, std::max({std::size_t{4096}, n, parser.entry_size}));
        const std::size_t used = csv_parse(&parser, text_.data() + at, n, on_field, on_record, &s);
        if (used != n) {
            const int error = csv_error(&parser);
            if (error != CSV_EPARSE) throw InputError(locate(at + used), csv_strerror(error));
            const std::size_t bad = at + used;
            throw InputError(
                locate(bad),
                std::string("'") + text_[bad] +
                    "' after a quoted field or a quote inside an unquoted "
                    "field; expected a field either quoted as a whole (\"...\", with \"\" for a quote inside) "
                    "or without quotes");
        }
        at = end + 1;
    }
    s.trigger = text_.size();
    if (csv_fini(&parser, on_field, on_record, &s) != 0) {
        const std::size_t start = skip_line_ends(text_, s.field_start);
        throw InputError(locate(start), "quoted field never closed (the file ends inside it); expected a closing '\"'");
    }
}

}  // namespace repnet

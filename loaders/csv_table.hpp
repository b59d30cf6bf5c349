#pragma once
// RFC 4180 CSV records with their places in the file, read by libcsv (Debian's libcsv-dev) in strict mode.
// The text must be UTF-8 (a leading byte order mark is skipped); the delimiter, ',' or ';', is taken from
// the header line (whichever occurs more often outside quotes). Cells are kept as written (quotes removed,
// doubled quotes undoubled); blank lines are skipped.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/errors.hpp"

namespace repnet {

struct CsvCell {
    std::string text;
    std::size_t offset = 0;  // byte offset of the field's first character (its opening quote if quoted)
};

struct CsvRecord {
    std::size_t line = 0;    // 1-based line of its first field
    std::size_t offset = 0;  // byte offset of its first field
    std::vector<CsvCell> cells;
};

class CsvText {
public:
    // Checks the encoding and detects the delimiter; throws InputError (file:line:column) on invalid UTF-8
    // or a NUL byte. `text` must outlive this object.
    CsvText(std::string name, std::string_view text);

    const std::string& name() const { return name_; }
    char delimiter() const { return delimiter_; }

    // Calls fn for every record in file order, the header first. A syntax error (a quote inside an
    // unquoted field, text after a closing quote, a quote never closed) throws InputError at its place.
    void for_each_record(const std::function<void(const CsvRecord&)>& fn) const;

    // Line and column (1-based; the column counts UTF-8 characters) of a byte offset.
    SourceLocation locate(std::size_t offset) const;

private:
    std::string name_;
    std::string_view text_;
    std::size_t start_ = 0;  // after a byte order mark
    char delimiter_ = ',';
    std::vector<std::size_t> line_starts_;
};

}  // namespace repnet

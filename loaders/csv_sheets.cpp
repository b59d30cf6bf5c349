#include "loaders/csv_sheets.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <memory>

#include "engine/attribute_vocabulary.hpp"
#include "loaders/csv_table.hpp"
#include "loaders/input_file.hpp"
#include "loaders/json_quote.hpp"
#include "loaders/name_key.hpp"

namespace repnet {

namespace {

bool formula_start(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

std::string trim_spaces(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && s[b] == ' ') ++b;
    while (e > b && s[e - 1] == ' ') --e;
    return std::string(s.substr(b, e - b));
}

enum class Sheet { sources, entities, prosecutions, relations };
constexpr std::string_view kSheetNames[] = {"sources", "entities", "prosecutions", "relations"};

// The fixed columns of each sheet; every other column of entities, prosecutions and relations is an attribute
// (also any column named "attr:NAME", for an attribute whose name is also a fixed column's).
const std::vector<std::string_view>& fixed_columns(Sheet s) {
    static const std::vector<std::string_view> sources{"id",        "publisher", "title", "period",
                                                       "published", "file",      "url"};
    static const std::vector<std::string_view> entities{"id",    "type",          "name",   "aliases", "generic",
                                                        "dates", "distinct_from", "source", "locator", "note"};
    static const std::vector<std::string_view> prosecutions{
        "id",       "name",     "aliases",    "generic",      "dates",  "distinct_from", "kind",
        "articles", "court",    "brought_by", "complainants", "opened", "decided",       "outcome",
        "sentence", "severity", "source",     "locator",      "note"};
    static const std::vector<std::string_view> relations{
        "id", "date", "actor", "target", "type", "severity", "prosecution", "weight", "source", "locator", "note"};
    switch (s) {
        case Sheet::sources:
            return sources;
        case Sheet::entities:
            return entities;
        case Sheet::prosecutions:
            return prosecutions;
        case Sheet::relations:
            return relations;
    }
    return sources;
}

std::vector<std::string_view> required_columns(Sheet s) {
    switch (s) {
        case Sheet::sources:
            return {"id", "publisher", "title"};
        case Sheet::entities:
            return {"id", "type", "name", "source", "locator"};
        case Sheet::prosecutions:
            return {"id", "name", "kind", "source", "locator"};
        case Sheet::relations:
            return {"actor", "target", "type", "source", "locator"};
    }
    return {};
}

std::optional<Sheet> sheet_of(std::string_view file_name) {
    std::string stem = ascii_lower(std::filesystem::path(file_name).filename().string());
    if (stem.size() < 4 || stem.substr(stem.size() - 4) != ".csv") return std::nullopt;
    stem.resize(stem.size() - 4);
    for (std::size_t i = 0; i < std::size(kSheetNames); ++i)
        if (stem.size() >= kSheetNames[i].size() &&
            stem.compare(stem.size() - kSheetNames[i].size(), std::string::npos, kSheetNames[i]) == 0)
            return Sheet(i);
    return std::nullopt;
}

// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool json_number(std::string_view s) {
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t b = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        return i > b;
    };
    if (i < s.size() && s[i] == '-') ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits()) return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == s.size();
}

bool json_integer(std::string_view s) {
    return json_number(s) && s.find_first_of(".eE") == std::string_view::npos;
}

std::optional<bool> boolean_cell(std::string_view s) {
    const std::string l = ascii_lower(s);
    if (l == "true" || l == "yes" || l == "1") return true;
    if (l == "false" || l == "no" || l == "0") return false;
    return std::nullopt;
}

std::vector<std::string> list_cell(std::string_view s) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b <= s.size()) {
        std::size_t e = s.find('|', b);
        if (e == std::string_view::npos) e = s.size();
        std::string item = trim_spaces(s.substr(b, e - b));
        if (!item.empty()) out.push_back(std::move(item));
        b = e + 1;
    }
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// One sheet turned into the text of a JSON dataset file, one JSON line per CSV record, with a map from each
// JSON line and column back to the CSV record and cell it came from.
struct Span {
    std::uint32_t json_column;  // 1-based, in characters, where the value written from the cell begins
    std::uint32_t column;       // header index
    std::size_t cell_offset;
};
struct LineInfo {
    std::size_t first_span = 0;
    std::uint32_t span_count = 0;
    std::size_t record_offset = 0;
};

class SheetText {
public:
    SheetText(Sheet sheet, const NamedText& file) : sheet_(sheet), csv_(file.name, file.text) {}

    Sheet sheet() const { return sheet_; }
    const CsvText& csv() const { return csv_; }
    const std::string& json() const { return json_; }
    std::vector<std::string> header;

    // ---- writing ----
    void raw(std::string_view s) {
        json_ += s;
        for (char c : s)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++line_chars_;
    }
    void newline(std::size_t record_offset) {
        json_ += '\n';
        lines_.push_back({spans_.size(), 0, record_offset});
        line_chars_ = 0;
    }
    void mark(std::size_t column, std::size_t cell_offset) {
        spans_.push_back({std::uint32_t(line_chars_ + 1), std::uint32_t(column), cell_offset});
        ++lines_.back().span_count;
    }
    void string(std::string_view s) { raw(json_quoted(s)); }
    void start(std::size_t header_offset) {
        json_ = "{\"repnet_dataset\":2,\"";
        json_ += kSheetNames[sheet_ == Sheet::prosecutions ? 1 : std::size_t(sheet_)];
        json_ += "\":[";
        lines_.push_back({0, 0, header_offset});
    }
    struct Checkpoint {
        std::size_t json, lines, spans, line_chars, last_line_spans;
    };
    Checkpoint checkpoint() const {
        return {json_.size(), lines_.size(), spans_.size(), line_chars_, lines_.empty() ? 0 : lines_.back().span_count};
    }
    void rollback(const Checkpoint& c) {
        json_.resize(c.json);
        lines_.resize(c.lines);
        spans_.resize(c.spans);
        line_chars_ = c.line_chars;
        if (!lines_.empty()) lines_.back().span_count = std::uint32_t(c.last_line_spans);
    }
    void finish() {
        newline(0);
        raw("]}");
    }

    // ---- mapping back ----
    struct Place {
        SourceLocation where;
        std::string column;  // the header column, "" if the place is a whole record
    };
    Place place(const SourceLocation& json_where) const {
        if (json_where.line == 0 || json_where.line > lines_.size()) return {csv_.locate(0), ""};
        const LineInfo& li = lines_[json_where.line - 1];
        const Span* best = nullptr;
        for (std::size_t i = li.first_span; i < li.first_span + li.span_count; ++i)
            if (spans_[i].json_column <= json_where.column) best = &spans_[i];
        if (!best) return {csv_.locate(li.record_offset), ""};
        return {csv_.locate(best->cell_offset), header[best->column]};
    }
    std::size_t csv_line(std::size_t json_line) const {
        if (json_line == 0 || json_line > lines_.size()) return 0;
        return csv_.locate(lines_[json_line - 1].record_offset).line;
    }

private:
    Sheet sheet_;
    CsvText csv_;
    std::string json_;
    std::vector<LineInfo> lines_;
    std::vector<Span> spans_;
    std::size_t line_chars_ = 0;
};

struct RowError {
    std::size_t offset;
    std::string message;
};

class SheetsReader {
public:
    SheetsReader(const LoadOptions& options) : options_(options) {}

    Dataset run(std::string name, const std::vector<NamedText>& files) {
        std::vector<std::pair<Sheet, const NamedText*>> order;
        for (const auto& f : files) {
            auto s = sheet_of(f.name);
            if (!s)
                throw InputError(SourceLocation{f.name},
                                 "not a sheet name; expected a file name ending in sources.csv, entities.csv, "
                                 "prosecutions.csv or relations.csv");
            order.emplace_back(*s, &f);
        }
        std::stable_sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.first < b.first; });
        for (auto& [sheet, file] : order) {
            try {
                auto text = std::make_unique<SheetText>(sheet, *file);
                translate(*text);
                sheets_.push_back(std::move(text));
            } catch (const InputError& e) {
                if (!options_.lenient) throw;
                notes_.push_back(
                    {RecordKind::file, file->name, e.where(), e.message() + " (the whole file is skipped)"});
            }
        }
        std::vector<NamedText> json;
        for (const auto& s : sheets_) json.emplace_back(s->csv().name(), s->json());
        Dataset d;
        try {
            d = load_dataset_texts(std::move(name), json, options_);
        } catch (const InputError& e) {
            auto [where, message] = map_note(e.where(), e.message(), true);
            throw InputError(where, message);
        }
        map_report(d.report);
        return d;
    }

private:
    // ---- CSV rows to JSON records ------------------------------------------------------
    void translate(SheetText& t) {
        bool header_seen = false;
        std::vector<int> column_of;  // fixed column index (in fixed_columns) per header column; -1 = attribute
        std::vector<std::string> attribute_name;
        Group group;
        t.csv().for_each_record([&](const CsvRecord& r) {
            if (!header_seen) {
                header_seen = true;
                read_header(t, r, column_of, attribute_name);
                t.start(r.offset);
                return;
            }
            if (std::all_of(r.cells.begin(), r.cells.end(),
                            [](const CsvCell& c) { return trim_spaces(c.text).empty(); }))
                return;  // a blank row, as spreadsheets leave them
            // A rejected row leaves no trace in the JSON text: what it wrote is rolled back.
            const auto saved = t.checkpoint();
            const Group saved_group = group;
            const bool saved_any = any_record_[std::size_t(t.sheet())];
            try {
                read_row(t, r, column_of, attribute_name, group);
            } catch (const RowError& e) {
                t.rollback(saved);
                group = saved_group;
                any_record_[std::size_t(t.sheet())] = saved_any;
                const SourceLocation where = t.csv().locate(e.offset);
                if (!options_.lenient) throw InputError(where, e.message);
                notes_.push_back({record_kind(t.sheet()), cell(t, r, column_of, "id"), where, e.message});
                ++own_rejected_[std::size_t(record_kind(t.sheet()))];
            }
        });
        if (!header_seen)
            throw InputError(t.csv().locate(0), "empty sheet; expected a header line naming the columns (" +
                                                    join(required_columns(t.sheet())) + ", ...)");
        if (group.open) t.raw("]}");
        t.finish();
    }

    static RecordKind record_kind(Sheet s) {
        switch (s) {
            case Sheet::sources:
                return RecordKind::source;
            case Sheet::relations:
                return RecordKind::relation;
            default:
                return RecordKind::entity;
        }
    }

    static std::string join(const std::vector<std::string_view>& v) {
        std::string out;
        for (auto s : v) out += (out.empty() ? "" : ", ") + std::string(s);
        return out;
    }

    void read_header(SheetText& t, const CsvRecord& r, std::vector<int>& column_of,
                     std::vector<std::string>& attribute_name) {
        const auto& fixed = fixed_columns(t.sheet());
        for (const auto& c : r.cells) {
            std::string h = ascii_lower(trim_spaces(c.text));
            if (h.empty())
                throw InputError(t.csv().locate(c.offset), "header column " + std::to_string(t.header.size() + 1) +
                                                               " has no name; expected a column name (" + join(fixed) +
                                                               ", or an attribute)");
            if (std::find(t.header.begin(), t.header.end(), h) != t.header.end())
                throw InputError(t.csv().locate(c.offset), "column '" + h + "' appears twice in the header");
            int index = -1;
            std::string attribute;
            if (h.rfind("attr:", 0) == 0) {
                attribute = trim_spaces(h.substr(5));
            } else if (auto it = std::find(fixed.begin(), fixed.end(), h); it != fixed.end()) {
                index = int(it - fixed.begin());
            } else {
                attribute = h;
            }
            if (index < 0 && (t.sheet() == Sheet::sources || attribute.empty()))
                throw InputError(t.csv().locate(c.offset),
                                 "unknown column '" + h + "'; expected one of: " + join(fixed));
            column_of.push_back(index);
            attribute_name.push_back(attribute);
            t.header.push_back(h);
        }
        for (auto req : required_columns(t.sheet()))
            if (std::find(t.header.begin(), t.header.end(), req) == t.header.end())
                throw InputError(t.csv().locate(r.offset), "the header has no column '" + std::string(req) +
                                                               "'; expected the columns " +
                                                               join(required_columns(t.sheet())) + " at least");
    }

    // The rows of one record: adjacent rows with the same id (entities, prosecutions, relations with an id)
    // add an evidence item each.
    struct Group {
        bool open = false;
        std::string id;
        std::size_t line = 0;
        std::vector<std::string> cells;
    };

    static std::string cell(const SheetText& t, const CsvRecord& r, const std::vector<int>& column_of,
                            std::string_view name) {
        const auto& fixed = fixed_columns(t.sheet());
        for (std::size_t i = 0; i < column_of.size() && i < r.cells.size(); ++i)
            if (column_of[i] >= 0 && fixed[std::size_t(column_of[i])] == name)
                return csv_unneutralise(trim_spaces(r.cells[i].text));
        return {};
    }

    void read_row(SheetText& t, const CsvRecord& r, const std::vector<int>& column_of,
                  const std::vector<std::string>& attribute_name, Group& group) {
        const std::size_t n = t.header.size();
        if (r.cells.size() < n) {
            const CsvCell& last = r.cells.back();
            throw RowError{last.offset, "the row has " + std::to_string(r.cells.size()) + " fields; the header has " +
                                            std::to_string(n) + " (expected one field per header column; column '" +
                                            t.header[r.cells.size()] + "' is missing)"};
        }
        for (std::size_t i = n; i < r.cells.size(); ++i)
            if (!trim_spaces(r.cells[i].text).empty())
                throw RowError{r.cells[i].offset, "field " + std::to_string(i + 1) + " has no header column (the " +
                                                      "header has " + std::to_string(n) +
                                                      "); expected at most one field per header column"};
        std::vector<std::string> value(n);
        for (std::size_t i = 0; i < n; ++i) value[i] = csv_unneutralise(trim_spaces(r.cells[i].text));
        const auto& fixed = fixed_columns(t.sheet());
        auto col = [&](std::string_view name) -> int {
            for (std::size_t i = 0; i < n; ++i)
                if (column_of[i] >= 0 && fixed[std::size_t(column_of[i])] == name) return int(i);
            return -1;
        };
        auto get = [&](std::string_view name) -> std::string {
            const int i = col(name);
            return i < 0 ? std::string() : value[std::size_t(i)];
        };
        auto need = [&](std::string_view name, const std::string& what) {
            const int i = col(name);
            if (i < 0)
                throw RowError{r.offset, "the header has no column '" + std::string(name) + "'; expected " + what};
            if (value[std::size_t(i)].empty())
                throw RowError{r.cells[std::size_t(i)].offset,
                               "column '" + std::string(name) + "' is empty; expected " + what};
        };

        const Sheet sheet = t.sheet();
        const std::string id = get("id");
        // A continuation row: the same id as the row before adds one evidence item.
        if (sheet != Sheet::sources && group.open && !id.empty() && id == group.id) {
            const int src = col("source");
            for (std::size_t i = 0; i < n; ++i) {
                if (int(i) == src || (column_of[i] >= 0 && (fixed[std::size_t(column_of[i])] == "locator" ||
                                                            fixed[std::size_t(column_of[i])] == "note" ||
                                                            fixed[std::size_t(column_of[i])] == "id")))
                    continue;
                if (!value[i].empty() && value[i] != group.cells[i])
                    throw RowError{r.cells[i].offset,
                                   "this row continues '" + id + "' (the same id as line " +
                                       std::to_string(group.line) + ") but its column '" + t.header[i] + "' says '" +
                                       value[i] + "' where that row says '" + group.cells[i] +
                                       "'; expected the same value or an empty cell (only source, locator and note "
                                       "add to a record)"};
            }
            need("source", "a source id (a continuation row adds one evidence item)");
            t.newline(r.offset);
            t.raw(",");
            write_evidence(t, r, col, value);
            ++continuations_[std::size_t(record_kind(sheet))];
            merges_.push_back(
                {record_kind(sheet), id, t.csv().locate(r.offset),
                 "evidence added to '" + id + "' (" + t.csv().name() + ":" + std::to_string(group.line) + ")"});
            return;
        }
        if (group.open) t.raw("]}");
        const bool first_record = !group.open && !any_record_[std::size_t(sheet)];
        group = Group{};
        t.newline(r.offset);
        t.raw(first_record ? "{" : ",{");
        any_record_[std::size_t(sheet)] = true;
        bool comma = false;
        auto key = [&](std::string_view k) {
            t.raw(comma ? ",\"" : "\"");
            t.raw(k);
            t.raw("\":");
            comma = true;
        };
        auto put_string = [&](std::string_view k, std::string_view column) {
            const int i = col(column);
            if (i < 0 || value[std::size_t(i)].empty()) return;
            key(k);
            t.mark(std::size_t(i), r.cells[std::size_t(i)].offset);
            t.string(value[std::size_t(i)]);
        };
        auto put_list = [&](std::string_view k, std::string_view column) {
            const int i = col(column);
            if (i < 0 || value[std::size_t(i)].empty()) return;
            key(k);
            t.mark(std::size_t(i), r.cells[std::size_t(i)].offset);
            t.raw("[");
            bool first = true;
            for (const auto& item : list_cell(value[std::size_t(i)])) {
                if (!first) t.raw(",");
                first = false;
                t.string(item);
            }
            t.raw("]");
        };
        auto put_typed = [&](std::string_view k, std::size_t i, AttrType type) {
            const std::string& v = value[i];
            key(k);
            t.mark(i, r.cells[i].offset);
            if ((type == AttrType::integer && json_integer(v)) || (type == AttrType::number && json_number(v)))
                t.raw(v);
            else if (type == AttrType::boolean && boolean_cell(v))
                t.raw(*boolean_cell(v) ? "true" : "false");
            else
                t.string(v);
        };
        auto put_attributes = [&](std::span<const AttributeSpec> vocab) {
            bool any = false;
            for (std::size_t i = 0; i < n; ++i) {
                if (column_of[i] >= 0 || value[i].empty()) continue;
                if (!any) {
                    key("attributes");
                    t.raw("{");
                    comma = false;
                    any = true;
                }
                if (const AttributeSpec* spec = find_attribute(vocab, attribute_name[i])) {
                    put_typed(attribute_name[i], i, spec->type);
                    continue;
                }
                // An attribute outside the vocabulary takes the type its text has: true / false, a number, text.
                const std::string& v = value[i];
                put_typed(attribute_name[i], i,
                          v == "true" || v == "false" ? AttrType::boolean
                          : json_number(v)            ? AttrType::number
                                                      : AttrType::string);
            }
            if (any) {
                t.raw("}");
                comma = true;
            }
        };

        switch (sheet) {
            case Sheet::sources:
                need("id", "the source's id, which evidence cites");
                put_string("id", "id");
                put_string("publisher", "publisher");
                put_string("title", "title");
                put_string("period", "period");
                put_string("published", "published");
                put_string("file", "file");
                put_string("url", "url");
                t.raw("}");
                return;
            case Sheet::entities:
            case Sheet::prosecutions: {
                need("id", "the entity's id ([A-Za-z0-9_.:-]+)");
                std::string type = "prosecution";
                if (sheet == Sheet::entities) {
                    need("type", "an entity type (person, organisation, court, authority, ...)");
                    type = get("type");
                    if (type == "prosecution")
                        throw RowError{r.cells[std::size_t(col("type"))].offset,
                                       "a prosecution goes in prosecutions.csv (it needs kind, court, ...); expected "
                                       "another entity type here"};
                }
                need("name", "the entity's name");
                names_.emplace_back(get("name"), id);
                put_string("id", "id");
                if (sheet == Sheet::entities) {
                    put_string("type", "type");
                } else {
                    key("type");
                    t.raw("\"prosecution\"");
                }
                put_string("name", "name");
                put_list("aliases", "aliases");
                for (const auto& a : list_cell(get("aliases"))) names_.emplace_back(a, id);
                if (const int i = col("generic"); i >= 0 && !value[std::size_t(i)].empty())
                    put_typed("generic", std::size_t(i), AttrType::boolean);
                put_string("dates", "dates");
                put_list("distinct_from", "distinct_from");
                put_attributes(entity_attributes(type));
                if (sheet == Sheet::prosecutions) {
                    need("kind", "criminal, administrative, civil, tax or ban");
                    key("prosecution");
                    t.raw("{");
                    comma = false;
                    put_string("kind", "kind");
                    put_list("articles", "articles");
                    put_string("court", "court");
                    put_list("brought_by", "brought_by");
                    put_list("complainants", "complainants");
                    put_string("opened", "opened");
                    put_string("decided", "decided");
                    put_string("outcome", "outcome");
                    put_string("sentence", "sentence");
                    put_string("severity", "severity");
                    t.raw("}");
                    comma = true;
                }
                break;
            }
            case Sheet::relations: {
                need("actor", "the id or name of the entity that acted (the relation's source)");
                need("target", "the id or name of the entity it concerns");
                need("type", "a relation type (detained, sentenced, member_of, ...)");
                const std::string type = get("type");
                put_string("id", "id");
                put_string("date", "date");
                put_string("source", "actor");
                put_string("target", "target");
                put_string("type", "type");
                put_string("severity", "severity");
                put_string("prosecution", "prosecution");
                if (const int i = col("weight"); i >= 0 && !value[std::size_t(i)].empty())
                    put_typed("weight", std::size_t(i), AttrType::number);
                put_attributes(relation_attributes(type));
                break;
            }
        }
        need("source", "a source id (the document the row's fact comes from, from sources.csv)");
        key("evidence");
        t.raw("[");
        write_evidence(t, r, col, value);
        group.open = true;
        group.id = id;
        group.line = r.line;
        group.cells = std::move(value);
    }

    template <class Col>
    void write_evidence(SheetText& t, const CsvRecord& r, Col&& col, const std::vector<std::string>& value) {
        t.raw("{");
        bool comma = false;
        for (auto [k, column] : {std::pair{"source", "source"}, {"locator", "locator"}, {"note", "note"}}) {
            const int i = col(column);
            if (i < 0 || value[std::size_t(i)].empty()) continue;
            t.raw(comma ? ",\"" : "\"");
            t.raw(k);
            t.raw("\":");
            t.mark(std::size_t(i), r.cells[std::size_t(i)].offset);
            t.string(value[std::size_t(i)]);
            comma = true;
        }
        t.raw("}");
    }

    // ---- JSON places back to CSV places ------------------------------------------------
    const SheetText* sheet_named(const std::string& file) const {
        for (const auto& s : sheets_)
            if (s->csv().name() == file) return s.get();
        return nullptr;
    }

    // Rewrites "FILE:LINE:COLUMN" of a sheet's JSON text inside a message to the CSV place.
    std::string map_text(std::string text) const {
        for (const auto& s : sheets_) {
            const std::string prefix = s->csv().name() + ":";
            for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
                std::size_t p = at + prefix.size();
                std::size_t line = 0, column = 0;
                auto number = [&](std::size_t& out) {
                    const auto [end, ec] = std::from_chars(text.data() + p, text.data() + text.size(), out);
                    if (ec != std::errc()) return false;
                    p = std::size_t(end - text.data());
                    return true;
                };
                if (!number(line) || p >= text.size() || text[p] != ':') continue;
                ++p;
                if (!number(column)) continue;
                const auto place = s->place(SourceLocation{s->csv().name(), line, column});
                const std::string replacement = place.where.str();
                text.replace(at, p - at, replacement);
                at += replacement.size() - 1;
            }
        }
        return text;
    }

    std::pair<SourceLocation, std::string> map_note(const SourceLocation& where, const std::string& message,
                                                    bool name_column) const {
        const SheetText* s = sheet_named(where.file);
        std::string text = map_text(message);
        if (text.rfind("unknown entity '", 0) == 0) text += nearest_names(text.substr(16, text.find('\'', 16) - 16));
        if (!s) return {where, text};
        auto place = s->place(where);
        if (name_column && !place.column.empty()) text = "column '" + place.column + "': " + text;
        return {place.where, text};
    }

    // "; nearest names: ..." for an unknown name, from the names and aliases of the sheets.
    std::string nearest_names(const std::string& wanted) const {
        if (names_.empty() || ++suggestions_made_ > 1000) return {};
        const std::string key = name_key(wanted);
        std::vector<std::pair<std::size_t, std::size_t>> ranked;  // distance, index
        for (std::size_t i = 0; i < names_.size(); ++i)
            ranked.emplace_back(edit_distance(key, name_key(names_[i].first)), i);
        std::sort(ranked.begin(), ranked.end());
        std::string out;
        std::vector<std::string> seen;
        for (const auto& [dist, i] : ranked) {
            if (seen.size() == 3) break;
            if (std::find(seen.begin(), seen.end(), names_[i].second) != seen.end()) continue;
            seen.push_back(names_[i].second);
            out += (out.empty() ? "" : ", ") + names_[i].first + " (" + names_[i].second + ")";
        }
        return "; nearest names: " + out;
    }

    void map_report(LoadReport& report) const {
        for (auto* list : {&report.rejections, &report.review}) {
            for (auto& note : *list) {
                auto [where, reason] = map_note(note.where, note.reason, true);
                note.where = where;
                note.reason = reason;
            }
        }
        for (auto* list : {&report.merges, &report.warnings}) {
            for (auto& note : *list) {
                auto [where, reason] = map_note(note.where, note.reason, false);
                note.where = where;
                note.reason = reason;
            }
        }
        for (auto& site : report.node_sites)
            if (const SheetText* s = sheet_named(report.files[site.file]))
                site.line = std::uint32_t(s->csv_line(site.line));
        for (const auto& n : notes_) {
            if (n.kind == RecordKind::file &&
                std::find(report.files.begin(), report.files.end(), n.id) == report.files.end())
                report.files.push_back(n.id);
            report.rejections.push_back(n);
        }
        report.sources.rejected += own_rejected_[std::size_t(RecordKind::source)];
        report.entities.rejected += own_rejected_[std::size_t(RecordKind::entity)];
        report.relations.rejected += own_rejected_[std::size_t(RecordKind::relation)];
        report.entities.merged += continuations_[std::size_t(RecordKind::entity)];
        report.relations.merged += continuations_[std::size_t(RecordKind::relation)];
        report.merges.insert(report.merges.end(), merges_.begin(), merges_.end());
    }

    const LoadOptions& options_;
    std::vector<std::unique_ptr<SheetText>> sheets_;
    std::vector<RecordNote> notes_;   // rows and files rejected before the JSON loader saw them
    std::vector<RecordNote> merges_;  // continuation rows
    std::size_t own_rejected_[4] = {}, continuations_[4] = {};
    bool any_record_[4] = {};
    std::vector<std::pair<std::string, std::string>> names_;  // name or alias, id
    mutable std::size_t suggestions_made_ = 0;
};

std::string lower_name(const std::filesystem::path& p) {
    return ascii_lower(p.filename().string());
}

}  // namespace

std::string csv_unneutralise(std::string text) {
    std::size_t quotes = 0;
    while (quotes < text.size() && text[quotes] == '\'') ++quotes;
    if (quotes > 0 && quotes < text.size() && formula_start(text[quotes])) text.erase(0, 1);
    return text;
}

std::optional<CsvSheetPaths> find_csv_sheets(const std::filesystem::path& path) {
    std::error_code ec;
    std::filesystem::path dir;
    std::string prefix;
    if (std::filesystem::is_directory(path, ec)) {
        dir = path;
    } else {
        auto sheet = sheet_of(path.filename().string());
        if (!sheet) return std::nullopt;
        const std::string name = lower_name(path);
        prefix = name.substr(0, name.size() - 4 - kSheetNames[std::size_t(*sheet)].size());
        dir = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    }
    CsvSheetPaths found;
    std::optional<std::filesystem::path>* slots[] = {&found.sources, &found.entities, &found.prosecutions,
                                                     &found.relations};
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = lower_name(entry.path());
        for (std::size_t i = 0; i < std::size(kSheetNames); ++i)
            if (name == prefix + std::string(kSheetNames[i]) + ".csv" && !*slots[i])
                *slots[i] = dir == path ? path / entry.path().filename() : entry.path();
    }
    if (!path.empty() && !std::filesystem::is_directory(path, ec)) {
        // The file given is used as named (a dataset read through a symlink keeps its name in messages).
        const std::size_t i = std::size_t(*sheet_of(path.filename().string()));
        *slots[i] = path;
    }
    if (!found.entities && std::filesystem::is_directory(path, ec)) return std::nullopt;
    return found;
}

Dataset load_csv_sheet_texts(std::string name, const std::vector<NamedText>& sheets, const LoadOptions& options) {
    return SheetsReader(options).run(std::move(name), sheets);
}

Dataset load_csv_sheets(const std::filesystem::path& path, const LoadOptions& options) {
    input_kind(path, "a folder of CSV sheets or a sheet (entities.csv, relations.csv, ...)");
    const auto found = find_csv_sheets(path);
    if (!found)
        throw InputError(SourceLocation{path.string()},
                         "no entities.csv here; expected a folder with entities.csv and relations.csv (and optionally "
                         "prosecutions.csv and sources.csv), or one of those files");
    if (!found->entities)
        throw InputError(SourceLocation{path.string()},
                         "no entities sheet beside this file; expected entities.csv (with the same prefix) next to it");
    std::vector<NamedText> files;
    for (const auto* p : {&found->sources, &found->entities, &found->prosecutions, &found->relations})
        if (*p) files.emplace_back((*p)->string(), read_input_file(**p, options.max_file_size, "a CSV sheet"));
    const std::filesystem::path base = std::filesystem::is_directory(path) ? path : path.parent_path();
    std::string name = base.filename().empty() ? base.parent_path().filename().string() : base.filename().string();
    return load_csv_sheet_texts(name.empty() ? path.filename().string() : name, files, options);
}

}  // namespace repnet

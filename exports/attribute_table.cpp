#include "exports/attribute_table.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "engine/evidence_text.hpp"

namespace repnet {
namespace {

std::string safe_name(std::string name) {
    for (char& c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-' || c == '.' || c == ':' || (static_cast<unsigned char>(c) >= 0x80);
        if (!ok) c = '_';
    }
    return name.empty() ? std::string("_") : name;
}

std::string join(const Graph& g, const std::vector<StrId>& items, std::string_view sep = "; ") {
    std::string out;
    for (StrId s : items) {
        if (!out.empty()) out += sep;
        out += g.str(s);
    }
    return out;
}

Cell text_or_empty(std::string s) {
    return s.empty() ? Cell{} : Cell{std::move(s)};
}

Cell attr_cell(const Graph& g, const AttrValue& v) {
    return std::visit(
        [&](const auto& x) -> Cell {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, StrValue>)
                return g.str(x.id);
            else
                return x;
        },
        v);
}

// One column per data attribute key, typed by what all its values agree on.
void add_data_attributes(const Graph& g, AttributeTable& table,
                         const std::vector<const std::vector<Attribute>*>& rows) {
    std::map<std::string, std::set<std::size_t>> kinds;  // key -> variant indices seen
    for (const auto* attrs : rows)
        for (const auto& a : *attrs) kinds[g.str(a.key)].insert(a.value.index());
    for (const auto& [key, seen] : kinds) {
        ColumnType type = ColumnType::text;
        if (seen == std::set<std::size_t>{0})
            type = ColumnType::boolean;
        else if (seen == std::set<std::size_t>{1})
            type = ColumnType::integer;
        else if (!seen.count(0) && !seen.count(3))
            type = ColumnType::real;
        Column& col = table.add(key, type);
        const StrId key_id = g.strings().find(key);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (const auto& a : *rows[r]) {
                if (a.key != key_id) continue;
                Cell c = attr_cell(g, a.value);
                if (type == ColumnType::real && std::holds_alternative<std::int64_t>(c))
                    c = static_cast<double>(std::get<std::int64_t>(c));
                else if (type == ColumnType::text && !std::holds_alternative<std::string>(c))
                    c = cell_text(c);
                col.cells[r] = std::move(c);
            }
        }
    }
}

// The columns that node and edge rows both carry, added in this order: the row's severity
// (name and rank, empty unless it has one) and where its evidence came from.
struct SeverityAndSources {
    Column& severity;
    Column& rank;
    Column& sources;
    Column& notes;

    explicit SeverityAndSources(AttributeTable& t)
        : severity(t.add("severity", ColumnType::text)),
          rank(t.add("severity_rank", ColumnType::integer)),
          sources(t.add("sources", ColumnType::text)),
          notes(t.add("notes", ColumnType::text)) {}

    void set_severity(std::size_t row, Severity s) {
        if (s == Severity::none) return;
        severity.cells[row] = std::string(severity_name(s));
        rank.cells[row] = std::int64_t{severity_rank(s)};
    }

    void set_sources(const Graph& g, std::size_t row, const std::vector<Evidence>& evidence) {
        sources.cells[row] = provenance_text(g, evidence);
        notes.cells[row] = text_or_empty(evidence_notes_text(g, evidence));
    }
};

}  // namespace

const Column* AttributeTable::find(std::string_view name) const {
    for (const auto& c : columns_)
        if (c->name == name) return c.get();
    return nullptr;
}

Column& AttributeTable::add(std::string name, ColumnType type) {
    name = safe_name(std::move(name));
    while (find(name)) name.insert(0, "attr_");
    auto column = std::make_shared<Column>(Column{std::move(name), type, std::vector<Cell>(rows_), {}});
    Column& added = *column;
    columns_.push_back(std::move(column));
    return added;
}

void AttributeTable::add_real(std::string name, const std::vector<double>& values) {
    Column& c = add(std::move(name), ColumnType::real);
    for (std::size_t i = 0; i < rows_ && i < values.size(); ++i) c.cells[i] = values[i];
}

void AttributeTable::add_integer(std::string name, const std::vector<std::int64_t>& values) {
    Column& c = add(std::move(name), ColumnType::integer);
    for (std::size_t i = 0; i < rows_ && i < values.size(); ++i) c.cells[i] = values[i];
}

const char* xml_type_name(ColumnType t) {
    switch (t) {
        case ColumnType::boolean:
            return "boolean";
        case ColumnType::integer:
            return "long";
        case ColumnType::real:
            return "double";
        case ColumnType::text:
            return "string";
    }
    return "string";
}

std::string cell_text(const Cell& cell) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, bool>)
                return x ? "true" : "false";
            else if constexpr (std::is_same_v<T, std::string>)
                return x;
            else {
                char buf[32];
                auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
                return std::string(buf, end);
            }
        },
        cell);
}

AttributeTable node_table(const Graph& g) {
    const std::size_t n = g.node_count();
    AttributeTable t(n);
    Column& label = t.add("label", ColumnType::text);
    Column& type = t.add("type", ColumnType::text);
    Column& aliases = t.add("aliases", ColumnType::text);
    Column& start = t.add("start", ColumnType::text);
    Column& end = t.add("end", ColumnType::text);
    Column& kind = t.add("prosecution_kind", ColumnType::text);
    Column& articles = t.add("articles", ColumnType::text);
    Column& opened = t.add("opened", ColumnType::text);
    Column& decided = t.add("decided", ColumnType::text);
    Column& outcome = t.add("outcome", ColumnType::text);
    Column& sentence = t.add("sentence", ColumnType::text);
    SeverityAndSources severity(t);
    Column& merged = t.add("merged_ids", ColumnType::text);
    Column& generic = t.add("generic", ColumnType::boolean);
    std::vector<const std::vector<Attribute>*> attrs;
    for (NodeId v = 0; v < n; ++v) {
        const NodeData& d = g.node(v);
        label.cells[v] = g.str(d.name);
        type.cells[v] = g.node_type_name(v);
        aliases.cells[v] = text_or_empty(join(g, d.aliases));
        start.cells[v] = text_or_empty(d.dates.start.str());
        end.cells[v] = text_or_empty(d.dates.end.str());
        if (d.prosecution) {
            const auto& p = *d.prosecution;
            kind.cells[v] = g.str(p.kind);
            articles.cells[v] = text_or_empty(join(g, p.articles));
            opened.cells[v] = text_or_empty(p.opened.str());
            decided.cells[v] = text_or_empty(p.decided.str());
            outcome.cells[v] = text_or_empty(g.str(p.outcome));
            sentence.cells[v] = text_or_empty(g.str(p.sentence));
            severity.set_severity(v, p.severity);
        }
        severity.set_sources(g, v, d.evidence);
        merged.cells[v] = text_or_empty(join(g, d.merged_ids));
        generic.cells[v] = d.generic;
        attrs.push_back(&d.attributes);
    }
    add_data_attributes(g, t, attrs);
    return t;
}

AttributeTable edge_table(const Graph& g) {
    const std::size_t m = g.edge_count();
    AttributeTable t(m);
    Column& type = t.add("type", ColumnType::text);
    Column& weight = t.add("weight", ColumnType::real);
    weight.default_value = 1.0;
    Column& date = t.add("date", ColumnType::text);
    Column& start = t.add("start", ColumnType::text);
    Column& end = t.add("end", ColumnType::text);
    SeverityAndSources severity(t);
    Column& derived = t.add("from_prosecution_record", ColumnType::boolean);
    Column& prosecution = t.add("prosecution", ColumnType::text);
    std::vector<const std::vector<Attribute>*> attrs;
    for (EdgeId e = 0; e < m; ++e) {
        const EdgeData& d = g.edge(e);
        type.cells[e] = g.edge_type_name(e);
        weight.cells[e] = d.weight;
        date.cells[e] = text_or_empty(d.when.str());
        start.cells[e] = text_or_empty(d.when.start.str());
        end.cells[e] = text_or_empty(d.when.end.str());
        severity.set_severity(e, d.severity);
        severity.set_sources(g, e, d.evidence);
        derived.cells[e] = d.from_prosecution_field;
        if (d.prosecution) prosecution.cells[e] = g.str(g.node(*d.prosecution).id);
        attrs.push_back(&d.attributes);
    }
    add_data_attributes(g, t, attrs);
    return t;
}

}  // namespace repnet

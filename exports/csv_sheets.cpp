#include "exports/csv_sheets.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/errors.hpp"
#include "engine/vocabulary.hpp"
#include "exports/atomic_file.hpp"
#include "exports/csv.hpp"

namespace repnet {

namespace {

bool formula_start(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

const std::vector<std::string> kEntityColumns{"id", "type", "name", "aliases", "generic", "dates", "distinct_from"};
const std::vector<std::string> kProsecutionColumns{
    "id",    "name",       "aliases",      "generic", "dates",   "distinct_from", "kind",     "articles",
    "court", "brought_by", "complainants", "opened",  "decided", "outcome",       "sentence", "severity"};
const std::vector<std::string> kRelationColumns{"id",   "date",     "actor",       "target",
                                                "type", "severity", "prosecution", "weight"};
const std::vector<std::string> kEvidenceColumns{"source", "locator", "note"};

bool is_prosecution(const Graph& g, NodeId v) {
    return g.node_type_name(v) == vocab::prosecution;
}

std::string value_text(const Graph& g, const AttrValue& v) {
    if (auto b = std::get_if<bool>(&v)) return *b ? "true" : "false";
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) return csv_number(*d);
    return csv_sheet_text(g.str(std::get<StrValue>(v).id));
}

std::string joined(const Graph& g, const std::vector<StrId>& ids) {
    std::string out;
    for (StrId s : ids) {
        if (!out.empty()) out += '|';
        out += g.str(s);
    }
    return out;
}

// Attribute names in order of first appearance; a name that is also a fixed column is written "attr:NAME".
struct AttributeColumns {
    std::vector<StrId> keys;
    std::vector<std::string> headers;
    void add(const Graph& g, const std::vector<Attribute>& attrs, const std::vector<std::string>& fixed) {
        for (const auto& a : attrs) {
            if (std::find(keys.begin(), keys.end(), a.key) != keys.end()) continue;
            keys.push_back(a.key);
            const std::string& name = g.str(a.key);
            const bool clash =
                std::find(fixed.begin(), fixed.end(), name) != fixed.end() ||
                std::find(kEvidenceColumns.begin(), kEvidenceColumns.end(), name) != kEvidenceColumns.end() ||
                name.rfind("attr:", 0) == 0;
            headers.push_back(clash ? "attr:" + name : name);
        }
    }
    void cells(const Graph& g, const std::vector<Attribute>& attrs, std::vector<std::string>& row) const {
        for (StrId k : keys) {
            auto it = std::find_if(attrs.begin(), attrs.end(), [&](const Attribute& a) { return a.key == k; });
            row.push_back(it == attrs.end() ? std::string() : value_text(g, it->value));
        }
    }
};

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << cells[i];
    out << "\n";
}

void write_header(std::ostream& out, const std::vector<std::string>& fixed, const AttributeColumns& attrs) {
    std::vector<std::string> h;
    h.reserve(fixed.size() + attrs.headers.size() + kEvidenceColumns.size());
    for (const auto& c : fixed) h.push_back(csv_sheet_text(c));
    for (const auto& c : attrs.headers) h.push_back(csv_sheet_text(c));
    for (const auto& c : kEvidenceColumns) h.push_back(c);
    write_row(out, h);
}

std::vector<std::string> evidence_cells(const Graph& g, const Evidence& e) {
    return {csv_sheet_text(g.str(g.sources()[e.source].id)), csv_sheet_text(g.str(e.locator)),
            e.note == kNoString ? std::string() : csv_sheet_text(g.str(e.note))};
}

// The first row carries every field and the first evidence item; each further evidence item is a row with the
// id and the evidence only (the loader adds it to the record above).
void write_record(std::ostream& out, const Graph& g, const std::vector<std::string>& first, std::size_t width,
                  const std::string& id, const std::vector<Evidence>& evidence, std::size_t from = 0) {
    for (std::size_t k = from; k < std::max<std::size_t>(evidence.size(), from + 1); ++k) {
        std::vector<std::string> row = k == from ? first : std::vector<std::string>(width);
        if (k != from) row[0] = csv_sheet_text(id);
        const auto ev = k < evidence.size() ? evidence_cells(g, evidence[k]) : std::vector<std::string>(3);
        row.insert(row.end(), ev.begin(), ev.end());
        write_row(out, row);
    }
}

std::vector<std::string> node_cells(const Graph& g, const NodeData& n, bool with_type) {
    std::vector<std::string> row{csv_sheet_text(g.str(n.id))};
    if (with_type) row.push_back(csv_sheet_text(g.vocabulary().entity_types.name(n.type)));
    row.push_back(csv_sheet_text(g.str(n.name)));
    row.push_back(csv_sheet_text(joined(g, n.aliases)));
    row.emplace_back(n.generic ? "true" : "");
    row.push_back(csv_sheet_text(n.dates.str()));
    row.push_back(csv_sheet_text(joined(g, n.distinct_from)));
    return row;
}

}  // namespace

std::string csv_sheet_text(std::string_view text) {
    std::size_t quotes = 0;
    while (quotes < text.size() && text[quotes] == '\'') ++quotes;
    if (quotes > 0 && quotes < text.size() && formula_start(text[quotes])) {
        std::string more(1, '\'');
        more.append(text);
        return csv_text(more);
    }
    return csv_text(text);
}

void write_sources_sheet(std::ostream& out, const Graph& g) {
    out << "id,publisher,title,period,published,file,url\n";
    auto text = [&](StrId s) { return s == kNoString ? std::string() : csv_sheet_text(g.str(s)); };
    for (const auto& s : g.sources())
        write_row(out, {text(s.id), text(s.publisher), text(s.title), csv_sheet_text(s.period.str()),
                        csv_sheet_text(s.published.str()), text(s.file), text(s.url)});
}

void write_entities_sheet(std::ostream& out, const Graph& g) {
    AttributeColumns attrs;
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (!is_prosecution(g, v)) attrs.add(g, g.node(v).attributes, kEntityColumns);
    write_header(out, kEntityColumns, attrs);
    const std::size_t width = kEntityColumns.size() + attrs.keys.size();
    for (NodeId v = 0; v < g.node_count(); ++v) {
        if (is_prosecution(g, v)) continue;
        const NodeData& n = g.node(v);
        std::vector<std::string> row = node_cells(g, n, true);
        attrs.cells(g, n.attributes, row);
        write_record(out, g, row, width, g.str(n.id), n.evidence);
    }
}

void write_prosecutions_sheet(std::ostream& out, const Graph& g) {
    AttributeColumns attrs;
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (is_prosecution(g, v)) attrs.add(g, g.node(v).attributes, kProsecutionColumns);
    write_header(out, kProsecutionColumns, attrs);
    const std::size_t width = kProsecutionColumns.size() + attrs.keys.size();
    for (NodeId v = 0; v < g.node_count(); ++v) {
        if (!is_prosecution(g, v)) continue;
        const NodeData& n = g.node(v);
        std::vector<std::string> row = node_cells(g, n, false);
        std::string court, brought_by, complainants;
        auto add = [&](std::string& list, NodeId other) {
            if (!list.empty()) list += '|';
            list += g.str(g.node(other).id);
        };
        for (EdgeId e : g.out_edges(v)) {
            const EdgeData& d = g.edge(e);
            if (!d.from_prosecution_field) continue;
            if (g.edge_type_name(e) == vocab::heard_by && court.empty()) court = g.str(g.node(d.target).id);
            if (g.edge_type_name(e) == "brought_by") add(brought_by, d.target);
        }
        for (EdgeId e : g.in_edges(v))
            if (g.edge(e).from_prosecution_field && g.edge_type_name(e) == "complainant_in")
                add(complainants, g.edge(e).source);
        const ProsecutionInfo p = n.prosecution.value_or(ProsecutionInfo{});
        auto text = [&](StrId s) { return s == kNoString ? std::string() : csv_sheet_text(g.str(s)); };
        row.push_back(text(p.kind));
        row.push_back(csv_sheet_text(joined(g, p.articles)));
        row.push_back(csv_sheet_text(court));
        row.push_back(csv_sheet_text(brought_by));
        row.push_back(csv_sheet_text(complainants));
        row.push_back(csv_sheet_text(p.opened.str()));
        row.push_back(csv_sheet_text(p.decided.str()));
        row.push_back(text(p.outcome));
        row.push_back(text(p.sentence));
        row.push_back(p.severity == Severity::none ? std::string() : std::string(severity_name(p.severity)));
        attrs.cells(g, n.attributes, row);
        write_record(out, g, row, width, g.str(n.id), n.evidence);
    }
}

void write_relations_sheet(std::ostream& out, const Graph& g) {
    AttributeColumns attrs;
    for (const auto& e : g.edges())
        if (!e.from_prosecution_field) attrs.add(g, e.attributes, kRelationColumns);
    write_header(out, kRelationColumns, attrs);
    const std::size_t width = kRelationColumns.size() + attrs.keys.size();
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        std::vector<std::string> row{
            csv_sheet_text(g.str(d.id)),
            csv_sheet_text(d.when.str()),
            csv_sheet_text(g.str(g.node(d.source).id)),
            csv_sheet_text(g.str(g.node(d.target).id)),
            csv_sheet_text(g.edge_type_name(e)),
            d.severity == Severity::none ? std::string() : std::string(severity_name(d.severity)),
            d.prosecution ? csv_sheet_text(g.str(g.node(*d.prosecution).id)) : std::string(),
            d.weight == 1.0 ? std::string() : csv_number(d.weight)};
        attrs.cells(g, d.attributes, row);
        if (!d.from_prosecution_field) {
            write_record(out, g, row, width, g.str(d.id), d.evidence);
            continue;
        }
        // An edge made from a prosecution's court / brought_by / complainants is written as that column; only
        // evidence merged into it from explicit relations beyond the prosecution's own is written here, as rows
        // that the loader merges into the edge again (same type, actor and target as a prosecution field's edge).
        const NodeId pros = is_prosecution(g, d.source) ? d.source : d.target;
        const std::size_t own = g.node(pros).evidence.size();
        if (d.evidence.size() <= own) continue;
        for (std::size_t k = own; k < d.evidence.size(); ++k) {
            std::vector<std::string> extra = row;
            // An id of its own: without one the loader would number it rel-N, which another relation may have.
            extra[0] = csv_sheet_text(g.str(d.id) + ":evidence-" + std::to_string(k - own + 1));
            const auto ev = evidence_cells(g, d.evidence[k]);
            extra.insert(extra.end(), ev.begin(), ev.end());
            write_row(out, extra);
        }
    }
}

void export_csv_sheets(const std::filesystem::path& dir, const Graph& g) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw IoError(dir, "cannot create the output directory: " + ec.message());
    AtomicFileSet files(dir);
    files.add("sources.csv", [&](std::ostream& out) { write_sources_sheet(out, g); });
    files.add("entities.csv", [&](std::ostream& out) { write_entities_sheet(out, g); });
    files.add("prosecutions.csv", [&](std::ostream& out) { write_prosecutions_sheet(out, g); });
    files.add("relations.csv", [&](std::ostream& out) { write_relations_sheet(out, g); });
    files.commit();
}

}  // namespace repnet

#include "exports/gexf.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "exports/atomic_file.hpp"
#include "exports/gephi_names.hpp"
#include "exports/xml_text.hpp"

namespace repnet {
namespace {

// A closed interval of calendar days, both ends with day precision.
struct Span {
    PartialDate first, last;
};

void widen(std::optional<Span>& span, const Span& by) {
    if (!span) {
        span = by;
        return;
    }
    if (by.first.sort_key() < span->first.sort_key()) span->first = by.first;
    if (by.last.sort_key() > span->last.sort_key()) span->last = by.last;
}

// The whole period: from the first day of the earliest date anywhere in the
// graph to the last day of the latest. Empty if nothing is dated.
std::optional<Span> graph_period(const Graph& g) {
    std::optional<Span> period;
    auto see = [&](const PartialDate& d) {
        if (!d.empty()) widen(period, Span{first_day(d), last_day(d)});
    };
    for (const NodeData& n : g.nodes()) {
        see(n.dates.start);
        see(n.dates.end);
        if (n.prosecution) {
            see(n.prosecution->opened);
            see(n.prosecution->decided);
        }
    }
    for (const EdgeData& e : g.edges()) {
        see(e.when.start);
        see(e.when.end);
    }
    return period;
}

// A date range as days; an open side reaches the end of the period.
Span range_span(const DateRange& r, const Span& period) {
    return Span{r.start.empty() ? period.first : first_day(r.start), r.end.empty() ? period.last : last_day(r.end)};
}

std::vector<Span> edge_spans(const Graph& g, const Span& period) {
    std::vector<Span> spans;
    spans.reserve(g.edge_count());
    for (const EdgeData& e : g.edges()) spans.push_back(e.when.empty() ? period : range_span(e.when, period));
    return spans;
}

// A node with dates of its own is present over them, widened to cover its
// dated edges (Gephi hides an edge whose endpoint is hidden). A prosecution
// without dates of its own is present from its opening (or decision) on.
// Any other node, like an undated tie, is present over the whole period.
std::vector<Span> node_spans(const Graph& g, const Span& period, const std::vector<Span>& edges) {
    std::vector<std::optional<Span>> own(g.node_count());
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const NodeData& n = g.node(v);
        if (!n.dates.empty()) {
            own[v] = range_span(n.dates, period);
        } else if (n.prosecution && !(n.prosecution->opened.empty() && n.prosecution->decided.empty())) {
            const PartialDate& from = n.prosecution->opened.empty() ? n.prosecution->decided : n.prosecution->opened;
            own[v] = Span{first_day(from), period.last};
        }
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        if (d.when.empty()) continue;
        if (own[d.source]) widen(own[d.source], edges[e]);
        if (own[d.target]) widen(own[d.target], edges[e]);
    }
    std::vector<Span> spans;
    spans.reserve(g.node_count());
    for (const auto& s : own) spans.push_back(s ? *s : period);
    return spans;
}

// The calendar day after `d` (day precision).
PartialDate day_after(PartialDate d) {
    if (d.day < days_in_month(d.year, d.month)) {
        ++d.day;
    } else if (d.month < 12) {
        ++d.month;
        d.day = 1;
    } else {
        ++d.year;
        d.month = 1;
        d.day = 1;
    }
    return d;
}

// Gephi parses a GEXF date as 00:00 UTC of that day (graphstore's
// AttributeUtils DATE_TIME_PARSER defaults the time to 0), so a spell ending
// at its last day would end as that day begins. The end is written as the day
// after the last day: the spell covers every instant of the days it names.
std::string spell_end(const Span& s) {
    return day_after(s.last).str();
}

void write_spell(std::ostream& out, const Span& s) {
    out << "        <spells><spell start=\"" << s.first.str() << "\" end=\"" << spell_end(s) << "\"/></spells>\n";
}

// Attribute ids are the column numbers: graphology-gexf (Gephi Lite) names an
// attribute by its title only when its id is numeric, and by the id otherwise.
void write_attribute_block(std::ostream& out, const AttributeTable& table, const std::vector<std::string>& names,
                           const char* cls, std::string_view skip) {
    out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Column& c = table.columns()[i];
        if (c.name == skip) continue;
        out << "      <attribute id=\"" << i << "\" title=\"" << xml_escape(names[i]) << "\" type=\""
            << xml_type_name(c.type) << "\"/>\n";
    }
    out << "    </attributes>\n";
}

void write_attvalues(std::ostream& out, const AttributeTable& table, const std::vector<std::string>& names,
                     std::size_t row, std::string_view skip) {
    bool any = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Column& c = table.columns()[i];
        if (c.name == skip || std::holds_alternative<std::monostate>(c.cells[row])) continue;
        if (!any) out << "        <attvalues>\n";
        any = true;
        out << "          <attvalue for=\"" << i << "\" value=\"" << xml_escape(cell_text(c.cells[row])) << "\"/>\n";
    }
    if (any) out << "        </attvalues>\n";
}

// <meta><description> as one text event where possible: Gephi keeps only the
// last non-whitespace CHARACTERS event of it and ignores CDATA events
// (ImporterGEXF.readMeta), Woodstox reports a reference-free or reference-
// coalesced text as one event and the JDK parser splits at every reference. So
// newlines, tabs and quotes are written literally (legal in element content),
// and only what must be escaped is.
std::string description_text(const std::string& text) {
    std::string x = xml_escape(text);
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"&#10;", "\n"},
                                   {"&#9;", "\t"},
                                   {"&quot;", "\""},
                                   {"&apos;", "'"}}) {
        std::string replaced;
        for (std::size_t i = 0; i < x.size();) {
            if (x.compare(i, from.size(), from) == 0) {
                replaced += to;
                i += from.size();
            } else {
                replaced += x[i++];
            }
        }
        x = std::move(replaced);
    }
    return x;
}

}  // namespace

RgbColor node_type_color(std::string_view type) {
    struct Entry {
        std::string_view type;
        RgbColor color;
    };
    // Tableau 10, in the order of the entity types in docs/dataset-format.md.
    static constexpr std::array<Entry, 10> builtin{{
        {"person", {78, 121, 167}},         // #4E79A7 blue
        {"movement", {242, 142, 43}},       // #F28E2B orange
        {"organisation", {89, 161, 79}},    // #59A14F green
        {"court", {176, 122, 161}},         // #B07AA1 purple
        {"authority", {225, 87, 89}},       // #E15759 red
        {"company", {156, 117, 95}},        // #9C755F brown
        {"media", {118, 183, 178}},         // #76B7B2 teal
        {"prosecution", {237, 201, 72}},    // #EDC948 yellow
        {"event", {255, 157, 167}},         // #FF9DA7 pink
        {"unidentified", {186, 176, 172}},  // #BAB0AC grey
    }};
    for (const Entry& e : builtin)
        if (e.type == type) return e.color;
    // The light half of Tableau 20 for types a dataset adds.
    static constexpr std::array<RgbColor, 8> extra{{
        {160, 203, 232},
        {255, 190, 125},
        {140, 209, 125},
        {182, 153, 45},
        {134, 188, 182},
        {255, 157, 154},
        {212, 166, 200},
        {215, 181, 166},
    }};
    std::uint32_t h = 2166136261u;  // FNV-1a, 32 bit
    for (char c : type) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return extra[h % extra.size()];
}

void write_gexf(std::ostream& out, const Graph& g, const AttributeTable& nodes, const AttributeTable& edge_columns) {
    const AttributeTable edges = with_day_columns(g, edge_columns);
    const std::optional<Span> period = graph_period(g);
    std::vector<Span> espans, vspans;
    if (period) {
        espans = edge_spans(g, *period);
        vspans = node_spans(g, *period, espans);
    }

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
           "  <meta>\n"
           "    <creator>repnet</creator>\n";
    // Gephi drops graph-level data, so the dataset's sources travel in the
    // description (and every node and edge carries its own `sources` value).
    std::string description = "Sources:";
    for (const Source& s : g.sources()) {
        description += "\n" + g.str(s.id) + ": " + g.str(s.publisher) + ", \"" + g.str(s.title) + "\"";
        if (!s.period.empty()) description += ", period " + s.period.str();
    }
    out << "    <description>" << description_text(description) << "</description>\n"
        << "  </meta>\n";
    out << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"";
    if (period) out << " start=\"" << period->first.str() << "\" end=\"" << spell_end(*period) << "\"";
    out << ">\n";
    const std::vector<std::string> node_names = written_column_names(nodes, ElementClass::node);
    const std::vector<std::string> edge_names = written_column_names(edges, ElementClass::edge);
    const std::vector<std::string> kinds = gephi_edge_kinds(g, false);
    write_attribute_block(out, nodes, node_names, "node", "label");
    write_attribute_block(out, edges, edge_names, "edge", "weight");

    out << "    <nodes count=\"" << g.node_count() << "\">\n";
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const NodeData& d = g.node(v);
        out << "      <node id=\"" << xml_escape(g.str(d.id)) << "\" label=\"" << xml_escape(g.str(d.name)) << "\">\n";
        write_attvalues(out, nodes, node_names, v, "label");
        if (period) write_spell(out, vspans[v]);
        const RgbColor c = node_type_color(g.node_type_name(v));
        out << "        <viz:color r=\"" << int(c.r) << "\" g=\"" << int(c.g) << "\" b=\"" << int(c.b) << "\"/>\n";
        out << "      </node>\n";
    }
    out << "    </nodes>\n";

    out << "    <edges count=\"" << g.edge_count() << "\">\n";
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        // kind: the relation, numbered for further parallel edges of it (Gephi merges same source, target, kind).
        out << "      <edge id=\"" << xml_escape(g.str(d.id)) << "\" source=\""
            << xml_escape(g.str(g.node(d.source).id)) << "\" target=\"" << xml_escape(g.str(g.node(d.target).id))
            << "\" kind=\"" << xml_escape(kinds[e]) << "\" label=\"" << xml_escape(g.edge_type_name(e)) << "\"";
        // 1 is GEXF's default weight; written out, an all-1 column is typed boolean by Gephi Lite.
        if (d.weight != 1.0) out << " weight=\"" << cell_text(Cell{d.weight}) << "\"";
        out << ">\n";
        write_attvalues(out, edges, edge_names, e, "weight");
        if (period) write_spell(out, espans[e]);
        out << "      </edge>\n";
    }
    out << "    </edges>\n"
           "  </graph>\n"
           "</gexf>\n";
}

void export_gexf(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                 const AttributeTable& edges) {
    write_file_atomically(path, [&](std::ostream& out) { write_gexf(out, graph, nodes, edges); });
}

}  // namespace repnet

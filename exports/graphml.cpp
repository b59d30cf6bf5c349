#include "exports/graphml.hpp"

#include "exports/atomic_file.hpp"
#include "exports/gephi_names.hpp"
#include "exports/xml_text.hpp"

namespace repnet {
namespace {

// "--" may not appear inside an XML comment.
std::string comment_text(const std::string& s) {
    std::string x = xml_escape(s);
    for (std::size_t i; (i = x.find("--")) != std::string::npos;) x.replace(i, 2, "- -");
    return x;
}

// A real default keeps its decimal point ("1.0", not "1"): graphology hands the default to Gephi
// Lite as uncast text, and "1" would look like a year to its date guess.
std::string default_text(const Column& column) {
    std::string text = cell_text(column.default_value);
    if (column.type == ColumnType::real && text.find_first_not_of("-0123456789") == std::string::npos) text += ".0";
    return text;
}

void write_keys(std::ostream& out, const AttributeTable& table, const std::vector<std::string>& names,
                const char* for_what, const char* prefix) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Column& column = table.columns()[i];
        out << "  <key id=\"" << prefix << xml_escape(names[i]) << "\" for=\"" << for_what << "\" attr.name=\""
            << xml_escape(names[i]) << "\" attr.type=\"" << xml_type_name(column.type) << "\"";
        if (std::holds_alternative<std::monostate>(column.default_value))
            out << "/>\n";
        else
            out << "><default>" << xml_element_text(default_text(column)) << "</default></key>\n";
    }
}

// Values as element text that survives Gephi's whitespace-skipping reader (see xml_element_text).
void write_data(std::ostream& out, const AttributeTable& table, const std::vector<std::string>& names, std::size_t row,
                const char* prefix) {
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Column& column = table.columns()[i];
        const Cell& cell = column.cells[row];
        if (std::holds_alternative<std::monostate>(cell) || cell == column.default_value) continue;
        out << "      <data key=\"" << prefix << xml_escape(names[i]) << "\">" << xml_element_text(cell_text(cell))
            << "</data>\n";
    }
}

}  // namespace

void write_graphml(std::ostream& out, const Graph& g, const AttributeTable& nodes, const AttributeTable& edge_columns,
                   const GraphmlOptions& options) {
    const AttributeTable edges = with_day_columns(g, edge_columns);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
    // Gephi ignores graph-level data, so the dataset's sources travel in a comment
    // (and every node and edge carries its own `sources` value).
    out << "  <!-- Written by repnet. Sources:\n";
    for (const auto& s : g.sources()) {
        out << "       " << comment_text(g.str(s.id)) << ": " << comment_text(g.str(s.publisher)) << ", \""
            << comment_text(g.str(s.title)) << "\"";
        if (!s.period.empty()) out << ", period " << comment_text(s.period.str());
        out << "\n";
    }
    out << "  -->\n";
    const std::vector<std::string> node_names = written_column_names(nodes, ElementClass::node);
    const std::vector<std::string> edge_names = written_column_names(edges, ElementClass::edge);
    write_keys(out, nodes, node_names, "node", "v_");
    write_keys(out, edges, edge_names, "edge", "e_");
    std::vector<std::string> kinds;
    if (!options.strict) kinds = gephi_edge_kinds(g, options.undirected);
    out << "  <graph id=\"G\" edgedefault=\"" << (options.undirected ? "undirected" : "directed") << "\">\n";
    for (NodeId v = 0; v < g.node_count(); ++v) {
        out << "    <node id=\"" << xml_escape(g.str(g.node(v).id)) << "\">\n";
        write_data(out, nodes, node_names, v, "v_");
        out << "    </node>\n";
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        out << "    <edge id=\"" << xml_escape(g.str(d.id)) << "\" source=\"" << xml_escape(g.str(g.node(d.source).id))
            << "\" target=\"" << xml_escape(g.str(g.node(d.target).id)) << "\"";
        if (!options.strict) out << " label=\"" << xml_escape(kinds[e]) << "\"";
        out << ">\n";
        write_data(out, edges, edge_names, e, "e_");
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

void export_graphml(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                    const AttributeTable& edges, const GraphmlOptions& options) {
    write_file_atomically(path, [&](std::ostream& out) { write_graphml(out, graph, nodes, edges, options); });
}

}  // namespace repnet

#include "exports/graphml.hpp"

#include "exports/atomic_file.hpp"
#include "exports/xml_text.hpp"

namespace repnet {
namespace {

// "--" may not appear inside an XML comment.
std::string comment_text(std::string s) {
    std::string x = xml_escape(s);
    for (std::size_t i; (i = x.find("--")) != std::string::npos;) x.replace(i, 2, "- -");
    return x;
}

void write_keys(std::ostream& out, const AttributeTable& table, const char* for_what, const char* prefix) {
    for (const auto& c : table.columns())
        out << "  <key id=\"" << prefix << xml_escape(c.name) << "\" for=\"" << for_what << "\" attr.name=\""
            << xml_escape(c.name) << "\" attr.type=\"" << xml_type_name(c.type) << "\"/>\n";
}

void write_data(std::ostream& out, const AttributeTable& table, std::size_t row, const char* prefix) {
    for (const auto& c : table.columns()) {
        const Cell& cell = c.cells[row];
        if (std::holds_alternative<std::monostate>(cell)) continue;
        out << "      <data key=\"" << prefix << xml_escape(c.name) << "\">" << xml_escape(cell_text(cell)) << "</data>\n";
    }
}

}  // namespace

void write_graphml(std::ostream& out, const Graph& g, const AttributeTable& nodes, const AttributeTable& edges,
                   const GraphmlOptions& options) {
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
    write_keys(out, nodes, "node", "v_");
    write_keys(out, edges, "edge", "e_");
    out << "  <graph id=\"G\" edgedefault=\"" << (options.undirected ? "undirected" : "directed") << "\">\n";
    for (NodeId v = 0; v < g.node_count(); ++v) {
        out << "    <node id=\"" << xml_escape(g.str(g.node(v).id)) << "\">\n";
        write_data(out, nodes, v, "v_");
        out << "    </node>\n";
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        out << "    <edge id=\"" << xml_escape(g.str(d.id)) << "\" source=\"" << xml_escape(g.str(g.node(d.source).id))
            << "\" target=\"" << xml_escape(g.str(g.node(d.target).id)) << "\"";
        if (!options.strict) out << " label=\"" << xml_escape(g.edge_type_name(e)) << "\"";
        out << ">\n";
        write_data(out, edges, e, "e_");
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

void export_graphml(const std::filesystem::path& path, const Graph& graph, const AttributeTable& nodes,
                    const AttributeTable& edges, const GraphmlOptions& options) {
    write_file_atomically(path, [&](std::ostream& out) { write_graphml(out, graph, nodes, edges, options); });
}

}  // namespace repnet

#include "algorithms/structure/graph_summary.hpp"

#include "algorithms/structure/components.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {
namespace {

void widen(GraphSummary& s, const PartialDate& d) {
    if (d.empty()) return;
    if (s.first_date.empty() || d.sort_key() < s.first_date.sort_key()) s.first_date = d;
    if (s.last_date.empty() || d.sort_key() > s.last_date.sort_key()) s.last_date = d;
}

}  // namespace

GraphSummary summarize(const Graph& g) {
    GraphSummary s;
    s.nodes = g.node_count();
    s.edges = g.edge_count();
    for (NodeId v = 0; v < g.node_count(); ++v) {
        ++s.nodes_by_type[g.node_type_name(v)];
        const NodeData& d = g.node(v);
        widen(s, d.dates.start);
        widen(s, d.dates.end);
        if (d.prosecution) {
            widen(s, d.prosecution->opened);
            widen(s, d.prosecution->decided);
        }
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        ++s.edges_by_relation[g.edge_type_name(e)];
        const EdgeData& d = g.edge(e);
        if (!d.when.empty()) ++s.dated_edges;
        widen(s, d.when.start);
        widen(s, d.when.end);
    }
    const CsrGraph csr = build_simple_csr(g);
    const ComponentsResult c = connected_components(csr);
    s.components = c.count();
    s.largest_component = c.sizes.empty() ? 0 : c.sizes.front();
    for (std::uint32_t v = 0; v < csr.node_count; ++v)
        if (csr.out_neighbours(v).empty()) ++s.isolated_nodes;
    return s;
}

}  // namespace repnet

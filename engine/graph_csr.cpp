#include "engine/graph_csr.hpp"

#include <cstdint>
#include <utility>

namespace repnet {

CsrGraph build_simple_csr(const Graph& graph, const CsrOptions& options) {
    const auto n = static_cast<std::uint32_t>(graph.node_count());
    std::vector<std::uint32_t> local(n, UINT32_MAX);
    std::vector<NodeId> kept;
    for (NodeId v = 0; v < n; ++v) {
        if (!options.keep_node.empty() && !options.keep_node[v]) continue;
        local[v] = static_cast<std::uint32_t>(kept.size());
        kept.push_back(v);
    }
    std::vector<WeightedEdge> edges;
    edges.reserve(graph.edge_count());
    for (const auto& e : graph.edges())
        if (local[e.source] != UINT32_MAX && local[e.target] != UINT32_MAX)
            edges.push_back({local[e.source], local[e.target], e.weight});
    CsrGraph g = build_simple_csr(static_cast<std::uint32_t>(kept.size()), edges, options.directed);
    g.to_graph_node = std::move(kept);
    return g;
}

}  // namespace repnet

#include "engine/csr_bgl.hpp"

#include <algorithm>

#include "engine/errors.hpp"

namespace repnet {

BglUndirectedView::BglUndirectedView(const CsrGraph& graph) : graph_(&graph) {
    if (graph.directed) throw InternalError("BglUndirectedView: the CSR view must be undirected");
    edge_of_arc_.assign(graph.out_targets.size(), 0);
    // Edge (u, v) with u < v gets the next id at u's row; v's row finds it by binary search
    // in u's row (rows are sorted by node index and u's was numbered first).
    for (std::uint32_t u = 0; u < graph.node_count; ++u)
        for (std::uint64_t i = graph.out_offsets[u]; i < graph.out_offsets[u + 1]; ++i) {
            const std::uint32_t v = graph.out_targets[i];
            if (u < v) {
                edge_of_arc_[i] = edge_count_++;
                continue;
            }
            const auto row = graph.out_neighbours(v);
            const auto at = std::lower_bound(row.begin(), row.end(), u);
            if (at == row.end() || *at != u) throw InternalError("BglUndirectedView: the CSR view is not symmetric");
            edge_of_arc_[i] = edge_of_arc_[graph.out_offsets[v] + static_cast<std::uint64_t>(at - row.begin())];
        }
}

}  // namespace repnet

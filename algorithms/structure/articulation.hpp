#pragma once
// Articulation points and biconnected components: who holds a network together.
#include <cstdint>
#include <vector>

#include "engine/csr.hpp"

namespace repnet {

struct ArticulationResult {
    // Graph nodes (CsrGraph::to_graph_node) whose removal disconnects their component, ascending.
    std::vector<NodeId> articulation_points;
    // Biconnected components: maximal sets of edges in which every two edges lie on a common
    // simple cycle; a bridge is a component of its own. Isolated nodes belong to none.
    std::uint64_t biconnected_component_count = 0;
    // Per CSR node: how many biconnected components contain it (0 isolated, 1 inside one
    // component, >= 2 exactly for articulation points).
    std::vector<std::uint32_t> components_joined;
};

// Articulation points and biconnected components of an undirected view (self-loops are not
// in the simple view; parallel edges are collapsed), by Boost.Graph's biconnected_components:
// one depth-first search keeping low points (Hopcroft & Tarjan 1973). O(V + E) time, plus
// O(E log d) to number the view's edges. Same answers as NetworkX's articulation_points and
// biconnected_components. Throws InternalError if the view is directed.
ArticulationResult articulation_points(const CsrGraph& graph);

}  // namespace repnet

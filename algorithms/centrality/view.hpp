#pragma once
// The graph views the centrality suite runs on (docs/algorithms.md, "Views").
#include <string>
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct ViewParams {
    bool directed = false;          // nx.DiGraph instead of nx.Graph
    std::vector<TypeId> types;      // keep only nodes of these entity types (induced subgraph); empty = all
    bool person_projection = false; // the person-person shared-affiliation projection instead
};

// The simple view (parallel edges collapsed with summed weights, self-loops dropped) of
// `graph`, restricted or projected as asked. O(V + E log E) (projection: see person_projection.hpp).
// Throws InvalidArgument for a type id the graph does not have, or a projection combined
// with `directed` or `types` (the projection is undirected and has people only).
CsrGraph centrality_view(const Graph& graph, const ViewParams& params);

// "undirected simple view, types person,movement" and the like, for output headers.
std::string describe_view(const Graph& graph, const ViewParams& params, bool weighted);

}  // namespace repnet

#pragma once
// The graph views the centrality suite runs on (docs/algorithms.md, "Views").
#include <string>
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct ViewParams {
    bool directed = false;            // nx.DiGraph instead of nx.Graph
    std::vector<std::string> types;   // keep only nodes of these entity types (induced subgraph); empty = all
    std::string project;              // "person": the person-person shared-affiliation projection; empty = none
};

// The simple view (parallel edges collapsed with summed weights, self-loops dropped) of
// `graph`, restricted or projected as asked. O(V + E log E) (projection: see person_projection.hpp).
// Throws UsageError for an unknown type name, a projection other than "person", or a
// projection combined with `directed` or `types`.
CsrGraph centrality_view(const Graph& graph, const ViewParams& params);

// "undirected simple view, types person,movement" and the like, for output headers.
std::string describe_view(const ViewParams& params, bool weighted);

}  // namespace repnet

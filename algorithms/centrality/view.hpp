#pragma once
// The graph views the centrality suite runs on (docs/algorithms.md, "Views").
#include <string>
#include <vector>

#include "algorithms/projection/person_links.hpp"
#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

// The rule set `centrality --project person` uses by default: "shared-affiliation",
// people linked by the prosecutions, movements, organisations and media they share,
// weight = number of shared hubs.
PersonLinkParams shared_affiliation_links();

struct ViewParams {
    bool directed = false;           // nx.DiGraph instead of nx.Graph
    std::vector<TypeId> types;       // keep only nodes of these entity types (induced subgraph); empty = all
    bool person_projection = false;  // the person projection (person_links.hpp) instead
    PersonLinkParams person_links = shared_affiliation_links();  // its link rules
};

// The simple view (parallel edges collapsed with summed weights, self-loops dropped) of
// `graph`, restricted or projected as asked. O(V + E log E) (projection: see person_links.hpp).
// Throws InvalidArgument for a type id the graph does not have, or a projection combined
// with `directed` or `types` (the projection is undirected and has people only). With a
// projection, `network` (if given) receives the person network, whose skipped_hubs the
// caller reports.
CsrGraph centrality_view(const Graph& graph, const ViewParams& params, PersonNetwork* network = nullptr);

// "undirected simple view, types person,movement" and the like, for output headers.
std::string describe_view(const Graph& graph, const ViewParams& params, bool weighted);

}  // namespace repnet

#pragma once
// Degree and strength (weighted degree) of a CSR view.
#include <cstdint>
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct DegreeParams {
    // Optional: the type of each CSR node (any small integers, e.g. TypeId), for the
    // by-neighbour-type counts; empty = no by-type counts.
    std::vector<std::uint16_t> node_type;
    std::uint16_t type_count = 0;  // number of distinct type values (max type + 1)
};

struct DegreeResult {
    // Distinct neighbours in the simple view: total = in + out for directed views
    // (nx.DiGraph.degree); for undirected ones total only (nx.Graph.degree), in and out empty.
    std::vector<double> total, in, out;
    // by_type[v * type_count + t]: edges of v (in + out) to neighbours of type t. Empty without node types.
    std::vector<std::uint32_t> by_type;
    std::uint16_t type_count = 0;
};

// Counts of distinct neighbours (parallel edges collapsed, loops dropped by the view).
// These are NetworkX's G.degree / in_degree / out_degree, not degree_centrality
// (which divides by n - 1). O(V + E). Throws InvalidArgument if node_type
// is given with the wrong length or a value >= type_count.
DegreeResult degree(const CsrGraph& graph, const DegreeParams& params = {});

// Strength: the sum of the weights of a node's edges (in + out for directed views),
// where a collapsed edge weighs the sum of its parallel edges; NetworkX's
// G.degree(weight="weight"). O(V + E).
std::vector<double> strength(const CsrGraph& graph);

// Degree in the typed multigraph itself: every edge counts at both ends, parallel edges
// each time, a self-loop twice (nx.MultiGraph.degree). "Ties" in `analyze`'s summary. O(V + E).
std::vector<std::uint64_t> multigraph_degree(const Graph& graph);

}  // namespace repnet

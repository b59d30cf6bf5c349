#pragma once
// Compact sparse-row snapshots of a Graph for analytics: contiguous arrays,
// no per-edge allocation. The default view is the simple undirected graph
// (parallel edges collapsed into one whose weight is the sum of theirs,
// self-loops dropped), which is what NetworkX's nx.Graph holds for the same data.
// The view of a typed Graph is built by engine/graph_csr.hpp; this header does not
// need the graph, so analytics that only read a view do not parse it.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/ids.hpp"
#include "engine/large_array.hpp"

namespace repnet {

struct CsrGraph {
    std::uint32_t node_count = 0;
    bool directed = false;
    // Out-adjacency (for undirected views, each edge appears in both rows).
    LargeVector<std::uint64_t> out_offsets;  // node_count + 1
    LargeVector<std::uint32_t> out_targets;
    LargeVector<double> out_weights;
    // In-adjacency; filled only for directed views.
    LargeVector<std::uint64_t> in_offsets;
    LargeVector<std::uint32_t> in_sources;
    LargeVector<double> in_weights;
    // CSR node i is graph node to_graph_node[i] (views may drop nodes).
    std::vector<NodeId> to_graph_node;

    std::span<const std::uint32_t> out_neighbours(std::uint32_t v) const {
        return {out_targets.data() + out_offsets[v], out_targets.data() + out_offsets[v + 1]};
    }
    std::span<const double> out_edge_weights(std::uint32_t v) const {
        return {out_weights.data() + out_offsets[v], out_weights.data() + out_offsets[v + 1]};
    }
    std::span<const std::uint32_t> in_neighbours(std::uint32_t v) const {
        if (!directed) return out_neighbours(v);
        return {in_sources.data() + in_offsets[v], in_sources.data() + in_offsets[v + 1]};
    }
    std::span<const double> in_edge_weights(std::uint32_t v) const {
        if (!directed) return out_edge_weights(v);
        return {in_weights.data() + in_offsets[v], in_weights.data() + in_offsets[v + 1]};
    }
    // Number of distinct edges (an undirected edge counts once).
    std::uint64_t edge_count() const { return directed ? out_targets.size() : out_targets.size() / 2; }
};

struct WeightedEdge {
    std::uint32_t source = 0, target = 0;
    double weight = 1.0;
};

// Builds a simple (collapsed, loop-free) view from an edge list over nodes 0..node_count-1.
// Neighbour lists are sorted by node index; parallel edges' weights are summed in input order.
// threads (1 = this thread only) share the rows. O(V + E) plus sorting each row.
CsrGraph build_simple_csr(std::uint32_t node_count, std::span<const WeightedEdge> edges, bool directed,
                          unsigned threads = 1);

}  // namespace repnet

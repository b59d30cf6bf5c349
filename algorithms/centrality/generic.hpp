#pragma once
// Generic entities (NodeData::generic: "Kazakhstan police", "unknown assailants") stand for
// unnamed bodies, so their high centrality says more about how a report was written than
// about the network. Rankings leave them out by default (docs/dataset-format.md, "Generic
// entities"); these helpers are the one place that rule lives.
#include <cstddef>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

// True if any entity of the graph is generic. O(V).
bool has_generic(const Graph& graph);

// The generic entities that rank among the `top` highest betweenness values (exact,
// normalised, undirected simple view of all nodes: what `analyze` ranks its brokers by)
// when generic entities are not left out, in ranking order. Empty (and no betweenness is
// computed) when the graph has no generic entity. O(V E) for graphs up to 20,000 nodes;
// larger graphs use sampled betweenness (epsilon 0.01, seed 0).
std::vector<NodeId> generic_brokers(const Graph& graph, std::size_t top = 10);

// The first `count` nodes of `order` (graph nodes, best first) that are not generic, or simply the
// first `count` with include_generic; adds to `left_out` how many generic ones were passed over.
std::vector<NodeId> top_ranked_named(const Graph& graph, const std::vector<NodeId>& order, std::size_t count,
                                     bool include_generic, std::size_t& left_out);

}  // namespace repnet

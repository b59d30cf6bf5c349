#pragma once
// The person network as a Graph of its own, so the ordinary exporters
// (GraphML, attribute tables) write it: one node per person (a copy of the
// person's record: name, aliases, attributes, provenance) and one
// `person_link` edge per linked pair (id "p<a>-<b>", the two people's
// positions in PersonNetwork::members), weighted, carrying the number and ids
// of the shared prosecutions, the weight each link kind contributed, and the
// evidence of the shared prosecutions.
#include "algorithms/projection/person_links.hpp"
#include "engine/graph.hpp"

namespace repnet {

// O(V + E + size of the copied records).
Graph person_network_graph(const Graph& graph, const PersonNetwork& network);

}  // namespace repnet

#pragma once
// What `repnet stats` and the analyze report show first: counts by node and
// relation type, components, and the span of dates in the data.
#include <cstddef>
#include <map>
#include <string>

#include "engine/date.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct GraphSummary {
    std::size_t nodes = 0, edges = 0;
    std::map<std::string, std::size_t> nodes_by_type;      // sorted by type name
    std::map<std::string, std::size_t> edges_by_relation;  // sorted by relation name
    std::size_t components = 0;
    std::size_t largest_component = 0;
    std::size_t isolated_nodes = 0;
    std::size_t dated_edges = 0;
    PartialDate first_date, last_date;  // over node, edge and prosecution dates
};

GraphSummary summarize(const Graph& graph);

}  // namespace repnet

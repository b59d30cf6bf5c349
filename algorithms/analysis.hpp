#pragma once
// Everything `repnet analyze` computes, in one result: the graph summary and
// each analysis' per-node values (indexed by graph NodeId).
#include <cstdint>
#include <vector>

#include "algorithms/centrality/suite.hpp"
#include "algorithms/structure/graph_summary.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct AnalysisResults {
    GraphSummary summary;
    std::vector<std::int64_t> component;  // per node: connected component, 0 = largest
    CentralitySuite centrality;           // every measure on the undirected simple unweighted view of all nodes (index = NodeId)
};

AnalysisResults analyze(const Graph& graph);

}  // namespace repnet

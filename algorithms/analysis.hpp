#pragma once
// Everything `repnet analyze` computes, in one result: the graph summary and
// each analysis' per-node values (indexed by graph NodeId).
#include <cstdint>
#include <vector>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/structure/graph_summary.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct AnalysisResults {
    GraphSummary summary;
    std::vector<std::int64_t> component;  // per node: connected component, 0 = largest
    std::vector<PersonTimeline> timelines;  // per node: actions against it, in time order
    RiskResult risk;                        // at-risk ranking with default parameters
};

AnalysisResults analyze(const Graph& graph);

}  // namespace repnet

#pragma once
// Everything `repnet analyze` computes, in one result: the graph summary and
// each analysis' per-node values (indexed by graph NodeId).
#include <cstdint>
#include <vector>

#include "algorithms/centrality/suite.hpp"
#include "algorithms/community/cluster_table.hpp"
#include "algorithms/community/community.hpp"
#include "algorithms/projection/person_links.hpp"
#include "algorithms/risk/at_risk.hpp"
#include "algorithms/structure/graph_summary.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct AnalysisResults {
    GraphSummary summary;
    std::vector<std::int64_t> component;   // per node: connected component, 0 = largest
    std::vector<bool> articulation_point;  // per node: removing it splits its component (simple view)
    // Co-prosecution clusters: Leiden (default parameters) on the person network.
    PersonNetwork people;
    CsrGraph people_view;
    CommunityResult communities;
    ClusterTable clusters;
    std::vector<std::int64_t> cluster;      // per node: cluster number of a person, -1 for other nodes
    std::vector<PersonTimeline> timelines;  // per node: actions against it, in time order
    RiskResult risk;                        // at-risk ranking with default parameters
    CentralitySuite centrality;  // every measure on the undirected simple unweighted view of all nodes (index = NodeId)
};

AnalysisResults analyze(const Graph& graph);

}  // namespace repnet

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

// How `analyze` runs. Betweenness, closeness and harmonic cost O(nodes x edges) exactly;
// on a graph of more than `exact_limit` nodes they are estimated by sampling with the
// stated (epsilon, delta) instead (see approx_betweenness and sampled_distance_centrality),
// unless `exact` is set.
struct AnalysisParams {
    RunContext run{};  // threads, progress (one stage per step, then each measure's own), cancellation
    bool exact = false;
    std::uint32_t exact_limit = 50'000;
    ApproxBetweennessParams approx_betweenness{.epsilon = 0.01, .delta = 0.1};
    SampledDistanceParams sampled_distance{.epsilon = 0.02, .delta = 0.1};
};

// True when `analyze` samples the path measures of a graph with this many nodes.
bool analysis_samples_paths(std::uint64_t nodes, const AnalysisParams& params);

AnalysisResults analyze(const Graph& graph, const AnalysisParams& params = {});

}  // namespace repnet

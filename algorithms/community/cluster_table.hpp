#pragma once
// What a researcher reads about each cluster: its people, their
// prosecutions, the courts and articles involved, related movements, the
// first and last date, and the peak severity — ranked by size, then peak
// severity, then the input order of the first member. The rank is the
// cluster number used everywhere (the `clusters` table, the `cluster`
// attribute in GraphML and report.json).
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "algorithms/community/community.hpp"
#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct ClusterSummary {
    std::uint32_t number = 0;          // rank in the table, from 0
    std::vector<NodeId> members;       // ascending NodeId
    std::vector<NodeId> prosecutions;  // the members' prosecutions (defendant_in), and prosecution members
    std::vector<NodeId> courts;        // courts that heard those prosecutions (heard_by)
    std::vector<StrId> articles;       // articles of those prosecutions, sorted by text
    std::vector<NodeId> movements;  // movements the members belong to, support or lead, or their prosecutions concern
    PartialDate first_date, last_date;        // over the prosecutions' opened/decided and actions against the members
    Severity peak_severity = Severity::none;  // highest ranked severity of those prosecutions and actions
    double internal_weight = 0;               // weight of the view's edges inside the cluster
};

struct ClusterTable {
    std::vector<ClusterSummary> clusters;       // ranked
    std::vector<std::int64_t> cluster_of_node;  // per graph node: its cluster number, -1 if not in the view
};

// `community` labels the nodes of `view` (whose to_graph_node maps to graph nodes). O(V + E log E).
ClusterTable cluster_table(const Graph& graph, const CsrGraph& view, std::span<const std::uint32_t> community);

// Runs the named algorithm: "leiden", "louvain", "components" or "kcore" (with k).
// Throws InvalidArgument for another name or bad parameters.
CommunityResult find_communities(const CsrGraph& view, std::string_view algorithm, const CommunityParams& params,
                                 std::uint32_t k = 2);

}  // namespace repnet

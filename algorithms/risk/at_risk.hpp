#pragma once
// At-risk ranking: who is exposed to pressure but not yet hit hard.
//
// Model (personalised PageRank, Haveliwala 2002, "Topic-sensitive PageRank"):
// 1. Seeds. Every action against a node (see is_action_against) whose ladder
//    rank is at least `seed_min_rank`, and every relation of a `ban_relations`
//    type aimed at it (counted as rank 11: a ban ends a group's legal life), is
//    a *hit*. A hit weighs rank / 11 times 0.5^(age / half_life_years), its age
//    being the time from its anchor date to `as_of` (default: the latest anchor
//    date in the graph; hits after `as_of` are ignored); an undated hit weighs
//    rank / 11 times `undated_weight`. A node's seed weight is the sum of its hits.
// 2. Exposure graph. The simple undirected view of the graph induced by the
//    `exposure_types` nodes (people, groups, prosecutions, events by default;
//    authorities and courts are left out so pressure does not leak through a
//    court to everyone it ever heard). Parallel relations add their weights.
// 3. Scores. x = (1 - d) p + d (W D^-1 x + dangling mass * p), p the
//    normalised seed weights, by power iteration from x = p until the L1
//    change is below `tolerance` (or `max_iterations`): pagerank() of
//    algorithms/centrality/spectral.hpp with p as personalisation, dangling
//    and start vector. Scores sum to 1.
// 4. Ranking. Candidates are nodes of `candidate_types` with no hit of their
//    own and no action ranked above `at_risk_max_rank`, by score (descending),
//    ties by node id. A candidate's score is exactly the sum of the flows
//    d x[u] w(u,v) / D(u) from its neighbours u; each entry lists the largest
//    flows with the relations behind them and the hits behind each neighbour
//    (its own, or those of the neighbour's own largest inflow).
// Deterministic; O(iterations * E).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

struct RiskParams {
    double damping = 0.85;             // [0, 1)
    double tolerance = 1e-10;          // > 0, L1
    int max_iterations = 1000;         // >= 1
    int seed_min_rank = 7;             // 1..11; criminal_charge and above seed
    int at_risk_max_rank = 4;          // 0..seed_min_rank-1; fine and below count as "not hit hard"
    double half_life_years = 3.0;      // > 0
    double undated_weight = 0.5;       // [0, 1]
    std::optional<PartialDate> as_of;  // default: latest anchor date in the graph
    std::vector<std::string> ban_relations{std::string(vocab::banned)};
    std::vector<std::string> exposure_types{std::string(vocab::person),       std::string(vocab::movement),
                                            std::string(vocab::organisation), std::string(vocab::media),
                                            std::string(vocab::prosecution),  std::string(vocab::event)};
    std::vector<std::string> candidate_types{std::string(vocab::person), std::string(vocab::movement),
                                             std::string(vocab::organisation), std::string(vocab::media)};
    std::size_t explain = 3;  // flows listed per entry
};

struct RiskHit {
    EdgeId edge = 0;
    NodeId node = 0;  // the node hit
    int rank = 0;
    double weight = 0;
};

struct RiskFlow {
    NodeId neighbour = 0;
    double flow = 0;            // part of the candidate's score coming from the neighbour
    std::vector<EdgeId> ties;   // relations between candidate and neighbour
    std::optional<NodeId> via;  // when the neighbour has no hit: its largest inflow
    std::vector<RiskHit> hits;  // hits on the neighbour, or on `via`
};

struct RiskEntry {
    NodeId node = 0;
    double score = 0;
    int max_rank = 0;  // highest rank of any action against it
    std::vector<RiskFlow> because;
};

struct RiskResult {
    RiskParams params;
    PartialDate as_of;
    std::vector<double> score;        // per NodeId; 0 outside the exposure graph
    std::vector<double> seed_weight;  // per NodeId
    std::vector<RiskHit> hits;        // by edge id
    int iterations = 0;
    bool converged = false;
    double residual = 0;             // L1 change of the last iteration
    std::vector<RiskEntry> ranking;  // every candidate with a positive score
};

// Throws InvalidArgument naming the parameter, the rule and the value when a parameter is out of range.
RiskResult rank_at_risk(const Graph& graph, const RiskParams& params = {});

}  // namespace repnet

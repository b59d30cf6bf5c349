#pragma once
// At-risk ranking: who is exposed to pressure but not yet hit hard.
//
// Model (personalised PageRank, Haveliwala 2002, "Topic-sensitive PageRank"),
// documented with every weight in docs/algorithms.md ("At risk"):
// 0. The world as known on `as_of`. A relation is visible if its moment
//    (edge_moment with case dates) is not after `as_of` and, when `as_of` is
//    given, one of its sources was published by then (a source's `published`
//    date, else the end of its `period`; a source with neither is always known).
//    An entity is visible under the same source rule, unless it has relations and none is visible. Everything below
//    uses visible facts only, so a fact added after `as_of` cannot change the result.
// 1. Seeds. Every visible action against a node (see is_action_against) whose
//    ladder rank is at least `seed_min_rank`, and every ban of a group (a
//    `ban_relations` relation aimed at it, a decided prosecution of kind `ban`
//    that concerns it or has it as defendant, or the attribute `banned: true`),
//    counted as rank 11, is a *hit*. Actions ranked 1 .. seed_min_rank-1 are
//    *record* hits, weighted by `record_weight`. A hit weighs
//    rank / 11 * 0.5^(age / half_life_years) (times record_weight for a record
//    hit); an undated hit uses `undated_weight` as its recency factor.
// 2. Exposure graph. The simple undirected view of the visible relations among
//    visible nodes of the `exposure_types` (authorities and courts are left out,
//    so pressure does not leak through a court to everyone it ever heard).
// 3. Scores. x = (1 - d) p + d (W D^-1 x + dangling mass * p), p the normalised
//    seed weights: pagerank() of algorithms/centrality/spectral.hpp with p as
//    personalisation, dangling and start vector. Scores sum to 1.
// 4. Candidates are visible nodes of `candidate_types` that are not banned, not
//    imprisoned (an action of rank 11) and have no action ranked above
//    `at_risk_max_rank`; every other node of those types is counted with the
//    reason it was left out. Ranked by score (descending), ties by node id;
//    each entry carries its percentile among the candidates of its section
//    (people, or groups) and the largest inflows explaining its score.
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
    int at_risk_max_rank = 6;          // 0..seed_min_rank-1; an action ranked above it takes a node out of the ranking
    double half_life_years = 2.0;      // > 0
    double undated_weight = 0.5;       // [0, 1]
    double record_weight = 0.25;       // [0, 1]; weight of actions ranked below seed_min_rank (the node's record)
    std::optional<PartialDate> as_of;  // default: latest anchor date in the graph (and no publication rule)
    std::vector<std::string> ban_relations{std::string(vocab::banned)};
    std::vector<std::string> exposure_types{std::string(vocab::person),       std::string(vocab::movement),
                                            std::string(vocab::organisation), std::string(vocab::media),
                                            std::string(vocab::prosecution),  std::string(vocab::event)};
    std::vector<std::string> candidate_types{std::string(vocab::person), std::string(vocab::movement),
                                             std::string(vocab::organisation), std::string(vocab::media)};
    std::size_t explain = 3;  // flows listed per entry
};

inline constexpr EdgeId kNoEdge = static_cast<EdgeId>(-1);

enum class RiskHitKind : std::uint8_t { action, ban, record };

struct RiskHit {
    EdgeId edge = 0;  // the action or `banned` relation; for a ban decided by a prosecution, kNoEdge
    NodeId node = 0;  // the node hit
    int rank = 0;
    double weight = 0;
    RiskHitKind kind = RiskHitKind::action;
    PartialDate when;          // the date of the hit (empty if undated)
    std::optional<NodeId> by;  // for a ban decided by a prosecution (or a `banned` attribute): that node
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
    double percentile = 0;  // share of the candidates of its section (people / groups) with a lower score, 0..100
    int max_rank = 0;       // highest rank of any visible action against it
    std::vector<RiskFlow> because;
};

// Why a node of a candidate type is not in the ranking.
enum class RiskExclusion : std::uint8_t { none, invisible, banned, imprisoned, hit_hard, no_exposure };

struct RiskResult {
    RiskParams params;
    PartialDate as_of;
    bool publication_rule = false;        // as_of was given: facts known only from later sources are invisible
    std::vector<double> score;            // per NodeId; 0 outside the exposure graph
    std::vector<double> seed_weight;      // per NodeId
    std::vector<int> max_rank;            // per NodeId: highest visible action rank against it
    std::vector<RiskExclusion> excluded;  // per NodeId; none for candidates and for nodes of other types
    std::vector<bool> node_visible;       // per NodeId
    std::vector<bool> edge_visible;       // per EdgeId
    std::vector<RiskHit> hits;            // actions by edge id, then bans by prosecutions and attributes
    int iterations = 0;
    bool converged = false;
    double residual = 0;             // L1 change of the last iteration
    std::vector<RiskEntry> ranking;  // every candidate with a positive score
};

// Throws InvalidArgument naming the parameter, the rule and the value when a parameter is out of range.
RiskResult rank_at_risk(const Graph& graph, const RiskParams& params = {});

// True for the people section (type person); false for groups and everything else.
bool is_person(const Graph& graph, NodeId v);

// The date a source became known: its `published` date if the format has one, else the end of its period
// (else its start); empty if it has none (then it counts as always known).
PartialDate source_known_date(const Source& source);

// One section of the ranking: the people, or the groups (every other candidate type), with the counts of
// nodes of those types left out, by reason.
struct RiskSection {
    bool people = true;
    std::size_t candidates = 0;                            // ranked + without exposure
    std::size_t without_exposure = 0;                      // candidates with score 0 (no tie to anyone hit)
    std::size_t banned = 0, imprisoned = 0, hit_hard = 0;  // left out
    std::size_t invisible = 0;              // not yet known on as_of (not reported: it would reveal later facts)
    std::vector<const RiskEntry*> entries;  // ranked, best first
};
RiskSection risk_section(const Graph& graph, const RiskResult& result, bool people);

// A readable sentence built from the evidence: the candidate's ties to banned groups, hit co-members,
// co-defendants and relatives or associates (with dates and citations), and its own record, e.g.
// "member of Democratic Choice of Kazakhstan, banned 2018-03-13 (kz-2018-q1 para 15); 2 co-members of
// Democratic Choice of Kazakhstan charged or sentenced in 2019–2020 (A, B); no action against them yet."
std::string risk_sentence(const Graph& graph, const RiskResult& result, const RiskEntry& entry);

}  // namespace repnet

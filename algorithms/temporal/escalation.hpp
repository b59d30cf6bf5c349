#pragma once
// Earliest-arrival time-respecting paths ("escalation paths").
//
// A path from the start set S is a sequence of relations, each step dated no
// earlier than the step before under the order rule of temporal_order.hpp
// (equal dates may follow each other). A relation's moment is edge_moment():
// its anchor date, or for an undated relation of a prosecution (heard_by,
// concerns, defendant_in, charged, ...) the prosecution's opened/decided date
// unless `case_dates` is off; relations still undated are timeless and usable
// at any moment unless `dated_only`. Relations are walked in both directions unless `directed`
// (pressure runs both ways along membership, defendant_in, sentenced, ...).
// With `non_decreasing_severity`, every relation carrying a severity label is
// an action of its ladder rank (0 for unranked labels such as release), and
// the ranks of the actions along a path never decrease; relations without a
// severity are ties and do not constrain.
//
// Algorithm: one pass over the dated relations sorted by (date, edge id);
// the relations of one date are closed together with the undated ones by a
// breadth-first search, so chains of same-date steps are found. With the
// severity rule the state is (node, current rank), 12 states per node.
// O(E log E + 12 (V + E)). After Wu et al., "Path problems in temporal
// graphs", PVLDB 7(9), 2014 (one-pass earliest arrival), with zero travel time.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

struct EscalationParams {
    bool dated_only = false;
    bool non_decreasing_severity = false;
    bool directed = false;
    bool case_dates = true;  // an undated relation of a prosecution acts at the prosecution's date (edge_moment)
};

struct PathStep {
    EdgeId edge = 0;
    PartialDate moment;       // the date the step acts at (edge_moment); empty if timeless
    NodeId from = 0, to = 0;  // as walked; forward = (from == edge source)
    bool forward = true;
};

struct Arrival {
    bool reached = false;
    // The date of the last dated step; empty when the node is reached through
    // undated relations only (or is a start).
    PartialDate date;
    std::vector<PathStep> path;  // from a start to the node; empty for a start
};

struct EscalationResult {
    std::vector<NodeId> starts;
    EscalationParams params;
    std::vector<Arrival> arrival;  // per NodeId
    std::size_t reached = 0;       // nodes reached, starts included
};

// Throws InvalidArgument if `starts` is empty or names a node outside the graph.
EscalationResult earliest_arrival(const Graph& graph, const std::vector<NodeId>& starts,
                                  const EscalationParams& params = {});

}  // namespace repnet

#pragma once
// Person timelines: every action against a person (see is_action_against),
// dated ones in time order, with the escalation they describe.
//
// Order: by anchor date under the order rule of temporal_order.hpp, then by
// edge id (input order). Dates are reported as given.
//
// Escalation: the person's *level* starts at 0. Actions on the same date are
// one step in time: if the date carries a de-escalation (release, acquittal,
// case_closed, amnesty, parole) the level first drops to 0, then the date's
// highest ranked action r is compared with the level; r > level makes the
// date an *escalation step* and the level becomes r. The *peak* is the highest
// rank of any action (dated or not); its date is the first dated action of
// that rank. Undated actions are listed apart; they count for the peak only.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

struct TimelineEvent {
    EdgeId edge = 0;
    NodeId actor = 0;  // the other end of the edge
    PartialDate date;  // anchor date; empty for undated actions
    Severity severity = Severity::none;
    int rank = 0;
    bool escalation = false;     // this action raised the level (first such action of its date)
    bool de_escalation = false;  // release, acquittal, case_closed, amnesty, parole
    int level_after = 0;         // the level after this action's date
};

struct PersonTimeline {
    NodeId person = 0;
    std::vector<TimelineEvent> events;   // dated, in order
    std::vector<TimelineEvent> undated;  // by edge id
    int escalation_steps = 0;
    int de_escalations = 0;                            // dated and undated
    Severity peak = Severity::none;                    // highest ranked action; none if no ranked action
    PartialDate first_action, last_action, peak_date;  // empty when unknown
    std::optional<std::int32_t> days_to_peak;          // earliest day of first action to earliest day of peak_date

    bool empty() const { return events.empty() && undated.empty(); }
};

// O(d log d) for a person with d incident edges.
PersonTimeline person_timeline(const Graph& graph, NodeId person);

// Timelines of every node (empty ones included), indexed by NodeId. O(E log E).
std::vector<PersonTimeline> all_timelines(const Graph& graph);

}  // namespace repnet

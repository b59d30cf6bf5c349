#pragma once
// Person timelines: one row per event against a person (see is_action_against; a
// defendant_in edge is a role, never a row), dated rows in time order, with the
// escalation they describe.
//
// Dates are intervals (engine/date.hpp, DayInterval): "2019" covers the whole year. Rows
// are sorted by (first day, last day, edge id) and grouped into *periods*: a row whose
// interval overlaps the union of the current period's intervals joins it. Rows sharing a
// period are "same period, order unknown" (order_unknown): none is asserted to come
// before another. Day-precise dates on different days never share a period.
//
// One event, one row: edges of the same relation type, the same dates (day intervals of
// start and end) and the same actor family (algorithms/common/action.hpp) are one row
// (the first edge; the others in same_event), unless TimelineParams::merge_same_event is
// false (used to check a dataset for such duplicates).
//
// Escalation: the person's *level* starts at 0. A period is one step in time: if it
// carries a de-escalation (release, acquittal, case_closed, amnesty, parole) the level
// first drops to 0, then the period's highest ranked action r is compared with the level;
// r > level makes the period an *escalation step* and the level becomes r. The *peak* is
// the highest rank of any row (dated or not); its date is the first dated row of that
// rank. Undated rows are listed apart; they count for the peak only. days_to_peak is
// given only between day-precise dates, when the first row's order is known.
#include <cstdint>
#include <optional>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

struct TimelineEvent {
    EdgeId edge = 0;
    NodeId actor = 0;      // the other end of the edge
    PartialDate date;      // anchor date; empty for undated actions
    DayInterval interval;  // of the anchor date (dated rows only)
    Severity severity = Severity::none;
    int rank = 0;
    bool escalation = false;         // this action raised the level (first such action of its period)
    bool de_escalation = false;      // release, acquittal, case_closed, amnesty, parole
    int level_after = 0;             // the level after this action's period
    std::size_t period = 0;          // dated rows: index of its period, 0 = earliest
    bool order_unknown = false;      // shares its period with another row
    std::vector<EdgeId> same_event;  // further edges describing this event (merge_same_event)
};

struct PersonTimeline {
    NodeId person = 0;
    std::vector<TimelineEvent> events;   // dated, in order
    std::vector<TimelineEvent> undated;  // by edge id
    int escalation_steps = 0;
    int de_escalations = 0;                            // dated and undated
    Severity peak = Severity::none;                    // highest ranked action; none if no ranked action
    PartialDate first_action, last_action, peak_date;  // empty when unknown
    std::optional<std::int32_t> days_to_peak;          // between day-precise dates only

    bool empty() const { return events.empty() && undated.empty(); }
};

struct TimelineParams {
    bool merge_same_event = true;  // one row for edges of one type, date and actor family
};

// Every citation of a row: the evidence of its edge and of its same_event edges, in that
// order, each distinct (source, locator, note) once.
std::vector<Evidence> timeline_citations(const Graph& graph, const TimelineEvent& row);

// O(d log d + r^2) for a person with d incident edges and r rows.
PersonTimeline person_timeline(const Graph& graph, NodeId person, const TimelineParams& params = {});

// Timelines of every node (empty ones included), indexed by NodeId. O(E log E).
std::vector<PersonTimeline> all_timelines(const Graph& graph, const TimelineParams& params = {});

}  // namespace repnet

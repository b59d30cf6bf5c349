#pragma once
// The time rules every temporal analysis shares.
//
// Order rule: a date sorts as its earliest possible day, and dates falling on
// the same earliest day sort coarser first ("2021" < "2021-01" < "2021-01-01");
// this is PartialDate::sort_key, a total order in which only equal dates tie.
// A relation's moment is its anchor: the start of its date range, or the end
// when only the end is known ("/2021-02-04"); an undated relation has none.
#include <cstdint>

#include "engine/graph.hpp"

namespace repnet {

// The start of `when`, or its end when the start is open; empty if undated.
PartialDate anchor_date(const DateRange& when);

// The moment a relation acts at in escalation paths: its anchor date; when it
// has none and `case_dates` is set, the date of a prosecution at either end
// (its opened date, else its decided date; the source end first). Empty if
// still undated.
PartialDate edge_moment(const Graph& graph, EdgeId e, bool case_dates);

// earliest_day (days since 1970-01-01 of the first day a date may denote) is in engine/date.hpp.

// True for the labels that end or undo an action: release, acquittal,
// case_closed, amnesty, parole.
bool is_de_escalation(Severity s);

// An action against `person`: an edge carrying a severity label whose target
// is the person (detained, fined, sentenced, restricted, ...), or a
// defendant_in edge carrying a severity whose source is the person (the
// severity of the person's own sentence).
bool is_action_against(const Graph& graph, EdgeId e, NodeId person);

}  // namespace repnet

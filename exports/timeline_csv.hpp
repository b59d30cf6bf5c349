#pragma once
// `repnet timeline --csv`: one row per event of a person's timeline (dated rows in order,
// then undated ones), every field through exports/csv.hpp (formula-neutralised).
#include <ostream>

#include "algorithms/temporal/timeline.hpp"

namespace repnet {

// Columns: person_id, person, date, first_day, last_day, period, order_unknown, relation,
// severity, rank, terms, actor_id, actor, prosecution_id, escalation, de_escalation,
// level_after, edge_ids, citations, notes. citations is "source locator; ..." over the
// row's edge and its same_event edges; undated rows leave date, days and period empty.
void write_timeline_csv(std::ostream& out, const Graph& graph, const PersonTimeline& timeline);

}  // namespace repnet

#pragma once
// The CSV tables of `repnet escalation`, `stats`, `find`, `duplicates` and `backtest` (--csv); fields as
// exports/csv.hpp writes them (RFC 4180, formula injection neutralised), one header row, LF line ends.
#include <ostream>
#include <vector>

#include "algorithms/risk/backtest.hpp"
#include "algorithms/structure/graph_summary.hpp"
#include "algorithms/temporal/escalation.hpp"
#include "loaders/dataset_loader.hpp"
#include "names/duplicates.hpp"
#include "names/matcher.hpp"

namespace repnet {

// One row per step of each path, targets in arrival order (exports/temporal_json.hpp's arrival_order; all reached
// nodes, or `targets`): the target's id, name and type, reached, arrival date and number of steps, then the step's
// number (from 1), date, from and to (id and name), relation, direction (forward: along the edge) and severity with
// its rank, and the citations. A start or an unreached target has one row with the step columns empty.
void write_escalation_csv(std::ostream& out, const Graph& graph, const EscalationResult& result,
                          const std::vector<NodeId>& targets);

// `section,name,value` rows: totals (nodes, edges), nodes_by_type, edges_by_relation, components (count, largest,
// isolated_nodes), dates (first, last, dated_edges), records (rejected).
void write_stats_csv(std::ostream& out, const Dataset& dataset, const GraphSummary& summary);

// One row per match, best first: rank, id, name, type, score, reason, matched (the name or alias that matched).
void write_matches_csv(std::ostream& out, const Graph& graph, const std::vector<names::NameMatch>& matches);

// One row per pair: score, reason, then for each side (a_, b_) id, name, matched form, type and location
// (file:line:column of its record).
void write_duplicates_csv(std::ostream& out, const Dataset& dataset, const std::vector<names::DuplicatePair>& pairs);

// One row per date and method: as_of, until (empty: to the end of the data), candidates, excluded, events,
// method, precision_at_K and recall_at_K for each K, average_precision, roc_auc (empty where undefined).
void write_backtest_csv(std::ostream& out, const std::vector<BacktestRun>& runs);

}  // namespace repnet

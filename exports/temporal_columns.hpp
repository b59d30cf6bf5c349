#pragma once
// Node and edge columns for the temporal analyses, shared by every exporter.
#include <vector>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/temporal/escalation.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

// first_action, last_action (dates as given), peak_severity (label),
// escalation_steps (long): empty for nodes with no action against them.
// risk (double): the exposure score of the at-risk model for every node (0
// outside the exposure graph; the people already hit score high too);
// at_risk_rank (long): position in the at-risk ranking, empty for non-candidates.
void add_temporal_columns(AttributeTable& nodes, const std::vector<PersonTimeline>& timelines, const RiskResult& risk);

// on_path (boolean) for every edge: true for the steps of `path`.
void add_path_column(AttributeTable& edges, const std::vector<PathStep>& path);

}  // namespace repnet

#pragma once
// Centrality results in `analyze`'s outputs: one GraphML node attribute per measure
// and the "centrality" section of report.json.
#include <rapidjson/document.h>

#include "algorithms/centrality/suite.hpp"
#include "engine/graph.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {

// One real column per measure, named as the measure (degree, strength, betweenness, ...).
// `suite` must be computed on a view of all nodes (CSR index = NodeId). A measure that
// did not converge gets a column without values.
void add_centrality_columns(AttributeTable& nodes, const CentralitySuite& suite);

// {"view": ..., "measures": {name: {"top": [{"id", "name", "type", "value"} x top_n],
// and for iterative measures "iterations", "converged", "residual", "threshold"}}}.
// Ties are ranked in node order, so the section is deterministic.
rapidjson::Value centrality_json(const Graph& graph, const CentralitySuite& suite, const std::string& view,
                                 rapidjson::Document::AllocatorType& alloc, std::size_t top_n = 10);

}  // namespace repnet

#pragma once
// JSON forms of timelines, escalation paths and the at-risk ranking, shared
// by `repnet timeline/escalation/risk --json` and report.json. Every edge is
// written with its id, relation, date as given, severity and provenance.
#include <rapidjson/document.h>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/temporal/escalation.hpp"
#include "algorithms/temporal/timeline.hpp"

namespace repnet {

using JsonAlloc = rapidjson::Document::AllocatorType;

// {"id", "name", "type"}
rapidjson::Value node_ref_json(const Graph& graph, NodeId v, JsonAlloc& alloc);
// {"id", "relation", "source", "target", "date", "severity", "severity_rank", "sources", "notes"}
rapidjson::Value edge_json(const Graph& graph, EdgeId e, JsonAlloc& alloc);

rapidjson::Value timeline_json(const Graph& graph, const PersonTimeline& timeline, JsonAlloc& alloc);
// Arrivals of `targets` (all reached nodes if empty), in (date, node id) order.
rapidjson::Value escalation_json(const Graph& graph, const EscalationResult& result, const std::vector<NodeId>& targets,
                                 JsonAlloc& alloc);
// Which sections of the at-risk ranking to write.
enum class RiskSections { people, groups, both };
// The model's parameters and convergence, then a "people" and a "groups" section (as selected), each with its
// candidates, the counts of nodes left out by reason, and its first `top` entries (rank, node, explanation,
// percentile, score, the flows behind the score).
rapidjson::Value risk_json(const Graph& graph, const RiskResult& result, std::size_t top, JsonAlloc& alloc,
                           RiskSections sections = RiskSections::both);

// The same as whole documents, for `timeline --json`, `escalation --json` and `risk --json`.
rapidjson::Document timeline_document(const Graph& graph, const PersonTimeline& timeline);
rapidjson::Document escalation_document(const Graph& graph, const EscalationResult& result,
                                        const std::vector<NodeId>& targets);
rapidjson::Document risk_document(const Graph& graph, const RiskResult& result, std::size_t top,
                                  RiskSections sections = RiskSections::both);

// Reached nodes of `result` (or just `targets`), ordered by arrival date
// (undated arrivals first), then node id.
std::vector<NodeId> arrival_order(const EscalationResult& result, const std::vector<NodeId>& targets);

}  // namespace repnet

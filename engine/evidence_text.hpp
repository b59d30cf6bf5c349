#pragma once
// Evidence as text: the one way every exporter and printout joins a node's or an
// edge's evidence list, so GraphML, GEXF, the JSON outputs and the tables agree.
#include <string>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

// "source-id locator; source-id locator": each item's source id and locator, in
// evidence order, each distinct item once (exact comparison: "para 1" and "para 12"
// are two items).
std::string provenance_text(const Graph& graph, const std::vector<Evidence>& evidence);

// The notes, in evidence order, each distinct note once, joined with " | "; "" if none.
std::string evidence_notes_text(const Graph& graph, const std::vector<Evidence>& evidence);

}  // namespace repnet

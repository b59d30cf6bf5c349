#pragma once
// Whom an action is against, and who takes it: the one definition every analysis
// (timeline, escalation, risk) and every printout uses. An action is an edge with a
// severity. Most run actor -> target ("detained": authority -> person); "defendant_in"
// runs person -> prosecution, so there the person (the source) is the one acted against
// and the prosecution is the actor.
#include <string>

#include "engine/graph.hpp"

namespace repnet {

// True if `e` is a "defendant_in" edge (its source is the one acted against).
bool is_defendant_edge(const Graph& graph, EdgeId e);

// The node the action is against: the source of "defendant_in", the target of anything else.
NodeId action_target(const Graph& graph, EdgeId e);

// The other end: the prosecution of "defendant_in", the source of anything else.
NodeId action_actor(const Graph& graph, EdgeId e);

// The action's "actor family": its proceeding (EdgeData::prosecution) if known, else its
// actor. Two actions of the same type and date in one family describe the same event
// (docs/dataset-format.md, "One event, one relation").
NodeId actor_family(const Graph& graph, EdgeId e);

// The structured sentence terms of an action, for display: "48 months", "100 MCI",
// "36 months, suspended, probation 24 months"; "" if it carries none. A `sentenced` edge
// without terms of its own shows those of its proceeding's attributes.
std::string action_terms(const Graph& graph, EdgeId e);

}  // namespace repnet

#pragma once
// Whom an action is against, and who takes it: the one definition every analysis
// (timeline, escalation, risk) and every printout uses. An action is an edge with a
// severity. Most run actor -> target ("detained": authority -> person); "defendant_in"
// runs person -> prosecution, so there the person (the source) is the one acted against
// and the prosecution is the actor.
#include "engine/graph.hpp"

namespace repnet {

// True if `e` is a "defendant_in" edge (its source is the one acted against).
bool is_defendant_edge(const Graph& graph, EdgeId e);

// The node the action is against: the source of "defendant_in", the target of anything else.
NodeId action_target(const Graph& graph, EdgeId e);

// The other end: the prosecution of "defendant_in", the source of anything else.
NodeId action_actor(const Graph& graph, EdgeId e);

}  // namespace repnet

#pragma once
// Resolves a user-given name to one node: an entity id (or an id merged into
// it), or a name or alias compared the way the loader compares them
// (loaders/name_key.hpp). Throws UsageError naming the option if nothing or
// more than one node matches.
#include <string>

#include "engine/graph.hpp"

namespace repnet::cli {

NodeId resolve_node(const Graph& graph, const std::string& name, const std::string& option);

}  // namespace repnet::cli

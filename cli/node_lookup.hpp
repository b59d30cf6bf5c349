#pragma once
// Resolves a user-given name to one node through the name matcher (names/matcher.hpp, docs/names.md): an id,
// or any spelling of a name or alias. A unique confident match is used and, unless it is the exact name, its
// resolution printed to stderr ("'Bokayev' → Max Bokayev (surname only)"). An ambiguous name throws InputError (exit 2)
// listing the candidates; no match throws UsageError (exit 1) naming the option and the nearest names.
#include <string>

#include "engine/graph.hpp"

namespace repnet::cli {

NodeId resolve_node(const Graph& graph, const std::string& name, const std::string& option);

}  // namespace repnet::cli

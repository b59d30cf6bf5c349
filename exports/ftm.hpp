#pragma once
// Writes a graph as a FollowTheMoney entity stream (NDJSON, one entity per line) that Aleph
// imports and loaders/ftm.hpp reads back into the same graph. The mapping, and what FtM
// cannot carry natively (kept in `repnet:`-prefixed properties), is in
// docs/formats/followthemoney.md. Output is deterministic: nodes in NodeId order, then
// edges in EdgeId order, properties in a fixed order.
#include <filesystem>
#include <ostream>

#include "engine/graph.hpp"

namespace repnet {

// Throws IoError if the stream fails.
void write_ftm(std::ostream& out, const Graph& graph);

// Written through a temporary file (exports/atomic_file.hpp). Throws IoError.
void export_ftm(const std::filesystem::path& path, const Graph& graph);

}  // namespace repnet

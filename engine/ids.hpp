#pragma once
// Node and edge identifiers of the typed graph (engine/graph.hpp), shared with the CSR
// views (engine/csr.hpp) without pulling in the graph itself.
#include <cstdint>

namespace repnet {

using NodeId = std::uint32_t;
using EdgeId = std::uint32_t;

}  // namespace repnet

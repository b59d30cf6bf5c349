#pragma once
// Connected components of an undirected view (weakly connected components of
// a directed one).
#include <cstdint>
#include <vector>

#include "engine/csr.hpp"

namespace repnet {

struct ComponentsResult {
    std::vector<std::uint32_t> component;  // per CSR node; components numbered by size, largest = 0
    std::vector<std::uint32_t> sizes;      // sizes[c], non-increasing
    std::uint32_t count() const { return static_cast<std::uint32_t>(sizes.size()); }
};

// O(V + E). Ties in size are ordered by the smallest node index they contain,
// so numbering is deterministic.
ComponentsResult connected_components(const CsrGraph& graph);

}  // namespace repnet

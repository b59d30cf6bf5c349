#pragma once
// The CSR view (engine/csr.hpp) of a typed Graph (engine/graph.hpp).
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct CsrOptions {
    bool directed = false;
    // Keep only nodes whose flag is true (empty = keep all); the view is the induced subgraph.
    std::vector<bool> keep_node;
};

// The simple view of a Graph; edge weights come from EdgeData::weight. O(V + E).
CsrGraph build_simple_csr(const Graph& graph, const CsrOptions& options = {});

}  // namespace repnet

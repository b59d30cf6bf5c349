#pragma once
// `repnet centrality --csv FILE` and `--timings FILE`.
#include <filesystem>
#include <ostream>

#include "algorithms/centrality/suite.hpp"
#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

// One row per view node: id, name, type, one column per measure (in the suite's order),
// in_degree and out_degree for a directed view with degree, then degree_<type> for each
// entity type if the suite counted degree by neighbour type. Fields as exports/csv.hpp writes them.
void write_centrality_csv(std::ostream& out, const Graph& graph, const CsrGraph& view, const CentralitySuite& suite);

// {"load_seconds": L, "view_seconds": V, "measures": {name: seconds, ...}}, written through a temporary file.
void export_centrality_timings(const std::filesystem::path& path, double load_seconds, double view_seconds,
                               const CentralitySuite& suite);

}  // namespace repnet

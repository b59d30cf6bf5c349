#pragma once
// `repnet centrality`'s outputs: the ranked tables, --csv FILE and --timings FILE.
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

// The ranked table `repnet centrality` prints for one measure: rank, name, type and value
// of the `top` highest nodes of the view (ties in view order), columns aligned by UTF-8 code points;
// names and types pass through terminal_safe (control characters shown as escapes).
// Without include_generic, generic entities (NodeData::generic) are passed over: ranks
// count the entities shown.
void write_ranking_table(std::ostream& out, const Graph& graph, const CsrGraph& view, const std::vector<double>& value,
                         std::size_t top, bool include_generic = true);

// {"load_seconds": L, "view_seconds": V, "measures": {name: seconds, ...}}, written through a temporary file.
void export_centrality_timings(const std::filesystem::path& path, double load_seconds, double view_seconds,
                               const CentralitySuite& suite);

}  // namespace repnet

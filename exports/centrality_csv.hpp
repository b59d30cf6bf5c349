#pragma once
// `repnet centrality`'s outputs: the ranked tables, the node table (--csv, --json) and --timings FILE.
#include <rapidjson/document.h>

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "algorithms/centrality/suite.hpp"
#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

// Node columns beside the measures that cost more than reading the graph, each per graph node (NodeId); an empty
// vector leaves its columns out (`repnet centrality --with cluster,risk` fills them).
struct CentralityNodeColumns {
    std::vector<std::int64_t> cluster;  // the node's cluster in `repnet clusters`' default clustering; -1: none
    std::vector<double> risk_score;     // at-risk score of a ranked candidate (`repnet risk`); NaN: not ranked
    std::vector<double> risk_percentile;
};

// One row per view node: id, name, type, city and role (the node's attributes of those names; empty where the
// dataset has none), cluster and risk_score, risk_percentile when `extra` has them, one column per measure (in the
// suite's order), in_degree and out_degree for a directed view with degree, then degree_<type> for each entity
// type if the suite counted degree by neighbour type. Fields as exports/csv.hpp writes them.
void write_centrality_csv(std::ostream& out, const Graph& graph, const CsrGraph& view, const CentralitySuite& suite,
                          const CentralityNodeColumns& extra = {});

// The same table as JSON (`repnet centrality --json`): {"repnet_centrality": 1, "dataset", "view", "measures":
// [{"name", and for iterative measures "iterations", "converged", "residual"}], "nodes": [{"id", "name", "type",
// "city" and "role" where known, "cluster" (null: none) and "risk_score", "risk_percentile" (null: not ranked)
// when `extra` has them, one member per measure, "in_degree"/"out_degree", "degree_by_type": {type: n}}]}.
rapidjson::Document centrality_document(const std::string& dataset, const std::string& view_text, const Graph& graph,
                                        const CsrGraph& view, const CentralitySuite& suite,
                                        const CentralityNodeColumns& extra = {});

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

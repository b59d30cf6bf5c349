#pragma once
// The cluster table as JSON (`repnet clusters --json`, the `clusters`
// section of report.json), as CSV (`repnet clusters --csv`) and as the text
// table `repnet clusters` prints.
#include <rapidjson/document.h>

#include <ostream>
#include <string>

#include "algorithms/community/cluster_table.hpp"
#include "algorithms/community/community.hpp"

namespace repnet {

// How the clustered graph was made, reported beside the result.
struct ClusteringSetup {
    std::string view = "projection";  // "projection" (people) or "graph" (the whole simple graph)
    std::string links;                // canonical --link rules, "" = co-prosecution only
    std::string weighting = "count";  // "count" or "newman"
    std::uint32_t k = 2;              // for the kcore algorithm
};

rapidjson::Value clusters_json(const Graph& graph, const CsrGraph& view, const ClusterTable& table,
                               const CommunityResult& result, const ClusteringSetup& setup,
                               rapidjson::Document::AllocatorType& alloc);

// `repnet clusters --json`: {"repnet_clusters": 1, "dataset": NAME, then clusters_json's members}.
rapidjson::Document clusters_document(const std::string& dataset, const Graph& graph, const CsrGraph& view,
                                      const ClusterTable& table, const CommunityResult& result,
                                      const ClusteringSetup& setup);

// One row per member (cluster number, cluster size, the member's id, name and type), each followed by its
// cluster's summary columns (prosecutions, courts, articles, movements as "; "-separated names, dates, peak
// severity, internal weight), clusters in rank order, members in node order; CRLF line ends; fields as
// exports/csv.hpp writes them.
void write_clusters_csv(std::ostream& out, const Graph& graph, const ClusterTable& table);

// The text table: the view, the algorithm with its seed, iterations and whether it converged, the
// quality, then each cluster with its size, peak severity, dates, members, prosecutions, courts,
// articles and movements. Names are made terminal-safe; an empty list prints as "-". Single-member
// clusters are listed only with `all`, otherwise counted in a closing line.
void write_clusters_table(std::ostream& out, const std::string& dataset, const Graph& graph, const CsrGraph& view,
                          const ClusterTable& table, const CommunityResult& result, const ClusteringSetup& setup,
                          bool all);

}  // namespace repnet

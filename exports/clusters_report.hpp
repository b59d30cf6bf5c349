#pragma once
// The cluster table as JSON (`repnet clusters --json`, the `clusters`
// section of report.json) and as CSV (`repnet clusters --csv`).
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

// One row per cluster; lists are "; "-separated names; fields as exports/csv.hpp writes them.
void write_clusters_csv(std::ostream& out, const Graph& graph, const ClusterTable& table);

}  // namespace repnet

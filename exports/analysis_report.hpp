#pragma once
// What `repnet analyze` writes: the node attributes of graph.graphml / graph.gexf
// (the graph's own facts plus every analysis) and the report.json document.
#include <rapidjson/document.h>

#include "algorithms/analysis.hpp"
#include "exports/attribute_table.hpp"
#include "loaders/dataset_loader.hpp"

namespace repnet {

// node_table(graph) plus component, cluster (person nodes only), one column per
// centrality measure, and the timeline and risk columns.
AttributeTable analysis_node_table(const Graph& graph, const AnalysisResults& results);

// make_report(...) plus the "centrality", "clusters" and "at_risk" sections.
rapidjson::Document analysis_report(const Dataset& dataset, const AnalysisResults& results);

}  // namespace repnet

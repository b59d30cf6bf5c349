#include "exports/analysis_report.hpp"

#include "exports/centrality_json.hpp"
#include "exports/clusters_report.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_columns.hpp"
#include "exports/temporal_json.hpp"

namespace repnet {

AttributeTable analysis_node_table(const Graph& g, const AnalysisResults& r) {
    AttributeTable nodes = node_table(g);
    nodes.add_integer("component", r.component);
    Column& cut = nodes.add("articulation_point", ColumnType::boolean);
    for (NodeId v = 0; v < g.node_count(); ++v) cut.cells[v] = static_cast<bool>(r.articulation_point[v]);
    Column& cluster = nodes.add("cluster", ColumnType::integer);  // person nodes only
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (r.cluster[v] >= 0) cluster.cells[v] = r.cluster[v];
    add_centrality_columns(nodes, r.centrality);
    add_temporal_columns(nodes, r.timelines, r.risk);
    return nodes;
}

rapidjson::Document analysis_report(const Dataset& d, const AnalysisResults& r) {
    rapidjson::Document report = make_report(d, r.summary);
    auto& a = report.GetAllocator();
    report.AddMember("centrality", centrality_json(d.graph, r.centrality, "undirected simple view, unweighted", a), a);
    report.AddMember("clusters", clusters_json(d.graph, r.people_view, r.clusters, r.communities, {}, a), a);
    report.AddMember("at_risk", risk_json(d.graph, r.risk, 20, a, RiskSections::people), a);
    return report;
}

}  // namespace repnet

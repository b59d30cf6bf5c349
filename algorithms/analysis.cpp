#include "algorithms/analysis.hpp"

#include "algorithms/structure/articulation.hpp"
#include "algorithms/structure/components.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {

AnalysisResults analyze(const Graph& graph) {
    AnalysisResults r;
    r.summary = summarize(graph);
    const CsrGraph csr = build_simple_csr(graph);
    const ComponentsResult c = connected_components(csr);
    r.component.assign(graph.node_count(), 0);
    for (std::uint32_t v = 0; v < csr.node_count; ++v) r.component[csr.to_graph_node[v]] = c.component[v];
    r.articulation_point.assign(graph.node_count(), false);
    for (NodeId v : articulation_points(csr).articulation_points) r.articulation_point[v] = true;
    r.people = person_network(graph);
    r.people_view = r.people.view();
    r.communities = leiden(r.people_view);
    r.clusters = cluster_table(graph, r.people_view, r.communities.community);
    r.cluster = r.clusters.cluster_of_node;
    r.timelines = all_timelines(graph);
    r.risk = rank_at_risk(graph);
    r.centrality = compute_centrality(csr);
    return r;
}

}  // namespace repnet

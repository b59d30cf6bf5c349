#include "algorithms/analysis.hpp"

#include "algorithms/structure/articulation.hpp"
#include "algorithms/structure/components.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {

bool analysis_samples_paths(std::uint64_t nodes, const AnalysisParams& params) {
    return !params.exact && nodes > params.exact_limit;
}

AnalysisResults analyze(const Graph& graph, const AnalysisParams& params) {
    const RunContext& run = params.run;
    auto stage = [&](const char* name) {
        run.throw_if_cancelled(name);
        run.report(name, 0.0);
    };
    AnalysisResults r;
    stage("summary");
    r.summary = summarize(graph);
    const CsrGraph csr = build_simple_csr(graph);
    stage("components");
    const ComponentsResult c = connected_components(csr);
    r.component.assign(graph.node_count(), 0);
    for (std::uint32_t v = 0; v < csr.node_count; ++v) r.component[csr.to_graph_node[v]] = c.component[v];
    stage("articulation points");
    r.articulation_point.assign(graph.node_count(), false);
    for (NodeId v : articulation_points(csr).articulation_points) r.articulation_point[v] = true;
    stage("person network");
    r.people = person_network(graph);
    r.people_view = r.people.view();
    stage("leiden");
    CommunityParams leiden_params;
    leiden_params.run = run;
    r.communities = leiden(r.people_view, leiden_params);
    r.clusters = cluster_table(graph, r.people_view, r.communities.community);
    r.cluster = r.clusters.cluster_of_node;
    stage("timelines");
    r.timelines = all_timelines(graph);
    stage("at risk");
    r.risk = rank_at_risk(graph);
    CentralityOptions centrality;
    centrality.run = run;
    if (analysis_samples_paths(csr.node_count, params)) {
        centrality.approx = params.approx_betweenness;
        centrality.sampled_distance = params.sampled_distance;
    }
    r.centrality = compute_centrality(csr, centrality);
    return r;
}

}  // namespace repnet

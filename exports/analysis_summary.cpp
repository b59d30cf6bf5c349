#include "exports/analysis_summary.hpp"

#include <algorithm>
#include <iomanip>

#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/generic.hpp"
#include "algorithms/centrality/view.hpp"
#include "algorithms/common/ranking.hpp"
#include "exports/terminal_text.hpp"

namespace repnet {

void write_analysis_summary(std::ostream& out, const Dataset& d, const AnalysisResults& r,
                            const std::filesystem::path& dir, bool include_generic) {
    const GraphSummary& s = r.summary;
    const Graph& g = d.graph;
    out << "repnet analyze: " << terminal_safe(d.name) << "\n";
    out << "  records: " << d.report.entities.loaded << " entities (+" << d.report.entities.merged << " merged), "
        << d.report.relations.loaded << " relations (+" << d.report.relations.merged << " merged), "
        << d.report.rejections.size() << " rejected\n";
    out << "  graph:   " << s.nodes << " nodes, " << s.edges << " edges, " << s.components << " components (largest "
        << s.largest_component << ")\n";
    out << "  dates:   " << (s.first_date.empty() ? "none" : s.first_date.str() + " to " + s.last_date.str()) << "\n";
    out << "  clusters: " << r.clusters.clusters.size() << " among " << r.people_view.node_count
        << " people (co-prosecution, leiden, modularity " << r.communities.modularity
        << (r.communities.converged ? ")\n" : "; NOT converged: stopped at the iteration limit)\n");
    out << "  types:  ";
    for (const auto& [t, n] : s.nodes_by_type) out << " " << terminal_safe(t) << "=" << n;
    out << "\n";
    // Most connected actors by number of distinct neighbours (parallel edges, i.e. citations, counted once);
    // generic entities (placeholders such as "Kazakhstan police") are left out unless asked for.
    std::size_t left_out = 0;
    const CsrGraph simple = centrality_view(g, ViewParams{});
    const DegreeResult deg = degree(simple);
    std::vector<double> ties(g.node_count(), 0);
    for (std::uint32_t v = 0; v < simple.node_count; ++v) ties[simple.to_graph_node[v]] = deg.total[v];
    out << "  most ties (distinct neighbours):\n";
    for (NodeId v : top_ranked_named(g, rank_by_value(ties), 5, include_generic, left_out))
        out << "    " << ties[v] << "  " << terminal_safe(g.str(g.node(v).name)) << " ("
            << terminal_safe(g.node_type_name(v)) << ")\n";
    if (const MeasureValues* b = r.centrality.find("betweenness")) {
        out << "  brokers (betweenness):\n";
        for (NodeId v : top_ranked_named(g, rank_by_value(b->value), 5, include_generic, left_out))
            out << "    " << std::fixed << std::setprecision(3) << b->value[v] << std::defaultfloat << "  "
                << terminal_safe(g.str(g.node(v).name)) << " (" << terminal_safe(g.node_type_name(v)) << ")\n";
    }
    if (left_out) out << "  (generic entities left out of these rankings; --include-generic puts them back)\n";
    if (r.centrality.approx || r.centrality.sampled_distance)
        out << "  sampled: " << s.nodes << " nodes is above the exact limit (--exact computes exactly):\n";
    if (const auto& a = r.centrality.approx)
        out << "    betweenness within " << a->epsilon << " of exact with probability " << 1 - a->delta << " ("
            << a->samples << " sampled shortest paths)\n";
    if (const auto& p = r.centrality.sampled_distance)
        out << "    harmonic / (n - 1) within " << p->epsilon << " of exact with probability " << 1 - p->delta
            << ", closeness estimated (" << p->sources << " sampled sources)\n";
    if (r.centrality.katz && r.centrality.katz->lambda_max > 0)
        out << "  katz:    alpha " << r.centrality.katz->alpha << " = " << r.centrality.katz->fraction
            << " / lambda_max " << r.centrality.katz->lambda_max << "\n";
    const RiskSection people = risk_section(g, r.risk, true);
    out << "  people at risk (" << people.candidates
        << " candidates; repnet risk lists groups too):" << (people.entries.empty() ? " none\n" : "\n");
    for (std::size_t i = 0; i < std::min<std::size_t>(5, people.entries.size()); ++i)
        out << "    " << terminal_safe(g.str(g.node(people.entries[i]->node).name)) << ": "
            << terminal_safe(risk_sentence(g, r.risk, *people.entries[i])) << "\n";
    out << "  wrote:   " << (dir / "graph.graphml").string() << ", " << (dir / "report.json").string() << "\n";
}

}  // namespace repnet

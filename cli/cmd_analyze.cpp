// repnet analyze [DATASET] -o DIR: the main job. Loads the dataset, computes
// every analysis, writes DIR/graph.graphml and DIR/report.json, prints a summary.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <numeric>

#include "algorithms/analysis.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"
#include "exports/gexf.hpp"
#include "exports/clusters_report.hpp"
#include "exports/centrality_json.hpp"
#include "exports/graphml.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_columns.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct AnalyzeOptions {
    DatasetOption dataset;
    std::string output = "repnet-output";
};

void print_summary(const Dataset& d, const AnalysisResults& r, const std::string& dir) {
    const GraphSummary& s = r.summary;
    const Graph& g = d.graph;
    std::cout << "repnet analyze: " << terminal_safe(d.name) << "\n";
    std::cout << "  records: " << d.report.entities.loaded << " entities (+" << d.report.entities.merged << " merged), "
              << d.report.relations.loaded << " relations (+" << d.report.relations.merged << " merged), "
              << d.report.rejections.size() << " rejected\n";
    std::cout << "  graph:   " << s.nodes << " nodes, " << s.edges << " edges, " << s.components << " components (largest "
              << s.largest_component << ")\n";
    std::cout << "  dates:   " << (s.first_date.empty() ? "none" : s.first_date.str() + " to " + s.last_date.str()) << "\n";
    std::cout << "  clusters: " << r.clusters.clusters.size() << " among " << r.people_view.node_count
              << " people (co-prosecution, leiden, modularity " << r.communities.modularity << ")\n";
    std::cout << "  types:  ";
    for (const auto& [t, n] : s.nodes_by_type) std::cout << " " << t << "=" << n;
    std::cout << "\n";
    // Most connected actors by number of ties (parallel edges counted).
    std::vector<std::size_t> ties(g.node_count(), 0);
    for (const auto& e : g.edges()) {
        ++ties[e.source];
        ++ties[e.target];
    }
    std::vector<NodeId> order(g.node_count());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) { return ties[a] > ties[b]; });
    std::cout << "  most ties:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, order.size()); ++i)
        std::cout << "    " << ties[order[i]] << "  " << terminal_safe(g.str(g.node(order[i]).name)) << " (" << terminal_safe(g.node_type_name(order[i]))
                  << ")\n";
    if (const MeasureValues* b = r.centrality.find("betweenness")) {
        std::vector<NodeId> brokers(g.node_count());
        std::iota(brokers.begin(), brokers.end(), 0u);
        std::stable_sort(brokers.begin(), brokers.end(), [&](NodeId x, NodeId y) { return b->value[x] > b->value[y]; });
        std::cout << "  brokers (betweenness):\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, brokers.size()); ++i)
            std::cout << "    " << std::fixed << std::setprecision(3) << b->value[brokers[i]] << std::defaultfloat << "  "
                      << terminal_safe(g.str(g.node(brokers[i]).name)) << " (" << terminal_safe(g.node_type_name(brokers[i])) << ")\n";
    }
    std::cout << "  at risk (repnet risk explains each):";
    if (r.risk.ranking.empty()) std::cout << " none";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, r.risk.ranking.size()); ++i)
        std::cout << (i ? "; " : " ") << terminal_safe(g.str(g.node(r.risk.ranking[i].node).name));
    std::cout << "\n";
    std::cout << "  wrote:   " << (std::filesystem::path(dir) / "graph.graphml").string() << ", "
              << (std::filesystem::path(dir) / "report.json").string() << "\n";
}

}  // namespace

void add_analyze_command(CLI::App& app) {
    auto opts = std::make_shared<AnalyzeOptions>();
    CLI::App* cmd = app.add_subcommand("analyze", "The main job: load, analyse, write DIR/graph.graphml and DIR/report.json");
    opts->dataset.add_to(*cmd);
    cmd->add_option("-o,--output", opts->output, "Output directory")->capture_default_str();
    cmd->callback([opts] {
        const Dataset d = opts->dataset.load();
        const AnalysisResults r = analyze(d.graph);
        const std::string skipped = skipped_hubs_text(r.people, PersonLinkParams{}.max_hub_people);
        if (!skipped.empty()) std::cerr << "repnet analyze: warning: " << terminal_safe(skipped) << "\n";
        AttributeTable nodes = node_table(d.graph);
        nodes.add_integer("component", r.component);
        Column& cluster = nodes.add("cluster", ColumnType::integer);  // person nodes only
        for (NodeId v = 0; v < d.graph.node_count(); ++v)
            if (r.cluster[v] >= 0) cluster.cells[v] = r.cluster[v];
        add_centrality_columns(nodes, r.centrality);
        add_temporal_columns(nodes, r.timelines, r.risk);
        const AttributeTable edges = edge_table(d.graph);
        rapidjson::Document report = make_report(d, r.summary);
        report.AddMember("centrality", centrality_json(d.graph, r.centrality, "undirected simple view, unweighted", report.GetAllocator()), report.GetAllocator());
        report.AddMember("clusters", clusters_json(d.graph, r.people_view, r.clusters, r.communities, {}, report.GetAllocator()),
                         report.GetAllocator());
        report.AddMember("at_risk", risk_json(d.graph, r.risk, 20, report.GetAllocator()), report.GetAllocator());
        for (const auto& m : r.centrality.measures)
            if (m.report && !m.report->converged)
                std::cerr << "repnet analyze: warning: " << m.name << " did not converge in " << m.report->max_iterations
                          << " iterations; its values are left out\n";

        const std::filesystem::path dir(opts->output);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec) throw IoError("cannot create output directory '" + dir.string() + "': " + ec.message());
        // All or nothing: the three files are written beside each other in a
        // temporary directory and renamed into place only when all succeeded.
        AtomicFileSet files(dir);
        files.add("graph.graphml", [&](std::ostream& out) { write_graphml(out, d.graph, nodes, edges); });
        files.add("report.json", [&](std::ostream& out) { write_json(out, report); });
        files.add("graph.gexf", [&](std::ostream& out) { write_gexf(out, d.graph, nodes, edges); });
        files.commit();
        print_summary(d, r, opts->output);
        std::cout << "           " << (dir / "graph.gexf").string() << " (Gephi timeline)\n";
    });
}

}  // namespace repnet::cli

// repnet analyze [DATASET] -o DIR: the main job. Loads the dataset, computes
// every analysis, writes DIR/graph.graphml and DIR/report.json, prints a summary.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/analysis.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/common/ranking.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/pseudonymise_option.hpp"
#include "engine/errors.hpp"
#include "exports/analysis_report.hpp"
#include "exports/atomic_file.hpp"
#include "exports/gexf.hpp"
#include "exports/graphml.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct AnalyzeOptions {
    DatasetOption dataset;
    PseudonymiseOption pseudonymise;
    std::string output = "repnet-output";
};

void print_summary(const Dataset& d, const AnalysisResults& r, const std::string& dir) {
    const GraphSummary& s = r.summary;
    const Graph& g = d.graph;
    std::cout << "repnet analyze: " << terminal_safe(d.name) << "\n";
    std::cout << "  records: " << d.report.entities.loaded << " entities (+" << d.report.entities.merged << " merged), "
              << d.report.relations.loaded << " relations (+" << d.report.relations.merged << " merged), "
              << d.report.rejections.size() << " rejected\n";
    std::cout << "  graph:   " << s.nodes << " nodes, " << s.edges << " edges, " << s.components
              << " components (largest " << s.largest_component << ")\n";
    std::cout << "  dates:   " << (s.first_date.empty() ? "none" : s.first_date.str() + " to " + s.last_date.str())
              << "\n";
    std::cout << "  clusters: " << r.clusters.clusters.size() << " among " << r.people_view.node_count
              << " people (co-prosecution, leiden, modularity " << r.communities.modularity
              << (r.communities.converged ? ")\n" : "; NOT converged: stopped at the iteration limit)\n");
    std::cout << "  types:  ";
    for (const auto& [t, n] : s.nodes_by_type) std::cout << " " << t << "=" << n;
    std::cout << "\n";
    // Most connected actors by number of ties (parallel edges counted).
    const std::vector<std::uint64_t> ties = multigraph_degree(g);
    const std::vector<NodeId> order = rank_by_value(ties);
    std::cout << "  most ties:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(5, order.size()); ++i)
        std::cout << "    " << ties[order[i]] << "  " << terminal_safe(g.str(g.node(order[i]).name)) << " ("
                  << terminal_safe(g.node_type_name(order[i])) << ")\n";
    if (const MeasureValues* b = r.centrality.find("betweenness")) {
        const std::vector<NodeId> brokers = rank_by_value(b->value);
        std::cout << "  brokers (betweenness):\n";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, brokers.size()); ++i)
            std::cout << "    " << std::fixed << std::setprecision(3) << b->value[brokers[i]] << std::defaultfloat
                      << "  " << terminal_safe(g.str(g.node(brokers[i]).name)) << " ("
                      << terminal_safe(g.node_type_name(brokers[i])) << ")\n";
    }
    if (r.centrality.katz && r.centrality.katz->lambda_max > 0)
        std::cout << "  katz:    alpha " << r.centrality.katz->alpha << " = " << r.centrality.katz->fraction
                  << " / lambda_max " << r.centrality.katz->lambda_max << "\n";
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
    CLI::App* cmd =
        app.add_subcommand("analyze", "The main job: load, analyse, write DIR/graph.graphml and DIR/report.json");
    opts->dataset.add_to(*cmd);
    opts->pseudonymise.add_to(*cmd);
    cmd->add_option("-o,--output", opts->output, "Output directory")->capture_default_str();
    cmd->callback([opts] {
        Dataset d = opts->dataset.load();
        opts->pseudonymise.apply(d);
        const AnalysisResults r = analyze(d.graph);
        const std::string skipped = skipped_hubs_text(r.people, PersonLinkParams{}.max_hub_people);
        if (!skipped.empty()) std::cerr << "repnet analyze: warning: " << terminal_safe(skipped) << "\n";
        const AttributeTable nodes = analysis_node_table(d.graph, r);
        const AttributeTable edges = edge_table(d.graph);
        const rapidjson::Document report = analysis_report(d, r);
        for (const auto& m : r.centrality.measures)
            if (m.report && !m.report->converged)
                std::cerr << "repnet analyze: warning: " << m.name << " did not converge in "
                          << m.report->max_iterations << " iterations; its values are left out\n";

        const std::filesystem::path dir(opts->output);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec) throw IoError(dir, "cannot create the output directory: " + ec.message());
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

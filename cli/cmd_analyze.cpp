// repnet analyze [DATASET] -o DIR: the main job. Loads the dataset, computes
// every analysis, writes DIR/graph.graphml and DIR/report.json, prints a summary.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/analysis.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/view.hpp"
#include "algorithms/common/ranking.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/interrupt.hpp"
#include "cli/progress.hpp"
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
    bool include_generic = false;
    bool progress = false, quiet = false, exact = false;
    std::uint32_t exact_limit = AnalysisParams{}.exact_limit;
};

// The first `count` nodes of `order` that are not generic (unless include_generic), and how many generic ones
// were passed over to find them.
std::vector<NodeId> top_ranked(const Graph& g, const std::vector<NodeId>& order, std::size_t count,
                               bool include_generic, std::size_t& left_out) {
    std::vector<NodeId> out;
    for (std::size_t i = 0; i < order.size() && out.size() < count; ++i) {
        if (!include_generic && g.node(order[i]).generic) {
            ++left_out;
            continue;
        }
        out.push_back(order[i]);
    }
    return out;
}

void print_summary(const Dataset& d, const AnalysisResults& r, const std::string& dir, bool include_generic) {
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
    for (const auto& [t, n] : s.nodes_by_type) std::cout << " " << terminal_safe(t) << "=" << n;
    std::cout << "\n";
    // Most connected actors by number of distinct neighbours (parallel edges, i.e. citations, counted once);
    // generic entities (placeholders such as "Kazakhstan police") are left out unless asked for.
    std::size_t left_out = 0;
    const CsrGraph simple = centrality_view(g, ViewParams{});
    const DegreeResult deg = degree(simple);
    std::vector<double> ties(g.node_count(), 0);
    for (std::uint32_t v = 0; v < simple.node_count; ++v) ties[simple.to_graph_node[v]] = deg.total[v];
    std::cout << "  most ties (distinct neighbours):\n";
    for (NodeId v : top_ranked(g, rank_by_value(ties), 5, include_generic, left_out))
        std::cout << "    " << ties[v] << "  " << terminal_safe(g.str(g.node(v).name)) << " ("
                  << terminal_safe(g.node_type_name(v)) << ")\n";
    if (const MeasureValues* b = r.centrality.find("betweenness")) {
        std::cout << "  brokers (betweenness):\n";
        for (NodeId v : top_ranked(g, rank_by_value(b->value), 5, include_generic, left_out))
            std::cout << "    " << std::fixed << std::setprecision(3) << b->value[v] << std::defaultfloat << "  "
                      << terminal_safe(g.str(g.node(v).name)) << " (" << terminal_safe(g.node_type_name(v)) << ")\n";
    }
    if (left_out) std::cout << "  (generic entities left out of these rankings; --include-generic puts them back)\n";
    if (r.centrality.approx || r.centrality.sampled_distance)
        std::cout << "  sampled: " << s.nodes << " nodes is above the exact limit (--exact computes exactly):\n";
    if (const auto& a = r.centrality.approx)
        std::cout << "    betweenness within " << a->epsilon << " of exact with probability " << 1 - a->delta << " ("
                  << a->samples << " sampled shortest paths)\n";
    if (const auto& p = r.centrality.sampled_distance)
        std::cout << "    harmonic / (n - 1) within " << p->epsilon << " of exact with probability " << 1 - p->delta
                  << ", closeness estimated (" << p->sources << " sampled sources)\n";
    if (r.centrality.katz && r.centrality.katz->lambda_max > 0)
        std::cout << "  katz:    alpha " << r.centrality.katz->alpha << " = " << r.centrality.katz->fraction
                  << " / lambda_max " << r.centrality.katz->lambda_max << "\n";
    const RiskSection people = risk_section(g, r.risk, true);
    std::cout << "  people at risk (" << people.candidates
              << " candidates; repnet risk lists groups too):" << (people.entries.empty() ? " none\n" : "\n");
    for (std::size_t i = 0; i < std::min<std::size_t>(5, people.entries.size()); ++i)
        std::cout << "    " << terminal_safe(g.str(g.node(people.entries[i]->node).name)) << ": "
                  << terminal_safe(risk_sentence(g, r.risk, *people.entries[i])) << "\n";
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
    cmd->add_flag("--include-generic", opts->include_generic,
                  "Rank generic entities (placeholders such as \"Kazakhstan police\") among most ties and brokers");
    cmd->add_flag("--progress", opts->progress,
                  "Show progress on stderr even when it is not a terminal (plain lines; default: on a terminal)");
    cmd->add_flag("--quiet", opts->quiet, "No progress on stderr");
    cmd->add_flag("--exact", opts->exact, "Exact betweenness, closeness and harmonic on any size (see --exact-limit)");
    cmd->add_option("--exact-limit", opts->exact_limit,
                    "Above this many nodes betweenness, closeness and harmonic are sampled with a stated error bound")
        ->capture_default_str();
    cmd->callback([opts] {
        if (opts->progress && opts->quiet) throw UsageError("--progress and --quiet exclude each other");
        ProgressPrinter printer(std::cerr, is_terminal(2), "repnet analyze");
        const bool show = !opts->quiet && (opts->progress || is_terminal(2));
        if (show) printer("loading", 0);
        Dataset d = opts->dataset.load();
        opts->pseudonymise.apply(d);
        // Ctrl-C while computing stops at the next check (exit 5, nothing written); while
        // writing, the default handling and the file set's cleanup remove the partial files.
        InterruptFlag interrupt;
        AnalysisParams params;
        params.exact = opts->exact;
        params.exact_limit = opts->exact_limit;
        params.run.cancel = interrupt.flag();
        if (show) params.run.progress = [&printer](std::string_view stage, double f) { printer(stage, f); };
        const AnalysisResults r = analyze(d.graph, params);
        params.run.throw_if_cancelled("analyze");
        interrupt.release();
        if (show) printer("writing", 0);
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
        if (show) printer.finish();
        print_summary(d, r, opts->output, opts->include_generic);
        std::cout << "           " << (dir / "graph.gexf").string() << " (Gephi timeline)\n";
    });
}

}  // namespace repnet::cli

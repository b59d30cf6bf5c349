// repnet analyze [DATASET] -o DIR: the main job. Loads the dataset, computes
// every analysis, writes DIR/graph.graphml and DIR/report.json, prints a summary.
#include <filesystem>
#include <iostream>
#include <memory>

#include "algorithms/analysis.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/interrupt.hpp"
#include "cli/progress.hpp"
#include "cli/pseudonymise_option.hpp"
#include "engine/errors.hpp"
#include "exports/analysis_report.hpp"
#include "exports/analysis_summary.hpp"
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
        write_analysis_summary(std::cout, d, r, opts->output, opts->include_generic);
        std::cout << "           " << (dir / "graph.gexf").string() << " (Gephi timeline)\n";
    });
}

}  // namespace repnet::cli

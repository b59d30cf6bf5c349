// repnet report [DATASET] -o report.html: the whole analysis as one self-contained HTML page (docs/report.md).
#include <filesystem>
#include <iostream>
#include <memory>

#include "algorithms/analysis.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/pseudonymise_option.hpp"
#include "exports/atomic_file.hpp"
#include "exports/report_html.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct ReportOptions {
    DatasetOption dataset;
    PseudonymiseOption pseudonymise;
    std::string output = "report.html";
};

}  // namespace

void add_report_command(CLI::App& app) {
    auto opts = std::make_shared<ReportOptions>();
    CLI::App* cmd = app.add_subcommand(
        "report", "One self-contained HTML page: the network, a search, dossiers, the at-risk list, clusters, methods");
    opts->dataset.add_to(*cmd);
    opts->pseudonymise.add_to(*cmd);
    cmd->add_option("-o,--output", opts->output, "The HTML file to write")->capture_default_str();
    cmd->callback([opts] {
        Dataset d = opts->dataset.load();
        opts->pseudonymise.apply(d);
        const AnalysisResults r = analyze(d.graph);
        write_file_atomically(opts->output, [&](std::ostream& out) { write_report_html(out, d, r); });
        std::cout << "repnet report: " << terminal_safe(d.name) << ": wrote " << terminal_safe(opts->output) << " ("
                  << std::filesystem::file_size(opts->output) << " bytes)\n";
    });
}

}  // namespace repnet::cli

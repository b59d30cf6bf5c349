// repnet stats [DATASET]: counts by type, components, date range, rejected records.
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/structure/graph_summary.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

void print_counts(const char* title, const std::map<std::string, std::size_t>& counts) {
    std::cout << title << "\n";
    for (const auto& [name, n] : counts)
        std::cout << "  " << std::left << std::setw(20) << terminal_safe(name) << std::right << std::setw(8) << n
                  << "\n";
}

}  // namespace

void add_stats_command(CLI::App& app) {
    auto opts = std::make_shared<DatasetOption>();
    auto json = std::make_shared<bool>(false);
    CLI::App* cmd =
        app.add_subcommand("stats", "Counts by node and relation type, components, date range, rejected records");
    opts->add_to(*cmd);
    cmd->add_flag("--json", *json, "Print JSON instead of a table");
    cmd->callback([opts, json] {
        const Dataset d = opts->load();
        const GraphSummary s = summarize(d.graph);
        if (*json) {
            write_json(std::cout, stats_document(d, s));
            return;
        }
        std::cout << terminal_safe(d.name) << "\n" << s.nodes << " nodes, " << s.edges << " edges\n";
        print_counts("nodes by type:", s.nodes_by_type);
        print_counts("edges by relation:", s.edges_by_relation);
        std::cout << "components: " << s.components << " (largest " << s.largest_component << " nodes, "
                  << s.isolated_nodes << " isolated)\n";
        std::cout << "dates: " << (s.first_date.empty() ? "none" : s.first_date.str() + " to " + s.last_date.str())
                  << " (" << s.dated_edges << " dated edges)\n";
        std::cout << "records rejected: " << d.report.rejections.size() << "\n";
    });
}

}  // namespace repnet::cli

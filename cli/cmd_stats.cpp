// repnet stats [DATASET] [--json | --csv] [-o FILE]: counts by type, components, date range, rejected records.
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/structure/graph_summary.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "exports/report_json.hpp"
#include "exports/table_csv.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

void print_counts(std::ostream& out, const char* title, const std::map<std::string, std::size_t>& counts) {
    out << title << "\n";
    for (const auto& [name, n] : counts)
        out << "  " << std::left << std::setw(20) << terminal_safe(name) << std::right << std::setw(8) << n << "\n";
}

}  // namespace

void add_stats_command(CLI::App& app) {
    auto opts = std::make_shared<DatasetOption>();
    auto output = std::make_shared<TableOutput>();
    CLI::App* cmd =
        app.add_subcommand("stats", "Counts by node and relation type, components, date range, rejected records");
    opts->add_to(*cmd);
    output->add_to(*cmd, "section,name,value rows");
    cmd->callback([opts, output] {
        output->check();
        const Dataset d = opts->load();
        const GraphSummary s = summarize(d.graph);
        output->write([&](std::ostream& out) {
            switch (output->format()) {
                case TableFormat::json:
                    write_json(out, stats_document(d, s));
                    break;
                case TableFormat::csv:
                    write_stats_csv(out, d, s);
                    break;
                case TableFormat::text:
                    out << terminal_safe(d.name) << "\n" << s.nodes << " nodes, " << s.edges << " edges\n";
                    print_counts(out, "nodes by type:", s.nodes_by_type);
                    print_counts(out, "edges by relation:", s.edges_by_relation);
                    out << "components: " << s.components << " (largest " << s.largest_component << " nodes, "
                        << s.isolated_nodes << " isolated)\n";
                    out << "dates: "
                        << (s.first_date.empty() ? "none" : s.first_date.str() + " to " + s.last_date.str()) << " ("
                        << s.dated_edges << " dated edges)\n";
                    out << "records rejected: " << d.report.rejections.size() << "\n";
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

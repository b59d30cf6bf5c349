// repnet export [DATASET] --format graphml -o FILE
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "engine/errors.hpp"
#include "exports/graphml.hpp"
#include "exports/temporal_columns.hpp"
#include "cli/node_lookup.hpp"
#include "algorithms/temporal/escalation.hpp"

namespace repnet::cli {
namespace {

struct ExportOptions {
    DatasetOption dataset;
    std::string format = "graphml";
    std::string output;
    bool strict = false;
    std::string path;  // FROM,TO: flag the edges of the earliest-arrival path
};

// The earliest-arrival path for "FROM,TO" (names, aliases or ids).
std::vector<PathStep> path_between(const Graph& g, const std::string& spec) {
    const auto comma = spec.find(',');
    if (comma == std::string::npos || spec.find(',', comma + 1) != std::string::npos)
        throw UsageError("--path: expected FROM,TO (two names or ids separated by one comma), got '" + spec + "'");
    const NodeId from = resolve_node(g, spec.substr(0, comma), "--path");
    const NodeId to = resolve_node(g, spec.substr(comma + 1), "--path");
    const EscalationResult r = earliest_arrival(g, {from});
    if (!r.arrival[to].reached)
        throw UsageError("--path: no time-respecting path from '" + spec.substr(0, comma) + "' to '" + spec.substr(comma + 1) + "'");
    return r.arrival[to].path;
}

}  // namespace

void add_export_command(CLI::App& app) {
    auto opts = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write the graph in a format for Gephi, NetworkX, igraph or R");
    opts->dataset.add_to(*cmd);
    cmd->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"graphml"}))->capture_default_str();
    cmd->add_option("-o,--output", opts->output, "Output file (written through a temporary file)")->required();
    cmd->add_flag("--strict-graphml", opts->strict,
                  "Leave out the edge label=\"relation\" extension Gephi needs to keep parallel edges apart");
    cmd->add_option("--path", opts->path,
                    "FROM,TO: mark the edges of the earliest time-respecting path from FROM to TO (edge key on_path)");
    cmd->callback([opts] {
        const Dataset d = opts->dataset.load();
        AttributeTable edges = edge_table(d.graph);
        if (!opts->path.empty()) add_path_column(edges, path_between(d.graph, opts->path));
        GraphmlOptions g;
        g.strict = opts->strict;
        export_graphml(opts->output, d.graph, node_table(d.graph), edges, g);
        std::cerr << "wrote " << opts->output << " (" << d.graph.node_count() << " nodes, " << d.graph.edge_count()
                  << " edges)\n";
    });
}

}  // namespace repnet::cli

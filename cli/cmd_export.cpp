// repnet export [DATASET] --format graphml|gexf -o FILE
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "engine/errors.hpp"
#include "exports/gexf.hpp"
#include "exports/graphml.hpp"

namespace repnet::cli {
namespace {

struct ExportOptions {
    DatasetOption dataset;
    std::string format = "graphml";
    std::string output;
    bool strict = false;
};

}  // namespace

void add_export_command(CLI::App& app) {
    auto opts = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write the graph in a format for Gephi, NetworkX, igraph or R");
    opts->dataset.add_to(*cmd);
    cmd->add_option("--format", opts->format, "Output format")->check(CLI::IsMember({"graphml", "gexf"}))->capture_default_str();
    cmd->add_option("-o,--output", opts->output, "Output file (written through a temporary file)")->required();
    cmd->add_flag("--strict-graphml", opts->strict,
                  "Leave out the edge label=\"relation\" extension Gephi needs to keep parallel edges apart");
    cmd->callback([opts] {
        if (opts->format == "gexf" && opts->strict)
            throw UsageError("--strict-graphml applies to --format graphml only");
        const Dataset d = opts->dataset.load();
        if (opts->format == "gexf") export_gexf(opts->output, d.graph, node_table(d.graph), edge_table(d.graph));
        GraphmlOptions g;
        g.strict = opts->strict;
        if (opts->format == "graphml") export_graphml(opts->output, d.graph, node_table(d.graph), edge_table(d.graph), g);
        std::cerr << "wrote " << opts->output << " (" << d.graph.node_count() << " nodes, " << d.graph.edge_count()
                  << " edges)\n";
    });
}

}  // namespace repnet::cli

// repnet export [DATASET] --format graphml|gexf|ftm -o FILE, or --format csv -o DIR (spreadsheet sheets)
#include <iostream>
#include <memory>

#include "algorithms/projection/person_network_graph.hpp"
#include "algorithms/temporal/escalation.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "cli/options.hpp"
#include "cli/pseudonymise_option.hpp"
#include "engine/errors.hpp"
#include "exports/csv_sheets.hpp"
#include "exports/ftm.hpp"
#include "exports/gexf.hpp"
#include "exports/graphml.hpp"
#include "exports/temporal_columns.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct ExportOptions {
    DatasetOption dataset;
    PseudonymiseOption pseudonymise;
    std::string format = "graphml";
    std::string output;
    bool strict = false;
    std::string project;  // "" or "person"
    std::string links, weighting = "count";
    std::size_t max_hub = PersonLinkParams{}.max_hub_people;
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
        throw UsageError("--path: no time-respecting path from '" + spec.substr(0, comma) + "' to '" +
                         spec.substr(comma + 1) + "'");
    return r.arrival[to].path;
}

}  // namespace

void add_export_command(CLI::App& app) {
    auto opts = std::make_shared<ExportOptions>();
    CLI::App* cmd = app.add_subcommand("export", "Write the graph in a format for Gephi, NetworkX, igraph or R");
    opts->dataset.add_to(*cmd, false);  // --format is the output format here
    opts->pseudonymise.add_to(*cmd);
    cmd->add_option("--format", opts->format,
                    "Output format: graphml, gexf, ftm (FollowTheMoney NDJSON for Aleph, "
                    "docs/formats/followthemoney.md) or csv (the spreadsheet sheets entities.csv, relations.csv, "
                    "prosecutions.csv and sources.csv into the directory -o, docs/formats/csv.md)")
        ->check(CLI::IsMember({"graphml", "gexf", "ftm", "csv"}))
        ->capture_default_str();
    cmd->add_option("-o,--output", opts->output, "Output file (written through a temporary file)")->required();
    cmd->add_flag("--strict-graphml", opts->strict,
                  "Leave out the edge label=\"relation\" extension Gephi needs to keep parallel edges apart");
    cmd->add_option("--project", opts->project,
                    "Export a one-mode projection instead: person = people linked by shared prosecutions (undirected)")
        ->check(CLI::IsMember({"person"}));
    cmd->add_option("--link", opts->links,
                    "With --project person: link rules, as for `repnet clusters --link` (default: co-defendants)");
    cmd->add_option("--max-hub", opts->max_hub,
                    "With --project person: hubs with more people than this are not expanded (0 = no limit)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--weighting", opts->weighting, "With --project person: count or newman")
        ->check(CLI::IsMember({"count", "newman"}))
        ->capture_default_str();
    cmd->add_option("--path", opts->path,
                    "FROM,TO: mark the edges of the earliest time-respecting path from FROM to TO (edge key on_path)");
    cmd->callback([opts] {
        if (opts->format == "gexf" && opts->strict)
            throw UsageError("--strict-graphml applies to --format graphml only");
        if (opts->format == "gexf" && !opts->project.empty())
            throw UsageError("--project writes GraphML only; use --format graphml");
        if ((opts->format == "ftm" || opts->format == "csv") &&
            (opts->strict || !opts->project.empty() || !opts->path.empty()))
            throw UsageError("--format " + opts->format +
                             " writes the dataset itself; --strict-graphml, --project and --path apply to graphml "
                             "or gexf");
        if (opts->project.empty() && !opts->links.empty()) throw UsageError("--link needs --project person");
        if (!opts->project.empty() && !opts->path.empty())
            throw UsageError("--path marks edges of the full graph; it cannot be combined with --project");
        Dataset d = opts->dataset.load();
        opts->pseudonymise.apply(d);
        AttributeTable edges = edge_table(d.graph);
        if (!opts->path.empty()) add_path_column(edges, path_between(d.graph, opts->path));
        GraphmlOptions g;
        g.strict = opts->strict;
        if (!opts->project.empty()) {
            PersonLinkParams params;
            params.extra = parse_link_rules(opts->links);
            params.weighting = parse_link_weighting(opts->weighting);
            params.max_hub_people = opts->max_hub;
            const PersonNetwork net = person_network(d.graph, params);
            const std::string skipped = skipped_hubs_text(net, params.max_hub_people);
            if (!skipped.empty()) std::cerr << "repnet export: warning: " << terminal_safe(skipped) << "\n";
            const Graph p = person_network_graph(d.graph, net);
            g.undirected = true;
            export_graphml(opts->output, p, node_table(p), edge_table(p), g);
            std::cerr << "wrote " << opts->output << " (person network: " << p.node_count() << " people, "
                      << p.edge_count() << " links)\n";
            return;
        }
        if (opts->format == "csv") {
            export_csv_sheets(opts->output, d.graph);
            std::cerr << "wrote " << opts->output << "/{entities,relations,prosecutions,sources}.csv ("
                      << d.graph.node_count() << " nodes, " << d.graph.edge_count() << " edges)\n";
            return;
        }
        if (opts->format == "ftm")
            export_ftm(opts->output, d.graph);
        else if (opts->format == "gexf")
            export_gexf(opts->output, d.graph, node_table(d.graph), edges);
        else
            export_graphml(opts->output, d.graph, node_table(d.graph), edges, g);
        std::cerr << "wrote " << opts->output << " (" << d.graph.node_count() << " nodes, " << d.graph.edge_count()
                  << " edges)\n";
    });
}

}  // namespace repnet::cli

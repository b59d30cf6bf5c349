// repnet escalation [DATASET] --from NAME [--to NAME] [--dated-only]
//   [--non-decreasing-severity] [--directed] [--json | --csv] [-o FILE]: earliest-arrival
// time-respecting paths from a start to everyone it reaches.
#include <iostream>
#include <memory>

#include "algorithms/temporal/escalation.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "cli/table_output.hpp"
#include "engine/evidence_text.hpp"
#include "exports/report_json.hpp"
#include "exports/table_csv.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct EscalationOptions {
    DatasetOption dataset;
    std::string from, to;
    EscalationParams params;
    TableOutput output;
};

void print_arrival(std::ostream& out, const Graph& g, NodeId v, const Arrival& a) {
    out << terminal_safe(g.str(g.node(v).name)) << " (" << terminal_safe(g.node_type_name(v)) << ", "
        << terminal_safe(g.str(g.node(v).id)) << "): ";
    if (!a.reached) {
        out << "not reached\n";
        return;
    }
    out << "arrives " << (a.date.empty() ? "undated" : a.date.str()) << " in " << a.path.size() << " step"
        << (a.path.size() == 1 ? "" : "s") << "\n";
    for (const auto& s : a.path) {
        const EdgeData& d = g.edge(s.edge);
        const std::string date = !d.when.empty()    ? d.when.str()
                                 : s.moment.empty() ? "undated"
                                                    : s.moment.str() + " (case)";
        out << "    " << date << "  " << terminal_safe(g.str(g.node(s.from).name)) << " " << (s.forward ? "--" : "<--")
            << terminal_safe(g.edge_type_name(s.edge)) << (s.forward ? "-->" : "--") << " "
            << terminal_safe(g.str(g.node(s.to).name));
        if (d.severity != Severity::none)
            out << "  " << severity_name(d.severity) << " (" << severity_rank(d.severity) << ")";
        out << "  [" << terminal_safe(provenance_text(g, d.evidence)) << "]\n";
    }
}

}  // namespace

void add_escalation_command(CLI::App& app) {
    auto opts = std::make_shared<EscalationOptions>();
    CLI::App* cmd =
        app.add_subcommand("escalation", "Earliest-arrival time-respecting paths from a start to everyone it reaches");
    opts->dataset.add_to(*cmd);
    cmd->add_option("--from", opts->from,
                    "The start: a ban decision, movement, person, authority or court (id, name or alias)")
        ->required();
    cmd->add_option("--to", opts->to, "Only the path to this entity");
    cmd->add_flag("--dated-only", opts->params.dated_only,
                  "Leave out undated relations (otherwise usable at any time)");
    cmd->add_flag("--non-decreasing-severity", opts->params.non_decreasing_severity,
                  "Keep only paths whose actions never drop in severity rank");
    cmd->add_flag("--directed", opts->params.directed, "Walk relations only from source to target");
    cmd->add_flag("--no-case-dates{false}", opts->params.case_dates,
                  "Do not date a prosecution's undated relations with the prosecution's opened/decided date");
    opts->output.add_to(*cmd, "one row per step of each path");
    cmd->callback([opts] {
        opts->output.check();
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        const NodeId from = resolve_node(g, opts->from, "--from");
        std::vector<NodeId> targets;
        if (!opts->to.empty()) targets.push_back(resolve_node(g, opts->to, "--to"));
        const EscalationResult r = earliest_arrival(g, {from}, opts->params);
        opts->output.write([&](std::ostream& out) {
            switch (opts->output.format()) {
                case TableFormat::json:
                    write_json(out, escalation_document(g, r, targets));
                    break;
                case TableFormat::csv:
                    write_escalation_csv(out, g, r, targets);
                    break;
                case TableFormat::text:
                    out << "from " << terminal_safe(g.str(g.node(from).name)) << ": reaches " << r.reached << " of "
                        << g.node_count() << " entities\n";
                    for (NodeId v : arrival_order(r, targets)) print_arrival(out, g, v, r.arrival[v]);
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

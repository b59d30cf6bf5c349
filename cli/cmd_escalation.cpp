// repnet escalation [DATASET] --from NAME [--to NAME] [--dated-only]
//   [--non-decreasing-severity] [--directed] [--json]: earliest-arrival
// time-respecting paths from a start to everyone it reaches.
#include <iostream>
#include <memory>

#include "algorithms/temporal/escalation.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "engine/evidence_text.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct EscalationOptions {
    DatasetOption dataset;
    std::string from, to;
    EscalationParams params;
    bool json = false;
};

void print_arrival(const Graph& g, NodeId v, const Arrival& a) {
    std::cout << terminal_safe(g.str(g.node(v).name)) << " (" << terminal_safe(g.node_type_name(v)) << ", "
              << terminal_safe(g.str(g.node(v).id)) << "): ";
    if (!a.reached) {
        std::cout << "not reached\n";
        return;
    }
    std::cout << "arrives " << (a.date.empty() ? "undated" : a.date.str()) << " in " << a.path.size() << " step"
              << (a.path.size() == 1 ? "" : "s") << "\n";
    for (const auto& s : a.path) {
        const EdgeData& d = g.edge(s.edge);
        const std::string date = !d.when.empty()    ? d.when.str()
                                 : s.moment.empty() ? "undated"
                                                    : s.moment.str() + " (case)";
        std::cout << "    " << date << "  " << terminal_safe(g.str(g.node(s.from).name)) << " "
                  << (s.forward ? "--" : "<--") << terminal_safe(g.edge_type_name(s.edge)) << (s.forward ? "-->" : "--")
                  << " " << terminal_safe(g.str(g.node(s.to).name));
        if (d.severity != Severity::none)
            std::cout << "  " << severity_name(d.severity) << " (" << severity_rank(d.severity) << ")";
        std::cout << "  [" << terminal_safe(provenance_text(g, d.evidence)) << "]\n";
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
    cmd->add_flag("--json", opts->json, "Print JSON");
    cmd->callback([opts] {
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        const NodeId from = resolve_node(g, opts->from, "--from");
        std::vector<NodeId> targets;
        if (!opts->to.empty()) targets.push_back(resolve_node(g, opts->to, "--to"));
        const EscalationResult r = earliest_arrival(g, {from}, opts->params);
        if (opts->json) {
            write_json(std::cout, escalation_document(g, r, targets));
            return;
        }
        std::cout << "from " << terminal_safe(g.str(g.node(from).name)) << ": reaches " << r.reached << " of "
                  << g.node_count() << " entities\n";
        for (NodeId v : arrival_order(r, targets)) print_arrival(g, v, r.arrival[v]);
    });
}

}  // namespace repnet::cli

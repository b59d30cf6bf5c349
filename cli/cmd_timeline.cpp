// repnet timeline [DATASET] --person NAME [--json]: every dated action against
// a person in order, with escalation steps, peak and de-escalations.
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "engine/evidence_text.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct TimelineOptions {
    DatasetOption dataset;
    std::string person;
    bool json = false;
};

void print_event(const Graph& g, const TimelineEvent& ev) {
    const EdgeData& d = g.edge(ev.edge);
    std::cout << "  " << std::left << std::setw(23) << (d.when.empty() ? "undated" : d.when.str()) << " "
              << std::setw(24) << (std::string(severity_name(ev.severity)) + " (" + std::to_string(ev.rank) + ")")
              << " " << terminal_safe(g.edge_type_name(ev.edge)) << (is_defendant_edge(g, ev.edge) ? " " : " by ")
              << terminal_safe(g.str(g.node(ev.actor).name)) << std::right;
    if (ev.escalation) std::cout << "  [escalation]";
    if (ev.de_escalation) std::cout << "  [de-escalation]";
    std::cout << "\n      " << terminal_safe(provenance_text(g, d.evidence)) << "\n";
}

}  // namespace

void add_timeline_command(CLI::App& app) {
    auto opts = std::make_shared<TimelineOptions>();
    CLI::App* cmd = app.add_subcommand("timeline", "Every action against a person in time order, with its escalation");
    opts->dataset.add_to(*cmd);
    cmd->add_option("--person", opts->person, "The person: id, name or any alias")->required();
    cmd->add_flag("--json", opts->json, "Print JSON");
    cmd->callback([opts] {
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        const PersonTimeline t = person_timeline(g, resolve_node(g, opts->person, "--person"));
        if (opts->json) {
            write_json(std::cout, timeline_document(g, t));
            return;
        }
        std::cout << terminal_safe(g.str(g.node(t.person).name)) << " (" << terminal_safe(g.node_type_name(t.person))
                  << ", " << terminal_safe(g.str(g.node(t.person).id)) << ")\n";
        if (t.empty()) {
            std::cout << "  no actions recorded against this entity\n";
            return;
        }
        for (const auto& ev : t.events) print_event(g, ev);
        if (!t.undated.empty()) std::cout << " undated:\n";
        for (const auto& ev : t.undated) print_event(g, ev);
        std::cout << "summary: " << t.escalation_steps << " escalation step" << (t.escalation_steps == 1 ? "" : "s");
        if (t.peak != Severity::none) {
            std::cout << "; peak " << severity_name(t.peak) << " (" << severity_rank(t.peak) << ")";
            if (!t.peak_date.empty()) std::cout << " on " << t.peak_date.str();
            if (t.days_to_peak) std::cout << ", " << *t.days_to_peak << " days after the first action";
        }
        std::cout << "; " << t.de_escalations << " de-escalation" << (t.de_escalations == 1 ? "" : "s");
        if (!t.first_action.empty())
            std::cout << "; first " << t.first_action.str() << ", last " << t.last_action.str();
        std::cout << "\n";
    });
}

}  // namespace repnet::cli

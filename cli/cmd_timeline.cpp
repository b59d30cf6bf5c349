// repnet timeline [DATASET] --person NAME [--json | --csv] [-o FILE]: one row per event
// against a person, in time order, every citation under it, with escalation steps, peak
// and de-escalations (algorithms/temporal/timeline.hpp).
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"
#include "exports/timeline_csv.hpp"

namespace repnet::cli {
namespace {

struct TimelineOptions {
    DatasetOption dataset;
    std::string person;
    TableOutput output;
};

// A point date of year or month precision reads as the interval it denotes.
std::string date_column(const EdgeData& d) {
    if (d.when.empty()) return "undated";
    if (d.when.is_point() && d.when.start.precision != DatePrecision::day)
        return first_day(d.when.start).str() + ".." + last_day(d.when.start).str();
    return d.when.str();
}

void print_event(std::ostream& out, const Graph& g, const TimelineEvent& ev, const std::string& indent) {
    const EdgeData& d = g.edge(ev.edge);
    std::string label = std::string(severity_name(ev.severity)) + " (" + std::to_string(ev.rank) + ")";
    if (const std::string terms = action_terms(g, ev.edge); !terms.empty()) label += ", " + terms;
    out << indent << std::left << std::setw(23) << date_column(d) << " " << std::setw(30) << terminal_safe(label) << " "
        << terminal_safe(g.edge_type_name(ev.edge)) << " by " << terminal_safe(g.str(g.node(ev.actor).name))
        << std::right;
    for (EdgeId x : ev.same_event)
        if (g.edge(x).source != d.source) out << " / " << terminal_safe(g.str(g.node(g.edge(x).source).name));
    if (d.prosecution && *d.prosecution != ev.actor)
        out << " [" << terminal_safe(g.str(g.node(*d.prosecution).name)) << "]";
    if (ev.escalation) out << "  [escalation]";
    if (ev.de_escalation) out << "  [de-escalation]";
    out << "\n";
    for (const Evidence& c : timeline_citations(g, ev)) {
        out << indent << "    " << terminal_safe(g.str(g.sources()[c.source].id)) << " "
            << terminal_safe(g.str(c.locator));
        if (c.note != kNoString) out << ": " << terminal_safe(g.str(c.note));
        out << "\n";
    }
}

void print_text(std::ostream& out, const Graph& g, const PersonTimeline& t) {
    out << terminal_safe(g.str(g.node(t.person).name)) << " (" << terminal_safe(g.node_type_name(t.person)) << ", "
        << terminal_safe(g.str(g.node(t.person).id)) << ")\n";
    if (t.empty()) {
        out << "  no actions recorded against this entity\n";
        return;
    }
    for (std::size_t i = 0; i < t.events.size();) {
        std::size_t j = i;
        DayInterval span = t.events[i].interval;
        while (j < t.events.size() && t.events[j].period == t.events[i].period) {
            span.last = std::max(span.last, t.events[j].interval.last);
            ++j;
        }
        if (j - i > 1) {
            auto day = [](std::int32_t n) {
                const CivilDate c = civil_from_days(n);
                char buf[16];
                std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.year, c.month, c.day);
                return std::string(buf);
            };
            out << "  same period, order unknown ("
                << (span.first == span.last ? day(span.first) : day(span.first) + ".." + day(span.last)) << "):\n";
        }
        for (std::size_t k = i; k < j; ++k) print_event(out, g, t.events[k], j - i > 1 ? "    " : "  ");
        i = j;
    }
    if (!t.undated.empty()) out << " undated:\n";
    for (const auto& ev : t.undated) print_event(out, g, ev, "  ");
    out << "summary: " << t.events.size() + t.undated.size() << " event"
        << (t.events.size() + t.undated.size() == 1 ? "" : "s") << "; " << t.escalation_steps << " escalation step"
        << (t.escalation_steps == 1 ? "" : "s");
    if (t.peak != Severity::none) {
        out << "; peak " << severity_name(t.peak) << " (" << severity_rank(t.peak) << ")";
        if (!t.peak_date.empty()) out << " on " << t.peak_date.str();
        if (t.days_to_peak) out << ", " << *t.days_to_peak << " days after the first action";
    }
    out << "; " << t.de_escalations << " de-escalation" << (t.de_escalations == 1 ? "" : "s");
    if (!t.first_action.empty()) out << "; first " << t.first_action.str() << ", last " << t.last_action.str();
    out << "\n";
}

}  // namespace

void add_timeline_command(CLI::App& app) {
    auto opts = std::make_shared<TimelineOptions>();
    CLI::App* cmd =
        app.add_subcommand("timeline", "Every event against a person in time order, with its citations and escalation");
    opts->dataset.add_to(*cmd);
    cmd->add_option("--person", opts->person, "The person: id, name or any alias")->required();
    opts->output.add_to(*cmd, "one row per event");
    cmd->callback([opts] {
        opts->output.check();
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        const PersonTimeline t = person_timeline(g, resolve_node(g, opts->person, "--person"));
        opts->output.write([&](std::ostream& out) {
            switch (opts->output.format()) {
                case TableFormat::json:
                    write_json(out, timeline_document(g, t));
                    break;
                case TableFormat::csv:
                    write_timeline_csv(out, g, t);
                    break;
                case TableFormat::text:
                    print_text(out, g, t);
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

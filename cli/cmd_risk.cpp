// repnet risk [DATASET] [--types person|group|all] [--as-of DATE] [--horizon 2y] [--top N]
// [--json | --csv] [-o FILE]: people, then groups, exposed to pressure but not yet hit hard,
// each explained in a sentence built from the evidence, with its percentile among the candidates.
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/risk/backtest.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "exports/csv.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct RiskOptions {
    DatasetOption dataset;
    RiskParams params;
    std::string types = "all", as_of, horizon = "2y";
    std::size_t top = 20;
    TableOutput output;
};

std::string percent(double v) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << v;
    return s.str();
}

void write_text(std::ostream& out, const Graph& g, const RiskResult& r, const RiskOptions& o, RiskSections which) {
    const RiskParams& p = r.params;
    out << "at risk as of " << (r.as_of.empty() ? std::string("(undated)") : r.as_of.str())
        << (r.publication_rule ? " (the world as known then: later facts and later sources are invisible)" : "")
        << ", horizon " << o.horizon << "\n";
    out << "  candidates: not banned, not imprisoned, no action ranked above " << p.at_risk_max_rank
        << " yet; score: personalised PageRank from bans and actions ranked >= " << p.seed_min_rank << " (half-life "
        << p.half_life_years << " years) and own lower-ranked actions (weight " << p.record_weight
        << "), see docs/algorithms.md\n";
    out << "  " << r.hits.size() << " facts seed the walk; " << (r.converged ? "converged" : "NOT converged")
        << " after " << r.iterations << " iterations\n";
    for (const bool people : {true, false}) {
        if ((which == RiskSections::people && !people) || (which == RiskSections::groups && people)) continue;
        const RiskSection s = risk_section(g, r, people);
        out << "\n"
            << (people ? "PEOPLE" : "GROUPS") << ": " << s.candidates << " candidates (" << s.without_exposure
            << " with no tie to anyone hit, score 0); left out: " << s.banned << " banned, " << s.imprisoned
            << " imprisoned, " << s.hit_hard << " with an action ranked " << p.at_risk_max_rank + 1 << "-10";
        out << "\n";
        if (s.entries.empty()) out << "  none\n";
        for (std::size_t i = 0; i < std::min(o.top, s.entries.size()); ++i) {
            const RiskEntry& e = *s.entries[i];
            out << std::setw(4) << i + 1 << ". " << terminal_safe(g.str(g.node(e.node).name)) << " ("
                << terminal_safe(g.node_type_name(e.node)) << "), higher than " << percent(e.percentile)
                << "% of candidates\n";
            out << "      " << terminal_safe(risk_sentence(g, r, e)) << "\n";
        }
    }
}

void write_csv(std::ostream& out, const Graph& g, const RiskResult& r, std::size_t top, RiskSections which) {
    out << "section,rank,id,name,type,percentile,score,max_action_rank,explanation\n";
    for (const bool people : {true, false}) {
        if ((which == RiskSections::people && !people) || (which == RiskSections::groups && people)) continue;
        const RiskSection s = risk_section(g, r, people);
        for (std::size_t i = 0; i < std::min(top, s.entries.size()); ++i) {
            const RiskEntry& e = *s.entries[i];
            out << (people ? "people" : "groups") << ',' << i + 1 << ',' << csv_text(g.str(g.node(e.node).id)) << ','
                << csv_text(g.str(g.node(e.node).name)) << ',' << csv_text(g.node_type_name(e.node)) << ','
                << csv_number(e.percentile) << ',' << csv_number(e.score) << ',' << e.max_rank << ','
                << csv_text(risk_sentence(g, r, e)) << '\n';
        }
    }
}

}  // namespace

void add_risk_command(CLI::App& app) {
    auto opts = std::make_shared<RiskOptions>();
    CLI::App* cmd = app.add_subcommand(
        "risk",
        "People, then groups, exposed to pressure but not yet banned, imprisoned or charged, each explained in words");
    opts->dataset.add_to(*cmd);
    auto& p = opts->params;
    cmd->add_option("--types", opts->types, "person, group or all (people first, then groups)")
        ->check(CLI::IsMember({"person", "group", "all"}))
        ->capture_default_str();
    cmd->add_option("--as-of", opts->as_of,
                    "Rank with the world as known on this date: later facts, and facts known only from sources "
                    "published later, are invisible (default: the latest date in the dataset)");
    cmd->add_option("--horizon", opts->horizon, "The forecast horizon the list is read for (2y, 18m, 90d)")
        ->capture_default_str();
    cmd->add_option("--top", opts->top, "How many to list per section")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    opts->output.add_to(*cmd, "one row per listed entry");
    cmd->add_option("--damping", p.damping, "PageRank damping factor, in [0, 1)")->capture_default_str();
    cmd->add_option("--tolerance", p.tolerance, "Stop when the L1 change is below this")->capture_default_str();
    add_hidden_alias(*cmd, "--tol", p.tolerance);
    cmd->add_option("--max-iterations", p.max_iterations, "Iteration limit")->capture_default_str();
    add_hidden_alias(*cmd, "--max-iter", p.max_iterations);
    cmd->add_option("--seed-min-rank", p.seed_min_rank, "Actions of this ladder rank and above seed the walk (1..11)")
        ->capture_default_str();
    cmd->add_option("--at-risk-max-rank", p.at_risk_max_rank,
                    "Candidates have no action ranked above this (0..seed-min-rank - 1)")
        ->capture_default_str();
    cmd->add_option("--half-life", p.half_life_years, "Years after which a hit weighs half")->capture_default_str();
    cmd->add_option("--undated-weight", p.undated_weight, "Recency factor of undated hits, in [0, 1]")
        ->capture_default_str();
    cmd->add_option("--record-weight", p.record_weight,
                    "Weight of actions ranked below --seed-min-rank (a node's own record), in [0, 1]")
        ->capture_default_str();
    cmd->callback([opts] {
        opts->output.check();
        std::string why;
        if (!parse_horizon(opts->horizon, &why))
            throw UsageError("--horizon: '" + opts->horizon + "' is not a horizon: " + why);
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        RiskParams params = opts->params;
        if (!opts->as_of.empty()) {
            auto date = parse_date(opts->as_of, &why);
            if (!date) throw UsageError("--as-of: '" + opts->as_of + "' is not a date: " + why);
            params.as_of = *date;
        }
        const RiskResult r = rank_at_risk(g, params);
        const RiskSections which = opts->types == "person"  ? RiskSections::people
                                   : opts->types == "group" ? RiskSections::groups
                                                            : RiskSections::both;
        opts->output.write([&](std::ostream& out) {
            switch (opts->output.format()) {
                case TableFormat::json: {
                    rapidjson::Document doc = risk_document(g, r, opts->top, which);
                    doc.AddMember("horizon", rapidjson::Value(opts->horizon.c_str(), doc.GetAllocator()),
                                  doc.GetAllocator());
                    write_json(out, doc);
                    break;
                }
                case TableFormat::csv:
                    write_csv(out, g, r, opts->top, which);
                    break;
                case TableFormat::text:
                    write_text(out, g, r, *opts, which);
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

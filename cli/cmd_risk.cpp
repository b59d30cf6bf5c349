// repnet risk [DATASET] --top N [--json] [model parameters]: people and groups
// exposed to pressure but not yet hit hard, each with the ties that explain it.
#include <iomanip>
#include <iostream>
#include <memory>

#include "algorithms/common/action.hpp"
#include "algorithms/risk/at_risk.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "engine/errors.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct RiskOptions {
    DatasetOption dataset;
    RiskParams params;
    std::string as_of;
    std::size_t top = 20;
    bool json = false;
};

std::string hit_text(const Graph& g, const RiskHit& h) {
    const EdgeData& d = g.edge(h.edge);
    std::string s = g.edge_type_name(h.edge);
    if (d.severity != Severity::none) (s += ' ') += severity_name(d.severity);
    (s += ' ') += d.when.empty() ? std::string("undated") : d.when.str();
    s += is_defendant_edge(g, h.edge) ? " in " : " by ";
    s += terminal_safe(g.str(g.node(action_actor(g, h.edge)).name));
    return s;
}

}  // namespace

void add_risk_command(CLI::App& app) {
    auto opts = std::make_shared<RiskOptions>();
    CLI::App* cmd = app.add_subcommand(
        "risk", "People and groups exposed to pressure but not yet hit hard (personalised PageRank)");
    opts->dataset.add_to(*cmd);
    auto& p = opts->params;
    cmd->add_option("--top", opts->top, "How many to list")->check(CLI::NonNegativeNumber)->capture_default_str();
    cmd->add_flag("--json", opts->json, "Print JSON");
    cmd->add_option("--damping", p.damping, "PageRank damping factor, in [0, 1)")->capture_default_str();
    cmd->add_option("--tolerance", p.tolerance, "Stop when the L1 change is below this")->capture_default_str();
    cmd->add_option("--max-iterations", p.max_iterations, "Iteration limit")->capture_default_str();
    cmd->add_option("--seed-min-rank", p.seed_min_rank, "Actions of this ladder rank and above seed the walk (1..11)")
        ->capture_default_str();
    cmd->add_option("--at-risk-max-rank", p.at_risk_max_rank,
                    "Candidates have no action ranked above this (0..seed-min-rank - 1)")
        ->capture_default_str();
    cmd->add_option("--half-life", p.half_life_years, "Years after which a hit weighs half")->capture_default_str();
    cmd->add_option("--undated-weight", p.undated_weight, "Recency factor of undated hits, in [0, 1]")
        ->capture_default_str();
    cmd->add_option("--as-of", opts->as_of, "Reference date (default: the latest date in the dataset)");
    cmd->callback([opts] {
        const Dataset d = opts->dataset.load();
        const Graph& g = d.graph;
        RiskParams params = opts->params;
        if (!opts->as_of.empty()) {
            std::string why;
            auto date = parse_date(opts->as_of, &why);
            if (!date) throw UsageError("--as-of: '" + opts->as_of + "' is not a date: " + why);
            params.as_of = *date;
        }
        const RiskResult r = rank_at_risk(g, params);
        if (opts->json) {
            write_json(std::cout, risk_document(g, r, opts->top));
            return;
        }
        std::cout << "at-risk ranking (personalised PageRank, damping " << params.damping
                  << ", seeds: actions ranked >= " << params.seed_min_rank << " and bans, half-life "
                  << params.half_life_years << " years, as of " << (r.as_of.empty() ? "undated" : r.as_of.str())
                  << ")\n";
        std::cout << "  " << r.hits.size() << " hits seed the walk; " << (r.converged ? "converged" : "NOT converged")
                  << " after " << r.iterations << " iterations (L1 change " << r.residual << "); " << r.ranking.size()
                  << " candidates\n";
        for (std::size_t i = 0; i < std::min(opts->top, r.ranking.size()); ++i) {
            const RiskEntry& e = r.ranking[i];
            std::cout << std::setw(3) << i + 1 << ". " << terminal_safe(g.str(g.node(e.node).name)) << " ("
                      << terminal_safe(g.node_type_name(e.node)) << ")  score " << std::setprecision(4) << e.score
                      << ", highest action rank " << e.max_rank << "\n";
            for (const auto& f : e.because) {
                std::cout << "       " << std::setprecision(3) << 100 * f.flow / e.score << "% via ";
                for (std::size_t k = 0; k < f.ties.size(); ++k)
                    std::cout << (k ? ", " : "") << terminal_safe(g.edge_type_name(f.ties[k]));
                std::cout << " " << terminal_safe(g.str(g.node(f.neighbour).name));
                if (f.via) std::cout << ", tied to " << terminal_safe(g.str(g.node(*f.via).name));
                std::cout << "\n";
                for (std::size_t k = 0; k < std::min<std::size_t>(2, f.hits.size()); ++k)
                    std::cout << "         hit: " << hit_text(g, f.hits[k]) << "\n";
            }
        }
    });
}

}  // namespace repnet::cli

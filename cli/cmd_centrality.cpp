// repnet centrality [DATASET] --measure LIST --top N [--json | --csv] [-o FILE] [--with cluster,risk] [--weighted]
//   [--directed] [--types LIST] [--project person] [--approx EPS --confidence 1-DELTA --seed S] [--timings FILE]
// Prints a ranked table per measure, or every node's values as CSV or JSON, and the timings as JSON.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "algorithms/centrality/generic.hpp"
#include "algorithms/centrality/suite.hpp"
#include "algorithms/centrality/view.hpp"
#include "algorithms/community/cluster_table.hpp"
#include "algorithms/risk/at_risk.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "cli/options.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"
#include "exports/centrality_csv.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct CentralityCliOptions {
    DatasetOption dataset;
    std::vector<std::string> measures;
    std::size_t top = 10;
    TableOutput output;
    std::vector<std::string> with;  // cluster, risk: extra node-table columns
    std::string timings;
    bool weighted = false;
    ViewFlags view;
    double approx = 0, confidence = 0.9;
    std::uint64_t seed = 0;
    double damping = 0.85, katz_alpha = 0.1, katz_beta = 1.0, katz_fraction = 0;
    std::uint32_t max_iterations = 0;
    double tolerance = 0;
    bool networkx_defaults = false;
    bool include_generic = false;
    bool max_iterations_given = false, tolerance_given = false;
    std::vector<std::string> personalize;
    unsigned threads = 0;
    std::string links = "shared-affiliation", weighting = "count";
    std::size_t max_hub = PersonLinkParams{}.max_hub_people;
};

// The --with columns: each costs a computation of its own on the whole graph (Leiden on the person projection, the
// at-risk PageRank), so they are made only when asked.
CentralityNodeColumns node_columns(const Graph& g, const std::vector<std::string>& with) {
    CentralityNodeColumns columns;
    for (const auto& w : with) {
        if (w == "cluster") {
            const PersonNetwork people = person_network(g, PersonLinkParams{});
            const CsrGraph view = people.view();
            const CommunityResult r = find_communities(view, "leiden", CommunityParams{});
            columns.cluster = cluster_table(g, view, r.community).cluster_of_node;
        } else if (w == "risk") {
            const RiskResult r = rank_at_risk(g, RiskParams{});
            columns.risk_score.assign(g.node_count(), std::nan(""));
            columns.risk_percentile.assign(g.node_count(), std::nan(""));
            for (const RiskEntry& e : r.ranking) {
                columns.risk_score[e.node] = e.score;
                columns.risk_percentile[e.node] = e.percentile;
            }
        } else {
            throw UsageError("--with: unknown column '" + w + "'; expected cluster or risk");
        }
    }
    return columns;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void run(const CentralityCliOptions& o) {
    auto start = std::chrono::steady_clock::now();
    const Dataset d = o.dataset.load();
    const double load_seconds = seconds_since(start);
    const Graph& g = d.graph;

    start = std::chrono::steady_clock::now();
    const ViewParams view_params = cli::view_params(g, o.view);
    PersonNetwork people;
    const CsrGraph view = centrality_view(g, view_params, &people);
    const double view_seconds = seconds_since(start);
    const std::string skipped = skipped_hubs_text(people, view_params.person_links.max_hub_people);
    if (!skipped.empty()) std::cerr << "repnet centrality: warning: " << terminal_safe(skipped) << "\n";

    CentralityOptions options;
    if (!o.measures.empty()) options.measures = o.measures;
    options.weighted = o.weighted;
    options.run.threads = o.threads;
    const TableFormat format = o.output.format();
    if (format != TableFormat::text) {  // degree by neighbour type appears only in the node table
        options.node_type.resize(view.node_count);
        for (std::uint32_t v = 0; v < view.node_count; ++v) options.node_type[v] = g.node(view.to_graph_node[v]).type;
        options.type_count = static_cast<std::uint16_t>(g.vocabulary().entity_types.size());
    }
    if (o.approx > 0) {
        ApproxBetweennessParams p;
        p.epsilon = o.approx;
        p.delta = 1 - o.confidence;
        p.seed = o.seed;
        options.approx = p;
    }
    options.damping = o.damping;
    options.katz_alpha = o.katz_alpha;
    if (o.katz_fraction > 0) {
        options.katz_alpha.reset();
        options.katz_fraction = o.katz_fraction;
    }
    options.katz_beta = o.katz_beta;
    options.networkx_defaults = o.networkx_defaults;
    // Given values go to the measures as they are, so 0, NaN and negatives are refused there.
    if (o.max_iterations_given) options.max_iterations = o.max_iterations;
    if (o.tolerance_given) options.tolerance = o.tolerance;
    if (!o.personalize.empty()) {
        std::vector<std::uint32_t> local(g.node_count(), UINT32_MAX);
        for (std::uint32_t v = 0; v < view.node_count; ++v) local[view.to_graph_node[v]] = v;
        options.personalization.assign(view.node_count, 0.0);
        for (const auto& id : o.personalize) {
            const NodeId node = resolve_node(g, id, "--personalize");  // an id or any spelling of a name
            if (local[node] == UINT32_MAX) throw UsageError("--personalize: entity '" + id + "' is not in the view");
            options.personalization[local[node]] = 1;
        }
    }

    const CentralitySuite suite = compute_centrality(view, options);
    if (!o.timings.empty()) export_centrality_timings(o.timings, load_seconds, view_seconds, suite);

    std::vector<std::string> failed;
    for (const auto& m : suite.measures) {
        if (!m.report || m.report->converged) continue;
        std::ostringstream why;
        if (std::isfinite(m.report->residual))
            why << m.name << " did not converge in " << m.report->max_iterations << " iterations (residual "
                << m.report->residual << ", needs < " << m.report->threshold << ")";
        else
            why << m.name << " diverged after " << m.report->iterations
                << " iterations (the iterate overflowed: alpha is not below 1 / largest eigenvalue)";
        failed.push_back(why.str());
    }
    const std::string view_text = describe_view(g, view_params, o.weighted);
    auto text = [&](std::ostream& out) {
        out << "repnet centrality: " << terminal_safe(d.name) << "\n  view: " << terminal_safe(view_text) << ", "
            << view.node_count << " nodes, " << view.edge_count() << " edges\n";
        if (!o.include_generic && has_generic(g))
            out << "  generic entities (placeholders for unnamed bodies) are left out of the rankings; "
                   "--include-generic puts them back (--csv and --json have every node)\n";
        for (const auto& m : suite.measures) {
            out << "\n" << m.name;
            if (m.name == "betweenness" && suite.approx)
                out << " (sampled: " << suite.approx->samples << " shortest paths, within " << suite.approx->epsilon
                    << " of exact with probability " << 1 - suite.approx->delta << ", seed " << suite.approx->seed
                    << ")";
            if (m.name == "katz" && suite.katz && suite.katz->lambda_max > 0)
                out << " (alpha " << suite.katz->alpha << " = " << suite.katz->fraction << " / lambda_max "
                    << suite.katz->lambda_max << ")";
            if (m.report)
                out << " (" << m.report->iterations << " iterations, residual " << m.report->residual
                    << (m.report->converged ? ", converged)" : ", NOT converged)");
            out << "\n";
            if (m.report && !m.report->converged) {
                for (const auto& f : failed)
                    if (f.rfind(m.name + " ", 0) == 0) out << "  " << f << "; no values shown\n";
                continue;
            }
            write_ranking_table(out, g, view, m.value, o.top, o.include_generic);
        }
    };
    // The old --csv=FILE printed the tables and wrote the CSV beside them; it still does.
    const bool text_on_stdout = format == TableFormat::text && o.output.destination().empty();
    if (text_on_stdout || o.output.legacy_csv()) text(std::cout);
    if (!failed.empty()) {
        std::string message;
        for (const auto& f : failed) message += (message.empty() ? "" : "; ") + f;
        const MeasureValues* k = suite.find("katz");
        const bool katz_failed = k && !k->report->converged;
        const std::string file = o.output.destination();
        message += (file.empty() ? "" : "; " + file + " not written") +
                   std::string(katz_failed ? "; lower --katz-alpha or raise --max-iterations"
                                           : "; raise --max-iterations or --tolerance");
        throw InputError({o.dataset.path.empty() ? d.name : o.dataset.path}, message);
    }
    if (text_on_stdout) return;
    const CentralityNodeColumns extra = node_columns(g, o.with);
    o.output.write([&](std::ostream& out) {
        switch (format) {
            case TableFormat::csv:
                write_centrality_csv(out, g, view, suite, extra);
                break;
            case TableFormat::json:
                write_json(out, centrality_document(d.name, view_text, g, view, suite, extra));
                break;
            case TableFormat::text:
                text(out);
                break;
        }
    });
}

}  // namespace

void add_centrality_command(CLI::App& app) {
    auto o = std::make_shared<CentralityCliOptions>();
    CLI::App* cmd = app.add_subcommand("centrality",
                                       "Rank nodes by centrality: degree, strength, betweenness, closeness, "
                                       "harmonic, eigenvector, pagerank, katz, hub, authority");
    o->dataset.add_to(*cmd);
    cmd->add_option("--measure", o->measures, "Measures, comma-separated (default: all)")->delimiter(',');
    cmd->add_flag("--include-generic", o->include_generic,
                  "Rank generic entities (placeholders such as \"Kazakhstan police\") too");
    cmd->add_option("--top", o->top, "Rows per measure in the printed table")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    o->output.add_to(*cmd,
                     "one row per node of the view with every measure (the old --csv=FILE still writes it to "
                     "FILE and prints the tables)",
                     true);
    cmd->add_option("--with", o->with,
                    "Extra node-table columns, comma-separated: cluster (Leiden on the person projection, as "
                    "`repnet clusters`), risk (score and percentile, as `repnet risk`)")
        ->delimiter(',')
        ->check(CLI::IsMember({"cluster", "risk"}));
    cmd->add_flag("--weighted", o->weighted,
                  "Use edge weights (summed over parallel edges); path measures use distance 1/weight");
    cmd->add_flag("--directed", o->view.directed, "Directed view (nx.DiGraph) instead of undirected (nx.Graph)");
    cmd->add_option("--types", o->view.types, "Keep only these entity types (induced subgraph), comma-separated")
        ->delimiter(',');
    auto* project =
        cmd->add_option("--project", o->view.project,
                        "'person': the person projection, people linked by --link rules (weight = number of "
                        "shared hubs)");
    cmd->add_option("--link", o->links, "With --project person: link rules, as for `repnet clusters --link`")
        ->needs(project)
        ->capture_default_str();
    cmd->add_option("--weighting", o->weighting, "With --project person: count or newman")
        ->check(CLI::IsMember({"count", "newman"}))
        ->needs(project)
        ->capture_default_str();
    cmd->add_option("--max-hub", o->max_hub,
                    "With --project person: hubs with more people than this are not expanded (0 = no limit)")
        ->check(CLI::NonNegativeNumber)
        ->needs(project)
        ->capture_default_str();
    auto* approx =
        cmd->add_option("--approx", o->approx, "Sample betweenness to within EPS of exact (Riondato-Kornaropoulos)")
            ->check(CLI::Range(0.0, 1.0).description("in (0, 1)"));
    cmd->add_option("--confidence", o->confidence, "Probability that every sampled value is within EPS (1 - delta)")
        ->needs(approx)
        ->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed for --approx; the same seed gives the same result")
        ->check(CLI::NonNegativeNumber)
        ->needs(approx)
        ->capture_default_str();
    cmd->add_option("--timings", o->timings, "Write load, view and per-measure seconds as JSON to this file");
    cmd->add_option("--damping", o->damping, "PageRank damping factor, in [0, 1]")->capture_default_str();
    cmd->add_option("--personalize", o->personalize,
                    "PageRank personalised to these entities (ids or names, comma-separated)")
        ->delimiter(',');
    add_hidden_alias(*cmd, "--personalise", o->personalize)->delimiter(',');
    cmd->add_option("--katz-alpha", o->katz_alpha, "Katz attenuation factor")->capture_default_str();
    cmd->add_option("--katz-beta", o->katz_beta, "Katz constant term")->capture_default_str();
    cmd->add_option(
        "--katz-fraction", o->katz_fraction,
        "Katz alpha = this / lambda_max, lambda_max computed (Lanczos), instead of --katz-alpha; in (0, 1)");
    auto* max_iter = cmd->add_option("--max-iterations", o->max_iterations,
                                     "Iteration limit for every iterative measure (default: 1000)");
    auto* max_iter_old = add_hidden_alias(*cmd, "--max-iter", o->max_iterations);
    auto* tol = cmd->add_option(
        "--tolerance", o->tolerance,
        "Convergence tolerance for every iterative measure: residual summed over all nodes (default: 1e-10)");
    auto* tol_old = add_hidden_alias(*cmd, "--tol", o->tolerance);
    cmd->add_flag(
        "--networkx-defaults", o->networkx_defaults,
        "NetworkX's own stopping rules (sum |x - x_prev| < n * tol, tol 1e-6, max_iter 100 / 1000): identical numbers, "
        "error growing with the graph");
    cmd->add_option("--threads", o->threads, "Threads (0 = all cores); results do not depend on it")
        ->capture_default_str();
    cmd->callback([o, max_iter, max_iter_old, tol, tol_old] {
        o->output.check();
        // `--csv FILE` (the old form) now reads FILE as the DATASET; say so instead of "cannot open".
        const std::string& data = o->dataset.path;
        if (o->output.csv == "true" && data.size() > 4 && data.compare(data.size() - 4, 4, ".csv") == 0 &&
            !std::filesystem::exists(data))
            throw UsageError("'" + data +
                             "' does not exist; --csv takes no file any more (it was read as the DATASET): write "
                             "--csv -o FILE");
        o->view.person_links.extra = parse_link_rules(o->links);
        o->view.person_links.weighting = parse_link_weighting(o->weighting);
        o->view.person_links.max_hub_people = o->max_hub;
        o->max_iterations_given = max_iter->count() + max_iter_old->count() > 0;
        o->tolerance_given = tol->count() + tol_old->count() > 0;
        if (o->approx != 0 && !(o->approx > 0 && o->approx < 1)) throw UsageError("--approx: EPS must be in (0, 1)");
        if (!(o->confidence > 0 && o->confidence < 1)) throw UsageError("--confidence must be in (0, 1)");
        check_view_flags(o->view);
        run(*o);
    });
}

}  // namespace repnet::cli

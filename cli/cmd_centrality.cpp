// repnet centrality [DATASET] --measure LIST --top N [--csv FILE] [--weighted] [--directed]
//   [--types LIST] [--project person] [--approx EPS --confidence 1-DELTA --seed S] [--timings FILE]
// Prints a ranked table per measure; optionally all values as CSV and the timings as JSON.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <sstream>

#include "algorithms/centrality/generic.hpp"
#include "algorithms/centrality/suite.hpp"
#include "algorithms/centrality/view.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/node_lookup.hpp"
#include "cli/options.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"
#include "exports/centrality_csv.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct CentralityCliOptions {
    DatasetOption dataset;
    std::vector<std::string> measures;
    std::size_t top = 10;
    std::string csv, timings;
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
    if (!o.csv.empty()) {  // degree by neighbour type appears only in the CSV; not worth a pass otherwise
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

    std::cout << "repnet centrality: " << terminal_safe(d.name)
              << "\n  view: " << describe_view(g, view_params, o.weighted) << ", " << view.node_count << " nodes, "
              << view.edge_count() << " edges\n";
    if (!o.include_generic && has_generic(g))
        std::cout << "  generic entities (placeholders for unnamed bodies) are left out of the rankings; "
                     "--include-generic puts them back (the CSV has every node)\n";
    std::vector<std::string> failed;
    for (const auto& m : suite.measures) {
        std::cout << "\n" << m.name;
        if (m.name == "betweenness" && suite.approx)
            std::cout << " (sampled: " << suite.approx->samples << " shortest paths, within " << suite.approx->epsilon
                      << " of exact with probability " << 1 - suite.approx->delta << ", seed " << suite.approx->seed
                      << ")";
        if (m.name == "katz" && suite.katz && suite.katz->lambda_max > 0)
            std::cout << " (alpha " << suite.katz->alpha << " = " << suite.katz->fraction << " / lambda_max "
                      << suite.katz->lambda_max << ")";
        if (m.report)
            std::cout << " (" << m.report->iterations << " iterations, residual " << m.report->residual
                      << (m.report->converged ? ", converged)" : ", NOT converged)");
        std::cout << "\n";
        if (m.report && !m.report->converged) {
            std::ostringstream why;
            if (std::isfinite(m.report->residual))
                why << m.name << " did not converge in " << m.report->max_iterations << " iterations (residual "
                    << m.report->residual << ", needs < " << m.report->threshold << ")";
            else
                why << m.name << " diverged after " << m.report->iterations
                    << " iterations (the iterate overflowed: alpha is not below 1 / largest eigenvalue)";
            std::cout << "  " << why.str() << "; no values shown\n";
            failed.push_back(why.str());
            continue;
        }
        write_ranking_table(std::cout, g, view, m.value, o.top, o.include_generic);
    }
    if (!failed.empty()) {
        std::string message;
        for (const auto& f : failed) message += (message.empty() ? "" : "; ") + f;
        const MeasureValues* k = suite.find("katz");
        const bool katz_failed = k && !k->report->converged;
        message +=
            (o.csv.empty() ? "" : "; " + o.csv + " not written") +
            std::string(katz_failed ? "; lower --katz-alpha or raise --max-iter" : "; raise --max-iter or --tol");
        throw InputError({o.dataset.path.empty() ? d.name : o.dataset.path}, message);
    }
    if (!o.csv.empty())
        write_file_atomically(o.csv, [&](std::ostream& out) { write_centrality_csv(out, g, view, suite); });
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
    cmd->add_option("--csv", o->csv, "Write every node's values to this CSV file");
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
    cmd->add_option("--katz-alpha", o->katz_alpha, "Katz attenuation factor")->capture_default_str();
    cmd->add_option("--katz-beta", o->katz_beta, "Katz constant term")->capture_default_str();
    cmd->add_option(
        "--katz-fraction", o->katz_fraction,
        "Katz alpha = this / lambda_max, lambda_max computed (Lanczos), instead of --katz-alpha; in (0, 1)");
    auto* max_iter =
        cmd->add_option("--max-iter", o->max_iterations, "Iteration limit for every iterative measure (default: 1000)");
    auto* tol = cmd->add_option(
        "--tol", o->tolerance,
        "Convergence tolerance for every iterative measure: residual summed over all nodes (default: 1e-10)");
    cmd->add_flag(
        "--networkx-defaults", o->networkx_defaults,
        "NetworkX's own stopping rules (sum |x - x_prev| < n * tol, tol 1e-6, max_iter 100 / 1000): identical numbers, "
        "error growing with the graph");
    cmd->add_option("--threads", o->threads, "Threads (0 = all cores); results do not depend on it")
        ->capture_default_str();
    cmd->callback([o, max_iter, tol] {
        o->view.person_links.extra = parse_link_rules(o->links);
        o->view.person_links.weighting = parse_link_weighting(o->weighting);
        o->view.person_links.max_hub_people = o->max_hub;
        o->max_iterations_given = max_iter->count() > 0;
        o->tolerance_given = tol->count() > 0;
        if (o->approx != 0 && !(o->approx > 0 && o->approx < 1)) throw UsageError("--approx: EPS must be in (0, 1)");
        if (!(o->confidence > 0 && o->confidence < 1)) throw UsageError("--confidence must be in (0, 1)");
        check_view_flags(o->view);
        run(*o);
    });
}

}  // namespace repnet::cli

// repnet centrality [DATASET] --measure LIST --top N [--csv FILE] [--weighted] [--directed]
//   [--types LIST] [--project person] [--approx EPS --confidence 1-DELTA --seed S] [--timings FILE]
// Prints a ranked table per measure; optionally all values as CSV and the timings as JSON.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <numeric>
#include <sstream>
#include <stdexcept>

#include "algorithms/centrality/suite.hpp"
#include "algorithms/centrality/view.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"
#include "exports/attribute_table.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct CentralityCliOptions {
    DatasetOption dataset;
    std::vector<std::string> measures;
    std::size_t top = 10;
    std::string csv, timings;
    bool weighted = false;
    ViewParams view;
    double approx = 0, confidence = 0.9;
    std::uint64_t seed = 0;
    double damping = 0.85, katz_alpha = 0.1, katz_beta = 1.0;
    std::uint32_t max_iterations = 0;
    double tolerance = 0;
    bool max_iterations_given = false, tolerance_given = false;
    std::vector<std::string> personalize;
    unsigned threads = 0;
    std::string links = "shared-affiliation", weighting = "count";
    std::size_t max_hub = PersonLinkParams{}.max_hub_people;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string number(double v) { return cell_text(Cell(v)); }

// Width in characters (UTF-8 code points), for aligning the table.
std::size_t display_width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s + " " : s + std::string(width - w, ' ');
}

// Nodes by value, highest first; ties keep view order, so the ranking is deterministic.
std::vector<std::uint32_t> ranking(const std::vector<double>& value) {
    std::vector<std::uint32_t> order(value.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return value[a] > value[b]; });
    return order;
}

void write_csv(const std::string& path, const Graph& g, const CsrGraph& view, const CentralitySuite& suite) {
    write_file_atomically(path, [&](std::ostream& out) {
        const auto& types = g.vocabulary().entity_types;
        out << "id,name,type";
        for (const auto& m : suite.measures) out << "," << m.name;
        const bool by_direction = view.directed && suite.find("degree");
        if (by_direction) out << ",in_degree,out_degree";
        for (std::uint16_t t = 0; t < suite.degree.type_count; ++t) out << ",degree_" << csv_field(types.name(t));
        out << "\n";
        for (std::uint32_t v = 0; v < view.node_count; ++v) {
            const NodeId node = view.to_graph_node[v];
            out << csv_field(g.str(g.node(node).id)) << "," << csv_field(g.str(g.node(node).name)) << ","
                << csv_field(g.node_type_name(node));
            for (const auto& m : suite.measures) out << "," << number(m.value[v]);
            if (by_direction) out << "," << number(suite.degree.in[v]) << "," << number(suite.degree.out[v]);
            for (std::uint16_t t = 0; t < suite.degree.type_count; ++t)
                out << "," << suite.degree.by_type[std::size_t(v) * suite.degree.type_count + t];
            out << "\n";
        }
    });
}

void write_timings(const std::string& path, double load, double view, const CentralitySuite& suite) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    doc.AddMember("load_seconds", load, a);
    doc.AddMember("view_seconds", view, a);
    rapidjson::Value measures(rapidjson::kObjectType);
    for (const auto& m : suite.measures)
        measures.AddMember(rapidjson::Value(m.name.c_str(), a), rapidjson::Value(m.seconds), a);
    doc.AddMember("measures", measures, a);
    export_json(path, doc);
}

void run(const CentralityCliOptions& o) {
    auto start = std::chrono::steady_clock::now();
    const Dataset d = o.dataset.load();
    const double load_seconds = seconds_since(start);
    const Graph& g = d.graph;

    start = std::chrono::steady_clock::now();
    PersonNetwork people;
    const CsrGraph view = centrality_view(g, o.view, &people);
    const double view_seconds = seconds_since(start);
    const std::string skipped = skipped_hubs_text(people, o.view.person_links.max_hub_people);
    if (!skipped.empty()) std::cerr << "repnet centrality: warning: " << terminal_safe(skipped) << "\n";

    CentralityOptions options;
    if (!o.measures.empty()) options.measures = o.measures;
    options.weighted = o.weighted;
    options.threads = o.threads;
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
    options.katz_beta = o.katz_beta;
    // Given values go to the measures as they are, so 0, NaN and negatives are refused there.
    if (o.max_iterations_given) options.max_iterations = o.max_iterations;
    if (o.tolerance_given) options.tolerance = o.tolerance;
    if (!o.personalize.empty()) {
        std::vector<std::uint32_t> local(g.node_count(), UINT32_MAX);
        for (std::uint32_t v = 0; v < view.node_count; ++v) local[view.to_graph_node[v]] = v;
        options.personalization.assign(view.node_count, 0.0);
        for (const auto& id : o.personalize) {
            const auto node = g.find_id(id);
            if (!node) throw UsageError("--personalize: no entity with id '" + id + "'");
            if (local[*node] == UINT32_MAX) throw UsageError("--personalize: entity '" + id + "' is not in the view");
            options.personalization[local[*node]] = 1;
        }
    }

    CentralitySuite suite;
    try {
        suite = compute_centrality(view, options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    if (!o.timings.empty()) write_timings(o.timings, load_seconds, view_seconds, suite);

    std::cout << "repnet centrality: " << terminal_safe(d.name) << "\n  view: " << describe_view(o.view, o.weighted) << ", "
              << view.node_count << " nodes, " << view.edge_count() << " edges\n";
    std::vector<std::string> failed;
    for (const auto& m : suite.measures) {
        std::cout << "\n" << m.name;
        if (m.name == "betweenness" && suite.approx)
            std::cout << " (sampled: " << suite.approx->samples << " shortest paths, within " << suite.approx->epsilon
                      << " of exact with probability " << 1 - suite.approx->delta << ", seed " << suite.approx->seed << ")";
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
        const auto order = ranking(m.value);
        const std::size_t rows = std::min(o.top, order.size());
        std::size_t name_width = 4, type_width = 4;
        for (std::size_t i = 0; i < rows; ++i) {
            const NodeId node = view.to_graph_node[order[i]];
            name_width = std::max(name_width, display_width(terminal_safe(g.str(g.node(node).name))));
            type_width = std::max(type_width, display_width(g.node_type_name(node)));
        }
        std::cout << "  " << std::setw(4) << "rank" << "  " << padded("name", name_width + 2) << padded("type", type_width + 2)
                  << "value\n";
        for (std::size_t i = 0; i < rows; ++i) {
            const NodeId node = view.to_graph_node[order[i]];
            std::cout << "  " << std::setw(4) << i + 1 << "  " << padded(terminal_safe(g.str(g.node(node).name)), name_width + 2)
                      << padded(terminal_safe(g.node_type_name(node)), type_width + 2) << number(m.value[order[i]]) << "\n";
        }
    }
    if (!failed.empty()) {
        std::string message;
        for (const auto& f : failed) message += (message.empty() ? "" : "; ") + f;
        const MeasureValues* k = suite.find("katz");
        const bool katz_failed = k && !k->report->converged;
        message += (o.csv.empty() ? "" : "; " + o.csv + " not written") +
                   std::string(katz_failed ? "; lower --katz-alpha or raise --max-iter" : "; raise --max-iter or --tol");
        throw InputError({o.dataset.path.empty() ? d.name : o.dataset.path}, message);
    }
    if (!o.csv.empty()) write_csv(o.csv, g, view, suite);
}

}  // namespace

void add_centrality_command(CLI::App& app) {
    auto o = std::make_shared<CentralityCliOptions>();
    CLI::App* cmd = app.add_subcommand("centrality", "Rank nodes by centrality: degree, strength, betweenness, closeness, "
                                                     "harmonic, eigenvector, pagerank, katz, hub, authority");
    o->dataset.add_to(*cmd);
    cmd->add_option("--measure", o->measures, "Measures, comma-separated (default: all)")->delimiter(',');
    cmd->add_option("--top", o->top, "Rows per measure in the printed table")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--csv", o->csv, "Write every node's values to this CSV file");
    cmd->add_flag("--weighted", o->weighted, "Use edge weights (summed over parallel edges); path measures use distance 1/weight");
    cmd->add_flag("--directed", o->view.directed, "Directed view (nx.DiGraph) instead of undirected (nx.Graph)");
    cmd->add_option("--types", o->view.types, "Keep only these entity types (induced subgraph), comma-separated")->delimiter(',');
    auto* project = cmd->add_option("--project", o->view.project,
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
    auto* approx = cmd->add_option("--approx", o->approx, "Sample betweenness to within EPS of exact (Riondato-Kornaropoulos)")
                       ->check(CLI::Range(0.0, 1.0).description("in (0, 1)"));
    cmd->add_option("--confidence", o->confidence, "Probability that every sampled value is within EPS (1 - delta)")
        ->needs(approx)->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed for --approx; the same seed gives the same result")
        ->check(CLI::NonNegativeNumber)
        ->needs(approx)->capture_default_str();
    cmd->add_option("--timings", o->timings, "Write load, view and per-measure seconds as JSON to this file");
    cmd->add_option("--damping", o->damping, "PageRank damping factor, in [0, 1]")->capture_default_str();
    cmd->add_option("--personalize", o->personalize, "PageRank personalised to these entity ids, comma-separated")->delimiter(',');
    cmd->add_option("--katz-alpha", o->katz_alpha, "Katz attenuation factor")->capture_default_str();
    cmd->add_option("--katz-beta", o->katz_beta, "Katz constant term")->capture_default_str();
    auto* max_iter = cmd->add_option("--max-iter", o->max_iterations, "Iteration limit for every iterative measure (default: NetworkX's per measure)");
    auto* tol = cmd->add_option("--tol", o->tolerance, "Convergence tolerance for every iterative measure (default: NetworkX's)");
    cmd->add_option("--threads", o->threads, "Threads (0 = all cores); results do not depend on it")->capture_default_str();
    cmd->callback([o, max_iter, tol] {
        o->view.person_links.extra = parse_link_rules(o->links);
        o->view.person_links.weighting = parse_link_weighting(o->weighting);
        o->view.person_links.max_hub_people = o->max_hub;
        o->max_iterations_given = max_iter->count() > 0;
        o->tolerance_given = tol->count() > 0;
        if (o->approx != 0 && !(o->approx > 0 && o->approx < 1)) throw UsageError("--approx: EPS must be in (0, 1)");
        if (!(o->confidence > 0 && o->confidence < 1)) throw UsageError("--confidence must be in (0, 1)");
        run(*o);
    });
}

}  // namespace repnet::cli

// repnet clusters [DATASET]: groups of people prosecuted together, found by
// Leiden (default), Louvain, connected components or k-cores, as a table
// ranked by size and peak severity (--json, --csv for machines).
#include <chrono>
#include <iostream>
#include <memory>

#include "algorithms/community/cluster_table.hpp"
#include "algorithms/projection/person_links.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/options.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"
#include "exports/clusters_report.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct ClustersOptions {
    DatasetOption dataset;
    std::string algorithm = "leiden";
    double resolution = 1.0;
    std::uint64_t seed = 1;
    std::uint32_t k = 2;
    int iterations = 0;
    std::string view = "projection";
    std::string links;
    std::string weighting = "count";
    std::size_t max_hub = PersonLinkParams{}.max_hub_people;
    bool all = false, timing = false;
    TableOutput output;
};

}  // namespace

void add_clusters_command(CLI::App& app) {
    auto o = std::make_shared<ClustersOptions>();
    CLI::App* cmd = app.add_subcommand(
        "clusters",
        "Groups of people prosecuted together (Leiden, Louvain, components, k-cores), ranked by size and severity");
    o->dataset.add_to(*cmd);
    cmd->add_option("--algorithm", o->algorithm,
                    "leiden (communities guaranteed connected), louvain, components or kcore")
        ->check(CLI::IsMember({"leiden", "louvain", "components", "kcore"}))
        ->capture_default_str();
    cmd->add_option("--resolution", o->resolution, "Modularity resolution gamma (> 0; larger = smaller clusters)")
        ->capture_default_str();
    cmd->add_option("--seed", o->seed, "Seed of the random choices (same seed, same clusters)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--max-iterations", o->iterations,
                    "Leiden iterations at most; 0 = repeat until an iteration changes nothing")
        ->capture_default_str();
    add_hidden_alias(*cmd, "--iterations", o->iterations);
    cmd->add_option("--k", o->k, "For --algorithm kcore: clusters are the connected parts of the k-core (k >= 1)")
        ->capture_default_str();
    cmd->add_option("--view", o->view,
                    "projection (people linked by shared prosecutions) or graph (the whole simple graph)")
        ->check(CLI::IsMember({"projection", "graph"}))
        ->capture_default_str();
    cmd->add_option("--link", o->links,
                    "Extra links between people, each off by default (default: co-defendants, shared prosecutions "
                    "only): court[:Nd][:W], article[:Nd][:W], movement[:W], affiliation[:W] or the preset "
                    "shared-affiliation, comma-separated (e.g. court:90d,article:90d,movement)");
    cmd->add_option("--max-hub", o->max_hub,
                    "A prosecution or other hub with more people than this is not expanded into links between all "
                    "of them (0 = no limit)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--weighting", o->weighting, "count (each shared hub adds its weight) or newman (weight / (n - 1))")
        ->check(CLI::IsMember({"count", "newman"}))
        ->capture_default_str();
    o->output.add_to(*cmd, "one row per member with its cluster's summary columns");
    cmd->add_flag("--all", o->all, "Also list single-member clusters in the table");
    cmd->add_flag("--timing", o->timing, "Print the clustering time to stderr");
    cmd->callback([o] {
        o->output.check();
        PersonLinkParams link_params;
        link_params.extra = parse_link_rules(o->links);
        link_params.weighting = parse_link_weighting(o->weighting);
        link_params.max_hub_people = o->max_hub;
        if (o->view == "graph" && !link_params.extra.empty())
            throw UsageError("--link applies to the person projection, not to --view graph");
        CommunityParams params;
        params.resolution = o->resolution;
        params.seed = o->seed;
        params.max_iterations = o->iterations;
        if (o->algorithm == "kcore" && o->k < 1) throw UsageError("--k must be at least 1, got 0");
        const Dataset d = o->dataset.load();
        PersonNetwork people;
        if (o->view != "graph") people = person_network(d.graph, link_params);
        const std::string skipped = skipped_hubs_text(people, link_params.max_hub_people);
        if (!skipped.empty()) std::cerr << "repnet clusters: warning: " << terminal_safe(skipped) << "\n";
        const CsrGraph view = o->view == "graph" ? build_simple_csr(d.graph) : people.view();
        const auto start = std::chrono::steady_clock::now();
        const CommunityResult r = find_communities(view, o->algorithm, params, o->k);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (o->timing)
            std::cerr << "clustering: " << o->algorithm << " " << seconds << " s, modularity " << r.modularity << "\n";
        const ClusterTable t = cluster_table(d.graph, view, r.community);
        ClusteringSetup setup;
        setup.view = o->view;
        setup.links = link_rules_text(link_params.extra);
        setup.weighting = std::string(link_weighting_name(link_params.weighting));
        setup.k = o->k;
        o->output.write([&](std::ostream& out) {
            switch (o->output.format()) {
                case TableFormat::json:
                    write_json(out, clusters_document(d.name, d.graph, view, t, r, setup));
                    break;
                case TableFormat::csv:
                    write_clusters_csv(out, d.graph, t);
                    break;
                case TableFormat::text:
                    write_clusters_table(out, d.name, d.graph, view, t, r, setup, o->all);
                    if (!skipped.empty()) out << "\nnote: " << terminal_safe(skipped) << "\n";
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "algorithms/generators/random.hpp"
#include "algorithms/generators/repression_network.hpp"
#include "algorithms/structure/components.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"
#include "loaders/dataset_loader.hpp"
#include "loaders/edge_list.hpp"

using namespace repnet;
using namespace repnet::generators;

namespace {

struct Generated {
    std::string dataset, edges;
    RepressionNetworkStats stats;
};

Generated generate(std::uint64_t people, std::uint64_t seed) {
    std::ostringstream d, e;
    Generated g;
    g.stats = generate_repression_network({people, seed}, d, e);
    g.dataset = d.str();
    g.edges = e.str();
    return g;
}

}  // namespace

TEST_CASE("splitmix64 gives the reference sequence", "[algorithms][generators]") {
    // The first outputs of Vigna's splitmix64.c for the seed 1234567.
    std::uint64_t state = 1234567;
    CHECK(splitmix64(state) == 6457827717110365317ULL);
    CHECK(splitmix64(state) == 3203168211198807973ULL);
    CHECK(splitmix64(state) == 9817491932198370423ULL);
}

TEST_CASE("Rng::below stays in range and covers it evenly", "[algorithms][generators]") {
    Rng rng(42);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) ++counts[rng.below(7)];
    for (int c : counts) CHECK((c > 9500 && c < 10500));
    for (int i = 0; i < 1000; ++i) {
        const auto h = rng.heavy(5);
        CHECK((h >= 1 && h <= 32));
    }
}

TEST_CASE("generator: the same seed gives byte-identical files, another seed different ones",
          "[algorithms][generators]") {
    const Generated a = generate(600, 7), b = generate(600, 7), c = generate(600, 8);
    CHECK(a.dataset == b.dataset);
    CHECK(a.edges == b.edges);
    CHECK(a.dataset != c.dataset);
    CHECK(a.edges != c.edges);
    CHECK(a.edges.rfind("# source\ttarget\tweight\n", 0) == 0);
}

TEST_CASE("generator: the dataset loads with nothing rejected and matches the edge list", "[algorithms][generators]") {
    const Generated g = generate(3000, 11);
    const Dataset d = load_dataset_texts("synthetic.json", {{"synthetic.json", g.dataset}});
    CHECK(d.report.rejected_total() == 0);
    CHECK(d.report.entities.merged == 0);
    REQUIRE(d.graph.node_count() == g.stats.nodes);
    // Format version 2 (issue 11): relations of the same type, source, target and date are one event, so the
    // generator's repeated relations merge on loading; every relation is still accounted for.
    REQUIRE(d.graph.edge_count() + d.report.relations.merged == g.stats.edges);
    CHECK(d.report.relations.merged > 0);
    for (const auto& n : d.graph.nodes()) CHECK_FALSE(n.evidence.empty());

    // The edge list is the same multigraph before merging: node i is entity i, and every edge of the
    // dataset is a line of the edge list.
    const Dataset l = load_edge_list_text("edges.tsv", g.edges);
    REQUIRE(l.graph.node_count() == d.graph.node_count());
    REQUIRE(l.graph.edge_count() == g.stats.edges);
    std::set<std::pair<NodeId, NodeId>> listed;
    for (EdgeId e = 0; e < l.graph.edge_count(); ++e) listed.insert({l.graph.edge(e).source, l.graph.edge(e).target});
    std::size_t mismatched = 0;
    for (EdgeId e = 0; e < d.graph.edge_count(); ++e) {
        const auto& x = d.graph.edge(e);
        CHECK_FALSE(x.evidence.empty());
        if (!listed.count({x.source, x.target})) ++mismatched;
    }
    CHECK(mismatched == 0);
    for (NodeId v = 0; v < l.graph.node_count(); ++v) CHECK(l.graph.str(l.graph.node(v).id) == std::to_string(v));
}

TEST_CASE("generator: the network has the promised features", "[algorithms][generators]") {
    const Generated g = generate(5000, 3);
    const Dataset d = load_dataset_texts("synthetic.json", {{"synthetic.json", g.dataset}});
    const Graph& graph = d.graph;

    // Parallel edges: the same ordered pair more than once.
    std::map<std::pair<NodeId, NodeId>, int> pairs;
    for (const auto& e : graph.edges()) ++pairs[{e.source, e.target}];
    CHECK(std::count_if(pairs.begin(), pairs.end(), [](const auto& p) { return p.second > 1; }) > 50);

    // Several components, more than one of them large (independent regions), and isolated nodes.
    const CsrGraph csr = build_simple_csr(graph);
    const ComponentsResult c = connected_components(csr);
    CHECK(c.sizes.size() >= 3);
    REQUIRE(c.sizes.size() >= 2);
    CHECK(c.sizes[1] >= 100);
    std::size_t isolated = 0;
    for (std::uint32_t v = 0; v < csr.node_count; ++v) isolated += csr.out_neighbours(v).empty();
    CHECK(isolated >= g.stats.isolated_people);
    CHECK(g.stats.isolated_people > 0);

    // Dated actions with ranked severities.
    std::size_t dated_actions = 0;
    for (const auto& e : graph.edges())
        if (!e.when.empty() && severity_rank(e.severity) > 0) ++dated_actions;
    CHECK(dated_actions > graph.edge_count() / 10);

    // Co-defendant groups: prosecutions with several defendants.
    const auto defendant_in = *graph.vocabulary().relation_types.find("defendant_in");
    std::map<NodeId, int> defendants;
    for (const auto& e : graph.edges())
        if (e.type == defendant_in) ++defendants[e.target];
    CHECK(std::count_if(defendants.begin(), defendants.end(), [](const auto& p) { return p.second >= 5; }) > 10);

    // Heavy tail: hubs with far more ties than the mean.
    std::uint64_t max_degree = 0;
    for (std::uint32_t v = 0; v < csr.node_count; ++v)
        max_degree = std::max<std::uint64_t>(max_degree, csr.out_neighbours(v).size());
    const double mean_degree = 2.0 * double(csr.edge_count()) / csr.node_count;
    CHECK(double(max_degree) > 30 * mean_degree);

    // Every node type the docs promise.
    std::set<std::string> types;
    for (NodeId v = 0; v < graph.node_count(); ++v) types.insert(graph.node_type_name(v));
    for (const char* t :
         {"person", "movement", "organisation", "court", "authority", "prosecution", "event", "media", "company"})
        CHECK(types.count(t) == 1);
}

TEST_CASE("generator: out-of-range parameters are usage errors", "[algorithms][generators]") {
    std::ostringstream d, e;
    CHECK_THROWS_AS(generate_repression_network({9, 1}, d, e), InvalidArgument);
    CHECK_THROWS_WITH(generate_repression_network({0, 1}, d, e), Catch::Contains("people must be between 10"));
    CHECK(d.str().empty());
}

TEST_CASE("escalation process: deterministic, loadable, its ground truth is its first charges",
          "[algorithms][generators]") {
    RepressionNetworkParams p{2000, 7, true};
    std::ostringstream d1, e1, t1, d2, e2, t2;
    const RepressionNetworkStats s = generate_repression_network(p, d1, e1, &t1);
    generate_repression_network(p, d2, e2, &t2);
    CHECK(d1.str() == d2.str());
    CHECK(t1.str() == t2.str());
    CHECK(s.charged_people > 0);
    CHECK(s.charged_people < p.people);
    const auto dir = std::filesystem::temp_directory_path() / ("repnet-escalation-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        std::ofstream out(dir / "dataset.json");
        out << d1.str();
    }
    const Dataset data = load_dataset(dir / "dataset.json");
    std::filesystem::remove_all(dir);
    CHECK(data.report.rejections.empty());
    CHECK(data.graph.node_count() == s.nodes);
    // The loader merges a relation repeated with the same type, ends and date (one event): every generated relation
    // is an edge or a merge.
    CHECK(data.graph.edge_count() + data.report.relations.merged == s.edges);
    // Each person's first `charged` relation is its line of truth.tsv.
    std::map<std::string, std::string> first;
    for (EdgeId e = 0; e < data.graph.edge_count(); ++e) {
        const auto& ed = data.graph.edge(e);
        if (data.graph.edge_type_name(e) != "charged") continue;
        const std::string who = data.graph.str(data.graph.node(ed.target).id), when = ed.when.start.str();
        if (!first.count(who) || when < first[who]) first[who] = when;
    }
    std::istringstream truth(t1.str());
    std::string line;
    std::getline(truth, line);
    CHECK(line == "# person\tfirst_charged");
    std::size_t lines = 0;
    while (std::getline(truth, line)) {
        const auto tab = line.find('\t');
        INFO(line);
        CHECK(first[line.substr(0, tab)] == line.substr(tab + 1));
        ++lines;
    }
    CHECK(lines == s.charged_people);
    CHECK(first.size() == s.charged_people);
}

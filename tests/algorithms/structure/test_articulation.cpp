// Articulation points and biconnected components: a drawn graph with exact answers, and
// NetworkX (nx.articulation_points, nx.biconnected_components) on karate and random graphs.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "algorithms/centrality/oracle.hpp"
#include "algorithms/structure/articulation.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

struct Expected {
    std::uint32_t nodes = 0;
    std::vector<WeightedEdge> edges;
    std::vector<NodeId> points;
    std::uint64_t components = 0;
    std::vector<std::uint32_t> joined;
};

Expected run_networkx(const std::string& spec) {
    const rapidjson::Document doc =
        run_python_oracle("algorithms/structure/nx_articulation.py", spec, "nx-articulation");
    Expected e;
    e.nodes = doc["nodes"].GetUint();
    for (const auto& x : doc["edges"].GetArray()) e.edges.push_back({x[0].GetUint(), x[1].GetUint(), 1.0});
    for (const auto& x : doc["articulation_points"].GetArray()) e.points.push_back(x.GetUint());
    e.components = doc["biconnected_components"].GetUint64();
    for (const auto& x : doc["components_joined"].GetArray()) e.joined.push_back(x.GetUint());
    return e;
}

void compare(const Expected& e) {
    const CsrGraph g = build_simple_csr(e.nodes, e.edges, false);
    const ArticulationResult r = articulation_points(g);
    CHECK(r.articulation_points == e.points);
    CHECK(r.biconnected_component_count == e.components);
    CHECK(r.components_joined == e.joined);
}

}  // namespace

TEST_CASE("articulation points of a drawn graph", "[algorithms][structure][articulation]") {
    //   0                 4
    //   | \               / |
    //   |  2 --------- 3   |      7 --- 8      9
    //   | /               \ |
    //   1                 5 --- 6
    // Triangle 0-1-2 (0-1 doubled), bridge 2-3, triangle 3-4-5 (a self-loop at 4),
    // pendant 5-6, a lone edge 7-8 and an isolated node 9.
    const std::vector<WeightedEdge> edges = {{0, 1}, {1, 0}, {1, 2}, {2, 0}, {2, 3}, {3, 4},
                                             {4, 4}, {4, 5}, {5, 3}, {5, 6}, {7, 8}};
    CsrGraph g = build_simple_csr(10, edges, false);
    const ArticulationResult r = articulation_points(g);
    CHECK(r.articulation_points == std::vector<NodeId>{2, 3, 5});
    // {0,1,2} {2,3} {3,4,5} {5,6} {7,8}
    CHECK(r.biconnected_component_count == 5);
    CHECK(r.components_joined == std::vector<std::uint32_t>{1, 1, 2, 2, 1, 2, 1, 1, 1, 0});

    SECTION("points are reported as graph nodes") {
        for (std::uint32_t v = 0; v < g.node_count; ++v) g.to_graph_node[v] = 100 + 2 * v;
        CHECK(articulation_points(g).articulation_points == std::vector<NodeId>{104, 106, 110});
    }
    SECTION("a cycle has none, a path has all its inner nodes") {
        const std::vector<WeightedEdge> cycle = {{0, 1}, {1, 2}, {2, 3}, {3, 0}};
        const ArticulationResult c = articulation_points(build_simple_csr(4, cycle, false));
        CHECK(c.articulation_points.empty());
        CHECK(c.biconnected_component_count == 1);
        const std::vector<WeightedEdge> path = {{0, 1}, {1, 2}, {2, 3}};
        const ArticulationResult p = articulation_points(build_simple_csr(4, path, false));
        CHECK(p.articulation_points == std::vector<NodeId>{1, 2});
        CHECK(p.biconnected_component_count == 3);
    }
    SECTION("an empty graph") {
        const ArticulationResult e = articulation_points(build_simple_csr(0, std::vector<WeightedEdge>{}, false));
        CHECK(e.articulation_points.empty());
        CHECK(e.biconnected_component_count == 0);
        CHECK(e.components_joined.empty());
    }
}

TEST_CASE("articulation points need an undirected view", "[algorithms][structure][articulation]") {
    const std::vector<WeightedEdge> edges = {{0, 1}, {1, 2}};
    CHECK_THROWS_AS(articulation_points(build_simple_csr(3, edges, true)), InternalError);
}

TEST_CASE("articulation points equal NetworkX", "[algorithms][structure][articulation][networkx]") {
    SECTION("karate club") {
        const Expected e = run_networkx("{\"graph\": \"karate\"}");
        CHECK(e.nodes == 34);
        CHECK(e.points == std::vector<NodeId>{0});  // the instructor holds the club together
        compare(e);
    }
    for (std::uint32_t seed = 1; seed <= 4; ++seed) SECTION("random multigraph, seed " + std::to_string(seed)) {
            std::uint32_t n = 0;
            // Four sparse blocks (trees, bridges and a few cycles each), parallel edges,
            // self-loops and 3 isolated nodes: several components and many articulation points.
            const auto edges = random_multigraph(seed, 4, 30, 28 + 6 * seed, 3, n);
            const Expected e = run_networkx("{\"graph\": \"edges\", \"nodes\": " + std::to_string(n) +
                                            ", \"edges\": " + edges_json(edges) + "}");
            REQUIRE(e.nodes == n);
            CHECK(e.points.size() > 3);
            compare(e);
        }
}

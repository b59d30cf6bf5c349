#include <catch2/catch.hpp>
#include <map>

#include "engine/graph_csr.hpp"
#include "engine/graph_fixture.hpp"

using namespace repnet;

//   0 ==(2 parallel)== 1 --- 2      3 (isolated)    1 has a self-loop
TEST_CASE("the simple undirected view collapses parallel edges and drops loops", "[engine][csr]") {
    std::vector<WeightedEdge> edges = {{0, 1, 1.0}, {1, 0, 2.5}, {1, 2, 1.0}, {1, 1, 7.0}};
    CsrGraph g = build_simple_csr(4, edges, false);
    CHECK(g.edge_count() == 2);
    CHECK(std::vector<std::uint32_t>(g.out_neighbours(1).begin(), g.out_neighbours(1).end()) ==
          std::vector<std::uint32_t>{0, 2});
    CHECK(g.out_edge_weights(1)[0] == 3.5);  // 1.0 + 2.5
    CHECK(g.out_edge_weights(0)[0] == 3.5);
    CHECK(g.out_neighbours(3).empty());
}

TEST_CASE("the directed view keeps direction and an in-adjacency", "[engine][csr]") {
    std::vector<WeightedEdge> edges = {{0, 1, 1.0}, {0, 1, 1.0}, {1, 0, 1.0}, {2, 1, 4.0}};
    CsrGraph g = build_simple_csr(3, edges, true);
    CHECK(g.edge_count() == 3);
    CHECK(g.out_edge_weights(0)[0] == 2.0);
    REQUIRE(g.in_neighbours(1).size() == 2);
    CHECK(g.in_neighbours(1)[0] == 0);
    CHECK(g.in_neighbours(1)[1] == 2);
    CHECK(g.in_edge_weights(1)[1] == 4.0);
    CHECK(g.in_neighbours(2).empty());
}

TEST_CASE("a view of a Graph can keep only some nodes", "[engine][csr]") {
    Graph graph = test::graph_with_nodes({"a", "b", "c"});
    test::add_plain_edge(graph, 0, 1);
    test::add_plain_edge(graph, 1, 2);
    CsrOptions options;
    options.keep_node = {true, false, true};
    CsrGraph g = build_simple_csr(graph, options);
    CHECK(g.node_count == 2);
    CHECK(g.edge_count() == 0);
    CHECK(g.to_graph_node == std::vector<NodeId>{0, 2});
}

// Hubs (rows longer than the insertion-sort limit), parallel edges with distinct weights, loops:
// every row equals a direct transcription (an ordered map per node, weights summed in input
// order), on one thread and on two (enough arcs for the rows to be split).
TEST_CASE("the view of a large multigraph matches an ordered map, on one thread and two", "[engine][csr]") {
    const std::uint32_t n = 3000;
    std::vector<WeightedEdge> edges;
    std::uint64_t x = 12345;
    const auto next = [&x] { return x = x * 6364136223846793005ULL + 1442695040888963407ULL; };
    for (int i = 0; i < 60000; ++i) {
        const auto a = static_cast<std::uint32_t>((next() >> 33) % (i % 4 == 0 ? 20 : n));  // 20 hubs
        const auto b = static_cast<std::uint32_t>((next() >> 33) % n);
        edges.push_back({a, b, 0.1 + double(i % 7)});
    }
    for (const bool directed : {false, true}) {
        std::vector<std::map<std::uint32_t, double>> out(n), in(n);
        for (const auto& e : edges) {
            if (e.source == e.target) continue;
            out[e.source][e.target] += e.weight;
            (directed ? in[e.target][e.source] : out[e.target][e.source]) += e.weight;
        }
        for (const unsigned threads : {1u, 2u}) {
            INFO("directed " << directed << " threads " << threads);
            const CsrGraph g = build_simple_csr(n, edges, directed, threads);
            bool same = true;
            for (std::uint32_t v = 0; v < n; ++v) {
                const auto targets = g.out_neighbours(v);
                const auto weights = g.out_edge_weights(v);
                same = same && targets.size() == out[v].size();
                std::size_t i = 0;
                for (const auto& [t, w] : out[v])
                    same = same && i < targets.size() && targets[i] == t && weights[i++] == w;
                if (directed) {
                    const auto sources = g.in_neighbours(v);
                    const auto in_weights = g.in_edge_weights(v);
                    same = same && sources.size() == in[v].size();
                    i = 0;
                    for (const auto& [s, w] : in[v])
                        same = same && i < sources.size() && sources[i] == s && in_weights[i++] == w;
                }
            }
            CHECK(same);
        }
    }
}

#include <catch2/catch.hpp>

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

// Generic entities (placeholders for unnamed bodies) are passed over in rankings unless asked for.
#include <catch2/catch.hpp>

#include "algorithms/centrality/generic.hpp"

using namespace repnet;

TEST_CASE("top_ranked_named passes over generic entities and counts them", "[algorithms][generic]") {
    Graph g;
    for (const char* id : {"a", "police", "b", "c"}) {
        NodeData n;
        n.id = g.strings().intern(id);
        n.generic = std::string_view(id) == "police";
        g.add_node(n);
    }
    const std::vector<NodeId> order = {1, 0, 3, 2};  // police first
    std::size_t left_out = 0;
    CHECK(top_ranked_named(g, order, 2, false, left_out) == std::vector<NodeId>{0, 3});
    CHECK(left_out == 1);
    CHECK(top_ranked_named(g, order, 2, true, left_out) == std::vector<NodeId>{1, 0});
    CHECK(left_out == 1);
    CHECK(top_ranked_named(g, order, 10, false, left_out).size() == 3);
    CHECK(left_out == 2);
}

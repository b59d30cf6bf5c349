#include <catch2/catch.hpp>

#include "algorithms/common/action.hpp"
#include "algorithms/common/ranking.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("whom an action is against: defendant_in points at the defendant", "[algorithms][common]") {
    const std::string entities = entity("a", "person", "A") + "," +
                                 entity("k", "prosecution", "K", ", \"prosecution\": {\"kind\": \"criminal\"}") + "," +
                                 entity("p", "authority", "Police");
    const std::string relations =
        relation("a", "k", "defendant_in", ", \"severity\": \"fine\"") + "," +
        relation("p", "a", "detained", ", \"date\": \"2020\", \"severity\": \"administrative_detention\"");
    const Dataset d = load_dataset_texts("t", {{"t.json", dataset_json(entities, relations)}});
    const Graph& g = d.graph;
    const NodeId a = *g.find_id("a"), k = *g.find_id("k"), p = *g.find_id("p");
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        if (g.edge_type_name(e) == "defendant_in") {
            CHECK(is_defendant_edge(g, e));
            CHECK(action_target(g, e) == a);
            CHECK(action_actor(g, e) == k);
        } else {
            CHECK_FALSE(is_defendant_edge(g, e));
            CHECK(action_target(g, e) == a);
            CHECK(action_actor(g, e) == p);
        }
    }
}

TEST_CASE("rank_by_value: highest first, ties in index order, order_by_size renumbers", "[algorithms][common]") {
    CHECK(rank_by_value(std::vector<double>{1, 3, 3, 0, 2}) == std::vector<std::uint32_t>{1, 2, 4, 0, 3});
    CHECK(rank_by_value(std::vector<double>{}).empty());
    const SizeOrder s = order_by_size({2, 5, 2, 7});
    CHECK(s.rename == std::vector<std::uint32_t>{2, 1, 3, 0});
    CHECK(s.sizes == std::vector<std::uint32_t>{7, 5, 2, 2});
}

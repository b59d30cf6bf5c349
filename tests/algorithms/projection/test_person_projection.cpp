#include <catch2/catch.hpp>

#include <map>

#include "algorithms/projection/person_projection.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

//  a ─┐            ┌─ c         case1: a, b        movement m: a, c, d (d twice)
//     ├─ case1     │            case2: a, b, c
//  b ─┘  case2 ────┤            e: no ties
//                  m ── d
TEST_CASE("co-prosecution and shared-affiliation projections count shared hubs", "[algorithms][projection]") {
    const auto file = scratch_dir("projection") / "d.json";
    auto pros = [](const char* id) {
        return entity(id, "prosecution", id, ", \"prosecution\": {\"kind\": \"criminal\"}");
    };
    write_text(file, dataset_json(entity("a", "person", "A") + "," + entity("b", "person", "B") + "," +
                                      entity("c", "person", "C") + "," + entity("d", "person", "D") + "," +
                                      entity("e", "person", "E") + "," + entity("m", "movement", "M") + "," +
                                      pros("case1") + "," + pros("case2"),
                                  relation("a", "case1", "defendant_in") + "," + relation("b", "case1", "defendant_in") + "," +
                                      relation("a", "case2", "defendant_in") + "," + relation("b", "case2", "defendant_in") + "," +
                                      relation("c", "case2", "defendant_in") + "," + relation("a", "m", "member_of") + "," +
                                      relation("c", "m", "supports") + "," + relation("d", "m", "member_of") + "," +
                                      relation("d", "m", "leads")));
    const Dataset d = load_dataset(file);
    const Graph& g = d.graph;

    const Projection co = project(g, ProjectionParams::co_prosecution());
    REQUIRE(co.members.size() == 5);
    REQUIRE(co.links.size() == 3);  // a-b (2), a-c (1), b-c (1)
    CHECK(co.links[0].a == 0);
    CHECK(co.links[0].b == 1);
    CHECK(co.links[0].shared.size() == 2);
    CHECK(co.links[1].shared.size() == 1);
    CHECK(co.links[2].shared.size() == 1);
    const CsrGraph view = co.view();
    CHECK(view.node_count == 5);
    CHECK(view.edge_count() == 3);
    CHECK(view.out_neighbours(4).empty());  // e is a singleton
    CHECK(view.out_neighbours(3).empty());  // d shares no prosecution

    const Projection aff = project(g, ProjectionParams::shared_affiliation());
    // a-b 2; a-c 2 (case2, m); b-c 1; a-d 1; c-d 1 (d's two ties to m count once)
    REQUIRE(aff.links.size() == 5);
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> w;
    for (const auto& l : aff.links) w[{l.a, l.b}] = l.shared.size();
    CHECK(w[{0, 1}] == 2);
    CHECK(w[{0, 2}] == 2);
    CHECK(w[{1, 2}] == 1);
    CHECK(w[{0, 3}] == 1);
    CHECK(w[{2, 3}] == 1);
}

#include <catch2/catch.hpp>
#include <span>
#include <vector>

#include "engine/graph.hpp"
#include "engine/graph_fixture.hpp"
#include "engine/string_table.hpp"

using namespace repnet;

TEST_CASE("the string table stores each string once", "[engine][graph]") {
    StringTable t;
    const StrId a = t.intern("Almaty");
    CHECK(t.intern("Almaty") == a);
    CHECK(t.intern("Астана") != a);
    CHECK(t.str(a) == "Almaty");
    CHECK(t.find("nowhere") == kNoString);
    CHECK(t.intern("") == kNoString);
}

TEST_CASE("the string table finds every one of many strings after it grew", "[engine][graph]") {
    // Built by appending: GCC 12's -Wrestrict misfires on "s" + std::to_string(...) at -O2.
    auto name = [](int i) {
        std::string s = "s";
        s += std::to_string(i * 7919);
        return s;
    };
    StringTable t;
    std::vector<StrId> ids;
    for (int i = 0; i < 100000; ++i) ids.push_back(t.intern(name(i)));
    CHECK(t.size() == 100001);  // with the empty string
    for (int i = 0; i < 100000; ++i) {
        const std::string s = name(i);
        if (t.find(s) != ids[i] || t.intern(s) != ids[i] || t.str(ids[i]) != s) FAIL("lost " << s);
    }
    CHECK(t.find("s1") == kNoString);
    t.reserve(500000);  // re-hashing keeps every id
    CHECK(t.find("s7919") == ids[1]);
}

TEST_CASE("the multigraph keeps parallel edges with their own attributes", "[engine][graph]") {
    Graph g;
    NodeData a, b;
    a.id = g.strings().intern("a");
    b.id = g.strings().intern("b");
    const NodeId va = g.add_node(a), vb = g.add_node(b);
    EdgeData e1;
    e1.source = va;
    e1.target = vb;
    e1.weight = 1;
    e1.severity = Severity::fine;
    EdgeData e2;
    e2.source = va;
    e2.target = vb;
    e2.weight = 2;
    e2.severity = Severity::imprisonment;
    const EdgeId x = g.add_edge(e1), y = g.add_edge(e2);
    CHECK(g.edge_count() == 2);
    const auto out = g.out_edges(va), in = g.in_edges(vb);
    CHECK(std::vector<EdgeId>(out.begin(), out.end()) == std::vector<EdgeId>{x, y});
    CHECK(std::vector<EdgeId>(in.begin(), in.end()) == std::vector<EdgeId>{x, y});
    CHECK(g.in_edges(va).empty());
    CHECK(g.out_edges(vb).empty());
    CHECK(g.edge(y).severity == Severity::imprisonment);
    CHECK(g.find_id("b") == vb);
    g.add_id("b-alias", vb);
    CHECK(g.find_id("b-alias") == vb);
    CHECK_FALSE(g.find_id("c"));
}

TEST_CASE("each node lists its incident edges in insertion order", "[engine][graph]") {
    Graph g = test::graph_with_nodes({"a", "b", "c"});
    auto edge = [&](NodeId s, NodeId t) { return test::add_plain_edge(g, s, t); };
    const EdgeId ab = edge(0, 1), ca = edge(2, 0), aa = edge(0, 0), ab2 = edge(0, 1), bc = edge(1, 2);
    auto ids = [](std::span<const EdgeId> s) { return std::vector<EdgeId>(s.begin(), s.end()); };
    CHECK(ids(g.out_edges(0)) == std::vector<EdgeId>{ab, aa, ab2});  // a self-loop is in both lists
    CHECK(ids(g.in_edges(0)) == std::vector<EdgeId>{ca, aa});
    CHECK(ids(g.out_edges(1)) == std::vector<EdgeId>{bc});
    CHECK(ids(g.in_edges(1)) == std::vector<EdgeId>{ab, ab2});
    CHECK(ids(g.out_edges(2)) == std::vector<EdgeId>{ca});
    CHECK(ids(g.in_edges(2)) == std::vector<EdgeId>{bc});
    NodeData late;
    late.id = g.strings().intern("d");
    const NodeId d = g.add_node(late);
    CHECK(g.out_edges(d).empty());
    CHECK(g.in_edges(d).empty());
}

TEST_CASE("node and relation types are data", "[engine][graph]") {
    Vocabulary v = Vocabulary::builtin();
    for (const char* t :
         {"person", "movement", "organisation", "court", "authority", "company", "media", "prosecution"})
        CHECK(v.entity_types.find(t));
    for (const char* t : {"member_of", "supports", "leads", "works_for", "relative_of", "associate_of", "defendant_in",
                          "heard_by", "brought_by", "complainant_in", "concerns", "banned", "detained", "fined",
                          "warned", "questioned", "searched", "attacked", "released"})
        CHECK(v.relation_types.find(t));
    CHECK_FALSE(v.entity_types.find("party"));
    const TypeId party = v.entity_types.add("party");
    CHECK(v.entity_types.find("party") == party);
    CHECK(v.entity_types.add("party") == party);
}

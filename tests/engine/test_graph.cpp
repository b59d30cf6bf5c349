#include <catch2/catch.hpp>

#include "engine/graph.hpp"
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
    CHECK(g.out_edges(va) == std::vector<EdgeId>{x, y});
    CHECK(g.in_edges(vb) == std::vector<EdgeId>{x, y});
    CHECK(g.edge(y).severity == Severity::imprisonment);
    CHECK(g.find_id("b") == vb);
    g.add_id("b-alias", vb);
    CHECK(g.find_id("b-alias") == vb);
    CHECK_FALSE(g.find_id("c"));
}

TEST_CASE("node and relation types are data", "[engine][graph]") {
    Vocabulary v = Vocabulary::builtin();
    for (const char* t : {"person", "movement", "organisation", "court", "authority", "company", "media", "prosecution"})
        CHECK(v.entity_types.find(t));
    for (const char* t : {"member_of", "supports", "leads", "works_for", "relative_of", "associate_of", "defendant_in",
                          "heard_by", "brought_by", "complainant_in", "concerns", "banned", "detained", "fined", "warned",
                          "questioned", "searched", "attacked", "released"})
        CHECK(v.relation_types.find(t));
    CHECK_FALSE(v.entity_types.find("party"));
    const TypeId party = v.entity_types.add("party");
    CHECK(v.entity_types.find("party") == party);
    CHECK(v.entity_types.add("party") == party);
}

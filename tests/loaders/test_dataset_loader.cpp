#include <catch2/catch.hpp>

#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("the sample dataset loads with every record accounted for", "[loaders]") {
    const Dataset d = load_dataset(sample_dataset());
    const Graph& g = d.graph;
    CHECK(d.report.rejections.empty());
    CHECK(d.report.sources.loaded == 1);
    CHECK(d.report.entities.loaded == 9);
    CHECK(d.report.relations.loaded == 12);
    CHECK(d.report.relations.merged == 1);  // "heard-again" duplicates case.1's court field
    CHECK(d.report.derived_edges == 3);     // case.ban and case.1 heard_by, case.1 brought_by
    CHECK(g.node_count() == 9);
    CHECK(g.edge_count() == 15);

    const NodeId aigerim = node_with_id(g, "p.aigerim");
    CHECK(g.str(g.node(aigerim).name) == "Aigerim Example");
    REQUIRE(g.node(aigerim).aliases.size() == 1);
    CHECK(g.str(g.node(aigerim).aliases[0]) == "Айгерім Мысал");

    const NodeId c1 = node_with_id(g, "case.1");
    REQUIRE(g.node(c1).prosecution);
    const auto& p = *g.node(c1).prosecution;
    CHECK(g.str(p.kind) == "criminal");
    CHECK(p.opened.str() == "2020-06");
    CHECK(p.decided.str() == "2021-02-10");
    CHECK(p.severity == Severity::restriction_of_freedom);

    // The court field became a heard_by edge, and the explicit heard_by relation merged into it.
    int heard_by = 0;
    for (EdgeId e : g.out_edges(c1)) {
        if (g.edge_type_name(e) != "heard_by") continue;
        ++heard_by;
        CHECK(g.edge(e).target == node_with_id(g, "court.city"));
        CHECK(g.edge(e).evidence.size() == 2);
        CHECK(g.edge(e).when.str() == "2021-02-10");
    }
    CHECK(heard_by == 1);

    // A relation may name an endpoint by name: "Bolat Example".
    int defendants = 0;
    for (EdgeId e : g.in_edges(c1)) defendants += g.edge_type_name(e) == "defendant_in";
    CHECK(defendants == 2);

    // Two actions against the same person from the same actor stay two edges.
    int police_actions = 0;
    for (EdgeId e : g.out_edges(node_with_id(g, "auth.police")))
        if (g.edge(e).target == aigerim) ++police_actions;
    CHECK(police_actions == 2);
}

TEST_CASE("a directory dataset links ids across files and merges by alias", "[loaders]") {
    const auto dir = scratch_dir("multi");
    write_text(dir / "10-sources.json",
               "{\"repnet_dataset\": 1, \"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}]}");
    // The same person under another spelling, in another file, plus a relation using the first file's id.
    write_text(dir / "30-second.json",
               "{\"repnet_dataset\": 1, \"entities\": [" +
                   entity("r2.p.ayanov", "person", "Talgat  AYANOV", ", \"attributes\": {\"city\": \"Atyrau\"}") + "," +
                   entity("r2.court", "court", "Atyrau Court") + "], \"relations\": [" +
                   relation("r2.p.ayanov", "r1.m", "leads") + "," +
                   relation("r2.court", "Talgat Ayan", "sentenced",
                            ", \"date\": \"2016-11-28\", \"severity\": \"imprisonment\"") +
                   "]}");
    write_text(dir / "20-first.json",
               "{\"repnet_dataset\": 1, \"entities\": [" +
                   entity("r1.p.ayan", "person", "Talgat Ayan", ", \"aliases\": [\"Talgat Ayanov\"]") + "," +
                   entity("r1.m", "movement", "Land Movement") + "]}");
    const Dataset d = load_dataset(dir);
    const Graph& g = d.graph;
    CHECK(d.report.rejections.empty());
    CHECK(d.report.files.size() == 3);
    CHECK(g.node_count() == 3);
    CHECK(d.report.entities.loaded == 3);
    CHECK(d.report.entities.merged == 1);
    REQUIRE(d.report.merges.size() == 1);
    CHECK(d.report.merges[0].id == "r2.p.ayanov");
    CHECK(d.report.merges[0].reason.find("merged into 'r1.p.ayan'") != std::string::npos);

    const NodeId ayan = node_with_id(g, "r1.p.ayan");
    CHECK(node_with_id(g, "r2.p.ayanov") == ayan);
    const NodeData& n = g.node(ayan);
    CHECK(g.str(n.name) == "Talgat Ayan");
    CHECK(n.evidence.size() == 2);
    REQUIRE(n.attributes.size() == 1);
    CHECK(g.str(n.attributes[0].key) == "city");
    REQUIRE(n.merged_ids.size() == 1);
    CHECK(g.str(n.merged_ids[0]) == "r2.p.ayanov");
    CHECK(g.edge_count() == 2);
    CHECK(g.edge(0).source == ayan);
    CHECK(g.edge(1).target == ayan);
}

TEST_CASE("same name but a different type is not merged", "[loaders]") {
    const auto file = scratch_dir("types") / "d.json";
    write_text(file, dataset_json(entity("a", "organisation", "Atajurt") + "," + entity("b", "movement", "Atajurt")));
    const Dataset d = load_dataset(file);
    CHECK(d.graph.node_count() == 2);
    // ...and then naming it in a relation is ambiguous.
    write_text(file, dataset_json(entity("a", "organisation", "Atajurt") + "," + entity("b", "movement", "Atajurt") +
                                      "," + entity("p", "person", "P"),
                                  relation("p", "Atajurt", "member_of")));
    CHECK_THROWS_WITH(load_dataset(file), Catch::Contains("names several entities (a, b)"));
}

TEST_CASE("merged prosecutions take the later record's outcome", "[loaders]") {
    const auto file = scratch_dir("pros") / "d.json";
    write_text(
        file,
        dataset_json(
            entity(
                "c1", "prosecution", "Case X",
                ", \"prosecution\": {\"kind\": \"criminal\", \"articles\": [\"CC 174\"], \"outcome\": \"pending\"}") +
            "," +
            entity("c2", "prosecution", "Case X2",
                   ", \"aliases\": [\"Case X\"], \"prosecution\": {\"kind\": \"criminal\", \"articles\": [\"CC 405\"], "
                   "\"outcome\": \"convicted\", \"decided\": \"2018-01-10\", \"severity\": \"imprisonment\"}")));
    const Dataset d = load_dataset(file);
    REQUIRE(d.graph.node_count() == 1);
    const auto& p = *d.graph.node(0).prosecution;
    CHECK(d.graph.str(p.outcome) == "convicted");
    CHECK(p.decided.str() == "2018-01-10");
    CHECK(p.articles.size() == 2);
    CHECK(d.report.merges[0].reason.find("outcome 'pending' superseded by 'convicted'") != std::string::npos);
}

TEST_CASE("datasets may extend the vocabulary", "[loaders]") {
    const auto file = scratch_dir("vocab") / "d.json";
    std::string text =
        dataset_json(entity("a", "party", "P") + "," + entity("b", "person", "B"), relation("b", "a", "funded"));
    text.replace(1, 0, "\"vocabulary\": {\"entity_types\": [\"party\"], \"relation_types\": [\"funded\"]},");
    write_text(file, text);
    const Dataset d = load_dataset(file);
    CHECK(d.graph.node_type_name(0) == "party");
    CHECK(d.graph.edge_type_name(0) == "funded");
}

TEST_CASE("names are stored in NFC and merge across case and normalisation", "[loaders][names]") {
    const auto dir = scratch_dir("loader-nfc");
    const auto file = dir / "d.json";
    write_text(file,
               dataset_json(entity("p1", "person", "E\xCC\x81MILE Zola") + ",\n" +
                            entity("p2", "person", "\xC3\xA9mile zola") + ",\n" + entity("p3", "person", "Other")));
    const Dataset d = load_dataset(file);
    REQUIRE(d.graph.node_count() == 2);
    CHECK(d.graph.str(d.graph.node(0).name) == "\xC3\x89MILE Zola");  // composed
    CHECK(d.report.entities.merged == 1);
}

TEST_CASE("empty or white-space names and type names are rejected with their location", "[loaders][names]") {
    const auto dir = scratch_dir("loader-blank-names");
    const auto file = dir / "d.json";
    for (const std::string name : {"   ", "\t\xC2\xA0", ""}) {
        write_text(file, dataset_json(entity("p1", "person", "Fine") + ",\n" + entity("p2", "person", name)));
        try {
            load_dataset(file);
            FAIL("accepted name '" << name << "'");
        } catch (const InputError& e) {
            CHECK(e.where().line == 4);
            CHECK(e.where().column > 1);
        }
    }
    write_text(file, "{\"repnet_dataset\": 1, \"vocabulary\": {\"entity_types\": [\"person\", \" \"]}}");
    CHECK_THROWS_WITH(load_dataset(file), Catch::Contains("only white space"));
}

TEST_CASE("ids differing only in case are two entities, with a warning naming both places", "[loaders][names]") {
    const auto dir = scratch_dir("loader-id-case");
    const auto file = dir / "d.json";
    write_text(file, dataset_json(entity("p.a", "person", "Anna") + ",\n" + entity("P.A", "person", "Bella")));
    const Dataset d = load_dataset(file);
    CHECK(d.graph.node_count() == 2);
    REQUIRE(d.report.warnings.size() == 1);
    CHECK(d.report.warnings[0].where.line == 4);
    CHECK_THAT(d.report.warnings[0].reason, Catch::Contains("'p.a'") && Catch::Contains(file.string() + ":3:"));

    // Either order, and between two ids that both have capitals; no warning for distinct ids.
    write_text(file, dataset_json(entity("P.A", "person", "Anna") + ",\n" + entity("x", "person", "Xenia") + ",\n" +
                                  entity("p.A", "person", "Bella") + ",\n" + entity("p.a", "person", "Clara")));
    const Dataset r = load_dataset(file);
    REQUIRE(r.report.warnings.size() == 2);
    CHECK(r.report.warnings[0].id == "p.A");
    CHECK_THAT(r.report.warnings[1].reason, Catch::Contains("'P.A'"));
    write_text(file, dataset_json(entity("p.a", "person", "Anna") + ",\n" + entity("p.b", "person", "Bella")));
    CHECK(load_dataset(file).report.warnings.empty());
}

TEST_CASE("a zero weight, however spelt, is read as 0 and rejected where it stands", "[loaders]") {
    const auto dir = scratch_dir("loader-zero-weight");
    const auto file = dir / "d.json";
    for (const std::string w : {"0", "0e76", "0.0e76", "-0.0", "0e-76"}) {
        write_text(file, dataset_json(entity("a", "person", "A") + ",\n" + entity("b", "person", "B"),
                                      "{\"source\": \"a\", \"target\": \"b\", \"type\": \"relative_of\", \"weight\": " +
                                          w + ", \"evidence\": [{\"source\": \"s\", \"locator\": \"x\"}]}"));
        INFO(w);
        try {
            load_dataset(file);
            FAIL("accepted weight " << w);
        } catch (const InputError& e) {
            CHECK_THAT(e.message(), Catch::Contains("weight must be a finite number > 0"));
            CHECK(e.where().line > 1);
        }
    }
}

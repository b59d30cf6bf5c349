// Format version 2 (docs/dataset-format.md): generic entities, the proceeding of an action,
// sources' publication dates, the new action types and labels, one relation per event
// (merging), the attribute vocabulary and the near-duplicate review list. Version 1 still loads.
#include <catch2/catch.hpp>

#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

Dataset load_text(const std::string& text, bool review = false) {
    LoadOptions o;
    o.review = review;
    return load_dataset_texts("t", {{"t.json", text}}, o);
}

std::string file(int version, const std::string& entities, const std::string& relations) {
    return "{\"repnet_dataset\": " + std::to_string(version) +
           ",\n\"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}, "
           "{\"id\": \"s2\", \"publisher\": \"p\", \"title\": \"t2\", \"published\": \"2021-08-02\"}],\n"
           "\"entities\": [\n" +
           entities + "],\n\"relations\": [\n" + relations + "]}";
}

std::string ent(const std::string& id, const std::string& type, const std::string& extra = "") {
    return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"name\": \"" + id + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"1\"}]}";
}

std::string rel(const std::string& source, const std::string& target, const std::string& type,
                const std::string& extra = "", const std::string& locator = "1") {
    return "{\"source\": \"" + source + "\", \"target\": \"" + target + "\", \"type\": \"" + type + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"" + locator + "\"}]}";
}

const std::string kPeople = ent("p", "person") + ",\n" + ent("police", "authority") + ",\n" + ent("court", "court") +
                            ",\n" + ent("case", "prosecution", ", \"prosecution\": {\"kind\": \"criminal\"}");

std::size_t count_review(const Dataset& d, const std::string& text) {
    std::size_t n = 0;
    for (const auto& w : d.report.review) n += w.reason.find(text) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("the worked example of docs/dataset-format.md loads as version 2", "[loaders][v2]") {
    const Dataset d = load_dataset(source_dir() / "docs" / "examples" / "version-2.json");
    const Graph& g = d.graph;
    CHECK(d.report.rejections.empty());
    CHECK(d.report.relations.merged == 1);  // the verdict reported twice is one relation
    REQUIRE(g.sources().size() == 2);
    CHECK(g.sources()[0].published.str() == "2021-04-08");
    CHECK(g.node(node_with_id(g, "police.kz")).generic);
    CHECK_FALSE(g.node(node_with_id(g, "police.almaty")).generic);
    const NodeId dana = node_with_id(g, "p.dana"), pcase = node_with_id(g, "case.dana");
    int sentenced = 0;
    for (EdgeId e : g.in_edges(dana)) {
        const std::string& type = g.edge_type_name(e);
        if (type == "sentenced") {
            ++sentenced;
            CHECK(g.edge(e).evidence.size() == 2);
            REQUIRE(g.edge(e).prosecution);
            CHECK(*g.edge(e).prosecution == pcase);
        }
        if (type == "tried") CHECK(g.edge(e).severity == Severity::trial);
        if (type == "appealed") CHECK(g.edge(e).severity == Severity::appeal);
        if (type == "imprisoned") CHECK(g.edge(e).severity == Severity::imprisonment);
    }
    CHECK(sentenced == 1);
    // defendant_in names its proceeding: the target.
    for (EdgeId e : g.out_edges(dana))
        if (g.edge_type_name(e) == "defendant_in") CHECK(g.edge(e).prosecution == pcase);
}

TEST_CASE("a version-1 file still loads, merging the same event reported twice", "[loaders][v2]") {
    // The shipped sample is version 1.
    const Dataset sample = load_dataset(sample_dataset());
    CHECK(sample.report.rejections.empty());
    const std::string text =
        file(1, kPeople,
             rel("police", "p", "detained", ", \"date\": \"2019-03\", \"severity\": \"questioning\"") + ",\n" +
                 rel("police", "p", "detained", ", \"date\": \"2019-03\", \"severity\": \"questioning\"", "2") + ",\n" +
                 rel("case", "p", "sentenced", ", \"date\": \"2019-05\", \"severity\": \"imprisonment\""));
    const Dataset d = load_text(text);
    CHECK(d.report.relations.loaded == 2);
    CHECK(d.report.relations.merged == 1);
    REQUIRE(d.graph.edge_count() == 2);
    CHECK(d.graph.edge(0).evidence.size() == 2);
    // An action whose actor is a prosecution belongs to that prosecution.
    REQUIRE(d.graph.edge(1).prosecution);
    CHECK(*d.graph.edge(1).prosecution == node_with_id(d.graph, "case"));
    CHECK_FALSE(d.graph.edge(0).prosecution);
}

TEST_CASE("relations differing in date, actor or type are not merged", "[loaders][v2]") {
    const std::string text =
        file(2, kPeople,
             rel("police", "p", "detained", ", \"date\": \"2019-03\"") + ",\n" +
                 rel("police", "p", "detained", ", \"date\": \"2019-03-02\"") + ",\n" +
                 rel("court", "p", "detained", ", \"date\": \"2019-03\"") + ",\n" +
                 rel("police", "p", "searched", ", \"date\": \"2019-03\"") + ",\n" + rel("police", "p", "detained"));
    const Dataset d = load_text(text);
    CHECK(d.report.relations.merged == 0);
    CHECK(d.graph.edge_count() == 5);
}

TEST_CASE("a merge keeps the first value of a conflicting severity or attribute, with a located warning",
          "[loaders][v2]") {
    const std::string text =
        file(2, kPeople,
             rel("court", "p", "sentenced",
                 ", \"date\": \"2019-05\", \"severity\": \"imprisonment\", \"attributes\": {\"term_months\": 48}") +
                 ",\n" +
                 rel("court", "p", "sentenced",
                     ", \"date\": \"2019-05\", \"severity\": \"restriction_of_freedom\", \"attributes\": "
                     "{\"term_months\": 96, \"facility\": \"colony 1\"}",
                     "2"));
    const Dataset d = load_text(text);
    REQUIRE(d.graph.edge_count() == 1);
    const EdgeData& e = d.graph.edge(0);
    CHECK(e.severity == Severity::imprisonment);
    CHECK(e.attributes.size() == 2);  // term_months (first value) and facility
    CHECK(std::get<std::int64_t>(e.attributes[0].value) == 48);
    REQUIRE(d.report.review.size() == 1);
    const RecordNote& w = d.report.review[0];
    CHECK(w.where.line == 10);  // the second record
    CHECK(w.where.column > 0);
    CHECK(w.reason.find("severity kept 'imprisonment', dropped 'restriction_of_freedom'") != std::string::npos);
    CHECK(w.reason.find("attribute 'term_months' kept 48, dropped 96") != std::string::npos);
    CHECK(w.reason.find("t.json:9:") != std::string::npos);  // the first record
}

TEST_CASE("the attribute vocabulary: known names are typed, unknown ones kept and reported", "[loaders][v2]") {
    const std::string bad_type = ent("p", "person", ", \"attributes\": {\"birth_year\": \"1970\"}");
    // Version 2: a known name with the wrong type is an error at the value.
    try {
        load_text(file(2, bad_type, ""));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.where().line == 4);
        CHECK(e.message().find("attribute 'birth_year' of entity type 'person': found a string; expected integer") !=
              std::string::npos);
    }
    // Version 1: loads, and the review list says it.
    const Dataset v1 = load_text(file(1, bad_type, ""), true);
    CHECK(count_review(v1, "expected integer") == 1);

    const std::string text = file(
        2,
        ent("p", "person", ", \"attributes\": {\"role\": \"lawyer\", \"trial_started\": \"2021-02-26\"}") + ",\n" +
            ent("police", "authority"),
        rel("police", "p", "detained", ", \"date\": \"2019\", \"attributes\": {\"duration_days\": 15, \"mood\": 1}"));
    const Dataset quiet = load_text(text);
    CHECK(quiet.report.review.empty());  // reported only when asked (validate)
    const Dataset d = load_text(text, true);
    CHECK(d.graph.node(0).attributes.size() == 2);  // kept
    CHECK(d.graph.edge(0).attributes.size() == 2);
    REQUIRE(d.report.review.size() == 2);
    CHECK(d.report.review[0].reason.find("unknown attribute 'trial_started' for entity type 'person'") !=
          std::string::npos);
    CHECK(d.report.review[0].where.line == 4);
    CHECK(d.report.review[1].reason.find("unknown attribute 'mood' for relation type 'detained'") != std::string::npos);
    CHECK(d.report.review[1].where.line == 7);
}

TEST_CASE("near-duplicate actions are reported with both locations", "[loaders][v2]") {
    const std::string text =
        file(2, kPeople,
             rel("court", "p", "sentenced",
                 ", \"date\": \"2016-11\", \"severity\": \"imprisonment\", \"prosecution\": \"case\"") +
                 ",\n" + rel("case", "p", "sentenced", ", \"date\": \"2016-11\", \"severity\": \"imprisonment\"") +
                 ",\n" + rel("police", "p", "detained", ", \"date\": \"2019\"") + ",\n" +
                 rel("police", "p", "detained", ", \"date\": \"2019-03\"") + ",\n" +
                 rel("police", "p", "detained", ", \"date\": \"2020-01-01\"") + ",\n" +
                 rel("police", "p", "detained", ", \"date\": \"2020-01-02\"") + ",\n" + rel("police", "p", "detained"));
    const Dataset d = load_text(text, true);
    REQUIRE(d.report.review.size() == 2);  // in order of target and type
    const RecordNote& a = d.report.review[0];
    CHECK(a.reason.find("near-duplicate: 'detained'") != std::string::npos);
    CHECK(a.reason.find("date precision") != std::string::npos);
    CHECK(a.where.line == 12);
    CHECK(a.reason.find("t.json:11:") != std::string::npos);
    const RecordNote& b = d.report.review[1];
    CHECK(b.reason.find("near-duplicate: 'sentenced'") != std::string::npos);
    CHECK(b.reason.find("differ in actor") != std::string::npos);
    CHECK(b.where.line == 10);
    CHECK(b.reason.find("t.json:9:") != std::string::npos);
}

TEST_CASE("a relation's prosecution must be a prosecution entity named on an action", "[loaders][v2]") {
    try {
        load_text(file(2, kPeople, rel("police", "p", "detained", ", \"prosecution\": \"court\"")));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.message().find("expected the id or name of a prosecution entity") != std::string::npos);
    }
    try {
        load_text(file(2, kPeople, rel("p", "court", "associate_of", ", \"prosecution\": \"case\"")));
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(e.message().find("is not an action") != std::string::npos);
    }
}

TEST_CASE("unidentified entities are generic, generic must be a boolean", "[loaders][v2]") {
    const Dataset d = load_text(file(2, ent("u", "unidentified") + ",\n" + ent("a", "authority"), ""));
    CHECK(d.graph.node(0).generic);
    CHECK_FALSE(d.graph.node(1).generic);
    CHECK_THROWS_AS(load_text(file(2, ent("a", "authority", ", \"generic\": \"yes\""), "")), InputError);
}

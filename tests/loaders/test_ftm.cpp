#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "loaders/ftm.hpp"
#include "loaders/load_any.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string str_attr(const Graph& g, const std::vector<Attribute>& attrs, std::string_view key) {
    const Attribute* a = find_attr(g, attrs, key);
    if (!a || !std::holds_alternative<StrValue>(a->value)) return "<none>";
    return g.str(std::get<StrValue>(a->value).id);
}

// An OpenSanctions-like stream: a link before the entities it names, a fragment, an
// unknown schema, a sanction, a blank line.
const std::string kStream =
    R"({"id":"m1","schema":"Membership","properties":{"member":["p1"],"organization":["o1"],"role":["chair"],"startDate":["2019-03-02T00:00:00"],"endDate":["2021"],"sourceUrl":["https://example.org/a"],"publisher":["Registry"]}})"
    "\n"
    R"({"id":"p1","schema":"Person","properties":{"name":["Alma Bek","Алма Бек"],"alias":["A. Bek"],"birthDate":["1975-04-01"],"country":["kz"],"position":["Editor"]},"datasets":["kz_list"]})"
    "\n\n"
    R"({"id":"o1","schema":"Organization","properties":{"name":["Free Press"],"incorporationDate":["2001"]}})"
    "\r\n"
    R"({"id":"p1","schema":"Person","properties":{"alias":["Alma B."],"gender":["female"]}})"
    "\n"
    R"({"id":"v1","schema":"Vessel","properties":{"name":["Boat"]}})"
    "\n"
    R"({"id":"own1","schema":"Ownership","properties":{"owner":["o1"],"asset":["v1"]}})"
    "\n"
    R"({"id":"s1","schema":"Sanction","properties":{"entity":["p1"],"authority":["Ministry of Justice"],"program":["List X"],"reason":["blogging"],"listingDate":["2022-05-06"]}})"
    "\n"
    R"({"id":"pb","schema":"PublicBody","properties":{"name":["City Court"]}})"
    "\n"
    R"({"id":"f1","schema":"Family","properties":{"person":["p1"],"relative":["p2"],"relationship":["sister"],"date":["2020-02"]}})"
    "\n"
    R"({"id":"p2","schema":"Person","properties":{"firstName":["Dana"],"lastName":["Bek"]}})"
    "\n";

}  // namespace

TEST_CASE("ftm: entities, links, fragments, a sanction and unknown schemata", "[loaders][ftm]") {
    const Dataset d = load_ftm_text("os.ftm.json", kStream);
    const Graph& g = d.graph;
    // p1, o1, pb, p2 plus the sanction's authority.
    REQUIRE(g.node_count() == 5);
    const NodeId p1 = *g.find_id("p1");
    CHECK(g.node_type_name(p1) == "person");
    CHECK(g.str(g.node(p1).name) == "Alma Bek");
    REQUIRE(g.node(p1).aliases.size() == 3);
    CHECK(g.str(g.node(p1).aliases[0]) == "Алма Бек");
    CHECK(g.str(g.node(p1).aliases[2]) == "Alma B.");  // from the fragment on line 5
    const Attribute* year = find_attr(g, g.node(p1).attributes, "birth_year");
    REQUIRE(year);
    CHECK(std::get<std::int64_t>(year->value) == 1975);
    CHECK(str_attr(g, g.node(p1).attributes, "country") == "kz");
    CHECK(str_attr(g, g.node(p1).attributes, "gender") == "female");
    CHECK(str_attr(g, g.node(p1).attributes, "ftm:position") == "Editor");
    // p1's evidence cites its dataset, located by line.
    REQUIRE(g.node(p1).evidence.size() == 1);
    CHECK(g.str(g.sources()[g.node(p1).evidence[0].source].id) == "kz_list");
    CHECK(g.str(g.node(p1).evidence[0].locator) == "line 2");
    const NodeId o1 = *g.find_id("o1");
    CHECK(g.node_type_name(o1) == "organisation");
    CHECK(g.node(o1).dates.start.str() == "2001");
    CHECK(g.node_type_name(*g.find_id("pb")) == "authority");
    CHECK(g.str(g.node(*g.find_id("p2")).name) == "Dana Bek");

    // Membership (dated interval, role), Sanction, Family; the Ownership of a Vessel is skipped.
    REQUIRE(g.edge_count() == 3);
    const EdgeData& m = g.edge(0);
    CHECK(g.edge_type_name(0) == "member_of");
    CHECK(m.source == p1);
    CHECK(m.target == o1);
    CHECK(m.when.str() == "2019-03-02/2021");
    CHECK(str_attr(g, m.attributes, "role") == "chair");
    REQUIRE(m.evidence.size() == 1);
    CHECK(g.str(g.sources()[m.evidence[0].source].id) == "Registry");
    CHECK(g.str(m.evidence[0].locator) == "https://example.org/a");

    const EdgeData& s = g.edge(1);
    CHECK(g.edge_type_name(1) == "restricted");
    CHECK(g.str(g.node(s.source).name) == "Ministry of Justice");
    CHECK(g.node_type_name(s.source) == "authority");
    CHECK(s.target == p1);
    CHECK(s.when.str() == "2022-05-06");
    CHECK(s.severity == Severity::restriction);
    CHECK(str_attr(g, s.attributes, "program") == "List X");
    CHECK(str_attr(g, s.attributes, "reason") == "blogging");

    CHECK(g.edge_type_name(2) == "relative_of");
    CHECK(g.edge(2).when.str() == "2020-02");
    CHECK(str_attr(g, g.edge(2).attributes, "relationship") == "sister");

    // Every line accounted for: 4 entities loaded + 1 fragment merged, 3 relations, Vessel and the Ownership skipped.
    CHECK(d.report.entities.loaded == 4);
    CHECK(d.report.entities.merged == 1);
    CHECK(d.report.relations.loaded == 3);
    REQUIRE(d.report.skipped.size() == 2);
    CHECK(d.report.skipped[0].what == "FtM schema Vessel");
    CHECK(d.report.skipped[0].count == 1);
    CHECK(d.report.skipped[0].first.line == 6);
    CHECK(d.report.skipped[1].what == "FtM Ownership linking a Vessel");
    CHECK(d.report.warnings.size() == 2);
}

TEST_CASE("ftm: load_dataset_any picks the FtM reader by extension and by content", "[loaders][ftm]") {
    const auto dir = scratch_dir("ftm-any");
    write_text(dir / "entities.json", kStream);  // .json, but an FtM stream
    write_text(dir / "x.ndjson", kStream);
    CHECK(load_dataset_any(dir / "entities.json").graph.edge_count() == 3);
    CHECK(load_dataset_any(dir / "x.ndjson").graph.edge_count() == 3);
    CHECK(is_ftm_path("a/entities.ftm.json"));
    CHECK_FALSE(is_ftm_path("a/entities.json"));
    CHECK_FALSE(looks_like_ftm(R"({"repnet_dataset": 2, "schema": 1})"));
}

TEST_CASE("ftm: malformed lines are located at file:line:column", "[loaders][ftm]") {
    struct Bad {
        std::string text;
        std::size_t line, column;
        std::string says;
    };
    const std::string ok = R"({"id":"a","schema":"Person","properties":{"name":["A"]}})"
                           "\n";
    const std::vector<Bad> cases = {
        {ok + R"({"id":"b","schema":"Person","properties":{"name":["B"]})"
              "\n",
         2, 56, "Missing a comma"},
        {ok + R"({"id":"b","schema":"Person","properties":{"name":"B"}})"
              "\n",
         2, 50, "expected an array of strings"},
        {ok + R"({"id":"b","schema":"Person","properties":{"name":[7]}})"
              "\n",
         2, 51, "expected a string"},
        {ok + R"(["not an object"])"
              "\n",
         2, 1, "expected an FtM entity"},
        {ok + R"({"schema":"Person"})"
              "\n",
         2, 1, "\"id\""},
        {ok + R"({"id":"b","properties":{}})"
              "\n",
         2, 1, "\"schema\""},
        {ok + R"({"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["zz"]}})"
              "\n",
         2, 78, "'zz', which is no entity"},
        {ok +
             R"({"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["a"],"startDate":["2019-02-30"]}})"
             "\n",
         2, 96, "date '2019-02-30'"},
        {ok + R"({"id":"a","schema":"Company","properties":{}})"
              "\n",
         2, 20, "one schema per id"},
        {ok + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"\xC3\x28\"]}}\n", 2, 52, ""},
        {ok + R"({"id":"b","schema":"Pers)", 2, 25, ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const InputError e = input_error([&] { load_ftm_text("x.ftm", c.text); });
        CHECK(e.where().file == "x.ftm");
        CHECK(e.where().line == c.line);
        CHECK(e.where().column == c.column);
        CHECK_THAT(e.message(), Catch::Contains(c.says));
    }
}

TEST_CASE("ftm: lenient loading rejects bad lines and keeps the rest", "[loaders][ftm]") {
    const std::string text = R"({"id":"a","schema":"Person","properties":{"name":["A"]}})"
                             "\n"
                             "{broken\n"
                             R"({"id":"b","schema":"Person","properties":{"name":[1]}})"
                             "\n"
                             R"({"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["nope"]}})"
                             "\n";
    LoadOptions options;
    options.lenient = true;
    const Dataset d = load_ftm_text("x.ftm", text, options);
    CHECK(d.graph.node_count() == 1);
    CHECK(d.graph.edge_count() == 0);
    REQUIRE(d.report.rejections.size() == 3);
    CHECK(d.report.rejections[0].where.line == 2);
    CHECK(d.report.rejections[1].where.line == 3);
    CHECK(d.report.rejections[2].where.line == 4);
    CHECK(d.report.entities.loaded + d.report.entities.rejected + d.report.relations.rejected == 4);
}

TEST_CASE("ftm: deep nesting in a line is an input error, not a crash", "[loaders][ftm]") {
    std::string deep = R"({"id":"a","schema":"Person","properties":{"x":)";
    deep += std::string(100000, '[');
    const InputError e = input_error([&] { load_ftm_text("x.ftm", deep); });
    CHECK(e.where().line == 1);
    CHECK(e.where().column > 0);
}

// ACLED event exports (loaders/acled.hpp): events, actors and actions from an invented file with ACLED's columns,
// and every malformed case an InputError at its file:line:column.
#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "loaders/acled.hpp"
#include "loaders/load_any.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::size_t count_type(const Graph& g, const std::string& type) {
    std::size_t n = 0;
    for (EdgeId e = 0; e < g.edge_count(); ++e) n += g.edge_type_name(e) == type;
    return n;
}

const std::string kHead =
    "event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
    "location,source,notes,fatalities\n";

}  // namespace

TEST_CASE("acled: protests, arrests and attacks become dated events and actions citing the row", "[loaders][acled]") {
    const auto path = source_dir() / "tests/data/acled/events.csv";
    CHECK(detect_input_format(path).name == "acled");
    const Dataset d = load_dataset_any(path);
    const Graph& g = d.graph;
    CHECK(d.report.rejected_total() == 0);
    CHECK(d.report.relations.loaded == g.edge_count());
    // 8 rows: 8 events; participants of each.
    std::size_t events = 0;
    for (NodeId v = 0; v < g.node_count(); ++v) events += g.node_type_name(v) == "event";
    CHECK(events == 8);
    const NodeId rally = *g.find_id("acled:XKZ1001");
    CHECK(g.node(rally).dates.str() == "2022-01-04");
    CHECK(g.str(g.node(rally).evidence[0].locator) == "event_id_cnty XKZ1001");
    // Arrests (08 January 2022, ACLED's older date format): the police detained each named person.
    const NodeId police = *g.find_id("acled:actor:Police_Forces_of_Exampleland__2019-_");
    CHECK(g.node_type_name(police) == "authority");
    const NodeId bolat = *g.find_id("acled:actor:Bolat_Sample");
    CHECK(g.node_type_name(bolat) == "person");
    std::vector<std::string> against_bolat;
    for (EdgeId e : g.in_edges(bolat))
        against_bolat.push_back(g.edge_type_name(e) + " " + g.edge(e).when.str() + " " +
                                std::string(severity_name(g.edge(e).severity)));
    CHECK(against_bolat == std::vector<std::string>{"detained 2022-01-08 administrative_detention",
                                                    "detained 2022-01-13 pre_trial_detention"});
    CHECK(count_type(g, "restricted") == 1);  // protest with intervention
    CHECK(count_type(g, "attacked") == 3);    // excessive force, an attack on a civilian and a journalists' group
    // Crowds named by role are generic.
    CHECK(g.node(*g.find_id("acled:actor:Protesters__Exampleland_")).generic);
    // Notes, the ACLED source and fatalities are kept in the evidence note.
    const NodeId shooting = *g.find_id("acled:XKZ1005");
    CHECK_THAT(g.str(g.node(shooting).evidence[0].note), Catch::Matchers::Contains("[fatalities: 1]"));
    CHECK_THAT(g.str(g.node(shooting).evidence[0].note), Catch::Matchers::Contains("[ACLED source: Example News]"));
}

TEST_CASE("acled: malformed rows are errors at file:line:column naming the column", "[loaders][acled]") {
    struct Case {
        std::string text, where, says;
    };
    const std::string row = "X1,2022-01-04,Protests,Peaceful protest,Protesters (X),,6,,,,Almaty,Src,note,0\n";
    const std::vector<Case> cases{
        {kHead + "X1,2022-02-30,Protests,Peaceful protest,Protesters (X),,6,,,,Almaty,Src,note,0\n", "a.csv:2:4",
         "column 'event_date': '2022-02-30' is not a valid date"},
        {kHead + "X1,31 Smarch 2022,Protests,,P,,6,,,,A,S,n,0\n", "a.csv:2:4", "unknown month 'smarch'"},
        {kHead + "X1,2022-01-04,Protests,,,,6,,,,A,S,n,0\n", "a.csv:2:25", "column 'actor1' is empty"},
        {kHead + row + row, "a.csv:3:1", "event_id_cnty 'X1' appears twice"},
        {kHead + "X1,2022-01-04,Protests\n", "a.csv:2:15", "the row has 3 fields; the header has 14"},
        {"event_id_cnty,event_date,event_type\nX1,2022,Protests\n", "a.csv:1:1", "the header has no column 'actor1'"},
        {kHead + "X1,2022-01-04,Protests,\"Peaceful protest,P,,6,,,,A,S,n,0\n", "a.csv:2:24", "never closed"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const InputError e = input_error([&] { load_acled_text("a.csv", c.text); });
        CHECK(e.where().str() == c.where);
        CHECK_THAT(e.message(), Catch::Matchers::Contains(c.says));
    }
}

TEST_CASE("acled: with lenient loading bad rows are rejected with their place", "[loaders][acled]") {
    const std::string text = kHead + "X1,2022-01-04,Protests,Peaceful protest,Protesters (X),,6,,,,A,S,n,0\n" +
                             "X2,not a date,Protests,Peaceful protest,Protesters (X),,6,,,,A,S,n,0\n" +
                             "X3,2022-01-06,Riots,Mob violence,Rioters (X),,5,,,,A,S,n,0\n";
    LoadOptions options;
    options.lenient = true;
    const Dataset d = load_acled_text("a.csv", text, options);
    REQUIRE(d.report.rejections.size() == 1);
    CHECK(d.report.rejections[0].where.str() == "a.csv:3:4");
    CHECK(d.report.relations.rejected == 1);
    CHECK(d.graph.find_id("acled:X1"));
    CHECK(d.graph.find_id("acled:X3"));
    CHECK(!d.graph.find_id("acled:X2"));
}

// The timeline duplicate check (tests/support/timeline_duplicates.hpp) on a hand-made dataset
// with a planted duplicate: the same sentence once with the court as actor, once with the
// prosecution, both in the same proceeding.
#include <catch2/catch.hpp>

#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"
#include "support/timeline_duplicates.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string dataset(bool planted) {
    auto ent = [](const std::string& id, const std::string& type, const std::string& extra = "") {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"name\": \"" + id + "\"" + extra +
               ", \"evidence\": [{\"source\": \"s\", \"locator\": \"1\"}]},\n";
    };
    auto rel = [](const std::string& s, const std::string& t, const std::string& type, const std::string& extra,
                  const std::string& locator) {
        return "{\"source\": \"" + s + "\", \"target\": \"" + t + "\", \"type\": \"" + type + "\", \"severity\": \"" +
               (type == "detained" ? "questioning" : "imprisonment") + "\"" + extra +
               ", \"evidence\": [{\"source\": \"s\", \"locator\": \"" + locator + "\"}]}";
    };
    std::string relations =
        rel("court", "p", "sentenced", ", \"date\": \"2016-11-28\", \"prosecution\": \"case\"", "para 3") + ",\n" +
        rel("court", "p", "sentenced", ", \"date\": \"2016-11-28\", \"prosecution\": \"case\"", "para 9") + ",\n" +
        rel("police", "p", "detained", ", \"date\": \"2016-05\"", "para 2") + ",\n" +
        rel("police", "q", "detained", ", \"date\": \"2016-05\"", "para 2") + ",\n" +
        rel("court", "p", "sentenced", ", \"date\": \"2016-11\"", "para 4");
    if (planted) relations += ",\n" + rel("case", "p", "sentenced", ", \"date\": \"2016-11-28\"", "para 12");
    return "{\"repnet_dataset\": 2, \"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}],\n"
           "\"entities\": [\n" +
           ent("p", "person") + ent("q", "person") + ent("court", "court") + ent("police", "authority") +
           ent("case", "prosecution", ", \"prosecution\": {\"kind\": \"criminal\"}") +
           "{\"id\": \"x\", \"type\": \"person\", \"name\": \"x\", \"evidence\": [{\"source\": \"s\", \"locator\": "
           "\"1\"}]}],\n\"relations\": [\n" +
           relations + "]}";
}

}  // namespace

TEST_CASE("the timeline duplicate check finds a planted duplicate and nothing else", "[algorithms][temporal]") {
    const Dataset clean = load_dataset_texts("clean", {{"clean.json", dataset(false)}});
    // The verdict reported twice by the same court merged on loading; the month-precise
    // sentence has another date interval; q's detention is another person's.
    CHECK(clean.report.relations.merged == 1);
    const auto none = timeline_duplicates(clean.graph);
    INFO(describe(clean.graph, none));
    CHECK(none.empty());

    const Dataset d = load_dataset_texts("planted", {{"planted.json", dataset(true)}});
    const auto found = timeline_duplicates(d.graph);
    INFO(describe(d.graph, found));
    REQUIRE(found.size() == 1);
    const Graph& g = d.graph;
    CHECK(found[0].person == *g.find_id("p"));
    CHECK(g.edge_type_name(found[0].first) == "sentenced");
    CHECK(g.edge(found[0].first).source == *g.find_id("court"));
    CHECK(g.edge(found[0].second).source == *g.find_id("case"));
    // The timeline itself shows the one event once, with every citation under it.
    const PersonTimeline t = person_timeline(g, *g.find_id("p"));
    CHECK(timeline_duplicates(g, TimelineParams{true}).empty());
    std::size_t sentences = 0;
    for (const auto& ev : t.events)
        if (g.edge_type_name(ev.edge) == "sentenced" && ev.date.str() == "2016-11-28") {
            ++sentences;
            CHECK(ev.same_event.size() == 1);
            CHECK(timeline_citations(g, ev).size() == 3);  // para 3, para 9, para 12
        }
    CHECK(sentences == 1);
}

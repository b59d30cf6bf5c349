#include <catch2/catch.hpp>

#include "algorithms/temporal/escalation.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "exports/attribute_table.hpp"
#include "exports/temporal_json.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("edge JSON: provenance and notes as in every other export", "[exports][temporal_json]") {
    const std::string entities = entity("a", "person", "A") + "," + entity("p", "authority", "Police");
    const std::string detained =
        "{\"source\": \"p\", \"target\": \"a\", \"type\": \"detained\", \"date\": \"2020-05\", \"severity\": "
        "\"administrative_detention\", \"evidence\": [{\"source\": \"s\", \"locator\": \"para 12\", \"note\": "
        "\"held\"},"
        "{\"source\": \"s\", \"locator\": \"para 1\", \"note\": \"ten days\"}]}";
    const Dataset d = load_dataset_texts("t", {{"t.json", dataset_json(entities, detained)}});
    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value e = edge_json(d.graph, 0, doc.GetAllocator());
    CHECK(std::string(e["relation"].GetString()) == "detained");
    CHECK(std::string(e["source"].GetString()) == "p");
    CHECK(std::string(e["target"].GetString()) == "a");
    CHECK(std::string(e["date"].GetString()) == "2020-05");
    CHECK(e["severity_rank"].GetInt() == 5);
    CHECK(std::string(e["sources"].GetString()) == "s para 12; s para 1");
    // The same text as the GraphML/GEXF edge attribute (they used to disagree: "; " without de-duplication here).
    const AttributeTable edges = edge_table(d.graph);
    CHECK(std::string(e["notes"].GetString()) == cell_text(edges.find("notes")->cells[0]));
    CHECK(std::string(e["notes"].GetString()) == "held | ten days");
}

TEST_CASE("timeline JSON lists each action against the person", "[exports][temporal_json]") {
    const Dataset d = load_dataset(sample_dataset());
    const NodeId aigerim = *d.graph.find_id("p.aigerim");
    const PersonTimeline t = person_timeline(d.graph, aigerim);
    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value v = timeline_json(d.graph, t, doc.GetAllocator());
    CHECK(std::string(v["person"]["id"].GetString()) == "p.aigerim");
    REQUIRE(v.HasMember("events"));
    CHECK(v["events"].Size() == t.events.size());
    CHECK(std::string(v["first_action"].GetString()) == t.first_action.str());
}

TEST_CASE("escalation JSON: arrivals in arrival order", "[exports][temporal_json]") {
    const Dataset d = load_dataset(sample_dataset());
    const NodeId from = *d.graph.find_id("p.aigerim");
    const EscalationResult r = earliest_arrival(d.graph, {from});
    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value v = escalation_json(d.graph, r, {}, doc.GetAllocator());
    CHECK(v.IsObject());
    const auto order = arrival_order(r, {});
    CHECK(order.size() == r.reached);
    for (NodeId x : order) CHECK(r.arrival[x].reached);
}

#include <algorithm>
#include <catch2/catch.hpp>

#include "algorithms/centrality/suite.hpp"
#include "engine/graph_csr.hpp"
#include "exports/centrality_json.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("centrality columns and the report section rank by value, ties in node order", "[exports][centrality_json]") {
    const Dataset d = load_dataset(sample_dataset());
    const CsrGraph view = build_simple_csr(d.graph);
    CentralityOptions o;
    o.measures = {"degree", "pagerank"};
    const CentralitySuite suite = compute_centrality(view, o);
    AttributeTable nodes = node_table(d.graph);
    add_centrality_columns(nodes, suite);
    REQUIRE(nodes.find("degree"));
    REQUIRE(nodes.find("pagerank"));
    for (NodeId v = 0; v < d.graph.node_count(); ++v)
        CHECK(std::get<double>(nodes.find("degree")->cells[v]) == suite.find("degree")->value[v]);

    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value v = centrality_json(d.graph, suite, "some view", doc.GetAllocator(), 3);
    CHECK(std::string(v["view"].GetString()) == "some view");
    const auto& degree = v["measures"]["degree"];
    CHECK_FALSE(degree.HasMember("iterations"));
    const auto& top = degree["top"];
    REQUIRE(top.Size() == 3);
    const auto& values = suite.find("degree")->value;
    for (rapidjson::SizeType i = 0; i + 1 < top.Size(); ++i) {
        const double a = top[i]["value"].GetDouble(), b = top[i + 1]["value"].GetDouble();
        CHECK(a >= b);
        if (a == b) {  // tie: node order
            CHECK(*d.graph.find_id(top[i]["id"].GetString()) < *d.graph.find_id(top[i + 1]["id"].GetString()));
        }
    }
    CHECK(top[0]["value"].GetDouble() == *std::max_element(values.begin(), values.end()));
    CHECK(v["measures"]["pagerank"]["converged"].GetBool());
}

TEST_CASE("a measure that did not converge has no values and an empty top list", "[exports][centrality_json]") {
    const Dataset d = load_dataset(sample_dataset());
    CentralitySuite suite;
    MeasureValues m;
    m.name = "katz";
    m.value.assign(d.graph.node_count(), 1.0);
    m.report = IterationReport{7, false, 0.5, 0.1, 7};
    suite.measures.push_back(m);
    AttributeTable nodes = node_table(d.graph);
    add_centrality_columns(nodes, suite);
    REQUIRE(nodes.find("katz"));
    for (const auto& c : nodes.find("katz")->cells) CHECK(std::holds_alternative<std::monostate>(c));
    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value v = centrality_json(d.graph, suite, "v", doc.GetAllocator());
    CHECK_FALSE(v["measures"]["katz"]["converged"].GetBool());
    CHECK(v["measures"]["katz"]["iterations"].GetUint() == 7);
    CHECK(v["measures"]["katz"]["top"].Size() == 0);
}

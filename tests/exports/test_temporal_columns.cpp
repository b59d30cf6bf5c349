#include <catch2/catch.hpp>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "exports/temporal_columns.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("temporal columns: timeline facts for people acted against, risk for all", "[exports][temporal_columns]") {
    const Dataset d = load_dataset(sample_dataset());
    const auto timelines = all_timelines(d.graph);
    const RiskResult risk = rank_at_risk(d.graph);
    AttributeTable nodes = node_table(d.graph);
    add_temporal_columns(nodes, timelines, risk);
    for (const char* name :
         {"first_action", "last_action", "peak_severity", "escalation_steps", "risk", "at_risk_rank"})
        CHECK(nodes.find(name));
    const NodeId aigerim = *d.graph.find_id("p.aigerim");
    const PersonTimeline& t = timelines[aigerim];
    REQUIRE_FALSE(t.empty());
    CHECK(cell_text(nodes.find("first_action")->cells[aigerim]) == t.first_action.str());
    CHECK(std::get<std::int64_t>(nodes.find("escalation_steps")->cells[aigerim]) == t.escalation_steps);
    for (NodeId v = 0; v < d.graph.node_count(); ++v) {
        CHECK(std::get<double>(nodes.find("risk")->cells[v]) == risk.score[v]);
        if (timelines[v].empty())
            CHECK(std::holds_alternative<std::monostate>(nodes.find("escalation_steps")->cells[v]));
    }
    for (std::size_t i = 0; i < risk.ranking.size(); ++i)
        CHECK(std::get<std::int64_t>(nodes.find("at_risk_rank")->cells[risk.ranking[i].node]) == std::int64_t(i + 1));
}

TEST_CASE("path column: true on the path's edges, false elsewhere", "[exports][temporal_columns]") {
    AttributeTable edges(4);
    std::vector<PathStep> path(2);
    path[0].edge = 1;
    path[1].edge = 3;
    add_path_column(edges, path);
    const Column* on = edges.find("on_path");
    REQUIRE(on);
    CHECK(std::get<bool>(on->cells[0]) == false);
    CHECK(std::get<bool>(on->cells[1]) == true);
    CHECK(std::get<bool>(on->cells[2]) == false);
    CHECK(std::get<bool>(on->cells[3]) == true);
}

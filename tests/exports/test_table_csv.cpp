// exports/table_csv: the CSV tables of escalation, stats, find, duplicates and backtest.
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "exports/table_csv.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// a -> b -> c, dated, with a formula-like name on b; d unreachable.
Dataset path_dataset() {
    const std::string entities = entity("a", "authority", "Police") + "," + entity("b", "person", "=B") + "," +
                                 entity("c", "person", "C, junior") + "," + entity("d", "person", "D");
    const std::string relations =
        relation("a", "b", "detained", ", \"date\": \"2020-01-02\", \"severity\": \"administrative_detention\"") + "," +
        relation("b", "c", "relative_of", ", \"date\": \"2020-02-03\"");
    return load_dataset_texts("t", {{"t.json", dataset_json(entities, relations)}});
}

}  // namespace

TEST_CASE("escalation CSV: one row per step, the start and unreached targets on one row each", "[exports][table_csv]") {
    const Dataset d = path_dataset();
    const Graph& g = d.graph;
    const NodeId a = *g.find_id("a"), c = *g.find_id("c"), dd = *g.find_id("d");
    const EscalationResult r = earliest_arrival(g, {a});
    std::ostringstream out;
    write_escalation_csv(out, g, r, {});
    const auto rows = lines(out.str());
    REQUIRE(rows.size() == 1 + 1 + 1 + 2);  // header, a (start), b (1 step), c (2 steps)
    CHECK(rows[0].rfind("target_id,target,target_type,reached,arrival,steps,step,date,from_id,from,", 0) == 0);
    CHECK(rows[1] == "a,Police,authority,true,,0,,,,,,,,,,,");
    CHECK(rows[2].rfind(
              "b,'=B,person,true,2020-01-02,1,1,2020-01-02,a,Police,detained,forward,b,'=B,administrative_detention,",
              0) == 0);
    CHECK(rows[4].rfind("c,\"C, junior\",person,true,2020-02-03,2,2,2020-02-03,b,'=B,relative_of,forward,c,", 0) == 0);
    // Asked for explicitly, an unreached target gets its row.
    std::ostringstream targets;
    write_escalation_csv(targets, g, r, {c, dd});
    const auto t = lines(targets.str());
    REQUIRE(t.size() == 1 + 2 + 1);
    CHECK(std::count(t.begin(), t.end(), "d,D,person,false,,0,,,,,,,,,,,") == 1);
}

TEST_CASE("stats, find and duplicates CSV", "[exports][table_csv]") {
    const Dataset d = path_dataset();
    std::ostringstream stats;
    write_stats_csv(stats, d, summarize(d.graph));
    const std::string s = stats.str();
    CHECK(s.rfind("section,name,value\ntotals,nodes,4\ntotals,edges,2\n", 0) == 0);
    CHECK(s.find("\nnodes_by_type,person,3\n") != std::string::npos);
    CHECK(s.find("\ndates,first,2020-01-02\n") != std::string::npos);
    CHECK(s.find("\nrecords,rejected,0\n") != std::string::npos);

    const names::NameMatcher matcher(d.graph);
    std::ostringstream found;
    write_matches_csv(found, d.graph, matcher.find("b", {}));  // by id
    const auto f = lines(found.str());
    REQUIRE(f.size() >= 2);
    CHECK(f[0] == "rank,id,name,type,score,reason,matched");
    CHECK(f[1].rfind("1,b,'=B,person,1,", 0) == 0);

    names::DuplicatePair pair;
    pair.a = *d.graph.find_id("b");
    pair.b = *d.graph.find_id("d");
    pair.score = 0.5;
    pair.reason = "edit distance";
    pair.name_a = "=B";
    pair.name_b = "D";
    std::ostringstream dup;
    write_duplicates_csv(dup, d, {pair});
    const auto p = lines(dup.str());
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "score,reason,a_id,a_name,a_matched,a_type,a_location,b_id,b_name,b_matched,b_type,b_location");
    CHECK(p[1].rfind("0.5,edit distance,b,'=B,'=B,person,t.json:", 0) == 0);
    CHECK(p[1].find(",d,D,D,person,t.json:") != std::string::npos);
}

TEST_CASE("backtest CSV: one row per date and method, undefined metrics empty", "[exports][table_csv]") {
    BacktestRun run;
    run.as_of = *parse_date("2020-01-01");
    run.candidates = 3;
    run.events = 1;
    BacktestMethod m;
    m.name = "model";
    m.metrics.k = {5};
    m.metrics.precision = {0.2};
    m.metrics.recall = {std::nan("")};
    m.metrics.average_precision = 1;
    m.metrics.roc_auc = 0.75;
    run.methods = {m};
    std::ostringstream out;
    write_backtest_csv(out, {run});
    CHECK(out.str() ==
          "as_of,until,candidates,excluded,events,method,precision_at_5,recall_at_5,average_precision,roc_auc\n"
          "2020-01-01,,3,0,1,model,0.2,,1,0.75\n");
}

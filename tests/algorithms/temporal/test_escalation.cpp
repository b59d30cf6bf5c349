#include <catch2/catch.hpp>
#include <climits>
#include <functional>
#include <random>

#include "algorithms/temporal/escalation.hpp"
#include "algorithms/temporal/temporal_order.hpp"
#include "algorithms/temporal/tiny_temporal_graph.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::int32_t key_of(const PartialDate& d) {
    return d.empty() ? INT32_MIN : d.sort_key();
}

// Naive oracle: every simple path from the starts, depth first.
std::vector<std::int32_t> brute_force(const Graph& g, const std::vector<NodeId>& starts, const EscalationParams& p) {
    const std::int32_t unreached = INT32_MAX;
    std::vector<std::int32_t> best(g.node_count(), unreached);
    std::vector<bool> on_path(g.node_count(), false);
    std::function<void(NodeId, std::int32_t, int)> dfs = [&](NodeId v, std::int32_t time, int level) {
        best[v] = std::min(best[v], time);
        on_path[v] = true;
        for (EdgeId e = 0; e < g.edge_count(); ++e) {
            const EdgeData& d = g.edge(e);
            NodeId w;
            if (d.source == v)
                w = d.target;
            else if (d.target == v && !p.directed)
                w = d.source;
            else
                continue;
            if (on_path[w]) continue;
            const PartialDate when = edge_moment(g, e, p.case_dates);
            if (when.empty() && p.dated_only) continue;
            if (!when.empty() && when.sort_key() < time) continue;
            int next_level = level;
            if (p.non_decreasing_severity && d.severity != Severity::none) {
                if (severity_rank(d.severity) < level) continue;
                next_level = severity_rank(d.severity);
            }
            dfs(w, when.empty() ? time : when.sort_key(), next_level);
        }
        on_path[v] = false;
    };
    for (NodeId s : starts) dfs(s, INT32_MIN, 0);
    return best;
}

// The path must join a start to v, respect time, the options, and end at the arrival date.
void check_path(const Graph& g, const std::vector<NodeId>& starts, NodeId v, const Arrival& a,
                const EscalationParams& p) {
    NodeId at = a.path.empty() ? v : a.path.front().from;
    CHECK(std::find(starts.begin(), starts.end(), at) != starts.end());
    std::int32_t time = INT32_MIN;
    int level = 0;
    for (const PathStep& s : a.path) {
        const EdgeData& d = g.edge(s.edge);
        REQUIRE(s.from == at);
        CHECK(((d.source == s.from && d.target == s.to && s.forward) ||
               (d.target == s.from && d.source == s.to && !s.forward)));
        if (p.directed) CHECK(s.forward);
        const PartialDate when = edge_moment(g, s.edge, p.case_dates);
        CHECK(when == s.moment);
        if (p.dated_only) CHECK_FALSE(when.empty());
        if (!when.empty()) {
            CHECK(when.sort_key() >= time);
            time = when.sort_key();
        }
        if (p.non_decreasing_severity && d.severity != Severity::none) {
            CHECK(severity_rank(d.severity) >= level);
            level = severity_rank(d.severity);
        }
        at = s.to;
    }
    CHECK(at == v);
    CHECK(time == key_of(a.date));
}

}  // namespace

//   a ──2020-05── b ──2020-03── c     a reaches b but not c; c reaches b and then a
TEST_CASE("a path exists only in one time order", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId a = t.node("a"), b = t.node("b"), c = t.node("c");
    t.edge(a, b, "associate_of", "2020-05");
    t.edge(b, c, "associate_of", "2020-03");
    const auto from_a = earliest_arrival(t.g, {a});
    CHECK(from_a.arrival[b].reached);
    CHECK(from_a.arrival[b].date.str() == "2020-05");
    CHECK_FALSE(from_a.arrival[c].reached);
    CHECK(from_a.reached == 2);
    const auto from_c = earliest_arrival(t.g, {c});
    REQUIRE(from_c.arrival[a].reached);
    CHECK(from_c.arrival[a].date.str() == "2020-05");
    REQUIRE(from_c.arrival[a].path.size() == 2);
    CHECK(from_c.arrival[a].path[0].to == b);
    CHECK_FALSE(from_c.arrival[a].path[0].forward);  // c <- b walked against the edge
    CHECK(from_c.arrival[c].path.empty());
}

TEST_CASE("steps on the same date chain, whatever the edge order", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId a = t.node("a"), b = t.node("b"), c = t.node("c"), d = t.node("d");
    t.edge(c, d, "associate_of", "2020-03-01");  // listed before the step that reaches c
    t.edge(b, c, "associate_of", "2020-03-01");
    t.edge(a, b, "associate_of", "2020-03-01");
    const auto r = earliest_arrival(t.g, {a});
    REQUIRE(r.arrival[d].reached);
    CHECK(r.arrival[d].date.str() == "2020-03-01");
    CHECK(r.arrival[d].path.size() == 3);
}

TEST_CASE("undated ties are usable at any time unless --dated-only", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId p = t.node("p"), m = t.node("m", "movement"), q = t.node("q"), court = t.node("court", "court");
    t.edge(p, m, "member_of");
    t.edge(court, m, "banned", "2018-03-13");
    t.edge(q, m, "member_of");
    const auto r = earliest_arrival(t.g, {court});
    CHECK(r.arrival[m].date.str() == "2018-03-13");
    CHECK(r.arrival[p].date.str() == "2018-03-13");  // the ban reaches members through undated membership
    CHECK(r.arrival[q].path.size() == 2);
    const auto from_p = earliest_arrival(t.g, {p});
    CHECK(from_p.arrival[q].reached);
    CHECK(from_p.arrival[q].date.empty());  // undated all the way
    CHECK(from_p.arrival[court].date.str() == "2018-03-13");
    EscalationParams dated;
    dated.dated_only = true;
    const auto d = earliest_arrival(t.g, {court}, dated);
    CHECK(d.arrival[m].reached);
    CHECK_FALSE(d.arrival[p].reached);
    CHECK(d.reached == 2);
}

TEST_CASE("mixed precision follows the order rule", "[algorithms][temporal]") {
    // 2020-03 sorts before 2020-03-15 and 2020 before both.
    TinyGraph t;
    const NodeId a = t.node("a"), b = t.node("b"), c = t.node("c"), d = t.node("d"), e = t.node("e");
    t.edge(a, b, "associate_of", "2020-03-15");
    t.edge(b, c, "associate_of", "2020-03");  // earlier under the rule: not usable after 2020-03-15
    t.edge(b, d, "associate_of", "2020-04");  // later: usable
    t.edge(b, e, "associate_of", "2020");     // earlier: not usable
    const auto r = earliest_arrival(t.g, {a});
    CHECK_FALSE(r.arrival[c].reached);
    CHECK(r.arrival[d].date.str() == "2020-04");
    CHECK_FALSE(r.arrival[e].reached);
    // From c: 2020-03 then 2020-03-15 is time-respecting.
    const auto rc = earliest_arrival(t.g, {c});
    CHECK(rc.arrival[a].date.str() == "2020-03-15");
    // An interval acts at its start; an open start at its end.
    TinyGraph u;
    const NodeId x = u.node("x"), y = u.node("y"), z = u.node("z");
    u.edge(x, y, "associate_of", "2019-01/2021-01");
    u.edge(y, z, "associate_of", "/2020-06");
    const auto ru = earliest_arrival(u.g, {x});
    CHECK(ru.arrival[y].date.str() == "2019-01");
    CHECK(ru.arrival[z].date.str() == "2020-06");
}

TEST_CASE("non-decreasing severity (--non-decreasing-severity) keeps paths whose actions never drop",
          "[algorithms][temporal]") {
    //  police --fined 2020-01--> a <--warned 2020-02-- police2 --detained 2020-03--> b
    TinyGraph t;
    const NodeId police = t.node("police", "authority"), a = t.node("a"), police2 = t.node("police2", "authority"),
                 b = t.node("b"), c = t.node("c");
    t.edge(police, a, "fined", "2020-01", "fine");
    t.edge(police2, a, "warned", "2020-02", "warning");
    t.edge(police2, b, "detained", "2020-03", "administrative_detention");
    t.edge(a, c, "associate_of", "2020-01");
    t.edge(c, b, "detained", "2020-05", "pre_trial_detention");
    const auto plain = earliest_arrival(t.g, {police});
    CHECK(plain.arrival[b].date.str() == "2020-03");  // fine 4, warning 1, detention 5
    EscalationParams nd;
    nd.non_decreasing_severity = true;
    const auto r = earliest_arrival(t.g, {police}, nd);
    CHECK_FALSE(r.arrival[police2].reached);  // the warning would drop from 4 to 1
    REQUIRE(r.arrival[b].reached);
    CHECK(r.arrival[b].date.str() == "2020-05");  // fine 4, tie, pre-trial detention 10
    CHECK(r.arrival[b].path.size() == 3);
}

TEST_CASE("undated relations of a prosecution act at the prosecution's date", "[algorithms][temporal]") {
    //  court <-heard_by- case(opened 2019-05) <-defendant_in- p -member_of-> m <-member_of- q
    //  police --detained 2019-01--> q
    TinyGraph t;
    const NodeId court = t.node("court", "court"), cas = t.prosecution("case", "2019-05", "2019-09"), p = t.node("p"),
                 m = t.node("m", "movement"), q = t.node("q"), police = t.node("police", "authority");
    t.edge(cas, court, "heard_by");
    t.edge(p, cas, "defendant_in", "", "imprisonment");
    t.edge(p, m, "member_of");
    t.edge(q, m, "member_of");
    t.edge(police, q, "detained", "2019-01", "administrative_detention");
    CHECK(edge_moment(t.g, 0, true).str() == "2019-05");
    CHECK(edge_moment(t.g, 0, false).empty());
    const auto r = earliest_arrival(t.g, {court});
    REQUIRE(r.arrival[q].reached);
    CHECK(r.arrival[q].date.str() == "2019-05");
    CHECK(r.arrival[q].path[0].moment.str() == "2019-05");
    CHECK(r.arrival[q].path[2].moment.empty());  // membership stays timeless
    CHECK_FALSE(r.arrival[police].reached);      // the detention (2019-01) came before the case
    EscalationParams no_case;
    no_case.case_dates = false;
    const auto u = earliest_arrival(t.g, {court}, no_case);
    CHECK(u.arrival[q].date.empty());
    CHECK(u.arrival[police].date.str() == "2019-01");
}

TEST_CASE("a directed walk (--directed) follows relations from source to target only", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId a = t.node("a"), b = t.node("b");
    t.edge(b, a, "associate_of", "2020");
    EscalationParams p;
    p.directed = true;
    CHECK_FALSE(earliest_arrival(t.g, {a}, p).arrival[b].reached);
    CHECK(earliest_arrival(t.g, {b}, p).arrival[a].reached);
    CHECK_THROWS_AS(earliest_arrival(t.g, {}), InvalidArgument);
    CHECK_THROWS_AS(earliest_arrival(t.g, {7}), InvalidArgument);
}

TEST_CASE("earliest arrival matches brute-force enumeration on random temporal graphs", "[algorithms][temporal]") {
    const std::vector<std::string> dates{
        "",        "",     "2019",       "2019-06", "2019-06-01",         "2019-06-15",
        "2019-07", "2020", "2020-01-01", "2020-01", "2018-12-31/2019-06", "/2019-06-20"};
    const std::vector<std::string> severities{
        "", "", "", "warning", "fine", "restriction", "criminal_charge", "imprisonment", "release"};
    std::mt19937 rng(20261122);
    int reached_total = 0, unreached_total = 0;
    for (int round = 0; round < 300; ++round) {
        TinyGraph t;
        const int n = 4 + static_cast<int>(rng() % 5), m = n + static_cast<int>(rng() % (2 * n));
        // Node 0 is a prosecution whose date, if any, dates its undated relations.
        const std::vector<std::string> case_dates{"", "2019-06", "2020"};
        t.prosecution("0", case_dates[rng() % 3], case_dates[rng() % 3]);
        for (int i = 1; i < n; ++i) t.node(std::to_string(i));
        for (int i = 0; i < m; ++i) {
            const auto s = static_cast<NodeId>(rng() % n), d = static_cast<NodeId>(rng() % n);
            if (s == d) continue;
            t.edge(s, d, "associate_of", dates[rng() % dates.size()], severities[rng() % severities.size()]);
        }
        std::vector<NodeId> starts{static_cast<NodeId>(rng() % n)};
        if (rng() % 4 == 0) starts.push_back(static_cast<NodeId>(rng() % n));
        for (int mode = 0; mode < 16; ++mode) {
            EscalationParams p;
            p.case_dates = mode & 8;
            p.dated_only = mode & 1;
            p.non_decreasing_severity = mode & 2;
            p.directed = mode & 4;
            const auto expected = brute_force(t.g, starts, p);
            const auto r = earliest_arrival(t.g, starts, p);
            for (NodeId v = 0; v < static_cast<NodeId>(n); ++v) {
                INFO("round " << round << " mode " << mode << " node " << v);
                REQUIRE(r.arrival[v].reached == (expected[v] != INT32_MAX));
                if (!r.arrival[v].reached) {
                    ++unreached_total;
                    continue;
                }
                ++reached_total;
                CHECK(key_of(r.arrival[v].date) == expected[v]);
                check_path(t.g, starts, v, r.arrival[v], p);
            }
        }
    }
    // The generator must exercise both outcomes.
    CHECK(reached_total > 1000);
    CHECK(unreached_total > 1000);
}

TEST_CASE("Kazakhstan: from the 2016 land-protest case to the 2021 supervision, in time order",
          "[algorithms][temporal]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    const NodeId bokayev = *g.find_id("k17.p.bokayev-max"), ayan = *g.find_id("k17.p.ayan-talgat");
    EscalationParams dated;
    dated.dated_only = true;
    const auto r = earliest_arrival(g, {bokayev}, dated);
    // Dated only: the two are linked through the 2016 case (sentences of November 2016).
    REQUIRE(r.arrival[ayan].reached);
    CHECK(r.arrival[ayan].date.str() == "2016-11");
    for (const auto& s : r.arrival[ayan].path) CHECK_FALSE(s.moment.empty());

    const NodeId case2016 = *g.find_id("k17.case.bokayev-ayan-2016");
    const NodeId supervision = *g.find_id("k21.case.bokayev-supervision-2021");
    const NodeId penitentiary = *g.find_id("k21.auth.atyrau-penitentiary");
    const auto from_case = earliest_arrival(g, {case2016}, dated);
    CHECK(from_case.arrival[bokayev].date.str() == "2016");  // the 2016 arrest
    CHECK(from_case.arrival[supervision].date.str() == "2021-02-18");
    REQUIRE(from_case.arrival[penitentiary].reached);
    CHECK(from_case.arrival[penitentiary].date.str() == "2021-02-19");  // the warning after release
    const auto& path = from_case.arrival[penitentiary].path;
    REQUIRE(path.size() == 2);
    CHECK(path.front().moment.str().substr(0, 4) == "2016");
    CHECK(path.back().moment.str() == "2021-02-19");
    CHECK(g.edge_type_name(path.back().edge) == "warned");
}

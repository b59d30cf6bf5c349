#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <numeric>
#include <vector>

#include "algorithms/risk/backtest.hpp"
#include "algorithms/temporal/tiny_temporal_graph.hpp"
#include "engine/errors.hpp"
#include "exports/report_json.hpp"
#include "exports/temporal_json.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// scikit-learn's definitions, transcribed naively (quadratic) as the reference.
double naive_ap(const std::vector<double>& s, const std::vector<std::uint8_t>& y) {
    std::vector<double> thresholds(s);
    std::sort(thresholds.begin(), thresholds.end(), std::greater<>());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());
    const double pos = static_cast<double>(std::count(y.begin(), y.end(), 1));
    double ap = 0, previous_recall = 0;
    for (double t : thresholds) {
        double tp = 0, predicted = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i] >= t) predicted += 1, tp += y[i];
        const double recall = tp / pos;
        ap += (recall - previous_recall) * tp / predicted;
        previous_recall = recall;
    }
    return ap;
}

double naive_auc(const std::vector<double>& s, const std::vector<std::uint8_t>& y) {
    double wins = 0, pairs = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = 0; j < s.size(); ++j)
            if (y[i] && !y[j]) {
                pairs += 1;
                wins += s[i] > s[j] ? 1.0 : s[i] == s[j] ? 0.5 : 0.0;
            }
    return wins / pairs;
}

}  // namespace

TEST_CASE("ranking metrics: scikit-learn's documented example", "[algorithms][risk]") {
    // sklearn.metrics.average_precision_score / roc_auc_score docs: y = [0, 0, 1, 1], s = [0.1, 0.4, 0.35, 0.8]
    // give AP 0.8333... and AUC 0.75.
    const std::vector<double> s{0.1, 0.4, 0.35, 0.8};
    const std::vector<std::uint8_t> y{0, 0, 1, 1};
    const std::vector<std::size_t> ks{1, 2, 3, 10};
    const RankingMetrics m = ranking_metrics(s, y, ks);
    CHECK(m.average_precision == Approx(5.0 / 6));
    CHECK(m.roc_auc == Approx(0.75));
    // order: 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg)
    CHECK(m.precision == std::vector<double>{1.0, 0.5, 2.0 / 3, 0.5});
    CHECK(m.recall == std::vector<double>{0.5, 0.5, 1.0, 1.0});
}

TEST_CASE("ranking metrics equal the naive definitions on random cases with ties", "[algorithms][risk]") {
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t n = 2 + next() % 40;
        std::vector<double> s(n);
        std::vector<std::uint8_t> y(n);
        for (std::size_t i = 0; i < n; ++i) {
            s[i] = static_cast<double>(next() % 7);  // many ties
            y[i] = next() % 3 == 0;
        }
        y[0] = 1;
        y[1] = 0;
        const std::vector<std::size_t> ks{5, 10, 20};
        const RankingMetrics m = ranking_metrics(s, y, ks);
        INFO("trial " << trial);
        CHECK(m.average_precision == Approx(naive_ap(s, y)).margin(1e-12));
        CHECK(m.roc_auc == Approx(naive_auc(s, y)).margin(1e-12));
        // precision@k in the stable order (score descending, then index)
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return s[a] > s[b]; });
        const double pos = static_cast<double>(std::count(y.begin(), y.end(), 1));
        for (std::size_t i = 0; i < ks.size(); ++i) {
            const std::size_t top = std::min(ks[i], n);
            double tp = 0;
            for (std::size_t j = 0; j < top; ++j) tp += y[order[j]];
            CHECK(m.precision[i] == Approx(tp / static_cast<double>(top)));
            CHECK(m.recall[i] == Approx(tp / pos));
        }
    }
}

TEST_CASE("random baseline: the expectation over every order", "[algorithms][risk]") {
    // All 7! orders of 7 items with 3 positives: the mean AP, precision@k and recall@k.
    const std::size_t n = 7;
    std::vector<std::uint8_t> y{1, 1, 1, 0, 0, 0, 0};
    std::vector<std::size_t> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    const std::vector<std::size_t> ks{2, 5, 10};
    double ap = 0, auc = 0, count = 0;
    std::vector<double> precision(ks.size(), 0), recall(ks.size(), 0);
    do {
        std::vector<double> s(n);
        for (std::size_t i = 0; i < n; ++i) s[perm[i]] = static_cast<double>(n - i);
        const RankingMetrics m = ranking_metrics(s, y, ks);
        ap += m.average_precision;
        auc += m.roc_auc;
        for (std::size_t i = 0; i < ks.size(); ++i) precision[i] += m.precision[i], recall[i] += m.recall[i];
        count += 1;
    } while (std::next_permutation(perm.begin(), perm.end()));
    const RankingMetrics e = random_ranking_metrics(n, 3, ks);
    CHECK(e.average_precision == Approx(ap / count).epsilon(1e-12));
    CHECK(e.roc_auc == Approx(auc / count));
    for (std::size_t i = 0; i < ks.size(); ++i) {
        CHECK(e.precision[i] == Approx(precision[i] / count));
        CHECK(e.recall[i] == Approx(recall[i] / count));
    }
    CHECK(
        std::isnan(ranking_metrics(std::vector<double>{1, 2}, std::vector<std::uint8_t>{0, 0}, ks).average_precision));
}

TEST_CASE("horizons", "[algorithms][risk]") {
    CHECK(parse_horizon("2y")->count == 2);
    CHECK(parse_horizon("end")->unit == 'e');
    std::string why;
    CHECK_FALSE(parse_horizon("2w", &why));
    CHECK_FALSE(parse_horizon("y"));
    CHECK_FALSE(parse_horizon("-3m"));
    const std::int32_t d = earliest_day(*parse_date("2020-02-29"));
    CHECK(horizon_end(d, *parse_horizon("1y")) == earliest_day(*parse_date("2021-02-28")));
    CHECK(horizon_end(d, *parse_horizon("1m")) == earliest_day(*parse_date("2020-03-29")));
    CHECK(horizon_end(d, *parse_horizon("10d")) == earliest_day(*parse_date("2020-03-10")));
}

namespace {

//   court --banned 2018-03--> M <--member_of-- A, B, C;  B --associate_of-- D;  police --fined 2017--> E
//   E --member_of--> M;  court --sentenced 2018-05--> B;  F isolated (member of nothing)
struct World {
    TinyGraph t;
    NodeId court, police, m, a, b, c, d, e, f;
    World() {
        court = t.node("court", "court");
        police = t.node("police", "authority");
        m = t.node("M", "movement");
        a = t.node("A");
        b = t.node("B");
        c = t.node("C");
        d = t.node("D");
        e = t.node("E");
        f = t.node("F");
        t.edge(court, m, "banned", "2018-03");
        for (NodeId v : {a, b, c, e}) t.edge(v, m, "member_of");
        t.edge(b, d, "associate_of");
        t.edge(police, e, "fined", "2017", "fine");
        t.edge(court, b, "sentenced", "2018-05", "imprisonment");
    }
};

std::string risk_bytes(const Graph& g, const std::string& as_of) {
    RiskParams p;
    p.as_of = *parse_date(as_of);
    const RiskResult r = rank_at_risk(g, p);
    std::ostringstream out;
    write_json(out, risk_document(g, r, 100));
    return out.str();
}

}  // namespace

TEST_CASE("a fact after the as-of date changes nothing in the ranking", "[algorithms][risk]") {
    World w;
    const std::string before = risk_bytes(w.t.g, "2019-06-30");
    CHECK(before.find("\"A\"") != std::string::npos);
    // Future facts: A charged in 2020, a new person G tied to C in 2021, and a fact dated before the
    // as-of date but known only from a source published later.
    w.t.edge(w.police, w.a, "charged", "2020-02-01", "criminal_charge");
    const NodeId g = w.t.node("G");
    w.t.edge(g, w.c, "relative_of", "2021");
    Source late;
    late.id = w.t.g.strings().intern("late-report");
    late.period.start = *parse_date("2021-01");
    late.period.end = *parse_date("2021-03");
    const SourceIndex s = w.t.g.add_source(late);
    const EdgeId hidden = w.t.edge(w.police, w.c, "charged", "2019-01-10", "criminal_charge");
    w.t.g.edge(hidden).evidence.push_back({s, kNoString, kNoString});
    w.t.g.node(g).evidence.push_back({s, kNoString, kNoString});
    CHECK(risk_bytes(w.t.g, "2019-06-30") == before);
    // ... but it does when the world is looked at after the report was published.
    CHECK(risk_bytes(w.t.g, "2021-06-30") != risk_bytes(World().t.g, "2021-06-30"));
}

TEST_CASE("at-risk candidates leave out the banned, the imprisoned and the charged, and say so", "[algorithms][risk]") {
    World w;
    RiskParams p;
    p.as_of = *parse_date("2019-06-30");
    const RiskResult r = rank_at_risk(w.t.g, p);
    CHECK(r.excluded[w.m] == RiskExclusion::banned);
    CHECK(r.excluded[w.b] == RiskExclusion::imprisoned);
    CHECK(r.excluded[w.e] == RiskExclusion::none);  // only fined: still a candidate
    CHECK(r.excluded[w.f] == RiskExclusion::no_exposure);
    const RiskSection people = risk_section(w.t.g, r, true);
    CHECK(people.imprisoned == 1);
    CHECK(people.candidates == 5);  // A, C, D, E, F
    CHECK(people.without_exposure == 1);
    const RiskSection groups = risk_section(w.t.g, r, false);
    CHECK(groups.banned == 1);
    // E's own record (a fine) adds to the exposure it shares with A and C.
    const auto pos = [&](NodeId v) {
        for (std::size_t i = 0; i < r.ranking.size(); ++i)
            if (r.ranking[i].node == v) return i;
        return r.ranking.size();
    };
    CHECK(pos(w.e) < pos(w.a));
    CHECK(r.score[w.a] == Approx(r.score[w.c]));
    // The percentile: F (score 0) is below everyone; the top person is above 4 of 5 candidates... minus ties.
    CHECK(r.ranking.front().percentile == Approx(80.0));
    const std::string sentence = risk_sentence(w.t.g, r, r.ranking[pos(w.a)]);
    CHECK(sentence.find("member of M, banned 2018-03") != std::string::npos);
    CHECK(sentence.find("co-member of M, B, sentenced 2018-05") != std::string::npos);
    CHECK(sentence.find("no action against them yet") != std::string::npos);
    const std::string e_sentence = risk_sentence(w.t.g, r, r.ranking[pos(w.e)]);
    CHECK(e_sentence.find("so far only fine 2017") != std::string::npos);
    // As of 2018-04 the sentence (2018-05) is not yet known: B is a candidate.
    p.as_of = *parse_date("2018-04-01");
    CHECK(rank_at_risk(w.t.g, p).excluded[w.b] == RiskExclusion::none);
}

TEST_CASE("backtest: events after the as-of date within the horizon", "[algorithms][risk]") {
    World w;
    w.t.edge(w.police, w.a, "charged", "2020-02-01", "criminal_charge");
    w.t.edge(w.police, w.d, "charged", "2023-02-01", "criminal_charge");  // beyond a 2y horizon
    BacktestParams p;
    p.as_of = {*parse_date("2019-06-30")};
    p.horizon = *parse_horizon("2y");
    const auto runs = backtest(w.t.g, p);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].until.str() == "2021-06-30");
    CHECK(runs[0].candidates == 5);
    CHECK(runs[0].events == 1);
    CHECK(runs[0].positives == std::vector<NodeId>{w.a});
    REQUIRE(runs[0].methods.size() == 5);
    CHECK(runs[0].methods[4].metrics.average_precision == Approx(random_ranking_metrics(5, 1, p.ks).average_precision));
    p.horizon = *parse_horizon("end");
    CHECK(backtest(w.t.g, p)[0].events == 2);
    p.as_of.clear();
    CHECK_THROWS_AS(backtest(w.t.g, p), InvalidArgument);
}

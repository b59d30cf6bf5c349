#include <Eigen/Dense>
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <sstream>

#include "algorithms/risk/at_risk.hpp"
#include "algorithms/temporal/temporal_order.hpp"
#include "algorithms/temporal/tiny_temporal_graph.hpp"
#include "engine/errors.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// Personalised PageRank by a dense linear solve over the nodes kept, for comparison
// with the power iteration: (I - d M - d p z^T) x = (1 - d) p, z the dangling indicator.
std::vector<double> dense_ppr(const Graph& g, const std::vector<bool>& keep, const std::vector<double>& seed,
                              double d) {
    const std::size_t n = g.node_count();
    Eigen::MatrixXd w = Eigen::MatrixXd::Zero(n, n);
    for (const auto& e : g.edges())
        if (e.source != e.target && keep[e.source] && keep[e.target]) {
            w(e.source, e.target) += e.weight;
            w(e.target, e.source) += e.weight;
        }
    Eigen::VectorXd p = Eigen::VectorXd::Zero(n);
    double total = 0;
    for (std::size_t v = 0; v < n; ++v)
        if (keep[v]) total += seed[v];
    for (std::size_t v = 0; v < n; ++v)
        if (keep[v]) p(v) = seed[v] / total;
    Eigen::MatrixXd a = Eigen::MatrixXd::Identity(n, n);
    for (std::size_t u = 0; u < n; ++u) {
        if (!keep[u]) continue;
        const double strength = w.row(u).sum();
        for (std::size_t v = 0; v < n; ++v) {
            if (!keep[v]) continue;
            if (strength > 0)
                a(v, u) -= d * w(u, v) / strength;
            else
                a(v, u) -= d * p(v);
        }
    }
    const Eigen::VectorXd x = a.fullPivLu().solve((1 - d) * p);
    return {x.data(), x.data() + n};
}

}  // namespace

//   court --sentenced 2020-01--> P --relative_of-- R        P --member_of--> M <--member_of-- Q
//   court --banned 2020-06--> G <--supports-- S             H --associate_of-- P, H detained (rank 5)
//   court --fined 2020--> U   (U is tied to nobody but the court, which the exposure graph leaves out)
TEST_CASE("at-risk ranking: personalised PageRank from recent hits, explained", "[algorithms][risk]") {
    TinyGraph t;
    const NodeId court = t.node("court", "court"), p = t.node("P"), r = t.node("R"), m = t.node("M", "movement"),
                 q = t.node("Q"), g = t.node("G", "movement"), s = t.node("S"), h = t.node("H"), u = t.node("U"),
                 police = t.node("police", "authority");
    const EdgeId sentence = t.edge(court, p, "sentenced", "2020-01", "imprisonment");
    const EdgeId rel = t.edge(p, r, "relative_of");
    t.edge(p, m, "member_of");
    t.edge(q, m, "member_of");
    const EdgeId ban = t.edge(court, g, "banned", "2020-06");
    t.edge(s, g, "supports");
    t.edge(h, p, "associate_of");
    t.edge(police, h, "detained", "2019-05-05", "administrative_detention");
    t.edge(court, u, "fined", "2020", "fine");

    RiskParams params;
    params.half_life_years = 3;
    params.record_weight = 0;  // the walk from hard hits only; the record is tested in test_backtest.cpp
    const RiskResult res = rank_at_risk(t.g, params);
    CHECK(res.as_of.str() == "2020-06");
    CHECK(res.converged);
    CHECK(res.residual < params.tolerance);
    REQUIRE(res.hits.size() == 2);
    const double age = earliest_day(*parse_date("2020-06")) - earliest_day(*parse_date("2020-01"));
    CHECK(age == 152);
    CHECK(res.seed_weight[p] == Approx(std::exp2(-152 / (365.25 * 3))).epsilon(1e-12));
    CHECK(res.seed_weight[g] == Approx(1.0));

    std::vector<bool> keep(t.g.node_count(), true);
    keep[court] = keep[police] = false;
    const auto expected = dense_ppr(t.g, keep, res.seed_weight, params.damping);
    double sum = 0;
    for (NodeId v = 0; v < t.g.node_count(); ++v) {
        INFO("node " << v);
        CHECK(res.score[v] == Approx(expected[v]).margin(1e-9));
        sum += res.score[v];
    }
    CHECK(sum == Approx(1.0).epsilon(1e-9));
    CHECK(res.score[u] == 0);

    std::map<NodeId, const RiskEntry*> by_node;
    for (const auto& e : res.ranking) by_node[e.node] = &e;
    CHECK(by_node.count(r));
    CHECK(by_node.count(q));
    CHECK(by_node.count(s));
    CHECK(by_node.count(m));
    CHECK_FALSE(by_node.count(p));  // hit hard: a seed
    CHECK_FALSE(by_node.count(g));  // banned: a seed
    CHECK(by_node.count(h));        // administrative detention (5) is not above at_risk_max_rank (6)
    CHECK(res.excluded[p] == RiskExclusion::imprisoned);
    CHECK(res.excluded[g] == RiskExclusion::banned);
    CHECK(res.excluded[u] == RiskExclusion::no_exposure);
    CHECK_FALSE(by_node.count(u));  // no exposure
    for (std::size_t i = 1; i < res.ranking.size(); ++i) CHECK(res.ranking[i - 1].score >= res.ranking[i].score);

    // A candidate's score is the sum of its inflows; R has a single neighbour.
    const RiskEntry& er = *by_node[r];
    REQUIRE(er.because.size() == 1);
    CHECK(er.because[0].neighbour == p);
    CHECK(er.because[0].flow == Approx(er.score).epsilon(1e-8));
    CHECK(er.because[0].ties == std::vector<EdgeId>{rel});
    REQUIRE(er.because[0].hits.size() == 1);
    CHECK(er.because[0].hits[0].edge == sentence);
    const RiskEntry& es = *by_node[s];
    CHECK(es.because[0].neighbour == g);
    CHECK(es.because[0].hits[0].edge == ban);
    const RiskEntry& eq = *by_node[q];
    CHECK(eq.because[0].neighbour == m);
    REQUIRE(eq.because[0].via);
    CHECK(*eq.because[0].via == p);

    // Older hits weigh less: moving the reference date on halves P's weight after one half-life.
    RiskParams later = params;
    later.as_of = *parse_date("2023-01");
    later.half_life_years = 3;
    const RiskResult res2 = rank_at_risk(t.g, later);
    CHECK(res2.seed_weight[p] ==
          Approx(std::exp2(-(earliest_day(*parse_date("2023-01")) - earliest_day(*parse_date("2020-01"))) /
                           (365.25 * 3))));
    // Same input, same output.
    const RiskResult again = rank_at_risk(t.g, params);
    CHECK(again.score == res.score);
    CHECK(again.iterations == res.iterations);
}

TEST_CASE("at-risk parameters are checked on entry", "[algorithms][risk]") {
    TinyGraph t;
    t.node("a");
    auto message = [&](RiskParams p) {
        try {
            rank_at_risk(t.g, p);
        } catch (const InvalidArgument& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    RiskParams p;
    p.damping = 1;
    CHECK_THAT(message(p), Catch::Contains("damping must be in [0, 1)"));
    p = {};
    p.at_risk_max_rank = 7;
    CHECK_THAT(message(p), Catch::Contains("at_risk_max_rank"));
    p = {};
    p.half_life_years = 0;
    CHECK_THAT(message(p), Catch::Contains("half_life_years"));
    p = {};
    CHECK(rank_at_risk(t.g, p).ranking.empty());  // no hits, nobody at risk
}

TEST_CASE("Kazakhstan: relatives and co-activists of the prosecuted rank as at risk", "[algorithms][risk]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    const RiskResult r = rank_at_risk(g);
    CHECK(r.converged);
    REQUIRE(r.ranking.size() > 10);
    for (const auto& e : r.ranking) {
        CHECK(e.max_rank <= 6);
        CHECK(r.excluded[e.node] == RiskExclusion::none);
        CHECK(e.percentile >= 0);
        CHECK(e.percentile < 100);
        CHECK_FALSE(risk_sentence(g, r, e).empty());
        // exposure from a hit neighbour, or the node's own (lower-ranked) record
        CHECK(e.score > 0);
    }
}

TEST_CASE("Kazakhstan: at-risk scores equal NetworkX's personalised PageRank", "[algorithms][risk]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    const RiskResult r = rank_at_risk(g);
    // The exposure graph as NetworkX would build it from the same relations: node types kept, parallel
    // relations summed, self-loops dropped; seeds as personalisation and dangling vector.
    const std::vector<std::string> kept{"person", "movement", "organisation", "media", "prosecution", "event"};
    auto keep = [&](NodeId v) { return std::find(kept.begin(), kept.end(), g.node_type_name(v)) != kept.end(); };
    const auto dir = scratch_dir("risk-networkx");
    std::string nodes, edges, seeds;
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (keep(v)) {
            nodes += std::to_string(v) + "\n";
            if (r.seed_weight[v] > 0) {
                std::ostringstream s;
                s.precision(17);
                s << v << " " << r.seed_weight[v] << "\n";
                seeds += s.str();
            }
        }
    for (const auto& e : g.edges())
        if (keep(e.source) && keep(e.target) && e.source != e.target)
            edges += std::to_string(e.source) + " " + std::to_string(e.target) + " " + std::to_string(e.weight) + "\n";
    write_text(dir / "nodes.txt", nodes);
    write_text(dir / "edges.txt", edges);
    write_text(dir / "seeds.txt", seeds);
    write_text(dir / "ppr.py",
               "import sys, networkx as nx\n"
               "d = sys.argv[1]\n"
               "g = nx.Graph()\n"
               "g.add_nodes_from(int(l) for l in open(d + '/nodes.txt'))\n"
               "for l in open(d + '/edges.txt'):\n"
               "    u, v, w = l.split(); u, v, w = int(u), int(v), float(w)\n"
               "    g.add_edge(u, v, weight=g[u][v]['weight'] + w if g.has_edge(u, v) else w)\n"
               "p = {int(l.split()[0]): float(l.split()[1]) for l in open(d + '/seeds.txt')}\n"
               "x = nx.pagerank(g, alpha=0.85, personalization=p, dangling=p, tol=1e-13, max_iter=10000)\n"
               "for v in sorted(x): print(v, repr(x[v]))\n");
    const auto out = run(std::string(REPNET_PYTHON) + " " + quote(dir / "ppr.py") + " " + quote(dir));
    INFO(out.output.substr(0, 1000));
    REQUIRE(out.exit_code == 0);
    std::istringstream in(out.output);
    std::size_t compared = 0;
    NodeId v;
    double x;
    while (in >> v >> x) {
        INFO("node " << g.str(g.node(v).id));
        CHECK(r.score[v] == Approx(x).margin(1e-9));
        ++compared;
    }
    CHECK(compared == static_cast<std::size_t>(std::count(nodes.begin(), nodes.end(), '\n')));
}

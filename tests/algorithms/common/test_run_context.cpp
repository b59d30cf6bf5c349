// The long algorithms honour their RunContext: progress up to 1, cancellation between units of work.
#include <atomic>
#include <catch2/catch.hpp>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/community/community.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;

namespace {

// A ring of n nodes with chords, big enough for several blocks of sources.
CsrGraph ring(std::uint32_t n) {
    std::vector<WeightedEdge> edges;
    for (std::uint32_t v = 0; v < n; ++v) {
        edges.push_back({v, (v + 1) % n, 1.0});
        edges.push_back({v, (v + 7) % n, 1.0});
    }
    return build_simple_csr(n, edges, false);
}

}  // namespace

TEST_CASE("betweenness, closeness and Leiden report progress up to 1", "[algorithms][common][run]") {
    const CsrGraph g = ring(300);
    double last = 0;
    std::string stage;
    RunContext run;
    run.threads = 2;
    run.progress = [&](std::string_view s, double f) {
        stage = std::string(s);
        CHECK(f >= last);  // never goes back within a run
        last = f;
    };
    BetweennessParams b;
    b.run = run;
    const auto with = betweenness(g, b).value;
    CHECK(stage == "betweenness");
    CHECK(last == 1.0);
    CHECK(with == betweenness(g).value);  // reporting changes nothing

    last = 0;
    ClosenessParams c;
    c.run = run;
    c.run.threads = 1;
    closeness(g, c);
    CHECK(stage == "closeness");
    CHECK(last == 1.0);

    last = 0;
    CommunityParams p;
    p.run = run;
    const CommunityResult r = leiden(g, p);
    CHECK(stage == "leiden");
    CHECK(r.converged);
    CHECK(last > 0);
}

TEST_CASE("a set cancel flag stops the long algorithms with Cancelled", "[algorithms][common][run]") {
    const CsrGraph g = ring(300);
    std::atomic<bool> stop{true};
    BetweennessParams b;
    b.run.cancel = &stop;
    CHECK_THROWS_AS(betweenness(g, b), Cancelled);
    ApproxBetweennessParams a;
    a.epsilon = 0.2;
    a.run.cancel = &stop;
    CHECK_THROWS_AS(approx_betweenness(g, a), Cancelled);
    ClosenessParams c;
    c.run.cancel = &stop;
    CHECK_THROWS_AS(harmonic(g, c), Cancelled);
    CommunityParams p;
    p.run.cancel = &stop;
    CHECK_THROWS_AS(leiden(g, p), Cancelled);
    CHECK_THROWS_AS(louvain(g, p), Cancelled);
    stop = false;
    CHECK_NOTHROW(leiden(g, p));
}

TEST_CASE("Leiden stopped by its iteration cap says it did not converge", "[algorithms][common][run]") {
    const CsrGraph g = ring(300);
    CommunityParams p;
    p.max_iterations = 1;
    const CommunityResult one = leiden(g, p);
    CHECK(one.iterations == 1);
    // One iteration from singletons always changes the partition, so it cannot be known stable.
    CHECK_FALSE(one.converged);
    p.max_iterations = 0;
    const CommunityResult full = leiden(g, p);
    CHECK(full.converged);
    CHECK(full.iterations >= 2);
}

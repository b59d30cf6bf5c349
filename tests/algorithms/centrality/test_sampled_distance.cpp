// Closeness and harmonic from sampled sources: exact where every node is a source, within
// the stated epsilon on at least 1 - delta of seeded runs, independent of the thread count.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/oracle.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;

namespace {

double max_error(const std::vector<double>& a, const std::vector<double>& b, double scale = 1) {
    double m = 0;
    for (std::size_t i = 0; i < a.size(); ++i) m = std::max(m, std::fabs(a[i] - b[i]) / scale);
    return m;
}

// Two random blocks (components) of `block` nodes plus isolated nodes.
CsrGraph blocks(std::uint32_t seed, std::uint32_t block, std::uint32_t edges_per_block) {
    std::uint32_t n = 0;
    const auto edges = test::random_multigraph(seed, 2, block, edges_per_block, 3, n);
    return build_simple_csr(n, edges, false);
}

}  // namespace

TEST_CASE("sampled closeness and harmonic are exact when every node is a source", "[algorithms][centrality][approx]") {
    const CsrGraph g = blocks(3, 60, 150);
    SampledDistanceParams p;
    p.exact_component_size = 64;  // both blocks are at most this size: computed exactly
    const auto r = sampled_distance_centrality(g, p);
    CHECK(r.sampled_components == 0);
    CHECK(r.sources == g.node_count);
    const auto c = closeness(g), h = harmonic(g);
    CHECK(*std::max_element(h.begin(), h.end()) > 1);  // the comparison means something
    CHECK(max_error(r.closeness, c) < 1e-12);
    CHECK(max_error(r.harmonic, h) < 1e-9);
}

TEST_CASE("sampled harmonic is within epsilon on at least 1 - delta of runs", "[algorithms][centrality][approx]") {
    const CsrGraph g = blocks(11, 1500, 2400);
    const double scale = double(g.node_count - 1);
    const auto exact_h = harmonic(g), exact_c = closeness(g);
    SampledDistanceParams p;
    p.epsilon = 0.1;  // small enough that both blocks are sampled (k ~ 140 of 1,500 nodes)
    p.delta = 0.1;
    p.exact_component_size = 16;
    int within = 0;
    const int runs = 10;
    for (int seed = 1; seed <= runs; ++seed) {
        p.seed = std::uint64_t(seed);
        const auto r = sampled_distance_centrality(g, p);
        REQUIRE(r.sampled_components == 2);  // both blocks sampled, not computed exactly
        REQUIRE(r.sources < g.node_count);
        if (max_error(r.harmonic, exact_h, scale) <= p.epsilon) ++within;
        // Closeness has no stated bound; the estimate is still close on these graphs.
        CHECK(max_error(r.closeness, exact_c) < 0.05);
    }
    CHECK(within >= runs * (1 - p.delta));
    // A sampled run differs from the exact values (it did not quietly compute them all).
    p.seed = 1;
    CHECK(max_error(sampled_distance_centrality(g, p).harmonic, exact_h, scale) > 0);
}

TEST_CASE("sampled closeness and harmonic do not depend on the thread count", "[algorithms][centrality][approx]") {
    const CsrGraph g = blocks(5, 900, 1500);
    SampledDistanceParams p;
    p.epsilon = 0.1;
    p.exact_component_size = 16;
    p.run.threads = 1;
    const auto one = sampled_distance_centrality(g, p);
    REQUIRE(one.sampled_components == 2);
    p.run.threads = 2;
    const auto two = sampled_distance_centrality(g, p);
    CHECK(one.harmonic == two.harmonic);
    CHECK(one.closeness == two.closeness);
    p.seed = 9;  // another seed, another sample
    CHECK(sampled_distance_centrality(g, p).harmonic != one.harmonic);
}

TEST_CASE("sampled closeness and harmonic refuse directed views and bad parameters",
          "[algorithms][centrality][approx]") {
    std::uint32_t n = 0;
    const auto edges = test::random_multigraph(2, 1, 20, 30, 0, n);
    CHECK_THROWS_AS(sampled_distance_centrality(build_simple_csr(n, edges, true)), InvalidArgument);
    const CsrGraph g = build_simple_csr(n, edges, false);
    for (double bad : {0.0, 1.0, -0.5, std::nan("")}) {
        SampledDistanceParams p;
        p.epsilon = bad;
        CHECK_THROWS_AS(sampled_distance_centrality(g, p), InvalidArgument);
        p = {};
        p.delta = bad;
        CHECK_THROWS_AS(sampled_distance_centrality(g, p), InvalidArgument);
    }
}

// Hand-checked values on tiny graphs, drawn here:
//   path P4   0 - 1 - 2 - 3
//   star S4   1 2 3 4 all tied to 0
//   cycle C5  0 - 1 - 2 - 3 - 4 - 0
#include <catch2/catch.hpp>
#include <cmath>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/closeness.hpp"
#include "algorithms/centrality/degree.hpp"
#include "algorithms/centrality/spectral.hpp"
#include "algorithms/centrality/suite.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;
using Catch::Matchers::Contains;

namespace {

CsrGraph make(std::uint32_t n, std::vector<WeightedEdge> edges, bool directed = false) {
    return build_simple_csr(n, edges, directed);
}
CsrGraph path4() {
    return make(4, {{0, 1}, {1, 2}, {2, 3}});
}
CsrGraph star4() {
    return make(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
}
CsrGraph cycle5() {
    return make(5, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}});
}

// A large random graph on n nodes with the given number of arcs (duplicates and loops included), skewed
// towards low target ids so degrees vary; weight 1. Seeded by a fixed LCG, so every run sees the same graph.
CsrGraph skewed_random_graph(std::uint32_t n, int arcs, std::uint64_t seed, bool directed) {
    std::vector<WeightedEdge> edges;
    std::uint64_t x = seed;
    for (int i = 0; i < arcs; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        edges.push_back({std::uint32_t((x >> 33) % n), std::uint32_t((x >> 11) % (1 + (x >> 40) % n)), 1.0});
    }
    return build_simple_csr(n, edges, directed);
}

void check_values(const std::vector<double>& got, const std::vector<double>& want, double eps = 1e-12) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("node " << i);
        CHECK(got[i] == Approx(want[i]).epsilon(eps).margin(eps));
    }
}

}  // namespace

TEST_CASE("path P4: exact values", "[algorithms][centrality]") {
    const CsrGraph g = path4();
    check_values(degree(g).total, {1, 2, 2, 1});
    // Node 1 lies on the paths 0-2 and 0-3: 2 pairs, normalised 2 * 2 / ((n-1)(n-2)) = 4/6.
    check_values(betweenness(g).value, {0, 2.0 / 3, 2.0 / 3, 0});
    check_values(betweenness(g, {.weighted = false, .normalized = false, .run = {.threads = 1}}).value, {0, 2, 2, 0});
    check_values(closeness(g), {3.0 / 6, 3.0 / 4, 3.0 / 4, 3.0 / 6});
    check_values(harmonic(g), {1 + 0.5 + 1.0 / 3, 2.5, 2.5, 1 + 0.5 + 1.0 / 3});
}

TEST_CASE("star S4: exact values", "[algorithms][centrality]") {
    const CsrGraph g = star4();
    check_values(betweenness(g).value, {1, 0, 0, 0, 0});
    check_values(closeness(g), {1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7});
    // PageRank: c = (1 + 4a) / (5 (1 + a)), leaves share the rest.
    const double a = 0.85, c = (1 + 4 * a) / (5 * (1 + a));
    PageRankParams tight;
    tight.tolerance = 1e-13;  // the default stops within about 1e-6 of the limit
    tight.max_iterations = 1000;
    const auto pr = pagerank(g, tight);
    CHECK(pr.report.converged);
    check_values(pr.value, {c, (1 - c) / 4, (1 - c) / 4, (1 - c) / 4, (1 - c) / 4}, 1e-10);
    // Eigenvector: lambda = 2, centre twice each leaf, unit length.
    EigenvectorParams ep;
    ep.tolerance = 1e-13;
    const auto ev = eigenvector(g, ep);
    CHECK(ev.report.converged);
    const double leaf = 1 / std::sqrt(8.0);
    check_values(ev.value, {2 * leaf, leaf, leaf, leaf, leaf}, 1e-10);
}

TEST_CASE("cycle C5: every node alike", "[algorithms][centrality]") {
    const CsrGraph g = cycle5();
    check_values(betweenness(g).value, std::vector<double>(5, 2.0 / 12));
    check_values(closeness(g), std::vector<double>(5, 4.0 / 6));
    check_values(harmonic(g), std::vector<double>(5, 3));
    check_values(pagerank(g).value, std::vector<double>(5, 0.2), 1e-9);
    check_values(eigenvector(g).value, std::vector<double>(5, 1 / std::sqrt(5.0)), 1e-9);
    check_values(katz(g).value, std::vector<double>(5, 1 / std::sqrt(5.0)), 1e-9);
    const auto h = hits(g);
    check_values(h.hub, std::vector<double>(5, 0.2), 1e-9);
    check_values(h.authority, std::vector<double>(5, 0.2), 1e-9);
}

TEST_CASE("directed path: incoming distances, ordered pairs", "[algorithms][centrality]") {
    const CsrGraph g = make(3, {{0, 1}, {1, 2}}, true);
    check_values(betweenness(g).value, {0, 0.5, 0});
    check_values(closeness(g), {0, 0.5, 2.0 / 3});
    check_values(harmonic(g), {0, 1, 1.5});
    const auto d = degree(g);
    check_values(d.in, {0, 1, 1});
    check_values(d.out, {1, 1, 0});
    check_values(d.total, {1, 2, 1});
}

TEST_CASE("weighted: distance is 1/weight, parallel weights add", "[algorithms][centrality]") {
    // 0-1 and 1-2 weigh 1 (distance 1); 0-2 weighs 0.25 (distance 4), so 0 reaches 2 through 1.
    const CsrGraph g = make(3, {{0, 1, 1}, {1, 2, 0.5}, {1, 2, 0.5}, {0, 2, 0.25}, {2, 2, 7}});
    check_values(betweenness(g).value, {0, 0, 0});
    check_values(betweenness(g, {.weighted = true, .run = {.threads = 1}}).value, {0, 1, 0});
    check_values(strength(g), {1.25, 2, 1.25});
    check_values(degree(g).total, {2, 2, 2});
    check_values(closeness(g, {.weighted = true, .run = {.threads = 1}}), {2.0 / 3, 1, 2.0 / 3});
}

TEST_CASE("degree by neighbour type", "[algorithms][centrality]") {
    // 0 (type 0) tied to 1, 2 (type 1) and 3 (type 2); 3 tied to 1.
    const CsrGraph g = make(4, {{0, 1}, {0, 2}, {0, 3}, {3, 1}, {0, 1}});
    DegreeParams p;
    p.node_type = {0, 1, 1, 2};
    p.type_count = 3;
    const auto d = degree(g, p);
    REQUIRE(d.by_type.size() == 12);
    CHECK(std::vector<std::uint32_t>(d.by_type.begin(), d.by_type.begin() + 3) == std::vector<std::uint32_t>{0, 2, 1});
    CHECK(std::vector<std::uint32_t>(d.by_type.begin() + 9, d.by_type.end()) == std::vector<std::uint32_t>{1, 1, 0});
    p.node_type = {0, 1};
    CHECK_THROWS_AS(degree(g, p), std::invalid_argument);
}

TEST_CASE("exact betweenness does not depend on the thread count", "[algorithms][centrality]") {
    std::vector<WeightedEdge> edges;
    std::uint64_t x = 12345;
    for (int i = 0; i < 3000; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        edges.push_back({std::uint32_t((x >> 33) % 700), std::uint32_t((x >> 13) % 700), double(1 + (x >> 60))});
    }
    for (const bool directed : {false, true}) {
        const CsrGraph g = build_simple_csr(700, edges, directed);
        for (const bool weighted : {false, true}) {
            const auto one = betweenness(g, {.weighted = weighted, .run = {.threads = 1}}).value;
            const auto two = betweenness(g, {.weighted = weighted, .run = {.threads = 2}}).value;
            const auto five = betweenness(g, {.weighted = weighted, .run = {.threads = 5}}).value;
            CHECK(one == two);  // bit for bit
            CHECK(one == five);
            CHECK(closeness(g, {.weighted = weighted, .run = {.threads = 1}}) ==
                  closeness(g, {.weighted = weighted, .run = {.threads = 3}}));
        }
    }
}

TEST_CASE("iterative measures say when they do not converge", "[algorithms][centrality]") {
    // K6: lambda_max = 5, so Katz with alpha = 0.3 > 1/5 diverges.
    std::vector<WeightedEdge> edges;
    for (std::uint32_t i = 0; i < 6; ++i)
        for (std::uint32_t j = i + 1; j < 6; ++j) edges.push_back({i, j});
    const CsrGraph g = build_simple_csr(7, edges, false);
    KatzParams k;
    k.alpha = 0.3;
    const auto r = katz(g, k);
    CHECK_FALSE(r.report.converged);
    k.alpha = 0.1;
    CHECK(katz(g, k).report.converged);
    PageRankParams p;
    p.max_iterations = 1;
    const auto pr = pagerank(g, p);
    CHECK_FALSE(pr.report.converged);
    CHECK(pr.report.iterations == 1);
    CHECK(pr.report.residual >= pr.report.threshold);
}

TEST_CASE("parameter errors name the parameter and the rule", "[algorithms][centrality]") {
    const CsrGraph g = path4();
    PageRankParams p;
    p.damping = 1.5;
    CHECK_THROWS_WITH(pagerank(g, p), Contains("damping must be in [0, 1]"));
    p.damping = 0.85;
    p.personalization = {0, 0, 0, 0};
    CHECK_THROWS_WITH(pagerank(g, p), Contains("personalization must have a nonzero entry"));
    p.personalization = {1, 2};
    CHECK_THROWS_WITH(pagerank(g, p), Contains("one entry per node"));
    ApproxBetweennessParams a;
    a.epsilon = 0;
    CHECK_THROWS_WITH(approx_betweenness(g, a), Contains("epsilon must be in (0, 1)"));
    a.epsilon = 0.1;
    a.delta = 1;
    CHECK_THROWS_WITH(approx_betweenness(g, a), Contains("delta"));
    const CsrGraph bad = make(2, {{0, 1, -1}});
    CHECK_THROWS_AS(betweenness(bad, {.weighted = true, .run = {.threads = 1}}), InputError);
    CentralityOptions o;
    o.measures = {"degree", "closenes"};
    CHECK_THROWS_WITH(compute_centrality(g, o), Contains("unknown centrality measure") && Contains("'closenes'"));
    o.measures = {"degree", "degree"};
    CHECK_THROWS_WITH(compute_centrality(g, o), Contains("listed twice"));
}

TEST_CASE("empty and edgeless graphs", "[algorithms][centrality]") {
    for (std::uint32_t n : {0u, 1u, 4u}) {
        const CsrGraph g = make(n, {});
        const auto s = compute_centrality(g);
        for (const auto& m : s.measures) {
            INFO(m.name << " n=" << n);
            CHECK(m.value.size() == n);
            if (m.report) CHECK(m.report->converged);
            if (m.name != "pagerank" && m.name != "eigenvector" && m.name != "katz")
                for (double v : m.value) CHECK(v == 0);
        }
    }
}

TEST_CASE("large graphs (parallel products): PageRank and HITS satisfy their equations", "[algorithms][centrality]") {
    // Over 200 000 arcs, so the matrix products run on several threads; checked against a
    // plain serial product written here.
    const std::uint32_t n = 30000;
    const CsrGraph g = skewed_random_graph(n, 230000, 99, true);
    REQUIRE(g.out_targets.size() > 200000);
    PageRankParams p;
    p.tolerance = 1e-12;
    p.max_iterations = 1000;
    const auto pr = pagerank(g, p);
    REQUIRE(pr.report.converged);
    std::vector<double> next(n, 0.0);
    double dangling = 0;
    for (std::uint32_t u = 0; u < n; ++u) {
        const auto out = g.out_neighbours(u);
        if (out.empty()) dangling += pr.value[u];
        for (auto v : out) next[v] += pr.value[u] / double(out.size());
    }
    double err = 0;
    for (std::uint32_t v = 0; v < n; ++v) err += std::fabs(0.85 * (next[v] + dangling / n) + 0.15 / n - pr.value[v]);
    CHECK(err < 1e-7);

    const auto h = hits(g);
    REQUIRE(h.report.converged);
    // authority is proportional to A^T hub.
    std::vector<double> a(n, 0.0);
    double sum = 0;
    for (std::uint32_t u = 0; u < n; ++u)
        for (auto v : g.out_neighbours(u)) a[v] += h.hub[u];
    for (double v : a) sum += v;
    double diff = 0;
    for (std::uint32_t v = 0; v < n; ++v) diff += std::fabs(a[v] / sum - h.authority[v]);
    CHECK(diff < 1e-9);
}

TEST_CASE("HITS: Lanczos where the top is simple, the power-iteration limit where it repeats",
          "[algorithms][centrality]") {
    // Path 0-1-2-3 is bipartite: A A^T = A^2 has its top eigenvalue phi^2 twice (hub copies of
    // {0, 2} and of {1, 3} are separate blocks). The power iteration from the uniform vector
    // tends to the Perron vector of A, (1, phi, phi, 1), whose blocks it weights by overlap.
    const double phi = (1 + std::sqrt(5.0)) / 2;
    const auto repeated = hits(path4());
    CHECK(repeated.report.converged);
    CHECK(repeated.report.threshold == HitsParams{}.tolerance);  // took the power iteration
    const double s = 2 + 2 * phi;
    check_values(repeated.hub, {1 / s, phi / s, phi / s, 1 / s}, 1e-8);
    check_values(repeated.authority, {1 / s, phi / s, phi / s, 1 / s}, 1e-8);

    // Path plus a chord 1-3 closes a triangle: no longer bipartite, the top is simple and
    // Lanczos answers in a handful of products, to its much tighter residual.
    const CsrGraph g = make(4, {{0, 1}, {1, 2}, {2, 3}, {1, 3}});
    const auto simple = hits(g);
    CHECK(simple.report.converged);
    CHECK(simple.report.threshold < 1e-10);
    // Reference: the power iteration h <- A A^T h, run far past convergence.
    std::vector<double> h(4, 0.25), a(4);
    for (int it = 0; it < 2000; ++it) {  // h <- A A^T h, scaled to sum 1
        std::fill(a.begin(), a.end(), 0.0);
        for (std::uint32_t u = 0; u < 4; ++u)
            for (auto v : g.out_neighbours(u)) a[v] += h[u];
        std::fill(h.begin(), h.end(), 0.0);
        for (std::uint32_t u = 0; u < 4; ++u)
            for (auto v : g.out_neighbours(u)) h[u] += a[v];
        double sum = 0;
        for (double x : h) sum += x;
        for (auto& x : h) x /= sum;
    }
    check_values(simple.hub, h, 1e-10);
}

TEST_CASE("spectral measures: results do not depend on the thread count", "[algorithms][centrality]") {
    // Over 200 000 arcs, so the products split between threads.
    const CsrGraph g = skewed_random_graph(30000, 120000, 7, false);
    REQUIRE(g.out_targets.size() > 200000);
    // measure(params) with params.threads set to 1 and to 2 gives the same values, bit for bit.
    const auto same_for_one_and_two_threads = [](auto params, const auto& measure) {
        auto two = params;
        params.threads = 1;
        two.threads = 2;
        CHECK(measure(params) == measure(two));
    };
    same_for_one_and_two_threads(PageRankParams{}, [&](const auto& p) { return pagerank(g, p).value; });
    same_for_one_and_two_threads(EigenvectorParams{}, [&](const auto& p) { return eigenvector(g, p).value; });
    KatzParams k;
    k.alpha = 0.5 / lambda_max(g).value;
    same_for_one_and_two_threads(k, [&](const auto& p) { return katz(g, p).value; });
    same_for_one_and_two_threads(HitsParams{}, [&](const auto& p) { return hits(g, p).hub; });
}

TEST_CASE("stopping rules: the default bounds the total residual, networkx() scales it with n",
          "[algorithms][centrality]") {
    const CsrGraph g = star4();
    const auto precise = pagerank(g);
    CHECK(precise.report.threshold == 1e-10);
    CHECK(precise.report.residual < 1e-10);
    const auto loose = pagerank(g, PageRankParams::networkx());
    CHECK(loose.report.threshold == Approx(5 * 1e-6));
    // It stops at a change above the precise threshold. (Its step count is no smaller: the
    // default rule sweeps Gauss-Seidel, at rate damping^2 per sweep on a star.)
    CHECK(loose.report.residual > precise.report.threshold);
    CHECK(loose.report.residual < loose.report.threshold);
    // The certificate: within damping / (1 - damping) * residual of the exact value, c as above.
    const double a = 0.85, c = (1 + 4 * a) / (5 * (1 + a));
    CHECK(std::fabs(precise.value[0] - c) <= a / (1 - a) * precise.report.residual);
    CHECK(EigenvectorParams::networkx().max_iterations == 100);
    CHECK(KatzParams::networkx().max_iterations == 1000);
}

TEST_CASE("pagerank: Gauss-Seidel sweeps reach the power iteration's ranks in fewer steps",
          "[algorithms][centrality][pagerank]") {
    // Directed, with dangling nodes, a personalization and a dangling vector: every term of the
    // sweep. The power iteration is NetworkX's rule with the same threshold.
    const CsrGraph g = skewed_random_graph(2000, 8000, 11, true);
    const std::uint32_t n = g.node_count;
    PageRankParams sweeps;
    sweeps.tolerance = 1e-13;
    sweeps.personalization.assign(n, 1.0);
    sweeps.dangling.assign(n, 1.0);
    for (std::uint32_t v = 0; v < n; v += 7) sweeps.personalization[v] = 5;
    for (std::uint32_t v = 0; v < n; v += 3) sweeps.dangling[v] = 0;
    PageRankParams power = sweeps;
    power.stopping = StoppingRule::networkx;
    power.tolerance = 1e-13 / n;
    const auto fast = pagerank(g, sweeps), slow = pagerank(g, power);
    REQUIRE(fast.report.converged);
    REQUIRE(slow.report.converged);
    CHECK(fast.report.iterations < slow.report.iterations);
    check_values(fast.value, slow.value, 1e-13);
    double sum = 0;
    for (double v : fast.value) sum += v;
    CHECK(sum == Approx(1).margin(1e-13));
}

TEST_CASE("Katz alpha as a fraction of 1 / lambda_max", "[algorithms][centrality]") {
    // Star K(1,200): lambda_max = sqrt(200) > 10, so NetworkX's alpha = 0.1 diverges.
    std::vector<WeightedEdge> edges;
    for (std::uint32_t i = 1; i <= 200; ++i) edges.push_back({0, i});
    const CsrGraph g = build_simple_csr(201, edges, false);
    const LambdaMax l = lambda_max(g);
    CHECK(l.exact);
    CHECK(l.value == Approx(std::sqrt(200.0)).epsilon(1e-9));
    CHECK(l.value >= std::sqrt(200.0) * (1 - 1e-14));
    CentralityOptions o;
    o.measures = {"katz"};
    o.katz_alpha = 0.1;
    CHECK_FALSE(compute_centrality(g, o).measures[0].report->converged);
    o.katz_alpha.reset();  // the default: 0.85 / lambda_max
    const auto s = compute_centrality(g, o);
    CHECK(s.measures[0].report->converged);
    REQUIRE(s.katz);
    CHECK(s.katz->alpha == Approx(0.85 / std::sqrt(200.0)));
    // x_centre = 1 + alpha * 200 x_leaf, x_leaf = 1 + alpha x_centre (unnormalised).
    const double al = s.katz->alpha, leaf = (1 + al) / (1 - 200 * al * al), centre = 1 + 200 * al * leaf;
    CHECK(s.measures[0].value[0] / s.measures[0].value[1] == Approx(centre / leaf).epsilon(1e-9));
    // Directed: an upper bound (the 3-cycle has lambda_max = 1).
    const CsrGraph cycle = build_simple_csr(3, std::vector<WeightedEdge>{{0, 1}, {1, 2}, {2, 0}}, true);
    const LambdaMax d = lambda_max(cycle);
    CHECK_FALSE(d.exact);
    CHECK(d.value >= 1 - 1e-12);
    CHECK(d.value <= 1 + 1e-9);
}

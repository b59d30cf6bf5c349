// Every measure against NetworkX on the classic graphs and on seeded random multigraphs.
#include <catch2/catch.hpp>

#include "algorithms/centrality/oracle.hpp"
#include "algorithms/centrality/spectral.hpp"
#include "algorithms/centrality/suite.hpp"
#include "engine/graph_csr.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

const double kExact = 1e-9;  // exact measures, relative
// Iterative measures (normalised: sum 1 or unit length) by default against NetworkX at a tight
// tolerance: absolute, as the stopping rule bounds the total error.
const double kIterative = 1e-9;
// With --networkx-defaults, the same steps as NetworkX's: equal but for rounding, relative.
const double kSameSteps = 1e-10;

void compare_all(const Oracle& o, bool directed, bool weighted, const std::string& label,
                 bool networkx_defaults = false) {
    const CsrGraph g = build_simple_csr(o.nodes, o.edges, directed);
    CentralityOptions options;
    options.weighted = weighted;
    options.run.threads = 2;
    options.katz_alpha = 0.1;  // NetworkX's default
    options.networkx_defaults = networkx_defaults;
    // As many iterations as the reference may take (a component of nearly the top eigenvalue
    // decays slowly in the directed power iteration); the default stopping rule is unchanged.
    if (!networkx_defaults) options.max_iterations = 100000;
    const CentralitySuite suite = compute_centrality(g, options);
    for (const auto& m : suite.measures) {
        const bool same_steps = networkx_defaults && o.measures.count("networkx_" + m.name);
        const auto& expected = o.measures.at(same_steps ? "networkx_" + m.name : m.name);
        const std::string what = label + " " + m.name;
        INFO(what);
        if (!expected) {
            // NetworkX raised PowerIterationFailedConvergence: so must we report failure.
            REQUIRE(m.report);
            CHECK_FALSE(m.report->converged);
            continue;
        }
        if (m.report) {
            CHECK(m.report->converged);
            CHECK(m.report->iterations >= 1);
            CHECK(m.report->residual < m.report->threshold);
        }
        if (same_steps)
            check_close(what, m.value, *expected, kSameSteps);
        else if (m.report)
            check_close(what, m.value, *expected, 0, kIterative);
        else
            check_close(what, m.value, *expected, kExact);
    }
    if (directed) {
        check_close(label + " in_degree", suite.degree.in, *o.measures.at("in_degree"), kExact);
        check_close(label + " out_degree", suite.degree.out, *o.measures.at("out_degree"), kExact);
    }
}

}  // namespace

TEST_CASE("centrality equals NetworkX on the classic graphs", "[algorithms][centrality][networkx]") {
    for (const std::string graph : {"karate", "florentine", "lesmis", "davis"})
        for (const bool weighted : {false, true}) {
            const std::string label = graph + (weighted ? " weighted" : " unweighted");
            SECTION(label) {
                const Oracle o =
                    run_oracle("{\"graph\": \"" + graph + "\", \"weighted\": " + (weighted ? "true" : "false") + "}");
                CHECK(o.nodes > 10);
                compare_all(o, false, weighted, label);
                compare_all(o, false, weighted, label + " networkx-defaults", true);
            }
        }
}

TEST_CASE("directed centrality equals NetworkX's DiGraph", "[algorithms][centrality][networkx]") {
    for (const std::string graph : {"karate", "lesmis"})
        for (const bool weighted : {false, true}) {
            const std::string label = graph + " directed" + (weighted ? " weighted" : "");
            SECTION(label) {
                const Oracle o = run_oracle("{\"graph\": \"" + graph + "\", \"directed\": true, \"weighted\": " +
                                            (weighted ? "true" : "false") + "}");
                compare_all(o, true, weighted, label);
                compare_all(o, true, weighted, label + " networkx-defaults", true);
            }
        }
}

TEST_CASE("centrality equals NetworkX on random multigraphs", "[algorithms][centrality][networkx]") {
    for (std::uint32_t seed = 1; seed <= 3; ++seed)
        for (const bool directed : {false, true})
            for (const bool weighted : {false, true}) {
                const std::string label = "seed " + std::to_string(seed) + (directed ? " directed" : " undirected") +
                                          (weighted ? " weighted" : " unweighted");
                SECTION(label) {
                    std::uint32_t n = 0;
                    // Three dense-ish blocks of different sizes' worth of edges, plus 5 isolated nodes.
                    const auto edges = random_multigraph(seed, 3, 25, 40 + 10 * seed, 5, n);
                    const Oracle o = run_oracle("{\"graph\": \"edges\", \"nodes\": " + std::to_string(n) +
                                                ", \"edges\": " + edges_json(edges) +
                                                ", \"directed\": " + (directed ? "true" : "false") +
                                                ", \"weighted\": " + (weighted ? "true" : "false") + "}");
                    REQUIRE(o.nodes == n);
                    compare_all(o, directed, weighted, label);
                    compare_all(o, directed, weighted, label + " networkx-defaults", true);
                }
            }
}

TEST_CASE("personalised PageRank equals NetworkX", "[algorithms][centrality][networkx][pagerank]") {
    std::vector<double> p(34, 0.0);
    p[0] = 1;
    p[33] = 3;
    p[5] = 0.5;
    std::ostringstream spec;
    spec << "{\"graph\": \"karate\", \"personalization\": [";
    for (std::size_t i = 0; i < p.size(); ++i) spec << (i ? "," : "") << p[i];
    spec << "]}";
    const Oracle o = run_oracle(spec.str());
    const CsrGraph g = build_simple_csr(o.nodes, o.edges, false);
    PageRankParams params;
    params.personalization = p;
    const auto r = pagerank(g, params);
    CHECK(r.report.converged);
    check_close("personalised pagerank", r.value, *o.measures.at("pagerank_personalized"), 0, kIterative);
}

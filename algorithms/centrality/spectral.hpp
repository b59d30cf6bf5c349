#pragma once
// Spectral (iterative) centralities: eigenvector (Bonacich 1972), PageRank
// (Page, Brin, Motwani & Winograd 1999), Katz (1953), HITS hubs and authorities
// (Kleinberg 1999). Each is a power iteration that reproduces NetworkX's
// iteration step for step (start vector, update, stopping rule), so the two agree
// to rounding; each reports iterations, convergence and residual and never
// stops silently: when max_iterations pass without convergence (NetworkX raises
// PowerIterationFailedConvergence) the result says converged = false.
#include <cstdint>
#include <vector>

#include "algorithms/centrality/common.hpp"
#include "engine/csr.hpp"

namespace repnet {

struct EigenvectorParams {
    bool weighted = false;             // use edge weights (nx weight="weight"); false = every edge 1 (nx default weight=None)
    std::uint32_t max_iterations = 100;
    double tolerance = 1e-6;           // stop when sum |x - x_prev| < n * tolerance
};
struct SpectralResult {
    std::vector<double> value;
    IterationReport report;
};

// Principal eigenvector of A^T (in-links count in directed views), by power iteration on
// (A + I)^T from the uniform vector, L2-normalised each step: nx.eigenvector_centrality.
// O(E) per iteration. Throws InvalidArgument for max_iterations = 0 or tolerance <= 0.
SpectralResult eigenvector(const CsrGraph& graph, const EigenvectorParams& params = {});

struct PageRankParams {
    double damping = 0.85;             // alpha, in [0, 1]
    std::vector<double> personalization;  // per CSR node, >= 0, not all 0; empty = uniform. Normalised to sum 1.
    std::vector<double> dangling;      // where dangling nodes' rank goes; empty = the personalization vector
    bool weighted = false;             // false = every edge 1 (NetworkX's weight="weight" on a graph without weights)
    std::uint32_t max_iterations = 100;
    double tolerance = 1e-6;           // stop when sum |x - x_prev| < n * tolerance
};

// PageRank with random jumps and dangling-node rank distributed by the personalization
// (or dangling) vector: nx.pagerank. Undirected views count each edge both ways.
// Values sum to 1. O(E) per iteration. Throws InvalidArgument for a damping outside
// [0, 1], vectors of the wrong length, negative entries or all-zero vectors.
SpectralResult pagerank(const CsrGraph& graph, const PageRankParams& params = {});

struct KatzParams {
    double alpha = 0.1;                // attenuation; converges only if alpha < 1 / lambda_max
    double beta = 1.0;
    bool normalized = true;            // divide by the L2 norm at the end
    bool weighted = false;
    std::uint32_t max_iterations = 1000;
    double tolerance = 1e-6;           // stop when sum |x - x_prev| < n * tolerance
};

// x = alpha A^T x + beta, iterated from 0: nx.katz_centrality. O(E) per iteration.
// Stops early (converged = false) once the iterate overflows, which happens when
// alpha >= 1 / lambda_max. Throws InvalidArgument for max_iterations = 0 or tolerance <= 0.
SpectralResult katz(const CsrGraph& graph, const KatzParams& params = {});

struct HitsParams {
    bool weighted = false;
    // nx.hits' max_iter=100 counts ARPACK restarts, each worth many products. Limits Lanczos
    // restarts and, in the fallback, power-iteration steps.
    std::uint32_t max_iterations = 1000;
    double tolerance = 1e-8;           // fallback: stop when sum |h - h_prev| < tolerance (h scaled to max 1)
};
struct HitsResult {
    std::vector<double> hub, authority;  // each sums to 1
    IterationReport report;
};

// Hubs and authorities: h the top eigenvector of A A^T, a = A^T h, normalised to sum 1.
// Lanczos where the top singular value of A is certified simple (then equal to nx.hits);
// otherwise (e.g. bipartite undirected graphs, where nx.hits returns whichever singular vector
// ARPACK finds) the power-iteration limit from the uniform vector, as NetworkX's pure-Python
// reference (_hits_python) computes. The report counts products with A A^T (Lanczos) or
// power-iteration steps. A graph without edges gives all zeros. O(E) per product.
HitsResult hits(const CsrGraph& graph, const HitsParams& params = {});

}  // namespace repnet

#include "algorithms/centrality/spectral.hpp"

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <string>

#include <Eigen/Eigenvalues>

#include "engine/errors.hpp"

namespace repnet {
namespace {

void check_iteration(std::uint32_t max_iterations, double tolerance, const char* measure) {
    if (max_iterations == 0) throw InvalidArgument(std::string(measure) + " max_iterations", "must be >= 1", "0");
    if (!(tolerance > 0) || !std::isfinite(tolerance))
        throw InvalidArgument(std::string(measure) + " tolerance", "must be a finite number > 0", argument_text(tolerance));
}

// Rows [first, last) of y = M x for the CSR arrays (off, adj, w).
void multiply_rows(const std::uint64_t* off, const std::uint32_t* adj, const double* w, bool weighted, const double* x, double* y,
                   std::uint32_t first, std::uint32_t last) {
    for (std::uint32_t v = first; v < last; ++v) {
        double s = 0;
        if (weighted)
            for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) s += w[e] * x[adj[e]];
        else
            for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) s += x[adj[e]];
        y[v] = s;
    }
}

// Below this many arcs a second thread costs more than it saves.
constexpr std::uint64_t kParallelArcs = 200000;

// y = M x, rows split between threads at equal arc counts. Each row is summed by one thread
// in CSR order, so the result does not depend on the split.
void multiply_csr(std::uint32_t n, const std::uint64_t* off, const std::uint32_t* adj, const double* w, bool weighted,
                  const std::vector<double>& x, std::vector<double>& y) {
    const std::uint64_t arcs = off[n];
    const unsigned threads = arcs < kParallelArcs ? 1 : detail::thread_count(0, n);
    if (threads == 1) {
        multiply_rows(off, adj, w, weighted, x.data(), y.data(), 0, n);
        return;
    }
    std::vector<std::uint32_t> cut(threads + 1, n);
    cut[0] = 0;
    for (unsigned t = 1; t < threads; ++t)
        cut[t] = static_cast<std::uint32_t>(std::lower_bound(off, off + n, arcs * t / threads) - off);
    detail::run_threads(threads, [&](unsigned t) { multiply_rows(off, adj, w, weighted, x.data(), y.data(), cut[t], cut[t + 1]); });
}

// y[v] = sum over arcs u -> v of weight * x[u]  (pull over in-arcs; undirected views: both ways).
void multiply_transpose(const CsrGraph& g, bool weighted, const std::vector<double>& x, std::vector<double>& y) {
    if (g.directed) multiply_csr(g.node_count, g.in_offsets.data(), g.in_sources.data(), g.in_weights.data(), weighted, x, y);
    else multiply_csr(g.node_count, g.out_offsets.data(), g.out_targets.data(), g.out_weights.data(), weighted, x, y);
}

// y[u] = sum over arcs u -> v of weight * x[v]  (pull over out-arcs).
void multiply(const CsrGraph& g, bool weighted, const std::vector<double>& x, std::vector<double>& y) {
    multiply_csr(g.node_count, g.out_offsets.data(), g.out_targets.data(), g.out_weights.data(), weighted, x, y);
}

double l1_distance(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) s += std::fabs(a[i] - b[i]);
    return s;
}

double l2_norm(const std::vector<double>& x) {
    // Scaled sum of squares, as math.hypot does, so large iterates do not overflow early.
    double m = 0;
    for (double v : x) m = std::max(m, std::fabs(v));
    if (m == 0 || !std::isfinite(m)) return m;
    double s = 0;
    for (double v : x) s += (v / m) * (v / m);
    return m * std::sqrt(s);
}

std::vector<double> probability_vector(const std::vector<double>& given, std::uint32_t n, const char* name) {
    if (given.empty()) return std::vector<double>(n, n ? 1.0 / n : 0.0);
    if (given.size() != n)
        throw InvalidArgument(name, "must have one entry per node (" + std::to_string(n) + ")",
                              std::to_string(given.size()) + " entries");
    double sum = 0;
    for (double v : given) {
        if (!(v >= 0) || !std::isfinite(v))
            throw InvalidArgument(name, "entries must be finite and >= 0", argument_text(v));
        sum += v;
    }
    if (!(sum > 0)) throw InvalidArgument(name, "must have a nonzero entry", "all zero");
    std::vector<double> p(given);
    for (auto& v : p) v /= sum;
    return p;
}

IterationReport start_report(std::uint32_t max_iterations, double threshold) {
    IterationReport r;
    r.max_iterations = max_iterations;
    r.threshold = threshold;
    return r;
}

}  // namespace

SpectralResult eigenvector(const CsrGraph& g, const EigenvectorParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "eigenvector");
    const std::uint32_t n = g.node_count;
    SpectralResult r;
    r.report = start_report(params.max_iterations, n * params.tolerance);
    if (n == 0) {
        r.report.converged = true;
        return r;
    }
    std::vector<double> x(n, 1.0 / n), next(n);
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        multiply_transpose(g, params.weighted, x, next);
        for (std::uint32_t v = 0; v < n; ++v) next[v] += x[v];  // (A + I)^T x
        double norm = l2_norm(next);
        if (norm == 0) norm = 1;
        for (auto& v : next) v /= norm;
        r.report.iterations = it;
        r.report.residual = l1_distance(next, x);
        x.swap(next);
        if (r.report.residual < r.report.threshold) {
            r.report.converged = true;
            break;
        }
        if (!std::isfinite(r.report.residual)) break;
    }
    r.value = std::move(x);
    return r;
}

SpectralResult pagerank(const CsrGraph& g, const PageRankParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "pagerank");
    if (!(params.damping >= 0 && params.damping <= 1))
        throw InvalidArgument("damping", "must be in [0, 1]", argument_text(params.damping));
    const std::uint32_t n = g.node_count;
    SpectralResult r;
    r.report = start_report(params.max_iterations, n * params.tolerance);
    if (n == 0) {
        r.report.converged = true;
        return r;
    }
    const std::vector<double> p = probability_vector(params.personalization, n, "personalization");
    const std::vector<double> dangling = params.dangling.empty() ? p : probability_vector(params.dangling, n, "dangling");
    // Out-strength of each node; rank flows along out-arcs in proportion to weight.
    std::vector<double> inv_out(n, 0.0);
    std::vector<std::uint32_t> dangling_nodes;
    for (std::uint32_t v = 0; v < n; ++v) {
        double s = 0;
        if (params.weighted)
            for (double w : g.out_edge_weights(v)) s += w;
        else
            s = double(g.out_offsets[v + 1] - g.out_offsets[v]);
        if (s != 0) inv_out[v] = 1.0 / s;
        else dangling_nodes.push_back(v);
    }
    const double alpha = params.damping;
    std::vector<double> x(n, 1.0 / n), scaled(n), next(n);
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        for (std::uint32_t v = 0; v < n; ++v) scaled[v] = x[v] * inv_out[v];
        double dangling_sum = 0;
        for (auto v : dangling_nodes) dangling_sum += x[v];
        multiply_transpose(g, params.weighted, scaled, next);
        for (std::uint32_t v = 0; v < n; ++v) next[v] = alpha * (next[v] + dangling_sum * dangling[v]) + (1 - alpha) * p[v];
        r.report.iterations = it;
        r.report.residual = l1_distance(next, x);
        x.swap(next);
        if (r.report.residual < r.report.threshold) {
            r.report.converged = true;
            break;
        }
    }
    r.value = std::move(x);
    return r;
}

SpectralResult katz(const CsrGraph& g, const KatzParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "katz");
    if (!std::isfinite(params.alpha)) throw InvalidArgument("katz alpha", "must be a finite number", argument_text(params.alpha));
    if (!std::isfinite(params.beta)) throw InvalidArgument("katz beta", "must be a finite number", argument_text(params.beta));
    const std::uint32_t n = g.node_count;
    SpectralResult r;
    r.report = start_report(params.max_iterations, n * params.tolerance);
    if (n == 0) {
        r.report.converged = true;
        return r;
    }
    std::vector<double> x(n, 0.0), next(n);
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        multiply_transpose(g, params.weighted, x, next);
        for (auto& v : next) v = params.alpha * v + params.beta;
        r.report.iterations = it;
        r.report.residual = l1_distance(next, x);
        x.swap(next);
        if (r.report.residual < r.report.threshold) {
            r.report.converged = true;
            break;
        }
        if (!std::isfinite(r.report.residual)) break;  // diverged: alpha >= 1 / lambda_max
    }
    if (params.normalized && r.report.converged) {
        const double norm = l2_norm(x);
        if (norm > 0)
            for (auto& v : x) v /= norm;
    }
    r.value = std::move(x);
    return r;
}

namespace {

std::uint32_t find_root(std::vector<std::uint32_t>& parent, std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

double dot(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

void axpy(double alpha, const std::vector<double>& x, std::vector<double>& y) {
    for (std::size_t i = 0; i < y.size(); ++i) y[i] += alpha * x[i];
}

// y = A A^T x, the hub-side operator.
void hub_gram(const CsrGraph& g, bool weighted, const std::vector<double>& x, std::vector<double>& scratch, std::vector<double>& y) {
    multiply_transpose(g, weighted, x, scratch);
    multiply(g, weighted, scratch, y);
}

// A decomposes into independent blocks: the connected components of the bipartite graph with
// a hub copy (index u) and an authority copy (index n + v) of every node and an edge
// hub(u)-authority(v) per arc u -> v.
struct HubBlocks {
    std::vector<std::uint32_t> of;  // block of hub copy u at [u], of authority copy v at [n + v]
    std::uint32_t count = 0;
};

HubBlocks hub_blocks(const CsrGraph& g) {
    const std::uint32_t n = g.node_count;
    std::vector<std::uint32_t> parent(2 * std::size_t(n));
    for (std::uint32_t i = 0; i < 2 * n; ++i) parent[i] = i;
    for (std::uint32_t u = 0; u < n; ++u)
        for (auto v : g.out_neighbours(u)) {
            const std::uint32_t a = find_root(parent, u), b = find_root(parent, n + v);
            if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
    std::vector<std::uint32_t> block(2 * std::size_t(n));
    std::vector<std::uint32_t> block_index(2 * std::size_t(n), UINT32_MAX);
    std::uint32_t blocks = 0;
    for (std::uint32_t i = 0; i < 2 * n; ++i) {
        const std::uint32_t root = find_root(parent, i);
        if (block_index[root] == UINT32_MAX) block_index[root] = blocks++;
        block[i] = block_index[root];
    }
    return {std::move(block), blocks};
}

// Collatz-Wielandt steps spent trying to certify that the top singular value is simple.
constexpr std::uint32_t kCertifySteps = 64;

// True when sigma2, the top eigenvalue of A A^T found with vector x, is certainly simple: it
// exceeds every other block's top eigenvalue. A A^T is non-negative and irreducible on the hub
// side of a block, so for any y > 0 there, max over the block of (A A^T y)_i / y_i bounds its
// top eigenvalue from above (Collatz-Wielandt); y = (A A^T)^t 1 tightens the bound as t grows.
bool top_is_simple(const CsrGraph& g, bool weighted, const HubBlocks& blocks_of, const std::vector<double>& x, double sigma2) {
    const std::uint32_t n = g.node_count;
    const auto& block = blocks_of.of;
    const std::uint32_t blocks = blocks_of.count;
    std::uint32_t largest = 0;
    for (std::uint32_t i = 1; i < n; ++i)
        if (std::fabs(x[i]) > std::fabs(x[largest])) largest = i;
    std::vector<double> y(n, 1.0), my(n), scratch(n), bound(blocks), peak(blocks);
    for (std::uint32_t step = 0; step < kCertifySteps; ++step) {
        hub_gram(g, weighted, y, scratch, my);
        std::fill(bound.begin(), bound.end(), 0.0);
        std::fill(peak.begin(), peak.end(), 0.0);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (y[i] > 0) bound[block[i]] = std::max(bound[block[i]], my[i] / y[i]);
            peak[block[i]] = std::max(peak[block[i]], my[i]);
        }
        bool simple = true;
        for (std::uint32_t b = 0; b < blocks && simple; ++b)
            if (b != block[largest] && bound[b] >= sigma2 * (1 - 1e-9)) simple = false;
        if (simple) return true;
        // Next y: scaled to max 1 per block, so small blocks neither underflow nor overflow.
        for (std::uint32_t i = 0; i < n; ++i) y[i] = peak[block[i]] > 0 ? my[i] / peak[block[i]] : 0.0;
    }
    return false;
}

void scale_to_sum(std::vector<double>& v) {
    double s = 0;
    for (double e : v) s += e;
    if (s > 0)
        for (auto& e : v) e /= s;
}

// The result from the hub vector h (non-negative): authorities a = A^T h, both scaled to sum 1.
void finish_hits(const CsrGraph& g, bool weighted, std::vector<double> h, HitsResult& r) {
    r.authority.assign(g.node_count, 0.0);
    multiply_transpose(g, weighted, h, r.authority);
    scale_to_sum(h);
    scale_to_sum(r.authority);
    r.hub = std::move(h);
}

// The blockwise power iteration: exact where the top singular value is repeated across
// blocks, but slow where a block's top two singular values are close.
HitsResult hits_power(const CsrGraph& g, const HitsParams& params, const HubBlocks& blocks_of) {
    const std::uint32_t n = g.node_count;
    HitsResult r;
    r.report = start_report(params.max_iterations, params.tolerance);
    // Within a block the top singular value is simple (Perron-Frobenius), so each block is
    // iterated and scaled on its own; the slow mixing between blocks of nearly equal singular
    // values that a global power iteration suffers never happens.
    const auto& block = blocks_of.of;
    const std::uint32_t blocks = blocks_of.count;
    const std::uint32_t* hub_block = block.data();
    const std::uint32_t* auth_block = block.data() + n;

    std::vector<double> h(n, 1.0 / n), a(n), next(n), hmax(blocks), amax(blocks), change(blocks), sigma2(blocks);
    auto block_max = [&](const std::vector<double>& v, const std::uint32_t* b, std::vector<double>& m) {
        std::fill(m.begin(), m.end(), 0.0);
        for (std::uint32_t i = 0; i < n; ++i) m[b[i]] = std::max(m[b[i]], v[i]);
    };
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        multiply_transpose(g, params.weighted, h, a);
        multiply(g, params.weighted, a, next);
        block_max(next, hub_block, hmax);
        block_max(a, auth_block, amax);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (hmax[hub_block[i]] > 0) next[i] /= hmax[hub_block[i]];
            if (amax[auth_block[i]] > 0) a[i] /= amax[auth_block[i]];
        }
        std::fill(change.begin(), change.end(), 0.0);
        for (std::uint32_t i = 0; i < n; ++i) change[hub_block[i]] += std::fabs(next[i] - h[i]);
        // Each block's h was scaled to max 1 before this step, so hmax is its sigma^2 estimate.
        if (it > 1) sigma2 = hmax;
        h.swap(next);
        r.report.iterations = it;
        r.report.residual = *std::max_element(change.begin(), change.end());
        if (r.report.residual < r.report.threshold) {
            r.report.converged = true;
            break;
        }
    }
    if (r.report.iterations == 1) sigma2 = hmax;
    // The limit of the power iteration from the uniform vector: the blocks with the largest
    // sigma, each's unit singular vector weighted by its overlap with the start vector.
    const double top = *std::max_element(sigma2.begin(), sigma2.end());
    std::vector<double> norm2(blocks, 0.0), overlap(blocks, 0.0);
    for (std::uint32_t i = 0; i < n; ++i) {
        norm2[hub_block[i]] += h[i] * h[i];
        overlap[hub_block[i]] += h[i];
    }
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t b = hub_block[i];
        const bool leading = sigma2[b] >= top * (1 - 1e-7) && norm2[b] > 0;
        h[i] = leading ? h[i] * overlap[b] / norm2[b] : 0.0;
    }
    finish_hits(g, params.weighted, std::move(h), r);
    return r;
}

// Lanczos steps per restart. Memory: this many vectors of n doubles.
constexpr std::uint32_t kLanczosSteps = 24;
// Stop once |A A^T h - sigma^2 h| < this times sigma^2 (h a unit vector): the vector is then
// accurate to about this over the relative spectral gap, far inside the 1e-6 promised.
constexpr double kLanczosTolerance = 1e-11;

}  // namespace

HitsResult hits(const CsrGraph& g, const HitsParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "hits");
    const std::uint32_t n = g.node_count;
    if (n == 0 || g.out_targets.empty()) {  // all zeros (NetworkX divides by zero)
        HitsResult r;
        r.report = start_report(params.max_iterations, params.tolerance);
        r.report.converged = true;
        r.hub.assign(n, 0.0);
        r.authority.assign(n, 0.0);
        return r;
    }
    // Lanczos on A A^T with full reorthogonalisation, restarted from its Ritz vector (the
    // Krylov method ARPACK applies behind nx.hits): tens of products where the blockwise power
    // iteration needs hundreds when the top two singular values are close. Where the top
    // singular value is simple its vector is the power iteration's limit; a breakdown (an
    // invariant Krylov space) makes the Ritz vector exact.
    const std::uint32_t steps = std::min(n, kLanczosSteps);
    std::vector<std::vector<double>> basis(steps, std::vector<double>(n));
    std::vector<double> x(n, 1.0 / std::sqrt(double(n))), w(n), scratch(n), residual(n);
    std::vector<double> alpha(steps), beta(steps);
    HitsResult r;
    r.report = start_report(params.max_iterations, kLanczosTolerance);
    std::uint32_t products = 0;
    double sigma2 = 0;
    for (std::uint32_t cycle = 1; cycle <= params.max_iterations; ++cycle) {
        basis[0] = x;
        std::uint32_t k = 0;
        bool exact = false;
        for (std::uint32_t j = 0; j < steps; ++j) {
            hub_gram(g, params.weighted, basis[j], scratch, w);
            ++products;
            alpha[j] = dot(w, basis[j]);
            if (j == 0) {
                // w = M x for the current Ritz vector x: its residual decides convergence.
                residual = w;
                axpy(-alpha[0], x, residual);
                sigma2 = alpha[0];
                r.report.residual = alpha[0] > 0 ? std::sqrt(dot(residual, residual)) / alpha[0] : 0.0;
                r.report.iterations = products;
                if (r.report.residual < r.report.threshold) {
                    r.report.converged = true;
                    break;
                }
            }
            for (int pass = 0; pass < 2; ++pass)  // full reorthogonalisation, twice is enough
                for (std::uint32_t i = 0; i <= j; ++i) axpy(-dot(w, basis[i]), basis[i], w);
            k = j + 1;
            beta[j] = std::sqrt(dot(w, w));
            if (beta[j] <= 1e-13 * std::max(alpha[0], 1e-300)) {
                exact = true;
                break;
            }
            if (j + 1 < steps)
                for (std::uint32_t i = 0; i < n; ++i) basis[j + 1][i] = w[i] / beta[j];
        }
        if (r.report.converged) break;
        Eigen::MatrixXd t = Eigen::MatrixXd::Zero(k, k);
        for (std::uint32_t i = 0; i < k; ++i) {
            t(i, i) = alpha[i];
            if (i + 1 < k) t(i, i + 1) = t(i + 1, i) = beta[i];
        }
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(t);
        const Eigen::VectorXd y = eig.eigenvectors().col(k - 1);  // eigenvalues ascend
        std::fill(x.begin(), x.end(), 0.0);
        for (std::uint32_t i = 0; i < k; ++i) axpy(y[i], basis[i], x);
        const double norm = std::sqrt(dot(x, x));
        for (auto& v : x) v /= norm;
        if (exact) {
            sigma2 = eig.eigenvalues()[k - 1];
            r.report.iterations = products;
            r.report.residual = 0;
            r.report.converged = true;
            break;
        }
    }
    // Rounding lets Lanczos mix the vectors of a repeated top singular value in any proportion
    // (directions outside the start's Krylov space creep in), so its vector stands only where
    // the top is certainly simple; otherwise the blockwise power iteration gives the limit.
    const HubBlocks blocks = hub_blocks(g);
    if (!r.report.converged || !top_is_simple(g, params.weighted, blocks, x, sigma2)) return hits_power(g, params, blocks);
    // The limit is non-negative: fix the sign, cut rounding noise below zero.
    double sum = 0;
    for (double v : x) sum += v;
    for (auto& v : x) v = std::max(sum < 0 ? -v : v, 0.0);
    finish_hits(g, params.weighted, std::move(x), r);
    return r;
}

}  // namespace repnet

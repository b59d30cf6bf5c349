#include "algorithms/centrality/spectral.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "algorithms/centrality/lanczos.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

void check_iteration(std::uint32_t max_iterations, double tolerance, const char* measure) {
    if (max_iterations == 0) throw InvalidArgument(std::string(measure) + " max_iterations", "must be >= 1", "0");
    if (!(tolerance > 0) || !std::isfinite(tolerance))
        throw InvalidArgument(std::string(measure) + " tolerance", "must be a finite number > 0",
                              argument_text(tolerance));
}

// Rows [first, last) of y = M x for the CSR arrays (off, adj, w).
void multiply_rows(const std::uint64_t* off, const std::uint32_t* adj, const double* w, bool weighted, const double* x,
                   double* y, std::uint32_t first, std::uint32_t last) {
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
                  unsigned requested_threads, const std::vector<double>& x, std::vector<double>& y) {
    const std::uint64_t arcs = off[n];
    const unsigned threads = arcs < kParallelArcs ? 1 : detail::thread_count(requested_threads, n);
    if (threads == 1) {
        multiply_rows(off, adj, w, weighted, x.data(), y.data(), 0, n);
        return;
    }
    std::vector<std::uint32_t> cut(threads + 1, n);
    cut[0] = 0;
    for (unsigned t = 1; t < threads; ++t)
        cut[t] = static_cast<std::uint32_t>(std::lower_bound(off, off + n, arcs * t / threads) - off);
    detail::run_threads(
        threads, [&](unsigned t) { multiply_rows(off, adj, w, weighted, x.data(), y.data(), cut[t], cut[t + 1]); });
}

// The arcs rank flows in along, as CSR arrays: a directed view's in-arcs, an undirected view's
// arcs (each edge both ways).
struct InArcs {
    const std::uint64_t* offsets;
    const std::uint32_t* sources;
    const double* weights;
};

InArcs in_arcs(const CsrGraph& g) {
    if (g.directed) return {g.in_offsets.data(), g.in_sources.data(), g.in_weights.data()};
    return {g.out_offsets.data(), g.out_targets.data(), g.out_weights.data()};
}

// The view's adjacency matrix A as an operator: which arcs, weighted or not, on how many threads.
struct Operator {
    const CsrGraph& g;
    bool weighted;
    unsigned threads;
    // y[v] = sum over arcs u -> v of weight * x[u]  (A^T x: pull over in-arcs; undirected views: both ways).
    void transpose(const std::vector<double>& x, std::vector<double>& y) const {
        const InArcs in = in_arcs(g);
        multiply_csr(g.node_count, in.offsets, in.sources, in.weights, weighted, threads, x, y);
    }
    // y[u] = sum over arcs u -> v of weight * x[v]  (A x: pull over out-arcs).
    void forward(const std::vector<double>& x, std::vector<double>& y) const {
        multiply_csr(g.node_count, g.out_offsets.data(), g.out_targets.data(), g.out_weights.data(), weighted, threads,
                     x, y);
    }
};

double l1_distance(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (std::size_t i = 0; i < a.size(); ++i) s += std::fabs(a[i] - b[i]);
    return s;
}

// Records iteration `it` and its L1 change `residual`, makes `next` the current vector `x`, and
// says whether the change met the threshold (the power iterations of PageRank and Katz).
bool finish_iteration(IterationReport& report, std::uint32_t it, double residual, std::vector<double>& next,
                      std::vector<double>& x) {
    report.iterations = it;
    report.residual = residual;
    x.swap(next);
    report.converged = report.residual < report.threshold;
    return report.converged;
}

bool finish_iteration(IterationReport& report, std::uint32_t it, std::vector<double>& next, std::vector<double>& x) {
    return finish_iteration(report, it, l1_distance(next, x), next, x);
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

double threshold_for(StoppingRule rule, std::uint32_t n, double tolerance) {
    return rule == StoppingRule::networkx ? n * tolerance : tolerance;
}

// A result whose report carries the limits and the threshold the stopping rule gives for n nodes; a graph
// without nodes has nothing to iterate, so its (empty) result is converged at once.
SpectralResult start_result(const IterationParams& params, std::uint32_t n) {
    SpectralResult r;
    r.report = start_report(params.max_iterations, threshold_for(params.stopping, n, params.tolerance));
    r.report.converged = n == 0;
    return r;
}

std::uint32_t find_root(std::vector<std::uint32_t>& parent, std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
}

// A partition of node indices into blocks on which a non-negative operator is irreducible.
struct Blocks {
    std::vector<std::uint32_t> of;  // block of each index
    std::uint32_t count = 0;
};

// Blocks from a union-find parent array: numbered in order of first appearance.
Blocks number_blocks(std::vector<std::uint32_t>& parent) {
    const std::size_t size = parent.size();
    Blocks b;
    b.of.resize(size);
    std::vector<std::uint32_t> index(size, UINT32_MAX);
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint32_t root = find_root(parent, static_cast<std::uint32_t>(i));
        if (index[root] == UINT32_MAX) index[root] = b.count++;
        b.of[i] = index[root];
    }
    return b;
}

// Collatz-Wielandt work spent trying to certify that the top eigenvalue is simple: steps over
// the rows still uncertified, at most this many times n rows in all (the cost of as many whole
// products; on the 10m bench graph 110 steps over 1.7M shrinking to 0.4M rows of 2.85M nodes).
constexpr std::uint64_t kCertifyWork = 64;

// y[i] = (M x)[i] for each listed row i, x zero off the listed rows' blocks; y's other entries
// are not read. Returns the rows computed: an operator that only has a whole product may ignore
// the list and return them all.
using ApplyRows = std::function<std::size_t(const std::vector<std::uint32_t>& rows, const std::vector<double>& x,
                                            std::vector<double>& y)>;

// True when `top`, the top eigenvalue of the non-negative operator M (irreducible on each of
// the blocks of indices [0, n)) found with vector x, is certainly simple: it exceeds every other
// block's top eigenvalue. For any y > 0 on a block, max over the block of (M y)_i / y_i bounds
// its top eigenvalue from above (Collatz-Wielandt); y = M^t 1 tightens the bound as t grows.
// Only the other blocks are iterated, each until its bound is below the top: on the 1m bench
// graph whole products had cost 26 steps over all 285,084 nodes; on the 10m graph 64 whole
// products did not reach the bound of a 385,000-node component, which now takes 110 steps.
bool top_is_simple(std::uint32_t n, const ApplyRows& apply, const std::uint32_t* block, std::uint32_t blocks,
                   const std::vector<double>& x, double top) {
    std::uint32_t largest = 0;
    for (std::uint32_t i = 1; i < n; ++i)
        if (std::fabs(x[i]) > std::fabs(x[largest])) largest = i;
    std::vector<std::uint32_t> rows;
    for (std::uint32_t i = 0; i < n; ++i)
        if (block[i] != block[largest]) rows.push_back(i);
    if (rows.empty()) return true;
    std::vector<double> y(n, 0.0), my(n), bound(blocks), peak(blocks);
    for (auto i : rows) y[i] = 1.0;
    for (std::uint64_t work = 0; work < kCertifyWork * n;) {
        work += apply(rows, y, my);
        std::fill(bound.begin(), bound.end(), 0.0);
        std::fill(peak.begin(), peak.end(), 0.0);
        for (auto i : rows) {
            if (y[i] > 0) bound[block[i]] = std::max(bound[block[i]], my[i] / y[i]);
            peak[block[i]] = std::max(peak[block[i]], my[i]);
        }
        // A block whose bound is below the top is done with: every later bound is a bound too.
        const auto certified = [&](std::uint32_t i) { return bound[block[i]] < top * (1 - 1e-9); };
        rows.erase(std::remove_if(rows.begin(), rows.end(), certified), rows.end());
        if (rows.empty()) return true;
        // Next y: scaled to max 1 per block, so small blocks neither underflow nor overflow.
        for (auto i : rows) y[i] = peak[block[i]] > 0 ? my[i] / peak[block[i]] : 0.0;
    }
    return false;
}

// The limit of a power iteration is non-negative: fix the sign, cut rounding noise below zero.
void make_nonnegative(std::vector<double>& x) {
    double sum = 0;
    for (double v : x) sum += v;
    for (auto& v : x) v = std::max(sum < 0 ? -v : v, 0.0);
}

// Connected components of an undirected view.
Blocks components(const CsrGraph& g) {
    std::vector<std::uint32_t> parent(g.node_count);
    for (std::uint32_t i = 0; i < g.node_count; ++i) parent[i] = i;
    for (std::uint32_t u = 0; u < g.node_count; ++u)
        for (auto v : g.out_neighbours(u)) {
            const std::uint32_t a = find_root(parent, u), b = find_root(parent, v);
            if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
    return number_blocks(parent);
}

// NetworkX's eigenvector iteration: x <- (A + I)^T x / ||.||_2 from the uniform vector.
SpectralResult eigenvector_power(const CsrGraph& g, const EigenvectorParams& params, const Operator& op) {
    const std::uint32_t n = g.node_count;
    SpectralResult r = start_result(params, n);
    const bool extrapolate = params.stopping == StoppingRule::total;
    // Components are independent: each one's part of the iterate converges (or, off the top
    // component, decays) geometrically at its own rate, so the error is estimated per component.
    const Blocks blocks = extrapolate ? components(g) : Blocks{};
    std::vector<double> change_of(blocks.count), previous_of(blocks.count, 0.0);
    std::vector<double> x(n, 1.0 / n), next(n);
    double norm = 0;
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        op.transpose(x, next);
        for (std::uint32_t v = 0; v < n; ++v) next[v] += x[v];  // (A + I)^T x
        norm = l2_norm(next);
        if (norm == 0) norm = 1;
        for (auto& v : next) v /= norm;
        r.report.iterations = it;
        const double change = l1_distance(next, x);
        r.report.residual = change;
        if (extrapolate && std::isfinite(change)) {
            // A component's error left is about its change * q / (1 - q), q its contraction,
            // estimated by the ratio of its last two changes: bounded by change / (1 - q).
            std::fill(change_of.begin(), change_of.end(), 0.0);
            for (std::uint32_t v = 0; v < n; ++v) change_of[blocks.of[v]] += std::fabs(next[v] - x[v]);
            double estimate = 0;
            for (std::uint32_t b = 0; b < blocks.count; ++b) {
                const double c = change_of[b], q = previous_of[b] > 0 ? c / previous_of[b] : 1.0;
                if (c > 0) estimate += q < 1 ? c / (1 - q) : INFINITY;
            }
            r.report.residual = estimate;
            previous_of.swap(change_of);
        }
        x.swap(next);
        if (r.report.residual < r.report.threshold) {
            r.report.converged = true;
            break;
        }
        if (!std::isfinite(change)) break;
    }
    r.eigenvalue = norm - 1;  // ||(A + I)^T x|| for the previous (unit) iterate, x near the eigenvector
    r.value = std::move(x);
    return r;
}

}  // namespace

SpectralResult eigenvector(const CsrGraph& g, const EigenvectorParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "eigenvector");
    const std::uint32_t n = g.node_count;
    const Operator op{g, params.weighted, params.threads};
    if (n == 0) return start_result(params, n);
    if (g.directed || params.stopping == StoppingRule::networkx || g.out_targets.empty())
        return eigenvector_power(g, params, op);
    // Undirected: A is symmetric, Lanczos applies. The power iteration's limit is the top
    // eigenvector of A + I, which is A's Perron vector (A's top eigenvalue is its spectral radius).
    const Apply apply = [&](const std::vector<double>& x, std::vector<double>& y) { op.forward(x, y); };
    LanczosResult l = lanczos_top(n, apply, params.tolerance, params.max_iterations);
    if (!l.converged) return eigenvector_power(g, params, op);
    // Certify on A + I, aperiodic on each component, so the Collatz-Wielandt bounds tighten.
    const Blocks blocks = components(g);
    const ApplyRows shifted = [&](const std::vector<std::uint32_t>& rows, const std::vector<double>& x,
                                  std::vector<double>& y) {
        const bool weighted = params.weighted;
        for (auto v : rows) {
            double s = x[v];
            for (std::uint64_t e = g.out_offsets[v]; e < g.out_offsets[v + 1]; ++e)
                s += (weighted ? g.out_weights[e] : 1.0) * x[g.out_targets[e]];
            y[v] = s;
        }
        return rows.size();
    };
    if (!top_is_simple(n, shifted, blocks.of.data(), blocks.count, l.x, l.theta + 1))
        return eigenvector_power(g, params, op);
    SpectralResult r;
    r.report = start_report(params.max_iterations, params.tolerance);
    r.report.iterations = l.products;
    r.report.residual = l.residual;
    r.report.converged = true;
    r.eigenvalue = l.theta;
    make_nonnegative(l.x);
    const double norm = l2_norm(l.x);
    for (auto& v : l.x) v /= norm;
    r.value = std::move(l.x);
    return r;
}

SpectralResult pagerank(const CsrGraph& g, const PageRankParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "pagerank");
    if (!(params.damping >= 0 && params.damping <= 1))
        throw InvalidArgument("damping", "must be in [0, 1]", argument_text(params.damping));
    const std::uint32_t n = g.node_count;
    SpectralResult r = start_result(params, n);
    if (n == 0) return r;
    const std::vector<double> p = probability_vector(params.personalization, n, "personalization");
    const std::vector<double> dangling =
        params.dangling.empty() ? p : probability_vector(params.dangling, n, "dangling");
    const Operator op{g, params.weighted, params.threads};
    // Out-strength of each node; rank flows along out-arcs in proportion to weight.
    std::vector<double> inv_out(n, 0.0);
    std::vector<std::uint32_t> dangling_nodes;
    for (std::uint32_t v = 0; v < n; ++v) {
        double s = 0;
        if (params.weighted)
            for (double w : g.out_edge_weights(v)) s += w;
        else
            s = double(g.out_offsets[v + 1] - g.out_offsets[v]);
        if (s != 0)
            inv_out[v] = 1.0 / s;
        else
            dangling_nodes.push_back(v);
    }
    const double alpha = params.damping;
    std::vector<double> x = probability_vector(params.start, n, "start"), scaled(n), next(n);
    for (std::uint32_t v = 0; v < n; ++v) scaled[v] = x[v] * inv_out[v];
    // Without a personalization or dangling vector both are the uniform 1/n, read as one number.
    const bool uniform = params.personalization.empty() && params.dangling.empty();
    const double one_over_n = 1.0 / n;  // probability_vector's uniform entry
    const auto rank = [&](double inflow, double dangling_sum, std::uint32_t v) {
        return uniform ? alpha * (inflow + dangling_sum * one_over_n) + (1 - alpha) * one_over_n
                       : alpha * (inflow + dangling_sum * dangling[v]) + (1 - alpha) * p[v];
    };
    // Under the default rule most steps are Gauss-Seidel sweeps: node by node in index order, each
    // rank computed from the in-neighbours' newest ranks (the dangling mass is the sweep's start
    // value). The sweeps are a regular splitting of the same linear system, so they converge to the
    // same ranks; rescaled to sum 1 (below) they took about half the power iteration's steps in our
    // tests (1m bench graph 60 against 110). A sweep's change certifies nothing, so when it suggests
    // the tolerance is met a power step follows: its L1 change is the certificate above. NetworkX's
    // rule keeps NetworkX's power iteration, step for step. A sweep runs on one thread (each node
    // waits for the ones before it); the power steps use `threads`.
    const bool sweeps = params.stopping == StoppingRule::total && alpha < 1;
    const InArcs in = in_arcs(g);
    bool power_step_next = !sweeps;
    double last_sweep_change = 0, power_per_sweep_change = 1;
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        double dangling_sum = 0;
        for (auto v : dangling_nodes) dangling_sum += x[v];
        if (!power_step_next) {
            double change = 0, total = 0;
            for (std::uint32_t v = 0; v < n; ++v) {
                double inflow = 0;
                if (params.weighted)
                    for (std::uint64_t e = in.offsets[v]; e < in.offsets[v + 1]; ++e)
                        inflow += in.weights[e] * scaled[in.sources[e]];
                else
                    for (std::uint64_t e = in.offsets[v]; e < in.offsets[v + 1]; ++e) inflow += scaled[in.sources[e]];
                const double y = rank(inflow, dangling_sum, v);
                change += std::fabs(y - x[v]);
                total += y;
                x[v] = y;
                scaled[v] = y * inv_out[v];
            }
            r.report.iterations = it;
            r.report.residual = change;
            last_sweep_change = change;
            // A power step when this sweep's change, scaled by how the last power step's change
            // compared with the sweep before it, is below the threshold.
            power_step_next = change * power_per_sweep_change < r.report.threshold;
            // Power steps keep the total rank at 1, sweeps do not; scaled back to 1 after each
            // sweep, the error loses its component along the limit, which otherwise decays only
            // at the sweeps' own rate: on random directed graphs with dangling nodes 91 sweeps
            // against 43 power steps, rescaled 28 (1m bench graph: 66, rescaled 60).
            if (total > 0) {
                const double scale = 1 / total;
                for (std::uint32_t v = 0; v < n; ++v) {
                    x[v] *= scale;
                    scaled[v] *= scale;
                }
            }
            continue;
        }
        op.transpose(scaled, next);
        // The update, its L1 change and the next product's input in one pass over the nodes.
        double residual = 0;
        for (std::uint32_t v = 0; v < n; ++v) {
            const double y = rank(next[v], dangling_sum, v);
            residual += std::fabs(y - x[v]);
            next[v] = y;
            scaled[v] = y * inv_out[v];
        }
        if (finish_iteration(r.report, it, residual, next, x)) break;
        if (sweeps) {
            if (last_sweep_change > 0) power_per_sweep_change = residual / last_sweep_change;
            power_step_next = false;
        }
    }
    r.value = std::move(x);
    return r;
}

SpectralResult katz(const CsrGraph& g, const KatzParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "katz");
    if (!std::isfinite(params.alpha))
        throw InvalidArgument("katz alpha", "must be a finite number", argument_text(params.alpha));
    if (!std::isfinite(params.beta))
        throw InvalidArgument("katz beta", "must be a finite number", argument_text(params.beta));
    const std::uint32_t n = g.node_count;
    SpectralResult r = start_result(params, n);
    if (n == 0) return r;
    const Operator op{g, params.weighted, params.threads};
    std::vector<double> x(n, 0.0), next(n);
    for (std::uint32_t it = 1; it <= params.max_iterations; ++it) {
        op.transpose(x, next);
        for (auto& v : next) v = params.alpha * v + params.beta;
        if (finish_iteration(r.report, it, next, x)) break;
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

LambdaMax lambda_max(const CsrGraph& g, bool weighted, unsigned threads) {
    const std::uint32_t n = g.node_count;
    LambdaMax result;
    if (n == 0 || g.out_targets.empty()) {
        result.exact = true;
        return result;
    }
    const Operator op{g, weighted, threads};
    if (!g.directed) {
        const Apply apply = [&](const std::vector<double>& x, std::vector<double>& y) { op.forward(x, y); };
        const LanczosResult l = lanczos_top(n, apply, 1e-10, 1000);
        result.products = l.products;
        if (l.converged) {
            // Some eigenvalue lies within the residual of theta, and theta never exceeds the top.
            result.value = l.theta * (1 + l.residual);
            result.exact = true;
            return result;
        }
    }
    std::vector<double> y(n, 1.0), ay(n);
    double bound = 0;
    for (std::uint32_t step = 0; step < 100; ++step) {
        op.transpose(y, ay);
        ++result.products;
        bound = 0;
        double peak = 0;
        for (std::uint32_t i = 0; i < n; ++i) {
            bound = std::max(bound, ay[i] / y[i]);
            peak = std::max(peak, ay[i] + y[i]);
        }
        for (std::uint32_t i = 0; i < n; ++i) y[i] = std::max((ay[i] + y[i]) / peak, 1e-300);  // (A + I)^T y, kept > 0
    }
    result.value = bound;
    return result;
}

namespace {

// y = A A^T x, the hub-side operator.
void hub_gram(const Operator& op, const std::vector<double>& x, std::vector<double>& scratch, std::vector<double>& y) {
    op.transpose(x, scratch);
    op.forward(scratch, y);
}

// A decomposes into independent blocks: the connected components of the bipartite graph with
// a hub copy (index u) and an authority copy (index n + v) of every node and an edge
// hub(u)-authority(v) per arc u -> v.
Blocks hub_blocks(const CsrGraph& g) {
    const std::uint32_t n = g.node_count;
    std::vector<std::uint32_t> parent(2 * std::size_t(n));
    for (std::uint32_t i = 0; i < 2 * n; ++i) parent[i] = i;
    for (std::uint32_t u = 0; u < n; ++u)
        for (auto v : g.out_neighbours(u)) {
            const std::uint32_t a = find_root(parent, u), b = find_root(parent, n + v);
            if (a != b) parent[std::max(a, b)] = std::min(a, b);
        }
    return number_blocks(parent);
}

void scale_to_sum(std::vector<double>& v) {
    double s = 0;
    for (double e : v) s += e;
    if (s > 0)
        for (auto& e : v) e /= s;
}

// The result from the hub vector h (non-negative): authorities a = A^T h, both scaled to sum 1.
void finish_hits(const Operator& op, std::vector<double> h, HitsResult& r) {
    r.authority.assign(op.g.node_count, 0.0);
    op.transpose(h, r.authority);
    scale_to_sum(h);
    scale_to_sum(r.authority);
    r.hub = std::move(h);
}

// The blockwise power iteration: exact where the top singular value is repeated across
// blocks, but slow where a block's top two singular values are close.
HitsResult hits_power(const CsrGraph& g, const HitsParams& params, const Blocks& blocks_of, const Operator& op) {
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
        op.transpose(h, a);
        op.forward(a, next);
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
    finish_hits(op, std::move(h), r);
    return r;
}

// Stop once |A A^T h - sigma^2 h| < this times sigma^2 (h a unit vector) at the loosest: the
// vector is then accurate to about this over the relative spectral gap.
constexpr double kLanczosTolerance = 1e-11;

}  // namespace

HitsResult hits(const CsrGraph& g, const HitsParams& params) {
    check_iteration(params.max_iterations, params.tolerance, "hits");
    const std::uint32_t n = g.node_count;
    const Operator op{g, params.weighted, params.threads};
    if (n == 0 || g.out_targets.empty()) {  // all zeros (NetworkX divides by zero)
        HitsResult r;
        r.report = start_report(params.max_iterations, params.tolerance);
        r.report.converged = true;
        r.hub.assign(n, 0.0);
        r.authority.assign(n, 0.0);
        return r;
    }
    // Lanczos on A A^T: tens of products where the blockwise power iteration needs hundreds when
    // the top two singular values are close. Where the top singular value is simple its vector
    // is the power iteration's limit.
    std::vector<double> scratch(n);
    const Apply gram = [&](const std::vector<double>& x, std::vector<double>& y) { hub_gram(op, x, scratch, y); };
    const double tolerance = std::min(params.tolerance, kLanczosTolerance);
    LanczosResult l = lanczos_top(n, gram, tolerance, params.max_iterations);
    // Rounding lets Lanczos mix the vectors of a repeated top singular value in any proportion
    // (directions outside the start's Krylov space creep in), so its vector stands only where
    // the top is certainly simple; otherwise the blockwise power iteration gives the limit.
    const Blocks blocks = hub_blocks(g);
    const ApplyRows gram_rows = [&](const std::vector<std::uint32_t>&, const std::vector<double>& x,
                                    std::vector<double>& y) {
        hub_gram(op, x, scratch, y);
        return std::size_t(n);
    };
    if (!l.converged || !top_is_simple(n, gram_rows, blocks.of.data(), blocks.count, l.x, l.theta))
        return hits_power(g, params, blocks, op);
    HitsResult r;
    r.report = start_report(params.max_iterations, tolerance);
    r.report.iterations = l.products;
    r.report.residual = l.residual;
    r.report.converged = true;
    make_nonnegative(l.x);
    finish_hits(op, std::move(l.x), r);
    return r;
}

}  // namespace repnet

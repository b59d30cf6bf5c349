// Riondato & Kornaropoulos (2016), "Fast approximation of betweenness centrality
// through sampling", Data Mining and Knowledge Discovery 30(2).
#include <algorithm>
#include <atomic>
#include <cmath>
#include <iomanip>
#include <limits>
#include <sstream>
#include <string>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/common.hpp"
#include "algorithms/common/prng.hpp"
#include "algorithms/structure/components.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

constexpr std::uint32_t kBlocks = 64;
constexpr double kUniversalConstant = 0.5;  // c in the sample-size bound (Löffler & Phillips 2009)

// Upper bound on the vertex diameter (nodes on the longest shortest path).
std::uint64_t vertex_diameter_bound(const CsrGraph& g, bool weighted) {
    const ComponentsResult c = connected_components(g);
    if (c.count() == 0) return 0;
    if (g.directed || weighted) return c.sizes[0];
    // Undirected, unweighted: from any node r of a component, every shortest path has at most
    // 2 ecc(r) edges, so at most 2 ecc(r) + 1 nodes.
    std::vector<std::int32_t> level(g.node_count, -1);
    std::vector<std::uint32_t> queue(g.node_count);
    std::uint64_t best = 0;
    for (std::uint32_t r = 0; r < g.node_count; ++r) {
        if (level[r] >= 0) continue;
        std::uint32_t head = 0, tail = 0;
        queue[tail++] = r;
        level[r] = 0;
        std::int32_t ecc = 0;
        while (head < tail) {
            const std::uint32_t v = queue[head++];
            ecc = std::max(ecc, level[v]);
            for (auto x : g.out_neighbours(v))
                if (level[x] < 0) {
                    level[x] = level[v] + 1;
                    queue[tail++] = x;
                }
        }
        best = std::max<std::uint64_t>(best, std::min<std::uint64_t>(tail, 2 * std::uint64_t(ecc) + 1));
    }
    return best;
}

struct Sampler {
    const CsrGraph& g;
    const std::vector<double>* out_len;  // weighted only
    const std::vector<double>* in_len;
    std::vector<std::int32_t> level;
    std::vector<double> dist, sigma;
    std::vector<char> settled;
    std::vector<std::uint32_t> touched;
    detail::DistanceHeap heap;

    Sampler(const CsrGraph& graph, const std::vector<double>* out, const std::vector<double>* in)
        : g(graph), out_len(out), in_len(in), sigma(graph.node_count, 0.0) {
        if (out) {
            dist.assign(g.node_count, std::numeric_limits<double>::infinity());
            settled.assign(g.node_count, 0);
        } else {
            level.assign(g.node_count, -1);
        }
        touched.reserve(g.node_count);
    }

    // Shortest-path counts from u until t is settled; returns false if t is unreachable.
    bool search(std::uint32_t u, std::uint32_t t) {
        touched.clear();
        if (!out_len) {
            touched.push_back(u);
            level[u] = 0;
            sigma[u] = 1;
            for (std::size_t head = 0; head < touched.size(); ++head) {
                const std::uint32_t v = touched[head];
                if (level[t] >= 0 && level[v] >= level[t]) break;
                const std::int32_t next = level[v] + 1;
                for (auto x : g.out_neighbours(v)) {
                    if (level[x] < 0) {
                        level[x] = next;
                        touched.push_back(x);
                    }
                    if (level[x] == next) sigma[x] += sigma[v];
                }
            }
            return level[t] >= 0;
        }
        heap.clear();
        dist[u] = 0;
        sigma[u] = 1;
        touched.push_back(u);
        heap.push(0.0, u);
        while (!heap.empty()) {
            const auto [d, v] = heap.pop();
            if (settled[v] || d > dist[v]) continue;
            settled[v] = 1;
            if (v == t) return true;
            const auto nb = g.out_neighbours(v);
            const double* len = out_len->data() + g.out_offsets[v];
            for (std::size_t i = 0; i < nb.size(); ++i) {
                const std::uint32_t x = nb[i];
                if (settled[x]) continue;
                const double nd = d + len[i];
                if (nd < dist[x]) {
                    if (dist[x] == std::numeric_limits<double>::infinity()) touched.push_back(x);
                    dist[x] = nd;
                    sigma[x] = sigma[v];
                    heap.push(nd, x);
                } else if (nd == dist[x]) {
                    sigma[x] += sigma[v];
                }
            }
        }
        return false;
    }

    // Walks back from t to u choosing each predecessor z with probability sigma[z] / sigma[w].
    void walk_back(std::uint32_t u, std::uint32_t t, SplitMix64& rng, std::uint64_t* count) {
        std::uint32_t w = t;
        while (w != u) {
            const auto preds = g.in_neighbours(w);
            const double target = rng.unit() * sigma[w];
            double run = 0;
            std::uint32_t chosen = UINT32_MAX;
            for (std::size_t i = 0; i < preds.size(); ++i) {
                const std::uint32_t z = preds[i];
                const bool on_path =
                    out_len
                        ? (settled[z] &&
                           dist[z] + (*in_len)[g.directed ? g.in_offsets[w] + i : g.out_offsets[w] + i] == dist[w] &&
                           dist[z] < dist[w])
                        : (level[z] >= 0 && level[z] == level[w] - 1);
                if (!on_path) continue;
                chosen = z;
                run += sigma[z];
                if (target < run) break;
            }
            if (chosen == UINT32_MAX) return;  // unreachable: t was settled, so it has a predecessor
            w = chosen;                        // the last predecessor absorbs rounding in the running sum
            if (w != u) ++count[w];
        }
    }

    void reset() {
        for (auto v : touched) {
            sigma[v] = 0;
            if (out_len) {
                dist[v] = std::numeric_limits<double>::infinity();
                settled[v] = 0;
            } else {
                level[v] = -1;
            }
        }
    }
};

}  // namespace

namespace {

void check_sample_count(double samples, const ApproxBetweennessParams& params) {
    if (samples <= double(params.max_samples)) return;
    std::ostringstream s;
    s << "must be large enough to need at most the limit of " << params.max_samples
      << " sampled paths (max_samples; it needs " << std::setprecision(3) << samples
      << "): use a larger epsilon, or exact betweenness";
    throw InvalidArgument("approximate betweenness epsilon", s.str(), argument_text(params.epsilon));
}

}  // namespace

void check_approx_betweenness_params(const ApproxBetweennessParams& params) {
    detail::check_epsilon_delta(params.epsilon, params.delta, "delta (1 - confidence)");
    check_sample_count(
        std::ceil(kUniversalConstant / (params.epsilon * params.epsilon) * (1 + std::log(1 / params.delta))), params);
}

ApproxBetweennessResult approx_betweenness(const CsrGraph& g, const ApproxBetweennessParams& params) {
    check_approx_betweenness_params(params);
    const std::uint32_t n = g.node_count;
    auto r = detail::sampled_result<ApproxBetweennessResult>(params);
    r.value.assign(n, 0.0);
    if (n <= 2) return r;

    std::vector<double> out_len, in_len;
    if (params.weighted) {
        out_len = detail::arc_distances(g);
        if (g.directed) {
            in_len.resize(g.in_weights.size());
            for (std::size_t i = 0; i < in_len.size(); ++i) in_len[i] = 1.0 / g.in_weights[i];
        }
    }
    r.vertex_diameter_bound = vertex_diameter_bound(g, params.weighted);
    if (r.vertex_diameter_bound < 3) return r;  // no shortest path has an interior node
    // Estimates of the pair-normalised betweenness (divided by n(n-1)) are scaled by n/(n-2)
    // to NetworkX's (n-1)(n-2), so the sampling error bound shrinks by the same factor.
    const double eps = params.epsilon * double(n - 2) / double(n);
    const double vd_term = std::floor(std::log2(double(r.vertex_diameter_bound - 2))) + 1;
    const double samples = std::ceil(kUniversalConstant / (eps * eps) * (vd_term + std::log(1 / params.delta)));
    check_sample_count(samples, params);
    r.samples = static_cast<std::uint64_t>(samples);

    const std::uint32_t blocks = kBlocks;
    const unsigned threads = detail::thread_count(params.run.threads, blocks);
    std::vector<std::vector<std::uint64_t>> counts(threads, std::vector<std::uint64_t>(n, 0));
    std::atomic<std::uint32_t> next_block{0};
    // A pair in two (weakly) connected components has no path: skipped without a search,
    // which would explore the whole component of u and find nothing (same result, less work).
    const std::vector<std::uint32_t> component = connected_components(g).component;
    detail::run_threads(threads, [&](unsigned t) {
        Sampler s(g, params.weighted ? &out_len : nullptr, g.directed ? &in_len : &out_len);
        std::uint64_t* count = counts[t].data();
        for (std::uint32_t b; !params.run.cancelled() && (b = next_block.fetch_add(1)) < blocks;) {
            // Each block has its own stream, so which thread runs it does not matter.
            SplitMix64 rng(params.seed ^ (0x632be59bd9b4e019ULL * (b + 1)));
            rng.next();
            const std::uint64_t first = r.samples * b / blocks, last = r.samples * (b + 1) / blocks;
            for (std::uint64_t i = first; i < last; ++i) {
                const auto u = static_cast<std::uint32_t>(rng.below_by_remainder(n));
                auto v = static_cast<std::uint32_t>(rng.below_by_remainder(n - 1));
                if (v >= u) ++v;
                if (component[u] != component[v]) continue;
                if (s.search(u, v)) s.walk_back(u, v, rng, count);
                s.reset();
            }
            if (t == 0)
                params.run.report("approximate betweenness", double(std::min(blocks, next_block.load())) / blocks);
        }
    });
    params.run.throw_if_cancelled("approximate betweenness");
    // Integer counts: the sum is exact whatever the thread count.
    const double scale = double(n) / double(n - 2) / double(r.samples);
    for (std::uint32_t v = 0; v < n; ++v) {
        std::uint64_t c = 0;
        for (const auto& per_thread : counts) c += per_thread[v];
        r.value[v] = double(c) * scale;
    }
    return r;
}

}  // namespace repnet

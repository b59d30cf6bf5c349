#include "algorithms/centrality/closeness.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

#include "algorithms/centrality/common.hpp"
#include "algorithms/common/prng.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

enum class Kind { closeness, harmonic };

constexpr std::uint32_t kChunk = 32;  // nodes handed to a thread at a time

// Search from u along incoming arcs (= outgoing for undirected views); each node's value
// depends on its own search only, so threads cannot change the result.
struct Searcher {
    const CsrGraph& g;
    const std::vector<double>* len;  // per in-arc distance; null = unweighted
    std::vector<std::int32_t> level;
    std::vector<double> dist;
    std::vector<char> settled;
    std::vector<std::uint32_t> order;
    detail::DistanceHeap heap;

    Searcher(const CsrGraph& graph, const std::vector<double>* lengths)
        : g(graph), len(lengths), order(graph.node_count) {
        if (len) {
            dist.assign(g.node_count, std::numeric_limits<double>::infinity());
            settled.assign(g.node_count, 0);
        } else {
            level.assign(g.node_count, -1);
        }
    }

    double run(std::uint32_t u, Kind kind) {
        const std::uint64_t* off = g.directed ? g.in_offsets.data() : g.out_offsets.data();
        const std::uint32_t* adj = g.directed ? g.in_sources.data() : g.out_targets.data();
        std::uint32_t tail = 0;
        double total = 0;
        if (!len) {
            std::uint32_t head = 0;
            order[tail++] = u;
            level[u] = 0;
            std::uint64_t hops = 0;
            while (head < tail) {
                const std::uint32_t v = order[head++];
                const std::int32_t next = level[v] + 1;
                for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
                    const std::uint32_t x = adj[e];
                    if (level[x] < 0) {
                        level[x] = next;
                        order[tail++] = x;
                        if (kind == Kind::closeness)
                            hops += std::uint64_t(next);
                        else
                            total += 1.0 / next;
                    }
                }
            }
            for (std::uint32_t i = 0; i < tail; ++i) level[order[i]] = -1;
            if (kind == Kind::closeness) total = double(hops);
        } else {
            heap.clear();
            heap.push(0.0, u);
            dist[u] = 0;
            while (!heap.empty()) {
                const auto [d, v] = heap.pop();
                if (settled[v] || d > dist[v]) continue;
                settled[v] = 1;
                order[tail++] = v;
                if (v != u) total += kind == Kind::closeness ? d : 1.0 / d;
                for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
                    const std::uint32_t x = adj[e];
                    const double nd = d + (*len)[e];
                    if (!settled[x] && nd < dist[x]) {
                        dist[x] = nd;
                        heap.push(nd, x);
                    }
                }
            }
            // Every node given a finite distance was settled (the heap drains), so `order` covers them.
            for (std::uint32_t i = 0; i < tail; ++i) {
                dist[order[i]] = std::numeric_limits<double>::infinity();
                settled[order[i]] = 0;
            }
        }
        if (kind == Kind::harmonic) return total;
        const double reached = double(tail - 1);
        const double n = double(g.node_count);
        if (total > 0 && n > 1) return reached / total * (reached / (n - 1));
        return 0.0;
    }
};

std::vector<double> distance_measure(const CsrGraph& g, const ClosenessParams& params, Kind kind) {
    const std::uint32_t n = g.node_count;
    std::vector<double> value(n, 0.0);
    std::vector<double> len;
    if (params.weighted) {
        detail::check_weights(g, kind == Kind::closeness ? "closeness" : "harmonic");
        const auto& w = g.directed ? g.in_weights : g.out_weights;
        len.resize(w.size());
        for (std::size_t i = 0; i < w.size(); ++i) len[i] = 1.0 / w[i];
    }
    const unsigned threads = detail::thread_count(params.run.threads, (n + kChunk - 1) / kChunk);
    const char* stage = kind == Kind::closeness ? "closeness" : "harmonic";
    std::atomic<std::uint32_t> next{0};
    detail::run_threads(threads, [&](unsigned t) {
        Searcher s(g, params.weighted ? &len : nullptr);
        for (std::uint32_t first; !params.run.cancelled() && (first = next.fetch_add(kChunk)) < n;) {
            const std::uint32_t last = std::min(n, first + kChunk);
            for (std::uint32_t u = first; u < last; ++u) value[u] = s.run(u, kind);
            if (t == 0) params.run.report(stage, double(std::min(n, next.load())) / n);  // thread 0 alone reports
        }
    });
    params.run.throw_if_cancelled(stage);
    return value;
}

}  // namespace

std::vector<double> closeness(const CsrGraph& g, const ClosenessParams& params) {
    return distance_measure(g, params, Kind::closeness);
}

std::vector<double> harmonic(const CsrGraph& g, const ClosenessParams& params) {
    return distance_measure(g, params, Kind::harmonic);
}

SampledDistanceResult sampled_distance_centrality(const CsrGraph& g, const SampledDistanceParams& params) {
    if (g.directed) throw InvalidArgument("graph", "must be an undirected view", "directed");
    detail::check_epsilon_delta(params.epsilon, params.delta, "delta");
    const std::uint32_t n = g.node_count;
    auto r = detail::sampled_result<SampledDistanceResult>(params);
    r.closeness.assign(n, 0.0);
    r.harmonic.assign(n, 0.0);
    if (n < 2) return r;
    const std::uint64_t* off = g.out_offsets.data();
    const std::uint32_t* adj = g.out_targets.data();

    // Connected components, their members listed contiguously in node order.
    std::vector<std::uint32_t> comp(n, UINT32_MAX), members, start;
    members.reserve(n);
    for (std::uint32_t s = 0; s < n; ++s) {
        if (comp[s] != UINT32_MAX) continue;
        const auto c = static_cast<std::uint32_t>(start.size());
        start.push_back(static_cast<std::uint32_t>(members.size()));
        comp[s] = c;
        members.push_back(s);
        for (std::size_t head = start.back(); head < members.size(); ++head)
            for (std::uint64_t e = off[members[head]]; e < off[members[head] + 1]; ++e)
                if (comp[adj[e]] == UINT32_MAX) {
                    comp[adj[e]] = c;
                    members.push_back(adj[e]);
                }
    }
    start.push_back(n);

    // Sources per component: the Hoeffding bound's count, a floor, every node when that is cheaper.
    const double per_size2 =
        std::log(2.0 * n / params.delta) / (2.0 * params.epsilon * params.epsilon * double(n - 1) * double(n - 1));
    SplitMix64 rng(params.seed);
    std::vector<std::uint32_t> sources;
    std::vector<std::uint32_t> taken(start.size() - 1);  // sources of each component
    for (std::size_t c = 0; c + 1 < start.size(); ++c) {
        const std::uint32_t size = start[c + 1] - start[c];
        const double bound = std::ceil(per_size2 * double(size) * double(size));
        std::uint32_t k = size;
        if (size > params.exact_component_size && bound < double(size))
            k = std::max<std::uint32_t>(params.exact_component_size, static_cast<std::uint32_t>(bound));
        if (k < size) ++r.sampled_components;
        taken[c] = k;
        // Partial Fisher–Yates over the component's members: k distinct sources.
        for (std::uint32_t i = 0; i < k; ++i) {
            const auto j = i + static_cast<std::uint32_t>(rng.below(size - i));
            std::swap(members[start[c] + i], members[start[c] + j]);
            sources.push_back(members[start[c] + i]);
        }
    }
    r.sources = sources.size();

    // Sums as integers (1/d in fixed point), so the order of addition, and hence the thread
    // count, cannot change the result.
    constexpr double kScale = 1099511627776.0;  // 2^40
    const unsigned threads = detail::thread_count(params.run.threads, (sources.size() + kChunk - 1) / kChunk);
    std::vector<std::vector<std::uint64_t>> inv_sum(threads), dist_sum(threads);
    std::atomic<std::size_t> next{0};
    const char* stage = "closeness and harmonic (sampled)";
    detail::run_threads(threads, [&](unsigned t) {
        std::vector<std::uint64_t>& hs = inv_sum[t];
        std::vector<std::uint64_t>& ds = dist_sum[t];
        hs.assign(n, 0);
        ds.assign(n, 0);
        std::vector<std::int32_t> level(n, -1);
        std::vector<std::uint32_t> order(n);
        std::vector<std::uint64_t> inv_of(1, 0);  // round(2^40 / d) by d
        for (std::size_t first; !params.run.cancelled() && (first = next.fetch_add(kChunk)) < sources.size();) {
            const std::size_t last = std::min(sources.size(), first + kChunk);
            for (std::size_t i = first; i < last; ++i) {
                std::uint32_t head = 0, tail = 0;
                order[tail++] = sources[i];
                level[sources[i]] = 0;
                while (head < tail) {
                    const std::uint32_t v = order[head++];
                    const std::int32_t d = level[v] + 1;
                    if (std::size_t(d) >= inv_of.size()) inv_of.push_back(std::uint64_t(std::llround(kScale / d)));
                    for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
                        const std::uint32_t x = adj[e];
                        if (level[x] < 0) {
                            level[x] = d;
                            order[tail++] = x;
                            hs[x] += inv_of[std::size_t(d)];
                            ds[x] += std::uint64_t(d);
                        }
                    }
                }
                for (std::uint32_t j = 0; j < tail; ++j) level[order[j]] = -1;
            }
            if (t == 0) params.run.report(stage, double(std::min(sources.size(), next.load())) / sources.size());
        }
    });
    params.run.throw_if_cancelled(stage);
    for (std::uint32_t v = 0; v < n; ++v) {
        std::uint64_t hs = 0, ds = 0;
        for (unsigned t = 0; t < threads; ++t) {
            hs += inv_sum[t][v];
            ds += dist_sum[t][v];
        }
        const std::uint32_t c = comp[v];
        const double size = double(start[c + 1] - start[c]);
        const double scale = size / double(taken[c]);
        r.harmonic[v] = scale * (double(hs) / kScale);
        const double total = scale * double(ds);
        if (total > 0) r.closeness[v] = (size - 1) / total * ((size - 1) / double(n - 1));
    }
    return r;
}

}  // namespace repnet

#include "algorithms/centrality/closeness.hpp"

#include <algorithm>
#include <atomic>
#include <limits>

#include "algorithms/centrality/common.hpp"

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

}  // namespace repnet

#include "algorithms/centrality/betweenness.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <queue>

#include "algorithms/centrality/common.hpp"

namespace repnet {
namespace {

// Fixed, so the summation order (and so every bit of the result) is independent of the thread count.
constexpr std::uint32_t kBlocks = 64;

struct Workspace {
    std::vector<std::int32_t> level;  // BFS: hop distance, -1 = unseen
    std::vector<double> dist;         // Dijkstra: distance, +inf = unseen
    std::vector<double> sigma, coef;
    std::vector<std::uint32_t> order;
    detail::DistanceHeap heap;

    explicit Workspace(std::uint32_t n, bool weighted) : sigma(n, 0.0), coef(n, 0.0), order(n) {
        if (weighted)
            dist.assign(n, std::numeric_limits<double>::infinity());
        else
            level.assign(n, -1);
    }

    // The second half of one source, the same for both searches: dependencies pulled from
    // successors in reverse visit order (order[0], the source, gets none), then the visited
    // entries made unseen again. `on_dag(v, e, x)`: arc e from v to x lies on a shortest path.
    template <class OnDag>
    void accumulate(const CsrGraph& g, std::uint32_t visited, OnDag on_dag, double* bc) {
        const std::uint64_t* off = g.out_offsets.data();
        const std::uint32_t* adj = g.out_targets.data();
        for (std::uint32_t i = visited; i-- > 1;) {
            const std::uint32_t v = order[i];
            double acc = 0;
            for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
                const std::uint32_t x = adj[e];
                if (on_dag(v, e, x)) acc += coef[x];
            }
            const double delta = sigma[v] * acc;
            bc[v] += delta;
            coef[v] = (1 + delta) / sigma[v];
        }
        const bool weighted = level.empty();
        for (std::uint32_t i = 0; i < visited; ++i) {
            const std::uint32_t v = order[i];
            if (weighted)
                dist[v] = std::numeric_limits<double>::infinity();
            else
                level[v] = -1;
            sigma[v] = 0;
            coef[v] = 0;
        }
    }
};

// One source of Brandes' algorithm, unweighted: BFS with a plain queue (which is also the
// visit order), then dependencies pulled from successors in reverse order.
void brandes_bfs(const CsrGraph& g, std::uint32_t s, Workspace& w, double* bc) {
    auto& level = w.level;
    auto& sigma = w.sigma;
    std::uint32_t* order = w.order.data();
    const std::uint64_t* off = g.out_offsets.data();
    const std::uint32_t* adj = g.out_targets.data();
    std::uint32_t head = 0, tail = 0;
    order[tail++] = s;
    level[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
        const std::uint32_t v = order[head++];
        const std::int32_t next = level[v] + 1;
        const double sv = sigma[v];
        for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
            const std::uint32_t x = adj[e];
            if (level[x] < 0) {
                level[x] = next;
                order[tail++] = x;
            }
            if (level[x] == next) sigma[x] += sv;
        }
    }
    w.accumulate(
        g, tail, [&](std::uint32_t v, std::uint64_t, std::uint32_t x) { return level[x] == level[v] + 1; }, bc);
}

// Weighted: Dijkstra with a binary heap; equal-length paths are counted when the sums are
// equal as doubles, as NetworkX does.
void brandes_dijkstra(const CsrGraph& g, const std::vector<double>& len, std::uint32_t s, Workspace& w, double* bc) {
    auto& dist = w.dist;
    auto& sigma = w.sigma;
    auto& coef = w.coef;
    auto& heap = w.heap;
    const std::uint64_t* off = g.out_offsets.data();
    const std::uint32_t* adj = g.out_targets.data();
    std::uint32_t tail = 0;
    // coef doubles as the "settled" mark during the forward pass (set to 1 when settled).
    heap.clear();
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(0.0, s);
    while (!heap.empty()) {
        const auto [d, v] = heap.pop();
        if (coef[v] != 0 || d > dist[v]) continue;
        coef[v] = 1;
        w.order[tail++] = v;
        const double sv = sigma[v];
        for (std::uint64_t e = off[v]; e < off[v + 1]; ++e) {
            const std::uint32_t x = adj[e];
            if (coef[x] != 0) continue;
            const double nd = d + len[e];
            if (nd < dist[x]) {
                dist[x] = nd;
                sigma[x] = sv;
                heap.push(nd, x);
            } else if (nd == dist[x]) {
                sigma[x] += sv;
            }
        }
    }
    w.accumulate(
        g, tail,
        [&](std::uint32_t v, std::uint64_t e, std::uint32_t x) {
            return dist[v] + len[e] == dist[x] && dist[x] > dist[v];
        },
        bc);
}

}  // namespace

BetweennessResult betweenness(const CsrGraph& g, const BetweennessParams& params) {
    const std::uint32_t n = g.node_count;
    BetweennessResult r;
    r.value.assign(n, 0.0);
    if (n == 0) return r;
    std::vector<double> len;
    if (params.weighted) len = detail::arc_distances(g);

    const std::uint32_t blocks = std::min(kBlocks, n);
    const unsigned threads = detail::thread_count(params.run.threads, blocks);

    // Each thread owns two buffers; a finished block waits in `pending` until every lower
    // block has been added to the total, then its buffer is free again.
    std::mutex m;
    std::condition_variable cv;
    std::vector<std::vector<double>> buffers(2 * threads);
    std::vector<bool> busy(2 * threads, false);
    std::vector<int> pending(blocks, -1);
    std::uint32_t next_merge = 0;
    std::atomic<std::uint32_t> next_block{0};

    detail::run_threads(threads, [&](unsigned t) {
        Workspace ws(n, params.weighted);
        for (;;) {
            int buf = -1;
            {
                std::unique_lock lock(m);
                cv.wait(lock, [&] { return !busy[2 * t] || !busy[2 * t + 1]; });
                buf = busy[2 * t] ? int(2 * t + 1) : int(2 * t);
                busy[buf] = true;
            }
            // A cancelled run takes no new block; the blocks already taken finish, so no buffer waits forever.
            const std::uint32_t b = params.run.cancelled() ? blocks : next_block.fetch_add(1);
            if (b >= blocks) {
                std::lock_guard lock(m);
                busy[buf] = false;
                break;
            }
            auto& acc = buffers[buf];
            acc.assign(n, 0.0);
            const std::uint32_t first = static_cast<std::uint32_t>(std::uint64_t(n) * b / blocks);
            const std::uint32_t last = static_cast<std::uint32_t>(std::uint64_t(n) * (b + 1) / blocks);
            for (std::uint32_t s = first; s < last; ++s) {
                if (params.weighted)
                    brandes_dijkstra(g, len, s, ws, acc.data());
                else
                    brandes_bfs(g, s, ws, acc.data());
            }
            std::lock_guard lock(m);
            pending[b] = buf;
            while (next_merge < blocks && pending[next_merge] >= 0) {
                const int p = pending[next_merge];
                const auto& src = buffers[p];
                for (std::uint32_t v = 0; v < n; ++v) r.value[v] += src[v];
                busy[p] = false;
                ++next_merge;
                params.run.report("betweenness", double(next_merge) / blocks);
            }
            cv.notify_all();
        }
    });

    params.run.throw_if_cancelled("betweenness");
    double scale = 1;
    if (params.normalized) {
        if (n > 2) scale = 1.0 / (double(n - 1) * double(n - 2));
    } else if (!g.directed) {
        scale = 0.5;
    }
    if (scale != 1)
        for (auto& x : r.value) x *= scale;
    return r;
}

}  // namespace repnet

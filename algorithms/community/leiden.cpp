// Louvain and Leiden share the multilevel machinery below: a weighted level
// graph with self-loops (communities of the level before), local moving of
// nodes, and aggregation. All arrays are flat and indexed by level node.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

#include "algorithms/common/prng.hpp"
#include "algorithms/community/community.hpp"
#include "algorithms/community/numbering.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

struct Level {
    std::uint32_t n = 0;
    std::vector<std::uint64_t> off;
    std::vector<std::uint32_t> adj;  // no self entries: a node's inner weight is in `loop`
    std::vector<double> w;
    std::vector<double> loop;  // weight of the edges inside the node, each once
    std::vector<double> k;     // strength: sum of w over adj + 2 * loop
};

Level from_csr(const CsrGraph& g) {
    Level l;
    l.n = g.node_count;
    l.off = g.out_offsets;
    l.adj = g.out_targets;
    l.w = g.out_weights;
    if (l.off.empty()) l.off.assign(1, 0);
    l.loop.assign(l.n, 0.0);
    l.k.assign(l.n, 0.0);
    for (std::uint32_t v = 0; v < l.n; ++v)
        for (std::uint64_t i = l.off[v]; i < l.off[v + 1]; ++i) l.k[v] += l.w[i];
    return l;
}

// Relabels `labels` to 0..count-1 in order of first appearance; returns count.
std::uint32_t densify(std::vector<std::uint32_t>& labels) {
    std::vector<std::uint32_t> map(labels.size(), UINT32_MAX);
    std::uint32_t count = 0;
    for (auto& l : labels) {
        if (map[l] == UINT32_MAX) map[l] = count++;
        l = map[l];
    }
    return count;
}

// Sums the level graph over dense labels 0..count-1.
Level aggregate(const Level& g, const std::vector<std::uint32_t>& label, std::uint32_t count) {
    std::vector<std::uint32_t> start(std::size_t(count) + 1, 0), members(g.n);
    for (std::uint32_t v = 0; v < g.n; ++v) ++start[label[v] + 1];
    for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::uint32_t v = 0; v < g.n; ++v) members[fill[label[v]]++] = v;
    }
    Level a;
    a.n = count;
    a.off.assign(std::size_t(count) + 1, 0);
    a.loop.assign(count, 0.0);
    a.k.assign(count, 0.0);
    a.adj.reserve(g.adj.size() / 2);
    a.w.reserve(g.adj.size() / 2);
    std::vector<double> acc(count, 0.0);
    std::vector<char> mark(count, 0);
    std::vector<std::uint32_t> touched;
    for (std::uint32_t s = 0; s < count; ++s) {
        for (std::uint32_t i = start[s]; i < start[s + 1]; ++i) {
            const std::uint32_t v = members[i];
            a.k[s] += g.k[v];
            a.loop[s] += g.loop[v];
            for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
                const std::uint32_t t = label[g.adj[e]];
                if (t == s) {
                    a.loop[s] += g.w[e] / 2;  // seen from both ends
                } else {
                    if (!mark[t]) {
                        mark[t] = 1;
                        touched.push_back(t);
                    }
                    acc[t] += g.w[e];
                }
            }
        }
        for (std::uint32_t t : touched) {
            a.adj.push_back(t);
            a.w.push_back(acc[t]);
            acc[t] = 0;
            mark[t] = 0;
        }
        touched.clear();
        a.off[s + 1] = a.adj.size();
    }
    return a;
}

// Weights from one node to the communities of its neighbours, without clearing the whole array.
struct NeighbourWeights {
    std::vector<double> weight;
    std::vector<char> mark;
    std::vector<std::uint32_t> touched;
    explicit NeighbourWeights(std::uint32_t n) : weight(n, 0.0), mark(n, 0) {}
    void add(std::uint32_t c, double w) {
        if (!mark[c]) {
            mark[c] = 1;
            touched.push_back(c);
        }
        weight[c] += w;
    }
    // The community with the largest modularity gain for a node of weighted degree kv that has
    // left community `a` (tot[] no longer counts it): weight to c - scale * kv * tot[c]. Staying
    // wins ties, then the first community touched. Sets `gain` to the winner's gain.
    std::uint32_t best(std::uint32_t a, double kv, double scale, const std::vector<double>& tot, double& gain) const {
        std::uint32_t winner = a;
        gain = weight[a] - scale * kv * tot[a];
        for (std::uint32_t c : touched) {
            const double g = weight[c] - scale * kv * tot[c];
            if (g > gain) {
                gain = g;
                winner = c;
            }
        }
        return winner;
    }
    void clear() {
        for (std::uint32_t c : touched) {
            weight[c] = 0;
            mark[c] = 0;
        }
        touched.clear();
    }
};

struct Context {
    double resolution;
    double two_m;
    SplitMix64 rng;
    bool capped = false;  // a local moving phase stopped at its pass limit
};

std::vector<std::uint32_t> shuffled_order(std::uint32_t n, SplitMix64& rng) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    rng.shuffle(std::span<std::uint32_t>(order));
    return order;
}

// Louvain's local moving: passes over the nodes in one random order until a pass moves nothing.
bool louvain_local_moving(const Level& g, std::vector<std::uint32_t>& comm, Context& ctx) {
    std::vector<double> tot(g.k);
    NeighbourWeights nw(g.n);
    const std::vector<std::uint32_t> order = shuffled_order(g.n, ctx.rng);
    const double scale = ctx.resolution / ctx.two_m;
    bool any = false;
    for (int pass = 0;; ++pass) {
        if (pass == kCommunityIterationLimit) {
            ctx.capped = true;
            break;
        }
        std::uint64_t moves = 0;
        for (std::uint32_t v : order) {
            const std::uint32_t a = comm[v];
            const double kv = g.k[v];
            for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) nw.add(comm[g.adj[e]], g.w[e]);
            tot[a] -= kv;
            double best_gain = 0;
            const std::uint32_t best = nw.best(a, kv, scale, tot, best_gain);
            tot[best] += kv;
            comm[v] = best;
            if (best != a) ++moves;
            nw.clear();
        }
        if (moves == 0) break;
        any = true;
    }
    return any;
}

// Leiden's fast local moving: a queue of nodes; a node that moved puts its
// neighbours outside its new community back in the queue. A node may also
// move to an empty community.
void leiden_move_nodes(const Level& g, std::vector<std::uint32_t>& comm, Context& ctx) {
    const std::uint32_t n = g.n;
    std::vector<double> tot(n, 0.0);
    std::vector<std::uint32_t> size(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        tot[comm[v]] += g.k[v];
        ++size[comm[v]];
    }
    std::vector<std::uint32_t> empty;
    for (std::uint32_t c = n; c-- > 0;)
        if (size[c] == 0) empty.push_back(c);
    std::vector<std::uint32_t> queue = shuffled_order(n, ctx.rng);  // circular, holds at most n
    std::vector<char> queued(n, 1);
    std::size_t head = 0, length = n;
    NeighbourWeights nw(n);
    const double scale = ctx.resolution / ctx.two_m;
    while (length > 0) {
        const std::uint32_t v = queue[head];
        head = (head + 1) % n;
        --length;
        queued[v] = 0;
        const std::uint32_t a = comm[v];
        const double kv = g.k[v];
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) nw.add(comm[g.adj[e]], g.w[e]);
        tot[a] -= kv;
        --size[a];
        double best_gain = 0;
        std::uint32_t best = nw.best(a, kv, scale, tot, best_gain);
        if (size[a] > 0 && best_gain < 0 && !empty.empty()) {
            best = empty.back();
            empty.pop_back();
        }
        tot[best] += kv;
        ++size[best];
        comm[v] = best;
        if (size[a] == 0 && best != a) empty.push_back(a);
        nw.clear();
        if (best == a) continue;
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            const std::uint32_t u = g.adj[e];
            if (!queued[u] && comm[u] != best) {
                queued[u] = 1;
                queue[(head + length) % n] = u;
                ++length;
            }
        }
    }
}

// Leiden's refinement: inside each community, singletons merge into
// well-connected sub-communities, chosen at random with probability
// proportional to exp(gain / randomness). Returns dense refined labels.
std::vector<std::uint32_t> leiden_refine(const Level& g, const std::vector<std::uint32_t>& comm, Context& ctx,
                                         double randomness) {
    const std::uint32_t n = g.n;
    std::vector<double> comm_tot(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v) comm_tot[comm[v]] += g.k[v];
    std::vector<std::uint32_t> refined(n), rsize(n, 1);
    std::iota(refined.begin(), refined.end(), 0u);
    std::vector<double> rtot(g.k), inner(n, 0.0);  // inner[v]: weight from v to the rest of its community
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e)
            if (comm[g.adj[e]] == comm[v]) inner[v] += g.w[e];
    std::vector<double> external(inner);  // per refined community: weight to the rest of its community
    NeighbourWeights nw(n);
    std::vector<std::uint32_t> candidates;
    std::vector<double> gains;
    const double scale = ctx.resolution / ctx.two_m;
    for (std::uint32_t v : shuffled_order(n, ctx.rng)) {
        const std::uint32_t r = refined[v];
        if (rsize[r] != 1) continue;  // only singletons move
        const std::uint32_t c = comm[v];
        const double kv = g.k[v], kc = comm_tot[c];
        if (inner[v] < scale * kv * (kc - kv)) continue;  // v is not well connected to its community
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            const std::uint32_t u = g.adj[e];
            if (comm[u] == c) nw.add(refined[u], g.w[e]);
        }
        rtot[r] = 0;
        rsize[r] = 0;
        candidates.assign(1, r);
        gains.assign(1, 0.0);
        double max_gain = 0;
        for (std::uint32_t s : nw.touched) {
            if (s == r) continue;
            if (external[s] < scale * rtot[s] * (kc - rtot[s])) continue;  // s is not well connected
            const double gain = nw.weight[s] - scale * kv * rtot[s];
            if (gain < 0) continue;
            candidates.push_back(s);
            gains.push_back(gain);
            max_gain = std::max(max_gain, gain);
        }
        std::size_t pick = 0;
        if (randomness == 0) {
            for (std::size_t i = 1; i < gains.size(); ++i)
                if (gains[i] > gains[pick]) pick = i;
        } else {
            double total = 0;
            for (double& x : gains) total += (x = std::exp((x - max_gain) / randomness));
            double draw = ctx.rng.unit() * total;
            for (pick = 0; pick + 1 < gains.size() && draw >= gains[pick]; ++pick) draw -= gains[pick];
        }
        const std::uint32_t s = candidates[pick];
        refined[v] = s;
        rtot[s] += kv;
        ++rsize[s];
        external[s] += inner[v] - 2 * (s == r ? 0.0 : nw.weight[s]);
        if (s == r) external[s] = inner[v];
        nw.clear();
    }
    densify(refined);
    return refined;
}

void check_params(const CommunityParams& p) {
    detail::check_resolution(p.resolution);
    if (p.max_iterations < 0)
        throw InvalidArgument("max_iterations", "must be 0 (until stable) or positive",
                              std::to_string(p.max_iterations));
    if (!(p.randomness >= 0) || !std::isfinite(p.randomness))
        throw InvalidArgument("randomness", "must be a finite number >= 0", argument_text(p.randomness));
}

CommunityResult finish(const CsrGraph& g, std::vector<std::uint32_t> labels, const CommunityParams& p, const char* name,
                       int iterations, bool converged) {
    CommunityResult r;
    r.converged = converged;
    r.sizes = detail::canonical_numbering(labels);
    r.community = std::move(labels);
    r.algorithm = name;
    r.resolution = p.resolution;
    r.seed = p.seed;
    r.iterations = iterations;
    r.modularity = modularity(g, r.community, p.resolution);
    return r;
}

std::vector<std::uint32_t> identity(std::uint32_t n) {
    std::vector<std::uint32_t> v(n);
    std::iota(v.begin(), v.end(), 0u);
    return v;
}

// One iteration of Leiden from the flat partition `part` (labels < n) of `base`.
std::vector<std::uint32_t> leiden_iteration(const Level& base, std::vector<std::uint32_t> part, Context& ctx,
                                            double randomness) {
    std::optional<Level> owned;
    const Level* g = &base;
    std::vector<std::uint32_t> node_of = identity(base.n);  // original node -> level node
    std::vector<std::uint32_t> comm = std::move(part);
    for (;;) {
        leiden_move_nodes(*g, comm, ctx);
        std::vector<std::uint32_t> dense(comm);
        const std::uint32_t count = densify(dense);
        if (count == g->n) break;
        std::vector<std::uint32_t> refined = leiden_refine(*g, comm, ctx, randomness);
        std::uint32_t refined_count = *std::max_element(refined.begin(), refined.end()) + 1;
        if (refined_count == g->n) {  // refinement merged nothing: aggregate the communities themselves
            refined = dense;
            refined_count = count;
        }
        std::vector<std::uint32_t> next_comm(refined_count);
        for (std::uint32_t v = 0; v < g->n; ++v) next_comm[refined[v]] = dense[v];
        Level next = aggregate(*g, refined, refined_count);
        for (auto& x : node_of) x = refined[x];
        owned = std::move(next);
        g = &*owned;
        comm = std::move(next_comm);
    }
    for (auto& x : node_of) x = comm[x];
    return node_of;
}

}  // namespace

CommunityResult louvain(const CsrGraph& graph, const CommunityParams& params) {
    check_params(params);
    Level level = from_csr(graph);
    const double two_m = std::accumulate(level.k.begin(), level.k.end(), 0.0);
    std::vector<std::uint32_t> node_of = identity(graph.node_count);
    if (two_m == 0) return finish(graph, node_of, params, "louvain", 0, true);
    Context ctx{params.resolution, two_m, SplitMix64(params.seed)};
    int levels = 0;
    for (;;) {
        params.run.throw_if_cancelled("louvain");
        std::vector<std::uint32_t> comm = identity(level.n);
        const bool moved = louvain_local_moving(level, comm, ctx);
        ++levels;
        if (!moved) break;
        const std::uint32_t count = densify(comm);
        for (auto& x : node_of) x = comm[x];
        level = aggregate(level, comm, count);
    }
    return finish(graph, node_of, params, "louvain", levels, !ctx.capped);
}

CommunityResult leiden(const CsrGraph& graph, const CommunityParams& params) {
    check_params(params);
    const Level base = from_csr(graph);
    const double two_m = std::accumulate(base.k.begin(), base.k.end(), 0.0);
    std::vector<std::uint32_t> part = identity(graph.node_count);
    if (two_m == 0) return finish(graph, part, params, "leiden", 0, true);
    Context ctx{params.resolution, two_m, SplitMix64(params.seed)};
    const int limit = params.max_iterations > 0 ? params.max_iterations : kCommunityIterationLimit;
    int iterations = 0;
    bool stable = false;
    std::vector<std::uint32_t> before = part;
    detail::canonical_numbering(before);
    while (iterations < limit) {
        params.run.throw_if_cancelled("leiden");
        part = leiden_iteration(base, std::move(part), ctx, params.randomness);
        ++iterations;
        params.run.report("leiden", double(iterations) / limit);
        std::vector<std::uint32_t> after = part;
        detail::canonical_numbering(after);
        if (after == before) {
            stable = true;
            break;
        }
        before = std::move(after);
    }
    return finish(graph, part, params, "leiden", iterations, stable);
}

}  // namespace repnet

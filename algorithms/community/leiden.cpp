// Louvain and Leiden share the multilevel machinery below: a weighted level
// graph with self-loops (communities of the level before), local moving of
// nodes, and aggregation. All arrays are flat and indexed by level node.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "algorithms/common/prng.hpp"
#include "algorithms/community/community.hpp"
#include "algorithms/community/numbering.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

// The arrays of one level, owned by a LevelStore (or, at the first level, partly by the input view).
struct Level {
    std::uint32_t n = 0;
    const std::uint64_t* off = nullptr;
    const std::uint32_t* adj = nullptr;  // no self entries: a node's inner weight is in `loop`
    const double* w = nullptr;
    const double* loop = nullptr;  // weight of the edges inside the node, each once
    const double* k = nullptr;     // strength: sum of w over adj + 2 * loop
    std::uint64_t arcs() const { return n == 0 ? 0 : off[n]; }
};

struct LevelStore {
    std::vector<std::uint64_t> off;
    std::vector<std::uint32_t> adj;
    std::vector<double> w, loop, k;
    Level view() const {
        return {static_cast<std::uint32_t>(k.size()), off.data(), adj.data(), w.data(), loop.data(), k.data()};
    }
};

// The first level reads the view's adjacency in place (a copy costs more than the rest of an
// iteration on a large graph); `store` gets the strengths and the (empty) self-loops.
Level from_csr(const CsrGraph& g, LevelStore& store) {
    const std::uint32_t n = g.node_count;
    store.loop.assign(n, 0.0);
    store.k.assign(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint64_t i = g.out_offsets[v]; i < g.out_offsets[v + 1]; ++i) store.k[v] += g.out_weights[i];
    return {n, g.out_offsets.data(), g.out_targets.data(), g.out_weights.data(), store.loop.data(), store.k.data()};
}

// Relabels `labels` to 0..count-1 in order of first appearance; returns count. `map` is scratch.
std::uint32_t densify(std::vector<std::uint32_t>& labels, std::vector<std::uint32_t>& map) {
    map.assign(labels.size(), UINT32_MAX);
    std::uint32_t count = 0;
    for (auto& l : labels) {
        if (map[l] == UINT32_MAX) map[l] = count++;
        l = map[l];
    }
    return count;
}

// Local moving and refinement visit nodes in a random order known in advance (the queue, the
// shuffled order), so each visit would wait on cache misses: the node's own entries, then its
// adjacency, then its neighbours' communities. Prefetching the nodes a few visits ahead, one
// stage per distance, overlaps those misses; it changes no result.
constexpr std::size_t kAheadNode = 16, kAheadAdjacency = 8, kAheadNeighbours = 4, kAheadSlots = 2;

inline void prefetch(const void* p) {
    __builtin_prefetch(p);
}

void prefetch_node(const Level& g, const std::vector<std::uint32_t>& comm, std::uint32_t v) {
    prefetch(&g.off[v]);
    prefetch(&g.k[v]);
    prefetch(&comm[v]);
}

void prefetch_adjacency(const Level& g, std::uint32_t v) {
    prefetch(&g.adj[g.off[v]]);
    prefetch(&g.w[g.off[v]]);
}

void prefetch_neighbours(const Level& g, const std::vector<std::uint32_t>& labels, std::uint32_t v) {
    for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) prefetch(&labels[g.adj[e]]);
}

// What local moving, refinement and aggregation read about a (refined) community, in one place: a
// visit misses the cache once per neighbouring community instead of once per array. The three
// phases share one array of these (each uses some of the fields), so that it is touched once.
struct Slot {
    double tot = 0;          // strength of the community's nodes
    double external = 0;     // refinement: weight to the rest of its community
    double weight = 0;       // from the node (or community) at hand; 0 unless listed in `touched`
    std::uint32_t size = 0;  // nodes
    bool touched = false;
};

// The working arrays of one run, kept from level to level and iteration to iteration: fresh
// arrays cost a page fault per 4 KB touched (the allocator returns large blocks to the system
// when they are freed), which was a fifth of the run's CPU time on the 1m graph.
struct Scratch {
    std::vector<Slot> slot;
    std::vector<std::uint32_t> order, touched, empty, candidates, map, start, members, fill, dense, refined, next_comm;
    std::vector<char> queued;
    std::vector<double> comm_tot, inner, gains;
    LevelStore levels[2];  // aggregated levels, used in turn
};

// Sums the level graph over dense labels 0..count-1 into `a` (not `g`).
Level aggregate(const Level& g, const std::vector<std::uint32_t>& label, std::uint32_t count, LevelStore& a,
                Scratch& ws) {
    std::vector<std::uint32_t>& start = ws.start;
    std::vector<std::uint32_t>& members = ws.members;
    start.assign(std::size_t(count) + 1, 0);
    members.resize(g.n);
    for (std::uint32_t v = 0; v < g.n; ++v) ++start[label[v] + 1];
    for (std::uint32_t c = 0; c < count; ++c) start[c + 1] += start[c];
    ws.fill.assign(start.begin(), start.end() - 1);
    for (std::uint32_t v = 0; v < g.n; ++v) members[ws.fill[label[v]]++] = v;
    a.off.assign(std::size_t(count) + 1, 0);
    a.loop.assign(count, 0.0);
    a.k.assign(count, 0.0);
    a.adj.clear();
    a.w.clear();
    // At most one arc per arc of g; reserving untouched memory costs nothing, growing costs a copy.
    a.adj.reserve(g.arcs());
    a.w.reserve(g.arcs());
    std::vector<Slot>& slot = ws.slot;
    slot.assign(count, Slot{});
    std::vector<std::uint32_t>& touched = ws.touched;
    touched.clear();
    // The members of a community are scattered nodes: prefetch a few members ahead (as local moving does).
    const auto ahead = [&](std::uint32_t i, std::uint32_t d) { return members[std::min(i + d, g.n - 1)]; };
    for (std::uint32_t s = 0; s < count; ++s) {
        for (std::uint32_t i = start[s]; i < start[s + 1]; ++i) {
            {
                const std::uint32_t u = ahead(i, kAheadNode);
                prefetch(&g.off[u]);
                prefetch(&g.k[u]);
                prefetch(&g.loop[u]);
            }
            prefetch_adjacency(g, ahead(i, kAheadAdjacency));
            prefetch_neighbours(g, label, ahead(i, kAheadNeighbours));
            const std::uint32_t v = members[i];
            a.k[s] += g.k[v];
            a.loop[s] += g.loop[v];
            for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
                const std::uint32_t t = label[g.adj[e]];
                if (t == s) {
                    a.loop[s] += g.w[e] / 2;  // seen from both ends
                } else {
                    if (!slot[t].touched) {
                        slot[t].touched = true;
                        touched.push_back(t);
                    }
                    slot[t].weight += g.w[e];
                }
            }
        }
        for (std::uint32_t t : touched) {
            a.adj.push_back(t);
            a.w.push_back(slot[t].weight);
            slot[t].weight = 0;
            slot[t].touched = false;
        }
        touched.clear();
        a.off[s + 1] = a.adj.size();
    }
    return a.view();
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

void shuffled_order(std::uint32_t n, SplitMix64& rng, std::vector<std::uint32_t>& order) {
    order.resize(n);
    std::iota(order.begin(), order.end(), 0u);
    rng.shuffle(std::span<std::uint32_t>(order));
}

// Louvain's local moving: passes over the nodes in one random order until a pass moves nothing.
bool louvain_local_moving(const Level& g, std::vector<std::uint32_t>& comm, Context& ctx) {
    std::vector<double> tot(g.k, g.k + g.n);
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
void leiden_move_nodes(const Level& g, std::vector<std::uint32_t>& comm, Context& ctx, Scratch& ws) {
    const std::uint32_t n = g.n;
    std::vector<Slot>& slot = ws.slot;
    slot.assign(n, Slot{});
    for (std::uint32_t v = 0; v < n; ++v) {
        slot[comm[v]].tot += g.k[v];
        ++slot[comm[v]].size;
    }
    std::vector<std::uint32_t>& empty = ws.empty;
    empty.clear();
    for (std::uint32_t c = n; c-- > 0;)
        if (slot[c].size == 0) empty.push_back(c);
    std::vector<std::uint32_t>& queue = ws.order;  // circular, holds at most n
    shuffled_order(n, ctx.rng, queue);
    std::vector<char>& queued = ws.queued;
    queued.assign(n, 1);
    std::vector<std::uint32_t>& touched = ws.touched;
    touched.clear();
    std::size_t head = 0, length = n;
    const double scale = ctx.resolution / ctx.two_m;
    // Every slot of the queue holds a node (stale beyond `length`, which only wastes a prefetch).
    const auto ahead = [&](std::size_t d) { return queue[head + d < n ? head + d : (head + d) % n]; };
    while (length > 0) {
        prefetch_node(g, comm, ahead(kAheadNode));
        prefetch_adjacency(g, ahead(kAheadAdjacency));
        prefetch_neighbours(g, comm, ahead(kAheadNeighbours));
        {
            const std::uint32_t u = ahead(kAheadSlots);
            prefetch(&slot[comm[u]]);
            for (std::uint64_t e = g.off[u]; e < g.off[u + 1]; ++e) prefetch(&slot[comm[g.adj[e]]]);
        }
        const std::uint32_t v = queue[head];
        if (++head == n) head = 0;
        --length;
        queued[v] = 0;
        const std::uint32_t a = comm[v];
        const double kv = g.k[v];
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            const std::uint32_t c = comm[g.adj[e]];
            Slot& s = slot[c];
            if (!s.touched) {
                s.touched = true;
                touched.push_back(c);
            }
            s.weight += g.w[e];
        }
        slot[a].tot -= kv;
        --slot[a].size;
        // The largest modularity gain, weight to c - scale * kv * tot[c]: staying wins ties, then
        // the first community touched.
        std::uint32_t best = a;
        double best_gain = slot[a].weight - scale * kv * slot[a].tot;
        for (std::uint32_t c : touched) {
            const double gain = slot[c].weight - scale * kv * slot[c].tot;
            if (gain > best_gain) {
                best_gain = gain;
                best = c;
            }
        }
        if (slot[a].size > 0 && best_gain < 0 && !empty.empty()) {
            best = empty.back();
            empty.pop_back();
        }
        slot[best].tot += kv;
        ++slot[best].size;
        comm[v] = best;
        if (slot[a].size == 0 && best != a) empty.push_back(a);
        for (std::uint32_t c : touched) {
            slot[c].weight = 0;
            slot[c].touched = false;
        }
        touched.clear();
        if (best == a) continue;
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            const std::uint32_t u = g.adj[e];
            if (!queued[u] && comm[u] != best) {
                queued[u] = 1;
                queue[head + length < n ? head + length : head + length - n] = u;
                ++length;
            }
        }
    }
}

// Leiden's refinement: inside each community, singletons merge into
// well-connected sub-communities, chosen at random with probability
// proportional to exp(gain / randomness). Returns dense refined labels.
// The refined labels go to ws.refined.
void leiden_refine(const Level& g, const std::vector<std::uint32_t>& comm, Context& ctx, double randomness,
                   Scratch& ws) {
    const std::uint32_t n = g.n;
    std::vector<double>& comm_tot = ws.comm_tot;
    comm_tot.assign(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v) comm_tot[comm[v]] += g.k[v];
    std::vector<std::uint32_t>& refined = ws.refined;
    refined.resize(n);
    std::iota(refined.begin(), refined.end(), 0u);
    std::vector<double>& inner = ws.inner;  // inner[v]: weight from v to the rest of its community
    inner.assign(n, 0.0);
    std::vector<Slot>& slot = ws.slot;  // per refined community, labelled by a node
    slot.assign(n, Slot{.size = 1});
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e)
            if (comm[g.adj[e]] == comm[v]) inner[v] += g.w[e];
        slot[v].tot = g.k[v];
        slot[v].external = inner[v];
    }
    std::vector<std::uint32_t>& touched = ws.touched;
    std::vector<std::uint32_t>& candidates = ws.candidates;
    std::vector<double>& gains = ws.gains;
    touched.clear();
    const double scale = ctx.resolution / ctx.two_m;
    std::vector<std::uint32_t>& order = ws.order;
    shuffled_order(n, ctx.rng, order);
    const auto ahead = [&](std::size_t i, std::size_t d) { return order[std::min<std::size_t>(i + d, n - 1)]; };
    for (std::size_t i = 0; i < n; ++i) {
        {
            const std::uint32_t u = ahead(i, kAheadNode);
            prefetch_node(g, comm, u);
            prefetch(&refined[u]);
            prefetch(&inner[u]);
        }
        {
            const std::uint32_t u = ahead(i, kAheadAdjacency);
            prefetch_adjacency(g, u);
            prefetch(&slot[refined[u]]);
            prefetch(&comm_tot[comm[u]]);
        }
        {
            const std::uint32_t u = ahead(i, kAheadNeighbours);
            prefetch_neighbours(g, comm, u);
            prefetch_neighbours(g, refined, u);
        }
        {
            const std::uint32_t u = ahead(i, kAheadSlots);
            for (std::uint64_t e = g.off[u]; e < g.off[u + 1]; ++e) prefetch(&slot[refined[g.adj[e]]]);
        }
        const std::uint32_t v = order[i];
        const std::uint32_t r = refined[v];
        if (slot[r].size != 1) continue;  // only singletons move
        const std::uint32_t c = comm[v];
        const double kv = g.k[v], kc = comm_tot[c];
        if (inner[v] < scale * kv * (kc - kv)) continue;  // v is not well connected to its community
        for (std::uint64_t e = g.off[v]; e < g.off[v + 1]; ++e) {
            const std::uint32_t u = g.adj[e];
            if (comm[u] != c) continue;
            const std::uint32_t s = refined[u];
            Slot& x = slot[s];
            if (!x.touched) {
                x.touched = true;
                touched.push_back(s);
            }
            x.weight += g.w[e];
        }
        slot[r].tot = 0;
        slot[r].size = 0;
        candidates.assign(1, r);
        gains.assign(1, 0.0);
        double max_gain = 0;
        for (std::uint32_t s : touched) {
            if (s == r) continue;
            const Slot& x = slot[s];
            if (x.external < scale * x.tot * (kc - x.tot)) continue;  // s is not well connected
            const double gain = x.weight - scale * kv * x.tot;
            if (gain < 0) continue;
            candidates.push_back(s);
            gains.push_back(gain);
            max_gain = std::max(max_gain, gain);
        }
        std::size_t pick = 0;
        if (gains.size() == 1) {
            if (randomness != 0) ctx.rng.unit();  // the draw is made all the same: a seed gives one sequence
        } else if (randomness == 0) {
            for (std::size_t j = 1; j < gains.size(); ++j)
                if (gains[j] > gains[pick]) pick = j;
        } else {
            double total = 0;
            for (double& x : gains) {
                // exp underflows to exactly 0 below -745.2; its slow path there is worth skipping
                const double t = (x - max_gain) / randomness;
                total += (x = t < -746 ? 0.0 : std::exp(t));
            }
            double draw = ctx.rng.unit() * total;
            for (pick = 0; pick + 1 < gains.size() && draw >= gains[pick]; ++pick) draw -= gains[pick];
        }
        const std::uint32_t s = candidates[pick];
        Slot& x = slot[s];
        refined[v] = s;
        x.tot += kv;
        ++x.size;
        x.external += inner[v] - 2 * (s == r ? 0.0 : x.weight);
        if (s == r) x.external = inner[v];
        for (std::uint32_t t : touched) {
            slot[t].weight = 0;
            slot[t].touched = false;
        }
        touched.clear();
    }
    densify(refined, ws.map);
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
                                            double randomness, Scratch& ws) {
    Level g = base;
    std::vector<std::uint32_t> node_of = identity(base.n);  // original node -> level node
    std::vector<std::uint32_t> comm = std::move(part);
    for (int next = 0;; next ^= 1) {
        leiden_move_nodes(g, comm, ctx, ws);
        std::vector<std::uint32_t>& dense = ws.dense;
        dense.assign(comm.begin(), comm.end());
        const std::uint32_t count = densify(dense, ws.map);
        if (count == g.n) break;
        leiden_refine(g, comm, ctx, randomness, ws);
        std::vector<std::uint32_t>& refined = ws.refined;
        std::uint32_t refined_count = *std::max_element(refined.begin(), refined.end()) + 1;
        if (refined_count == g.n) {  // refinement merged nothing: aggregate the communities themselves
            refined.assign(dense.begin(), dense.end());
            refined_count = count;
        }
        ws.next_comm.resize(refined_count);
        for (std::uint32_t v = 0; v < g.n; ++v) ws.next_comm[refined[v]] = dense[v];
        g = aggregate(g, refined, refined_count, ws.levels[next], ws);
        for (auto& x : node_of) x = refined[x];
        comm.assign(ws.next_comm.begin(), ws.next_comm.end());
    }
    for (auto& x : node_of) x = comm[x];
    return node_of;
}

}  // namespace

CommunityResult louvain(const CsrGraph& graph, const CommunityParams& params) {
    check_params(params);
    LevelStore store;
    Level level = from_csr(graph, store);
    const double two_m = std::accumulate(level.k, level.k + level.n, 0.0);
    std::vector<std::uint32_t> node_of = identity(graph.node_count);
    if (two_m == 0) return finish(graph, node_of, params, "louvain", 0, true);
    Context ctx{params.resolution, two_m, SplitMix64(params.seed)};
    Scratch ws;
    int levels = 0;
    for (;;) {
        params.run.throw_if_cancelled("louvain");
        std::vector<std::uint32_t> comm = identity(level.n);
        const bool moved = louvain_local_moving(level, comm, ctx);
        ++levels;
        if (!moved) break;
        const std::uint32_t count = densify(comm, ws.map);
        for (auto& x : node_of) x = comm[x];
        level = aggregate(level, comm, count, ws.levels[levels % 2], ws);
    }
    return finish(graph, node_of, params, "louvain", levels, !ctx.capped);
}

CommunityResult leiden(const CsrGraph& graph, const CommunityParams& params) {
    check_params(params);
    LevelStore store;
    const Level base = from_csr(graph, store);
    const double two_m = std::accumulate(base.k, base.k + base.n, 0.0);
    std::vector<std::uint32_t> part = identity(graph.node_count);
    if (two_m == 0) return finish(graph, part, params, "leiden", 0, true);
    Context ctx{params.resolution, two_m, SplitMix64(params.seed)};
    Scratch ws;
    const int limit = params.max_iterations > 0 ? params.max_iterations : kCommunityIterationLimit;
    int iterations = 0;
    bool stable = false;
    std::vector<std::uint32_t> before = part;
    detail::canonical_numbering(before);
    while (iterations < limit) {
        params.run.throw_if_cancelled("leiden");
        part = leiden_iteration(base, std::move(part), ctx, params.randomness, ws);
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

#pragma once
// Distance-based centralities: closeness (Freeman 1979, with the Wasserman–Faust
// correction for disconnected graphs) and harmonic (Marchiori & Latora 2000).
#include <cstdint>
#include <vector>

#include "engine/csr.hpp"
#include "engine/run_context.hpp"

namespace repnet {

struct ClosenessParams {
    bool weighted = false;  // false: hop counts (BFS); true: distance 1/weight (Dijkstra)
    RunContext run{};       // threads (the result does not depend on them), progress, cancellation between sources
};

// closeness(u) = (r / sum_v d(v, u)) * (r / (n - 1)), r = number of nodes that reach u,
// 0 if none: nx.closeness_centrality(G, distance=None or "distance", wf_improved=True).
// Distances are *to* u (incoming paths) in directed views, as in NetworkX.
// O(V E) unweighted, O(V (E + V log V)) weighted. Throws InputError for a weight that
// is not finite and > 0 when weighted, Cancelled if params.run is cancelled.
std::vector<double> closeness(const CsrGraph& graph, const ClosenessParams& params = {});

// harmonic(u) = sum over v != u of 1 / d(v, u) (unreachable pairs add 0):
// nx.harmonic_centrality(G, distance=None or "distance"). Same costs as closeness.
std::vector<double> harmonic(const CsrGraph& graph, const ClosenessParams& params = {});

struct SampledDistanceParams {
    double epsilon = 0.02;  // additive bound on harmonic / (n - 1), in (0, 1)
    double delta = 0.1;     // failure probability, in (0, 1)
    std::uint64_t seed = 0;
    // Components of at most this many nodes, and components where the bound needs every node,
    // are computed exactly (every node a source); a sampled component gets at least this many sources.
    std::uint32_t exact_component_size = 64;
    RunContext run{};  // threads (the result does not depend on them), progress, cancellation between sources
};

struct SampledDistanceResult {
    std::vector<double> closeness;         // per CSR node, as closeness()
    std::vector<double> harmonic;          // per CSR node, as harmonic() (not normalised)
    std::uint64_t sources = 0;             // breadth-first searches run
    std::uint64_t sampled_components = 0;  // components estimated from a sample (the others are exact)
    double epsilon = 0, delta = 0;
    std::uint64_t seed = 0;
};

// Closeness and harmonic centrality of an undirected unweighted view from breadth-first
// searches out of sampled sources, stratified by connected component: component C (c nodes)
// gets k_C = ceil(c^2 ln(2n / delta) / (2 epsilon^2 (n - 1)^2)) sources drawn uniformly without
// replacement (at least exact_component_size; every node when that is c or more), and for
// each node v the sums over sources, scaled by c / k_C, estimate sum_u 1/d(u, v) and
// sum_u d(u, v) without bias. By Hoeffding's inequality and a union bound over the nodes,
// with probability at least 1 - delta every harmonic value divided by n - 1 is within
// epsilon of exact; closeness is the Wasserman–Faust formula over the estimated distance
// sum (exact for exactly computed components, no stated bound otherwise).
// Same seed => same result for any thread count. O(sum_C k_C (c + m_C)).
// Throws InvalidArgument for a directed view or epsilon / delta outside (0, 1), Cancelled.
SampledDistanceResult sampled_distance_centrality(const CsrGraph& graph, const SampledDistanceParams& params = {});

}  // namespace repnet

#pragma once
// Distance-based centralities: closeness (Freeman 1979, with the Wasserman–Faust
// correction for disconnected graphs) and harmonic (Marchiori & Latora 2000).
#include <vector>

#include "engine/csr.hpp"
#include "engine/run_context.hpp"

namespace repnet {

struct ClosenessParams {
    bool weighted = false;  // false: hop counts (BFS); true: distance 1/weight (Dijkstra)
    RunContext run;         // threads (the result does not depend on them), progress, cancellation between sources
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

}  // namespace repnet

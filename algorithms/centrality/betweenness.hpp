#pragma once
// Shortest-path betweenness: exact (Brandes 2001) and sampled with an
// (epsilon, delta) guarantee (Riondato & Kornaropoulos 2016).
#include <cstdint>
#include <vector>

#include "engine/csr.hpp"
#include "engine/run_context.hpp"

namespace repnet {

struct BetweennessParams {
    bool weighted = false;   // false: hop counts (BFS); true: distance 1/weight (Dijkstra)
    bool normalized = true;  // as NetworkX: divide by (n-1)(n-2) (n > 2); false: raw pair counts (halved if undirected)
    RunContext run{};  // threads (the result does not depend on them), progress, cancellation between blocks of sources
};

struct BetweennessResult {
    std::vector<double> value;  // per CSR node
};

// Exact betweenness, equal to nx.betweenness_centrality(G, normalized=..., weight=None or "distance")
// for the nx.Graph / nx.DiGraph of the view. Brandes' algorithm, O(V E) unweighted,
// O(V E + V^2 log V) weighted, O(V + E) memory per thread. Sources are cut into a fixed
// number of blocks; each block is accumulated on its own and blocks are added in block
// order, so the result is bit-identical for any thread count. Throws InputError for a
// weight that is not finite and > 0 when weighted, Cancelled if params.run is cancelled.
BetweennessResult betweenness(const CsrGraph& graph, const BetweennessParams& params = {});

struct ApproxBetweennessParams {
    double epsilon = 0.01;   // additive error bound on the normalised scale, in (0, 1)
    double delta = 0.1;      // failure probability, in (0, 1); confidence = 1 - delta
    std::uint64_t seed = 0;  // same seed => same result, for any thread count
    bool weighted = false;
    RunContext run{};  // threads, progress, cancellation between blocks of samples
    // Refuse an epsilon that needs more sampled paths than this (each costs up to one
    // BFS/Dijkstra): 10^8 by default, about what exact betweenness costs on a graph
    // of 10^8 nodes; at 1e-9 the bound asks for ~10^18 paths, which never finishes.
    std::uint64_t max_samples = 100'000'000;
};

struct ApproxBetweennessResult {
    std::vector<double> value;  // estimates on NetworkX's normalised scale
    std::uint64_t samples = 0;  // number of sampled shortest paths
    std::uint64_t vertex_diameter_bound = 0;
    double epsilon = 0, delta = 0;
    std::uint64_t seed = 0;
};

// Riondato & Kornaropoulos (2016) sampling: r = ceil(c / e^2 * (floor(log2(VD - 2)) + 1 + ln(1/delta)))
// shortest paths, each between a uniformly random ordered pair of distinct nodes and
// chosen uniformly among that pair's shortest paths; c = 0.5, VD an upper bound on the
// vertex diameter (2-approximation by BFS for unweighted undirected views, the largest
// weakly connected component otherwise). e = epsilon (n-2)/n so that, with probability at
// least 1 - delta, every value is within epsilon of nx.betweenness_centrality (normalised).
// O(r (V + E)) worst case; BFS/Dijkstra stop once the target is settled.
// Throws InvalidArgument for epsilon or delta outside (0, 1), or when r exceeds
// max_samples (naming epsilon, the sample count and the limit).
ApproxBetweennessResult approx_betweenness(const CsrGraph& graph, const ApproxBetweennessParams& params = {});

// The checks approx_betweenness makes that do not depend on the graph: epsilon and delta
// in (0, 1), and r for the smallest vertex diameter (floor(log2(VD - 2)) + 1 >= 1) within
// max_samples, so a hopeless epsilon is refused before any work. Throws InvalidArgument.
void check_approx_betweenness_params(const ApproxBetweennessParams& params);

}  // namespace repnet

#pragma once
// Community detection on a weighted undirected CSR view: modularity, Louvain,
// Leiden, and two simpler views (connected components, k-cores).
//
// Quality function: modularity with a resolution parameter gamma
// (Newman & Girvan 2004; Reichardt & Bornholdt 2006), defined exactly as
// networkx.community.modularity and igraph's modularity():
//     Q = sum over communities c of [ L_c / m  -  gamma * (d_c / 2m)^2 ]
// where m is the total edge weight, L_c the weight of edges inside c and d_c
// the sum of the weighted degrees of c's nodes. gamma > 1 favours smaller
// communities, gamma < 1 larger ones.
//
// Every result numbers communities by size, largest = 0, ties broken by the
// smallest node index they contain, so the numbering is deterministic.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine/csr.hpp"
#include "engine/run_context.hpp"

namespace repnet {

struct CommunityParams {
    double resolution = 1.0;  // gamma, > 0 and finite
    std::uint64_t seed = 1;   // every random choice comes from this seed (algorithms/common/prng.hpp)
    // Leiden: iterations of the whole algorithm, each starting from the last
    // partition; 0 = repeat until an iteration changes nothing. >= 0.
    int max_iterations = 0;
    // Leiden: the randomness theta of the refinement phase (Traag et al. 2019 use 0.01), in units of edge weight.
    // 0 = always take the best merge. >= 0.
    double randomness = 0.01;
    // Leiden and Louvain: progress, and cancellation between iterations (threads are not used).
    RunContext run;
};

// Leiden with max_iterations = 0 stops after this many iterations even if the partition still
// changes, and Louvain's local moving after this many passes over the nodes; the result then
// says converged = false.
inline constexpr int kCommunityIterationLimit = 1000;

struct CommunityResult {
    std::vector<std::uint32_t> community;  // per CSR node
    std::vector<std::uint32_t> sizes;      // sizes[c], non-increasing
    double modularity = 0;                 // of `community` on the input view, at `resolution`; 0 if no edges
    std::string algorithm;                 // "leiden", "louvain", "components", "kcore"
    std::string quality = "modularity";    // the quality function optimised (or only reported)
    double resolution = 1.0;
    std::uint64_t seed = 0;
    int iterations = 0;  // Leiden iterations / Louvain levels run
    // Leiden: the last iteration changed nothing. Louvain: no local moving stopped at its pass
    // limit. false = stopped at an iteration limit while still changing (the partition is still
    // valid, just not stable). Always true for components and kcore.
    bool converged = true;
    std::uint32_t count() const { return static_cast<std::uint32_t>(sizes.size()); }
};

// Modularity of a partition (any labels < node_count), as defined above.
// O(V + E). Returns 0 for a graph without edges (where it is undefined).
// Throws InvalidArgument if resolution is not a positive finite number.
double modularity(const CsrGraph& graph, std::span<const std::uint32_t> community, double resolution = 1.0);

// Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of
// communities in large networks"): repeated local moving of nodes (in a
// seeded random order) to the neighbouring community with the largest
// modularity gain, then aggregation of communities into nodes, until a level
// moves nothing. Communities may be internally disconnected (a known flaw the
// Leiden algorithm fixes). About O(E) per level. Throws InvalidArgument on bad params.
CommunityResult louvain(const CsrGraph& graph, const CommunityParams& params = {});

// Leiden (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing
// well-connected communities", Sci. Rep. 9:5233): fast local moving with a
// queue, refinement of each community into well-connected sub-communities by
// randomised merging (probability ~ exp(gain / randomness)), aggregation of
// the refined partition with the unrefined one as the starting point.
// Communities are guaranteed connected. Throws InvalidArgument on bad params.
CommunityResult leiden(const CsrGraph& graph, const CommunityParams& params = {});

// Connected components as a partition (modularity reported at `resolution`).
CommunityResult component_communities(const CsrGraph& graph, double resolution = 1.0);

// Core numbers (Batagelj & Zaversnik 2003, O(V + E)) on the unweighted simple
// view: core[v] = the largest k such that v belongs to a subgraph where every
// node has at least k neighbours. Matches networkx.core_number.
std::vector<std::uint32_t> core_numbers(const CsrGraph& graph);

// The k-core view: connected components of the subgraph induced by nodes with
// core number >= k; every other node is its own community. k >= 1.
CommunityResult kcore_communities(const CsrGraph& graph, std::uint32_t k, double resolution = 1.0);

// Number of communities whose nodes do not induce a connected subgraph. O(V + E).
std::uint32_t disconnected_communities(const CsrGraph& graph, std::span<const std::uint32_t> community);

}  // namespace repnet

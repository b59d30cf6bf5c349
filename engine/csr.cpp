#include "engine/csr.hpp"

#include <algorithm>
#include <cstddef>

namespace repnet {
namespace {

struct Arc {
    std::uint32_t from, to;
    double weight;
};

// Stable counting sort of arcs by key(arc) < n, through `scratch`; O(arcs + n).
template <class Key>
void counting_sort(std::uint32_t n, std::vector<Arc>& arcs, std::vector<Arc>& scratch, Key key) {
    std::vector<std::uint64_t> start(std::size_t(n) + 1, 0);
    for (const Arc& a : arcs) ++start[key(a) + 1];
    for (std::uint32_t v = 0; v < n; ++v) start[v + 1] += start[v];
    scratch.resize(arcs.size());
    for (const Arc& a : arcs) scratch[start[key(a)]++] = a;
    arcs.swap(scratch);
}

// Sorts arcs by (from, to), merges duplicates by summing weights, and writes one CSR side.
void fill_side(std::uint32_t n, std::vector<Arc>& arcs, std::vector<std::uint64_t>& offsets,
               std::vector<std::uint32_t>& targets, std::vector<double>& weights) {
    // Two stable counting sorts (by target, then by source) instead of a comparison sort:
    // linear, and several times faster on millions of arcs. Duplicates stay in input order,
    // so their weights are summed in a fixed order.
    std::vector<Arc> scratch;
    counting_sort(n, arcs, scratch, [](const Arc& a) { return a.to; });
    counting_sort(n, arcs, scratch, [](const Arc& a) { return a.from; });
    offsets.assign(std::size_t(n) + 1, 0);
    targets.clear();
    weights.clear();
    targets.reserve(arcs.size());
    weights.reserve(arcs.size());
    for (std::size_t i = 0; i < arcs.size();) {
        std::size_t j = i;
        double w = 0;
        while (j < arcs.size() && arcs[j].from == arcs[i].from && arcs[j].to == arcs[i].to) w += arcs[j++].weight;
        targets.push_back(arcs[i].to);
        weights.push_back(w);
        ++offsets[arcs[i].from + 1];
        i = j;
    }
    for (std::uint32_t v = 0; v < n; ++v) offsets[v + 1] += offsets[v];
}

}  // namespace

CsrGraph build_simple_csr(std::uint32_t node_count, std::span<const WeightedEdge> edges, bool directed) {
    CsrGraph g;
    g.node_count = node_count;
    g.directed = directed;
    g.to_graph_node.resize(node_count);
    for (std::uint32_t v = 0; v < node_count; ++v) g.to_graph_node[v] = v;

    std::vector<Arc> arcs;
    arcs.reserve(directed ? edges.size() : 2 * edges.size());
    for (const auto& e : edges) {
        if (e.source == e.target) continue;
        arcs.push_back({e.source, e.target, e.weight});
        if (!directed) arcs.push_back({e.target, e.source, e.weight});
    }
    if (directed) {
        std::vector<Arc> reversed(arcs.size());
        std::transform(arcs.begin(), arcs.end(), reversed.begin(), [](const Arc& a) {
            return Arc{a.to, a.from, a.weight};
        });
        fill_side(node_count, reversed, g.in_offsets, g.in_sources, g.in_weights);
    }
    fill_side(node_count, arcs, g.out_offsets, g.out_targets, g.out_weights);
    return g;
}

}  // namespace repnet

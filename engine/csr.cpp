#include "engine/csr.hpp"

#include <algorithm>
#include <cstddef>
#include <span>
#include <thread>

namespace repnet {
namespace {

struct Arc {
    std::uint32_t from, to;
    double weight;
};

// Runs body(first_row, last_row) on `threads` threads over rows split by equal shares of arcs.
template <class Body>
void for_row_ranges(unsigned threads, const std::vector<std::uint64_t>& row_start, Body body) {
    const auto n = static_cast<std::uint32_t>(row_start.size() - 1);
    if (threads < 2 || row_start.back() < (std::uint64_t(1) << 16)) {
        body(std::uint32_t(0), n);
        return;
    }
    std::vector<std::uint32_t> cut{0};
    for (unsigned t = 1; t < threads; ++t) {
        const std::uint64_t share = row_start.back() * t / threads;
        cut.push_back(static_cast<std::uint32_t>(
            std::lower_bound(row_start.begin() + cut.back(), row_start.end() - 1, share) - row_start.begin()));
    }
    cut.push_back(n);
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back([&, t] { body(cut[t], cut[t + 1]); });
    body(cut[0], cut[1]);
    for (auto& th : pool) th.join();
}

// The arcs of one side, in input order, to emit(from, to, weight): each edge but a self-loop
// gives (source, target), or (target, source) for the in-side of a directed view, or both, in
// that order, for an undirected view.
enum class Side { out, in, both };

template <class Emit>
void for_each_arc(std::span<const WeightedEdge> edges, Side side, Emit emit) {
    for (const WeightedEdge& e : edges) {
        if (e.source == e.target) continue;
        if (side != Side::in) emit(e.source, e.target, e.weight);
        if (side != Side::out) emit(e.target, e.source, e.weight);
    }
}

// Sorts one side's arcs by (from, to), merges duplicates by summing weights, and writes that
// CSR side. One stable counting sort by source straight from the edges, then a stable sort of
// each row by target (rows are short; insertion sort below 32 arcs), then duplicates merged in
// place: the order of (from, to) with duplicates in input order, so their weights are summed
// in a fixed order. Rows are split between threads. O(arcs + n) plus the rows' sorts.
void fill_side(std::uint32_t n, std::span<const WeightedEdge> edges, Side side, LargeVector<std::uint64_t>& offsets,
               LargeVector<std::uint32_t>& targets, LargeVector<double>& weights, unsigned threads) {
    std::vector<std::uint64_t> row(std::size_t(n) + 1, 0);
    for_each_arc(edges, side, [&](std::uint32_t from, std::uint32_t, double) { ++row[from + 1]; });
    for (std::uint32_t v = 0; v < n; ++v) row[v + 1] += row[v];
    // Every element is written by the placement below, so the scratch is left unzeroed.
    LargeArray<Arc> sorted(row.back());
    {
        std::vector<std::uint64_t> next(row.begin(), row.end() - 1);
        for_each_arc(edges, side, [&](std::uint32_t from, std::uint32_t to, double weight) {
            sorted[next[from]++] = Arc{from, to, weight};
        });
    }
    std::vector<std::uint64_t> unique(n, 0);
    const auto by_target = [](const Arc& a, const Arc& b) { return a.to < b.to; };
    for_row_ranges(threads, row, [&](std::uint32_t first, std::uint32_t last) {
        for (std::uint32_t v = first; v < last; ++v) {
            Arc* b = sorted.data() + row[v];
            Arc* e = sorted.data() + row[v + 1];
            if (e - b <= 32) {
                // From b, not b + 1: an empty row of an empty graph has b == nullptr, and
                // nullptr + 1 is undefined behaviour (clang's UBSan reports it).
                for (Arc* i = b; i < e; ++i)
                    for (Arc* j = i; j > b && j[-1].to > j->to; --j) std::swap(j[-1], *j);
            } else {
                std::stable_sort(b, e, by_target);
            }
            Arc* k = b;
            for (Arc* i = b; i < e; ++i) {
                if (k > b && k[-1].to == i->to)
                    k[-1].weight += i->weight;
                else
                    *k++ = *i;
            }
            unique[v] = static_cast<std::uint64_t>(k - b);
        }
    });
    offsets.assign(std::size_t(n) + 1, 0);
    for (std::uint32_t v = 0; v < n; ++v) offsets[v + 1] = offsets[v] + unique[v];
    targets.resize(offsets.back());
    weights.resize(offsets.back());
    for_row_ranges(threads, row, [&](std::uint32_t first, std::uint32_t last) {
        for (std::uint32_t v = first; v < last; ++v)
            for (std::uint64_t i = 0; i < unique[v]; ++i) {
                targets[offsets[v] + i] = sorted[row[v] + i].to;
                weights[offsets[v] + i] = sorted[row[v] + i].weight;
            }
    });
}

}  // namespace

CsrGraph build_simple_csr(std::uint32_t node_count, std::span<const WeightedEdge> edges, bool directed,
                          unsigned threads) {
    CsrGraph g;
    g.node_count = node_count;
    g.directed = directed;
    g.to_graph_node.resize(node_count);
    for (std::uint32_t v = 0; v < node_count; ++v) g.to_graph_node[v] = v;

    if (directed) {
        fill_side(node_count, edges, Side::in, g.in_offsets, g.in_sources, g.in_weights, threads);
        fill_side(node_count, edges, Side::out, g.out_offsets, g.out_targets, g.out_weights, threads);
    } else {
        fill_side(node_count, edges, Side::both, g.out_offsets, g.out_targets, g.out_weights, threads);
    }
    return g;
}

}  // namespace repnet

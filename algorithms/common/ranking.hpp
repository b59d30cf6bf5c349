#pragma once
// Orderings shared by every ranked output and every numbered partition.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

namespace repnet {

// Indices 0..n-1 by value, highest first; equal values keep index order, so a ranking
// is deterministic. O(n log n).
template <typename T>
std::vector<std::uint32_t> rank_by_value(std::span<const T> value) {
    std::vector<std::uint32_t> order(value.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return value[a] > value[b]; });
    return order;
}

template <typename T>
std::vector<std::uint32_t> rank_by_value(const std::vector<T>& value) {
    return rank_by_value(std::span<const T>(value));
}

// Groups renumbered by size: given the sizes of groups 0..k-1 (numbered in order of each
// group's smallest member), rename[g] is g's new number, largest = 0, equal sizes keeping
// their order; sizes[i] is the size of new group i. Components and communities use it.
struct SizeOrder {
    std::vector<std::uint32_t> rename;
    std::vector<std::uint32_t> sizes;
};

inline SizeOrder order_by_size(const std::vector<std::uint32_t>& raw_sizes) {
    SizeOrder out;
    const std::vector<std::uint32_t> order = rank_by_value(raw_sizes);
    out.rename.resize(order.size());
    out.sizes.resize(order.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) {
        out.rename[order[i]] = i;
        out.sizes[i] = raw_sizes[order[i]];
    }
    return out;
}

}  // namespace repnet

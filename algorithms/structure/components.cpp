#include "algorithms/structure/components.hpp"

#include <algorithm>
#include <numeric>

#include "algorithms/common/ranking.hpp"

namespace repnet {

ComponentsResult connected_components(const CsrGraph& g) {
    const std::uint32_t n = g.node_count;
    constexpr std::uint32_t unseen = UINT32_MAX;
    std::vector<std::uint32_t> raw(n, unseen);
    std::vector<std::uint32_t> raw_sizes, stack;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (raw[s] != unseen) continue;
        const auto id = static_cast<std::uint32_t>(raw_sizes.size());
        raw_sizes.push_back(0);
        raw[s] = id;
        stack.push_back(s);
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            ++raw_sizes[id];
            auto visit = [&](std::uint32_t w) {
                if (raw[w] == unseen) {
                    raw[w] = id;
                    stack.push_back(w);
                }
            };
            for (std::uint32_t w : g.out_neighbours(v)) visit(w);
            if (g.directed)
                for (std::uint32_t w : g.in_neighbours(v)) visit(w);
        }
    }
    // Raw ids are in order of each component's smallest node; a stable sort by size keeps that as the tie-break.
    SizeOrder by_size = order_by_size(raw_sizes);
    ComponentsResult r;
    r.sizes = std::move(by_size.sizes);
    r.component.resize(n);
    for (std::uint32_t v = 0; v < n; ++v) r.component[v] = by_size.rename[raw[v]];
    return r;
}

}  // namespace repnet

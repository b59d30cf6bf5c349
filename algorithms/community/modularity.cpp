#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "algorithms/common/ranking.hpp"
#include "algorithms/community/community.hpp"
#include "algorithms/community/numbering.hpp"
#include "algorithms/structure/components.hpp"
#include "engine/errors.hpp"

namespace repnet {

namespace detail {

std::vector<std::uint32_t> canonical_numbering(std::vector<std::uint32_t>& labels) {
    const std::size_t n = labels.size();
    constexpr std::uint32_t none = UINT32_MAX;
    // First pass: dense ids in order of each community's smallest node.
    std::vector<std::uint32_t> dense(n, none), raw_sizes;
    for (std::size_t v = 0; v < n; ++v) {
        std::uint32_t& d = dense[labels[v]];
        if (d == none) {
            d = static_cast<std::uint32_t>(raw_sizes.size());
            raw_sizes.push_back(0);
        }
        ++raw_sizes[d];
    }
    SizeOrder by_size = order_by_size(raw_sizes);
    for (auto& l : labels) l = by_size.rename[dense[l]];
    return std::move(by_size.sizes);
}

void check_resolution(double resolution) {
    if (!(resolution > 0) || !std::isfinite(resolution))
        throw InvalidArgument("resolution", "must be a positive finite number", argument_text(resolution));
}

}  // namespace detail

double modularity(const CsrGraph& g, std::span<const std::uint32_t> community, double resolution) {
    detail::check_resolution(resolution);
    const std::uint32_t n = g.node_count;
    if (community.size() != n)
        throw InvalidArgument("community", "must have one label per node (" + std::to_string(n) + ")",
                              std::to_string(community.size()) + " labels");
    std::vector<double> inside(n, 0.0), degree(n, 0.0);
    double two_m = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t c = community[v];
        if (c >= n)
            throw InvalidArgument("community", "labels must be below the node count (" + std::to_string(n) + ")",
                                  std::to_string(c));
        const auto nbrs = g.out_neighbours(v);
        const auto ws = g.out_edge_weights(v);
        for (std::size_t i = 0; i < nbrs.size(); ++i) {
            degree[c] += ws[i];
            two_m += ws[i];
            if (community[nbrs[i]] == c) inside[c] += ws[i];  // each inside edge seen twice
        }
    }
    if (two_m == 0) return 0;
    const double m = two_m / 2;
    double q = 0;
    for (std::uint32_t c = 0; c < n; ++c) {
        if (degree[c] == 0) continue;
        const double share = degree[c] / two_m;
        q += inside[c] / 2 / m - resolution * share * share;
    }
    return q;
}

std::uint32_t disconnected_communities(const CsrGraph& g, std::span<const std::uint32_t> community) {
    const std::uint32_t n = g.node_count;
    std::vector<char> seen(n, 0), community_seen(n, 0);
    std::vector<std::uint32_t> stack;
    std::uint32_t disconnected = 0;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (seen[s]) continue;
        // A second piece of an already met community means it is disconnected.
        if (community_seen[community[s]]++ == 1) ++disconnected;
        seen[s] = 1;
        stack.push_back(s);
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            for (std::uint32_t w : g.out_neighbours(v))
                if (!seen[w] && community[w] == community[s]) {
                    seen[w] = 1;
                    stack.push_back(w);
                }
        }
    }
    return disconnected;
}

CommunityResult component_communities(const CsrGraph& g, double resolution) {
    detail::check_resolution(resolution);
    const ComponentsResult c = connected_components(g);
    CommunityResult r;
    r.community = c.component;
    r.sizes = c.sizes;
    r.algorithm = "components";
    r.resolution = resolution;
    r.modularity = modularity(g, r.community, resolution);
    return r;
}

std::vector<std::uint32_t> core_numbers(const CsrGraph& g) {
    // Batagelj & Zaversnik: nodes bucket-sorted by degree, peeled in order.
    const std::uint32_t n = g.node_count;
    std::vector<std::uint32_t> degree(n), pos(n), vert(n);
    std::uint32_t max_degree = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        degree[v] = static_cast<std::uint32_t>(g.out_neighbours(v).size());
        max_degree = std::max(max_degree, degree[v]);
    }
    std::vector<std::uint32_t> bin(max_degree + 2, 0);
    for (std::uint32_t v = 0; v < n; ++v) ++bin[degree[v]];
    std::uint32_t start = 0;
    for (std::uint32_t d = 0; d <= max_degree; ++d) {
        const std::uint32_t count = bin[d];
        bin[d] = start;
        start += count;
    }
    for (std::uint32_t v = 0; v < n; ++v) {
        pos[v] = bin[degree[v]]++;
        vert[pos[v]] = v;
    }
    for (std::uint32_t d = max_degree + 1; d > 0; --d) bin[d] = bin[d - 1];
    bin[0] = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint32_t v = vert[i];
        for (std::uint32_t u : g.out_neighbours(v)) {
            if (degree[u] > degree[v]) {
                const std::uint32_t du = degree[u], pu = pos[u], pw = bin[du], w = vert[pw];
                if (u != w) {
                    pos[u] = pw;
                    vert[pu] = w;
                    pos[w] = pu;
                    vert[pw] = u;
                }
                ++bin[du];
                --degree[u];
            }
        }
    }
    return degree;
}

CommunityResult kcore_communities(const CsrGraph& g, std::uint32_t k, double resolution) {
    detail::check_resolution(resolution);
    if (k < 1) throw InvalidArgument("k", "must be at least 1", "0");
    const std::uint32_t n = g.node_count;
    const std::vector<std::uint32_t> core = core_numbers(g);
    std::vector<std::uint32_t> label(n, UINT32_MAX), stack;
    for (std::uint32_t s = 0; s < n; ++s) {
        if (label[s] != UINT32_MAX) continue;
        label[s] = s;
        if (core[s] < k) continue;
        stack.push_back(s);
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            for (std::uint32_t w : g.out_neighbours(v))
                if (label[w] == UINT32_MAX && core[w] >= k) {
                    label[w] = s;
                    stack.push_back(w);
                }
        }
    }
    CommunityResult r;
    r.sizes = detail::canonical_numbering(label);
    r.community = std::move(label);
    r.algorithm = "kcore";
    r.resolution = resolution;
    r.modularity = modularity(g, r.community, resolution);
    return r;
}

}  // namespace repnet

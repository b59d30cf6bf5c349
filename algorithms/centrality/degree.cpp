#include "algorithms/centrality/degree.hpp"

#include "engine/errors.hpp"

namespace repnet {

DegreeResult degree(const CsrGraph& g, const DegreeParams& params) {
    const std::uint32_t n = g.node_count;
    if (!params.node_type.empty() && params.node_type.size() != n)
        throw InvalidArgument("node_type", "must have one entry per node (" + std::to_string(n) + ")",
                              std::to_string(params.node_type.size()) + " entries");
    DegreeResult r;
    r.total.resize(n);
    if (!g.directed) {
        for (std::uint32_t v = 0; v < n; ++v) r.total[v] = static_cast<double>(g.out_offsets[v + 1] - g.out_offsets[v]);
    } else {
        r.in.resize(n);
        r.out.resize(n);
        for (std::uint32_t v = 0; v < n; ++v) {
            r.out[v] = static_cast<double>(g.out_offsets[v + 1] - g.out_offsets[v]);
            r.in[v] = static_cast<double>(g.in_offsets[v + 1] - g.in_offsets[v]);
            r.total[v] = r.in[v] + r.out[v];
        }
    }
    if (!params.node_type.empty()) {
        const std::uint16_t T = params.type_count;
        for (auto t : params.node_type)
            if (t >= T)
                throw InvalidArgument("node_type", "entries must be below type_count (" + std::to_string(T) + ")",
                                      std::to_string(t));
        r.type_count = T;
        r.by_type.assign(std::size_t(n) * T, 0);
        for (std::uint32_t v = 0; v < n; ++v) {
            std::uint32_t* row = r.by_type.data() + std::size_t(v) * T;
            for (auto u : g.out_neighbours(v)) ++row[params.node_type[u]];
            if (g.directed)
                for (auto u : g.in_neighbours(v)) ++row[params.node_type[u]];
        }
    }
    return r;
}

std::vector<double> strength(const CsrGraph& g) {
    std::vector<double> s(g.node_count, 0.0);
    for (std::uint32_t v = 0; v < g.node_count; ++v) {
        double sum = 0;
        for (double w : g.out_edge_weights(v)) sum += w;
        if (g.directed)
            for (double w : g.in_edge_weights(v)) sum += w;
        s[v] = sum;
    }
    return s;
}

std::vector<std::uint64_t> multigraph_degree(const Graph& g) {
    std::vector<std::uint64_t> ties(g.node_count(), 0);
    for (const auto& e : g.edges()) {
        ++ties[e.source];
        ++ties[e.target];
    }
    return ties;
}

}  // namespace repnet

#pragma once
// Runs tests/algorithms/centrality/nx_centrality.py (NetworkX) and reads its answer.
#include <rapidjson/document.h>

#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "engine/csr.hpp"
#include "support/json_output.hpp"

namespace repnet::test {

struct Oracle {
    std::uint32_t nodes = 0;
    std::vector<WeightedEdge> edges;  // the multigraph both sides built their view from
    std::map<std::string, std::optional<std::vector<double>>> measures;  // nullopt: NetworkX raised (no convergence)
    bool hits_unique = false;
};

inline std::string edges_json(const std::vector<WeightedEdge>& edges) {
    std::ostringstream s;
    s.precision(17);
    s << "[";
    for (std::size_t i = 0; i < edges.size(); ++i)
        s << (i ? "," : "") << "[" << edges[i].source << "," << edges[i].target << "," << edges[i].weight << "]";
    s << "]";
    return s.str();
}

inline Oracle run_oracle(const std::string& spec) {
    const rapidjson::Document doc = run_python_oracle("algorithms/centrality/nx_centrality.py", spec, "nx-oracle");
    Oracle o;
    o.nodes = doc["nodes"].GetUint();
    for (const auto& e : doc["edges"].GetArray()) o.edges.push_back({e[0].GetUint(), e[1].GetUint(), e[2].GetDouble()});
    for (const auto& m : doc["measures"].GetObject()) {
        if (m.value.IsNull()) {
            o.measures[m.name.GetString()] = std::nullopt;
            continue;
        }
        std::vector<double> v;
        for (const auto& x : m.value.GetArray()) v.push_back(x.GetDouble());
        o.measures[m.name.GetString()] = v;
    }
    o.hits_unique = doc["hits_unique"].GetBool();
    return o;
}

// |a - b| <= rel * max(|a|, |b|) + abs_floor, element by element, with a message naming the node.
inline void check_close(const std::string& what, const std::vector<double>& ours, const std::vector<double>& expected,
                        double rel, double abs_floor = 1e-12) {
    REQUIRE(ours.size() == expected.size());
    for (std::size_t v = 0; v < ours.size(); ++v) {
        const double a = ours[v], b = expected[v];
        const bool ok = std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) + abs_floor;
        if (!ok) FAIL_CHECK(what << ": node " << v << ": repnet " << a << " vs NetworkX " << b);
    }
}

// A multigraph with parallel edges, self-loops, isolated nodes and several components:
// `blocks` groups of nodes with random edges inside each, then `isolated` nodes with no edges.
inline std::vector<WeightedEdge> random_multigraph(std::uint32_t seed, std::uint32_t blocks, std::uint32_t block_size,
                                                   std::uint32_t edges_per_block, std::uint32_t isolated,
                                                   std::uint32_t& nodes) {
    std::mt19937 rng(seed);
    const double weights[] = {0.5, 1, 1.5, 2, 3, 4};
    std::vector<WeightedEdge> edges;
    for (std::uint32_t b = 0; b < blocks; ++b) {
        const std::uint32_t base = b * block_size;
        for (std::uint32_t i = 0; i < edges_per_block; ++i) {
            const std::uint32_t u = base + rng() % block_size, v = base + rng() % block_size;
            const double w = weights[rng() % 6];
            edges.push_back({u, v, w});
            if (rng() % 5 == 0) edges.push_back({u, v, weights[rng() % 6]});  // a parallel edge
        }
    }
    nodes = blocks * block_size + isolated;
    return edges;
}

}  // namespace repnet::test

#pragma once
// One-mode projection of a bipartite slice of the graph: people (or any node
// type) linked through the "hubs" they share — prosecutions they are
// defendants in, movements and organisations they belong to. The weight of a
// link is the number of distinct hubs the two share (Newman 2001's plain
// count; other weightings are the caller's to apply).
#include <cstdint>
#include <string>
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

struct ProjectionParams {
    std::string member_type = std::string(vocab::person);        // nodes kept in the projection
    std::vector<std::string> relation_types;   // relations tying a member to a hub (either direction)
    std::vector<std::string> hub_types;        // hub node types; empty = any type except member_type

    // Co-defendants: people sharing a prosecution (defendant_in).
    static ProjectionParams co_prosecution();
    // Shared prosecutions, movements and organisations (defendant_in, member_of,
    // supports, leads, works_for to prosecutions, movements, organisations, media).
    static ProjectionParams shared_affiliation();
};

struct ProjectedLink {
    std::uint32_t a = 0, b = 0;  // indices into Projection::members, a < b
    std::vector<NodeId> shared;  // the hubs, ascending graph NodeId
};

struct Projection {
    std::vector<NodeId> members;     // projection node i is graph node members[i], ascending
    std::vector<ProjectedLink> links;  // sorted by (a, b)
    // The weighted undirected CSR view (weight = number of shared hubs).
    CsrGraph view() const;
};

// O(sum over hubs of members(hub)^2 + E). Unknown type names simply match nothing.
Projection project(const Graph& graph, const ProjectionParams& params);

}  // namespace repnet

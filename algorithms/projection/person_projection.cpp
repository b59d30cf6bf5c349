#include "algorithms/projection/person_projection.hpp"

#include <algorithm>
#include <map>

namespace repnet {

namespace {
std::string name(std::string_view s) { return std::string(s); }
}  // namespace

ProjectionParams ProjectionParams::co_prosecution() {
    return {name(vocab::person), {name(vocab::defendant_in)}, {name(vocab::prosecution)}};
}

ProjectionParams ProjectionParams::shared_affiliation() {
    return {name(vocab::person),
            {name(vocab::defendant_in), name(vocab::member_of), name(vocab::supports), name(vocab::leads),
             name(vocab::works_for)},
            {name(vocab::prosecution), name(vocab::movement), name(vocab::organisation), name(vocab::media)}};
}

Projection project(const Graph& g, const ProjectionParams& params) {
    const auto& vocab = g.vocabulary();
    const auto member_type = vocab.entity_types.find(params.member_type);
    const std::vector<bool> relation_ok = vocab.relation_types.mask(params.relation_types);
    std::vector<bool> hub_ok = vocab.entity_types.mask(params.hub_types);
    if (params.hub_types.empty()) {
        hub_ok.assign(vocab.entity_types.size(), true);
        if (member_type) hub_ok[*member_type] = false;
    }

    Projection p;
    std::vector<std::uint32_t> index(g.node_count(), UINT32_MAX);
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (member_type && g.node(v).type == *member_type) {
            index[v] = static_cast<std::uint32_t>(p.members.size());
            p.members.push_back(v);
        }

    // hub -> its members, each once.
    std::map<NodeId, std::vector<std::uint32_t>> hubs;
    for (const auto& e : g.edges()) {
        if (!relation_ok[e.type]) continue;
        for (auto [member, hub] : {std::pair{e.source, e.target}, std::pair{e.target, e.source}})
            if (index[member] != UINT32_MAX && hub_ok[g.node(hub).type] && index[hub] == UINT32_MAX)
                hubs[hub].push_back(index[member]);
    }
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<NodeId>> shared;
    for (auto& [hub, members] : hubs) {
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
        for (std::size_t i = 0; i < members.size(); ++i)
            for (std::size_t j = i + 1; j < members.size(); ++j) shared[{members[i], members[j]}].push_back(hub);
    }
    p.links.reserve(shared.size());
    for (auto& [pair, hub_list] : shared) p.links.push_back({pair.first, pair.second, std::move(hub_list)});
    return p;
}

CsrGraph Projection::view() const {
    std::vector<WeightedEdge> edges;
    edges.reserve(links.size());
    for (const auto& l : links) edges.push_back({l.a, l.b, static_cast<double>(l.shared.size())});
    CsrGraph g = build_simple_csr(static_cast<std::uint32_t>(members.size()), edges, false);
    g.to_graph_node = members;
    return g;
}

}  // namespace repnet

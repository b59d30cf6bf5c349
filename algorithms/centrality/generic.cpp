#include "algorithms/centrality/generic.hpp"

#include <algorithm>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/view.hpp"
#include "algorithms/common/ranking.hpp"

namespace repnet {

bool has_generic(const Graph& g) {
    return std::any_of(g.nodes().begin(), g.nodes().end(), [](const NodeData& n) { return n.generic; });
}

std::vector<NodeId> generic_brokers(const Graph& g, std::size_t top) {
    std::vector<NodeId> out;
    if (!has_generic(g)) return out;
    const CsrGraph view = centrality_view(g, ViewParams{});
    const std::vector<double> value =
        g.node_count() <= 20'000 ? betweenness(view).value : approx_betweenness(view).value;
    const std::vector<std::uint32_t> order = rank_by_value(value);
    for (std::size_t i = 0; i < std::min(top, order.size()); ++i)
        if (value[order[i]] > 0 && g.node(order[i]).generic) out.push_back(order[i]);
    return out;
}

std::vector<NodeId> top_ranked_named(const Graph& graph, const std::vector<NodeId>& order, std::size_t count,
                                     bool include_generic, std::size_t& left_out) {
    std::vector<NodeId> out;
    for (std::size_t i = 0; i < order.size() && out.size() < count; ++i) {
        if (!include_generic && graph.node(order[i]).generic) {
            ++left_out;
            continue;
        }
        out.push_back(order[i]);
    }
    return out;
}

}  // namespace repnet

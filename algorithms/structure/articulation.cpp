#include "algorithms/structure/articulation.hpp"

#include <algorithm>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <iterator>

#include "engine/csr_bgl.hpp"

namespace repnet {

ArticulationResult articulation_points(const CsrGraph& graph) {
    const BglUndirectedView view(graph);
    constexpr std::uint64_t none = UINT64_MAX;
    std::vector<std::uint64_t> component_of_edge(view.edge_count(), none);
    std::vector<std::uint32_t> points;
    const auto components = boost::make_iterator_property_map(component_of_edge.begin(), BglEdgeIdMap{});
    const auto found = boost::biconnected_components(view, components, std::back_inserter(points));

    ArticulationResult r;
    r.biconnected_component_count = found.first;
    for (std::uint32_t v : points) r.articulation_points.push_back(graph.to_graph_node[v]);
    std::sort(r.articulation_points.begin(), r.articulation_points.end());

    r.components_joined.assign(graph.node_count, 0);
    std::vector<std::uint64_t> around;
    for (std::uint32_t v = 0; v < graph.node_count; ++v) {
        around.clear();
        for (std::uint64_t i = graph.out_offsets[v]; i < graph.out_offsets[v + 1]; ++i)
            around.push_back(component_of_edge[view.edge_of_arc(i)]);
        std::sort(around.begin(), around.end());
        r.components_joined[v] = static_cast<std::uint32_t>(std::unique(around.begin(), around.end()) - around.begin());
    }
    return r;
}

}  // namespace repnet

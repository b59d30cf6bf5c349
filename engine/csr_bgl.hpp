#pragma once
// The undirected CsrGraph seen through Boost.Graph's concepts (Graph, VertexListGraph,
// IncidenceGraph), so BGL's generic algorithms (depth-first search, biconnected components,
// ...) run on the analytics view in place, without copying it into a BGL container.
//
// Include this only from the .cpp file that instantiates a BGL algorithm, so the Boost
// templates are parsed and instantiated once, for this one graph type.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "engine/csr.hpp"

namespace repnet {

// One orientation of an undirected edge. Both orientations of an edge carry the same id and
// compare equal, as the edge descriptors of BGL's undirected adjacency_list do, so an edge
// property map (indexed by id) has one entry per edge.
struct BglEdge {
    std::uint32_t source = 0, target = 0;
    std::uint64_t id = 0;  // 0 .. edge_count() - 1
    friend bool operator==(const BglEdge& a, const BglEdge& b) { return a.id == b.id; }
    friend bool operator!=(const BglEdge& a, const BglEdge& b) { return a.id != b.id; }
};

// A read-only BGL view of an undirected CsrGraph (which must outlive it). Vertices are CSR
// node indices; out_edges(v) walks v's CSR row. Building it numbers the edges: O(V + E log d).
class BglUndirectedView {
public:
    using vertex_descriptor = std::uint32_t;
    using edge_descriptor = BglEdge;
    using directed_category = boost::undirected_tag;
    using edge_parallel_category = boost::disallow_parallel_edge_tag;
    struct traversal_category : boost::incidence_graph_tag, boost::vertex_list_graph_tag {};
    using vertices_size_type = std::uint32_t;
    using edges_size_type = std::uint64_t;
    using degree_size_type = std::uint64_t;
    using vertex_iterator = boost::counting_iterator<std::uint32_t>;

    class out_edge_iterator
        : public boost::iterator_facade<out_edge_iterator, BglEdge, boost::forward_traversal_tag, BglEdge> {
    public:
        out_edge_iterator() = default;
        out_edge_iterator(const BglUndirectedView* view, std::uint32_t source, std::uint64_t arc)
            : view_(view), source_(source), arc_(arc) {}

    private:
        friend class boost::iterator_core_access;
        BglEdge dereference() const { return {source_, view_->csr().out_targets[arc_], view_->edge_of_arc_[arc_]}; }
        bool equal(const out_edge_iterator& other) const { return arc_ == other.arc_; }
        void increment() { ++arc_; }

        const BglUndirectedView* view_ = nullptr;
        std::uint32_t source_ = 0;
        std::uint64_t arc_ = 0;
    };

    // Throws InternalError if the view is directed.
    explicit BglUndirectedView(const CsrGraph& graph);

    static vertex_descriptor null_vertex() { return UINT32_MAX; }
    const CsrGraph& csr() const { return *graph_; }
    std::uint64_t edge_count() const { return edge_count_; }
    // The id of the edge stored at position `arc` of out_targets.
    std::uint64_t edge_of_arc(std::uint64_t arc) const { return edge_of_arc_[arc]; }

private:
    const CsrGraph* graph_;
    std::vector<std::uint64_t> edge_of_arc_;
    std::uint64_t edge_count_ = 0;
};

// Reads an edge's id: the edge_index property map of the view.
struct BglEdgeIdMap {
    using key_type = BglEdge;
    using value_type = std::uint64_t;
    using reference = std::uint64_t;
    using category = boost::readable_property_map_tag;
    friend std::uint64_t get(BglEdgeIdMap, const BglEdge& e) { return e.id; }
};

// The free functions BGL's concepts ask for, found by argument-dependent lookup.
inline std::pair<BglUndirectedView::vertex_iterator, BglUndirectedView::vertex_iterator> vertices(
    const BglUndirectedView& g) {
    return {BglUndirectedView::vertex_iterator(0u), BglUndirectedView::vertex_iterator(g.csr().node_count)};
}
inline std::uint32_t num_vertices(const BglUndirectedView& g) {
    return g.csr().node_count;
}
inline std::uint64_t num_edges(const BglUndirectedView& g) {
    return g.edge_count();
}
inline std::pair<BglUndirectedView::out_edge_iterator, BglUndirectedView::out_edge_iterator> out_edges(
    std::uint32_t v, const BglUndirectedView& g) {
    return {{&g, v, g.csr().out_offsets[v]}, {&g, v, g.csr().out_offsets[v + 1]}};
}
inline std::uint64_t out_degree(std::uint32_t v, const BglUndirectedView& g) {
    return g.csr().out_offsets[v + 1] - g.csr().out_offsets[v];
}
inline std::uint32_t source(const BglEdge& e, const BglUndirectedView&) {
    return e.source;
}
inline std::uint32_t target(const BglEdge& e, const BglUndirectedView&) {
    return e.target;
}
inline boost::typed_identity_property_map<std::uint32_t> get(boost::vertex_index_t, const BglUndirectedView&) {
    return {};
}
inline BglEdgeIdMap get(boost::edge_index_t, const BglUndirectedView&) {
    return {};
}

}  // namespace repnet

namespace boost {
template <>
struct property_map<repnet::BglUndirectedView, vertex_index_t> {
    using type = typed_identity_property_map<std::uint32_t>;
    using const_type = type;
};
template <>
struct property_map<repnet::BglUndirectedView, edge_index_t> {
    using type = repnet::BglEdgeIdMap;
    using const_type = type;
};
}  // namespace boost

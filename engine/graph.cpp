#include "engine/graph.hpp"

#include <algorithm>

#include "engine/errors.hpp"

namespace repnet {

Graph::Graph(Vocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

NodeId Graph::add_node(NodeData data) {
    const auto v = static_cast<NodeId>(boost::add_vertex(storage_));
    if (v != nodes_.size()) throw InternalError("graph storage and node records are out of step");
    id_index_.emplace(data.id, v);
    nodes_.push_back(std::move(data));
    return v;
}

EdgeId Graph::add_edge(EdgeData data) {
    if (data.source >= nodes_.size() || data.target >= nodes_.size())
        throw InternalError("add_edge: endpoint out of range");
    const auto e = static_cast<EdgeId>(edges_.size());
    boost::add_edge(data.source, data.target, e, storage_);
    edges_.push_back(std::move(data));
    return e;
}

void Graph::reserve(std::size_t nodes, std::size_t edges) {
    storage_.m_vertices.reserve(nodes);
    nodes_.reserve(nodes);
    edges_.reserve(edges);
    id_index_.reserve(nodes);
    strings_.reserve(strings_.size() + nodes);
}

std::vector<EdgeId> Graph::out_edges(NodeId v) const {
    std::vector<EdgeId> out;
    for (auto [it, end] = boost::out_edges(v, storage_); it != end; ++it)
        out.push_back(boost::get(boost::edge_index, storage_, *it));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<EdgeId> Graph::in_edges(NodeId v) const {
    std::vector<EdgeId> in;
    for (auto [it, end] = boost::in_edges(v, storage_); it != end; ++it)
        in.push_back(boost::get(boost::edge_index, storage_, *it));
    std::sort(in.begin(), in.end());
    return in;
}

std::optional<NodeId> Graph::find_id(std::string_view id) const {
    const StrId s = strings_.find(id);
    if (s == kNoString) return std::nullopt;
    auto it = id_index_.find(s);
    if (it == id_index_.end()) return std::nullopt;
    return it->second;
}

void Graph::add_id(std::string_view id, NodeId v) { id_index_.emplace(strings_.intern(id), v); }

SourceIndex Graph::add_source(Source s) {
    sources_.push_back(s);
    return static_cast<SourceIndex>(sources_.size() - 1);
}

std::optional<SourceIndex> Graph::find_source(std::string_view id) const {
    const StrId s = strings_.find(id);
    if (s == kNoString) return std::nullopt;
    for (SourceIndex i = 0; i < sources_.size(); ++i)
        if (sources_[i].id == s) return i;
    return std::nullopt;
}

}  // namespace repnet

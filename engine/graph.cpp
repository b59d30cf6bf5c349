#include "engine/graph.hpp"

#include <utility>

#include "engine/errors.hpp"

namespace repnet {

Graph::Graph(Vocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

NodeId Graph::add_node(NodeData data) {
    const auto v = static_cast<NodeId>(nodes_.size());
    id_index_.emplace(data.id, v);
    nodes_.push_back(std::move(data));
    out_.emplace_back();
    in_.emplace_back();
    return v;
}

EdgeId Graph::add_edge(EdgeData data) {
    if (data.source >= nodes_.size() || data.target >= nodes_.size())
        throw InternalError("add_edge: endpoint out of range");
    const auto e = static_cast<EdgeId>(edges_.size());
    out_[data.source].push_back(e);
    in_[data.target].push_back(e);
    edges_.push_back(std::move(data));
    return e;
}

void Graph::reserve(std::size_t nodes, std::size_t edges) {
    nodes_.reserve(nodes);
    out_.reserve(nodes);
    in_.reserve(nodes);
    edges_.reserve(edges);
    id_index_.reserve(nodes);
    strings_.reserve(strings_.size() + nodes);
}

std::optional<NodeId> Graph::find_id(std::string_view id) const {
    const StrId s = strings_.find(id);
    if (s == kNoString) return std::nullopt;
    auto it = id_index_.find(s);
    if (it == id_index_.end()) return std::nullopt;
    return it->second;
}

void Graph::add_id(std::string_view id, NodeId v) {
    id_index_.emplace(strings_.intern(id), v);
}

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

#pragma once
// The typed, attributed multigraph every loader builds and every exporter reads.
// Node and edge records live in vectors indexed by NodeId / EdgeId, in load order,
// so output order is the input order and deterministic; parallel edges are kept.
// Each node keeps the ids of its outgoing and incoming edges, in insertion order.
// Analytics take a CSR snapshot (engine/graph_csr.hpp) instead of walking this structure.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "engine/date.hpp"
#include "engine/ids.hpp"
#include "engine/severity.hpp"
#include "engine/string_table.hpp"
#include "engine/vocabulary.hpp"

namespace repnet {

using SourceIndex = std::uint32_t;

struct Source {
    StrId id = kNoString, publisher = kNoString, title = kNoString, file = kNoString, url = kNoString;
    DateRange period;
    PartialDate published;  // when the report was published (format version 2); empty if not given
};

// One citation: which source, where in it, and what it says in our words.
struct Evidence {
    SourceIndex source = 0;
    StrId locator = kNoString;
    StrId note = kNoString;
};

struct StrValue {
    StrId id = kNoString;
    friend bool operator==(const StrValue&, const StrValue&) = default;
};
using AttrValue = std::variant<bool, std::int64_t, double, StrValue>;
struct Attribute {
    StrId key = kNoString;
    AttrValue value;
};

struct ProsecutionInfo {
    StrId kind = kNoString;  // criminal, administrative, civil, tax, ban
    std::vector<StrId> articles;
    PartialDate opened, decided;
    StrId outcome = kNoString, sentence = kNoString;
    Severity severity = Severity::none;
};

struct NodeData {
    StrId id = kNoString;
    TypeId type = 0;
    StrId name = kNoString;
    std::vector<StrId> aliases;
    std::vector<Attribute> attributes;
    DateRange dates;
    std::vector<Evidence> evidence;
    std::optional<ProsecutionInfo> prosecution;
    std::vector<StrId> merged_ids;     // ids of records merged into this node
    std::vector<StrId> distinct_from;  // ids of entities a curator confirmed are not this one (namesakes)
    bool generic = false;              // stands for an unnamed or generic body; rankings leave it out by default
};

struct EdgeData {
    NodeId source = 0, target = 0;
    StrId id = kNoString;
    TypeId type = 0;
    DateRange when;
    Severity severity = Severity::none;
    double weight = 1.0;
    std::vector<Attribute> attributes;
    std::vector<Evidence> evidence;
    bool from_prosecution_field = false;  // made from a prosecution's court/brought_by/complainants
    // The proceeding an action belongs to (a prosecution entity), when known; see docs/dataset-format.md.
    std::optional<NodeId> prosecution;
};

class Graph {
public:
    explicit Graph(Vocabulary vocabulary = Vocabulary::builtin());

    NodeId add_node(NodeData data);
    EdgeId add_edge(EdgeData data);
    // Room for this many nodes and edges in all, so bulk loaders do not regrow storage.
    void reserve(std::size_t nodes, std::size_t edges);

    std::size_t node_count() const { return nodes_.size(); }
    std::size_t edge_count() const { return edges_.size(); }
    const NodeData& node(NodeId v) const { return nodes_[v]; }
    NodeData& node(NodeId v) { return nodes_[v]; }
    const EdgeData& edge(EdgeId e) const { return edges_[e]; }
    EdgeData& edge(EdgeId e) { return edges_[e]; }
    const std::vector<NodeData>& nodes() const { return nodes_; }
    const std::vector<EdgeData>& edges() const { return edges_; }

    // Edges leaving / entering v, in insertion order (a self-loop is in both). O(1), no
    // allocation; the span is valid until the next add_edge.
    std::span<const EdgeId> out_edges(NodeId v) const { return out_[v]; }
    std::span<const EdgeId> in_edges(NodeId v) const { return in_[v]; }

    // Looks a node up by its id or by any id merged into it.
    std::optional<NodeId> find_id(std::string_view id) const;
    void add_id(std::string_view id, NodeId v);

    StringTable& strings() { return strings_; }
    const StringTable& strings() const { return strings_; }
    const std::string& str(StrId id) const { return strings_.str(id); }
    Vocabulary& vocabulary() { return vocabulary_; }
    const Vocabulary& vocabulary() const { return vocabulary_; }
    const std::string& node_type_name(NodeId v) const { return vocabulary_.entity_types.name(nodes_[v].type); }
    const std::string& edge_type_name(EdgeId e) const { return vocabulary_.relation_types.name(edges_[e].type); }

    SourceIndex add_source(Source s);
    const std::vector<Source>& sources() const { return sources_; }
    Source& source(SourceIndex s) { return sources_[s]; }
    std::optional<SourceIndex> find_source(std::string_view id) const;

private:
    std::vector<NodeData> nodes_;
    std::vector<EdgeData> edges_;
    std::vector<std::vector<EdgeId>> out_, in_;  // per node
    std::unordered_map<StrId, NodeId> id_index_;
    std::vector<Source> sources_;
    StringTable strings_;
    Vocabulary vocabulary_;
};

}  // namespace repnet

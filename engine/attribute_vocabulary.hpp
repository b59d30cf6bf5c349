#pragma once
// The controlled attribute vocabulary of format version 2 (docs/dataset-format.md,
// "Attributes"): which attribute names each entity and relation type may carry, with their
// JSON type. Known names are typed; names outside the list are kept and reported by
// `repnet validate`, so one concept gets one column in the exports, not three.
#include <span>
#include <string_view>

namespace repnet {

enum class AttrType { string, integer, number, boolean };

struct AttributeSpec {
    std::string_view name;
    AttrType type = AttrType::string;
    std::string_view meaning;
};

// "string", "integer", "number", "boolean".
std::string_view attr_type_name(AttrType type);

// The attributes an entity of this type may carry; empty for types the vocabulary does not
// know (a dataset's own types), whose attributes are then all unknown.
std::span<const AttributeSpec> entity_attributes(std::string_view entity_type);

// The attributes a relation of this type may carry: the action attributes for action types
// (is_action_type), `role` for member_of / works_for / leads, the sentence terms for
// defendant_in, nothing for the others.
std::span<const AttributeSpec> relation_attributes(std::string_view relation_type);

// The spec of `name` in `list`, or nullptr.
const AttributeSpec* find_attribute(std::span<const AttributeSpec> list, std::string_view name);

// The relation types that are actions against someone (actor -> target): detained, fined,
// warned, questioned, searched, charged, sentenced, restricted, attacked, released,
// acquitted, case_closed, tried, appealed, imprisoned, banned. Relations of these types
// may name their proceeding (`prosecution`) and are checked for near-duplicates.
bool is_action_type(std::string_view relation_type);

}  // namespace repnet

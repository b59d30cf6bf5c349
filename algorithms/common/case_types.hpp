#pragma once
// The entity and relation types that describe prosecutions, looked up once by
// their vocabulary names (engine/vocabulary.hpp). A dataset may lack any of them;
// the id is then empty and the code that needs it simply finds nothing.
#include <optional>
#include <vector>

#include "engine/graph.hpp"

namespace repnet {

struct CaseTypes {
    std::optional<TypeId> person, prosecution, court, movement;  // entity types
    std::optional<TypeId> defendant_in, heard_by, concerns;      // relation types
    std::vector<TypeId> affiliation;                             // member_of, supports, leads (those present)

    static CaseTypes of(const Graph& graph);
    bool is_affiliation(TypeId relation) const;
};

// True if `id` is present and equals `type`.
inline bool is_type(const std::optional<TypeId>& id, TypeId type) {
    return id && *id == type;
}

}  // namespace repnet

#pragma once
// The entity and relation types a dataset may use. The built-in set is a
// default, not a contract: datasets may add types and algorithms only ever
// look types up by name.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repnet {

using TypeId = std::uint16_t;

class TypeSet {
public:
    explicit TypeSet(const std::vector<std::string>& names = {});
    std::optional<TypeId> find(std::string_view name) const;
    TypeId add(std::string_view name);  // idempotent
    const std::string& name(TypeId id) const { return names_[id]; }
    std::size_t size() const { return names_.size(); }
    const std::vector<std::string>& names() const { return names_; }
    std::string joined() const;  // "a, b, c" for messages
    // mask[id] is true for the types named in `names`; names not in the set are ignored.
    std::vector<bool> mask(const std::vector<std::string>& names) const;

private:
    std::vector<std::string> names_;
};

// The names the code itself looks for, spelled once. A dataset may lack any of them;
// code looks each up with TypeSet::find and does without.
namespace vocab {
// Entity types.
inline constexpr std::string_view person = "person";
inline constexpr std::string_view movement = "movement";
inline constexpr std::string_view organisation = "organisation";
inline constexpr std::string_view court = "court";
inline constexpr std::string_view media = "media";
inline constexpr std::string_view prosecution = "prosecution";
inline constexpr std::string_view event = "event";
// Relation types.
inline constexpr std::string_view member_of = "member_of";
inline constexpr std::string_view supports = "supports";
inline constexpr std::string_view leads = "leads";
inline constexpr std::string_view works_for = "works_for";
inline constexpr std::string_view defendant_in = "defendant_in";  // person -> prosecution
inline constexpr std::string_view heard_by = "heard_by";          // prosecution -> court
inline constexpr std::string_view concerns = "concerns";          // prosecution -> what it is about
inline constexpr std::string_view banned = "banned";
inline constexpr std::string_view tried = "tried";            // court -> person: a trial opened
inline constexpr std::string_view appealed = "appealed";      // appeal court -> person: an appeal decided
inline constexpr std::string_view imprisoned = "imprisoned";  // penal authority -> person: custody began
// member_of, supports, leads: a person's ties to a movement.
inline constexpr std::string_view affiliations[] = {member_of, supports, leads};
}  // namespace vocab

struct Vocabulary {
    TypeSet entity_types;
    TypeSet relation_types;
    static Vocabulary builtin();
};

}  // namespace repnet

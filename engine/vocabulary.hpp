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
    explicit TypeSet(std::vector<std::string> names = {});
    std::optional<TypeId> find(std::string_view name) const;
    TypeId add(std::string_view name);  // idempotent
    const std::string& name(TypeId id) const { return names_[id]; }
    std::size_t size() const { return names_.size(); }
    const std::vector<std::string>& names() const { return names_; }
    std::string joined() const;  // "a, b, c" for messages

private:
    std::vector<std::string> names_;
};

struct Vocabulary {
    TypeSet entity_types;
    TypeSet relation_types;
    static Vocabulary builtin();
};

}  // namespace repnet

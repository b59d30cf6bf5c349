#include "engine/vocabulary.hpp"

#include <algorithm>

namespace repnet {

TypeSet::TypeSet(std::vector<std::string> names) {
    for (const auto& n : names) add(n);
}

std::optional<TypeId> TypeSet::find(std::string_view name) const {
    auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) return std::nullopt;
    return static_cast<TypeId>(it - names_.begin());
}

TypeId TypeSet::add(std::string_view name) {
    if (auto id = find(name)) return *id;
    names_.emplace_back(name);
    return static_cast<TypeId>(names_.size() - 1);
}

std::string TypeSet::joined() const {
    std::string out;
    for (const auto& n : names_) out += (out.empty() ? "" : ", ") + n;
    return out;
}

Vocabulary Vocabulary::builtin() {
    return Vocabulary{
        TypeSet({"person", "movement", "organisation", "court", "authority", "company", "media", "prosecution",
                 "event", "unidentified"}),
        TypeSet({"member_of", "supports", "leads", "works_for", "relative_of", "associate_of", "defendant_in",
                 "heard_by", "brought_by", "complainant_in", "concerns", "banned", "participated_in", "detained",
                 "fined", "warned", "questioned", "searched", "charged", "sentenced", "restricted", "attacked",
                 "released", "acquitted", "case_closed"}),
    };
}

}  // namespace repnet

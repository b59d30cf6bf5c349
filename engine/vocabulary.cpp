#include "engine/vocabulary.hpp"

#include <algorithm>

namespace repnet {

TypeSet::TypeSet(const std::vector<std::string>& names) {
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

std::vector<bool> TypeSet::mask(const std::vector<std::string>& names) const {
    std::vector<bool> out(names_.size(), false);
    for (const auto& n : names)
        if (auto t = find(n)) out[*t] = true;
    return out;
}

Vocabulary Vocabulary::builtin() {
    return Vocabulary{
        TypeSet({std::string(vocab::person), std::string(vocab::movement), std::string(vocab::organisation),
                 std::string(vocab::court), "authority", "company", std::string(vocab::media),
                 std::string(vocab::prosecution), std::string(vocab::event), "unidentified"}),
        TypeSet({std::string(vocab::member_of),
                 std::string(vocab::supports),
                 std::string(vocab::leads),
                 std::string(vocab::works_for),
                 "relative_of",
                 "associate_of",
                 std::string(vocab::defendant_in),
                 std::string(vocab::heard_by),
                 "brought_by",
                 "complainant_in",
                 std::string(vocab::concerns),
                 std::string(vocab::banned),
                 "participated_in",
                 "detained",
                 "fined",
                 "warned",
                 "questioned",
                 "searched",
                 "charged",
                 "sentenced",
                 "restricted",
                 "attacked",
                 "released",
                 "acquitted",
                 "case_closed",
                 std::string(vocab::tried),
                 std::string(vocab::appealed),
                 std::string(vocab::imprisoned)}),
    };
}

}  // namespace repnet

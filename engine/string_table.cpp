#include "engine/string_table.hpp"

namespace repnet {

StringTable::StringTable() {
    intern("");
}

StrId StringTable::intern(std::string_view s) {
    if (auto it = index_.find(s); it != index_.end()) return it->second;
    const std::string& stored = storage_.emplace_back(s);
    const auto id = static_cast<StrId>(strings_.size());
    strings_.push_back(&stored);
    index_.emplace(std::string_view(stored), id);
    return id;
}

void StringTable::reserve(std::size_t count) {
    strings_.reserve(count);
    index_.reserve(count);
}

StrId StringTable::find(std::string_view s) const {
    auto it = index_.find(s);
    return it == index_.end() ? kNoString : it->second;
}

}  // namespace repnet

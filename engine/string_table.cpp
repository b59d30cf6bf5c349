#include "engine/string_table.hpp"

#include <functional>

namespace repnet {
namespace {

std::size_t hash_of(std::string_view s) {
    return std::hash<std::string_view>{}(s);
}

}  // namespace

StringTable::StringTable() {
    strings_.emplace_back();
    grow(64);
}

// The slot holding s, or the empty slot where it belongs.
std::size_t StringTable::slot_of(std::string_view s, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask)
        if (slots_[i] == kNoString || strings_[slots_[i]] == s) return i;
}

void StringTable::grow(std::size_t slots) {
    std::size_t size = 64;
    while (size < slots) size *= 2;
    slots_.assign(size, kNoString);
    const std::size_t mask = size - 1;
    for (StrId id = 1; id < strings_.size(); ++id) {
        std::size_t i = hash_of(strings_[id]) & mask;
        while (slots_[i] != kNoString) i = (i + 1) & mask;
        slots_[i] = id;
    }
}

StrId StringTable::intern(std::string_view s) {
    if (s.empty()) return kNoString;
    const std::size_t hash = hash_of(s);
    std::size_t slot = slot_of(s, hash);
    if (slots_[slot] != kNoString) return slots_[slot];
    if (2 * (strings_.size() + 1) > slots_.size()) {
        grow(2 * slots_.size());
        slot = slot_of(s, hash);
    }
    const auto id = static_cast<StrId>(strings_.size());
    strings_.emplace_back(s);
    slots_[slot] = id;
    return id;
}

void StringTable::reserve(std::size_t count) {
    if (2 * count > slots_.size()) grow(2 * count);
}

StrId StringTable::find(std::string_view s) const {
    if (s.empty()) return kNoString;
    return slots_[slot_of(s, hash_of(s))];
}

}  // namespace repnet

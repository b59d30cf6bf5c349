#pragma once
// Interned strings: names, type labels and attribute keys are stored once and
// referred to by a 32-bit id, so edges and attributes stay small.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace repnet {

using StrId = std::uint32_t;
inline constexpr StrId kNoString = 0;  // id 0 is always the empty string

class StringTable {
public:
    StringTable();
    StrId intern(std::string_view s);
    // Returns kNoString if s was never interned (and s is not empty).
    StrId find(std::string_view s) const;
    const std::string& str(StrId id) const { return *strings_[id]; }
    std::size_t size() const { return strings_.size(); }
    void reserve(std::size_t count);

private:
    std::deque<std::string> storage_;  // stable addresses for the views below
    std::vector<const std::string*> strings_;
    std::unordered_map<std::string_view, StrId> index_;
};

}  // namespace repnet

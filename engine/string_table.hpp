#pragma once
// Interned strings: names, type labels and attribute keys are stored once and
// referred to by a 32-bit id, so edges and attributes stay small.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
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
    const std::string& str(StrId id) const { return strings_[id]; }
    std::size_t size() const { return strings_.size(); }
    void reserve(std::size_t count);

private:
    std::size_t slot_of(std::string_view s, std::size_t hash) const;
    void grow(std::size_t slots);

    // A deque keeps each string where it is as the table grows (str() hands out references).
    std::deque<std::string> strings_;
    // Open addressing with linear probing over ids (kNoString = empty slot), at most half
    // full: 4 to 8 bytes per string where a node-based hash map took about 50, which was a
    // fifth of the memory of loading a large dataset.
    std::vector<StrId> slots_;
};

}  // namespace repnet

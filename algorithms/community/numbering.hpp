#pragma once
// Internal: turns arbitrary community labels into the canonical numbering
// (largest = 0, ties by smallest node index) shared by every algorithm.
#include <cstdint>
#include <vector>

#include "algorithms/community/community.hpp"

namespace repnet::detail {

// Renumbers `labels` (any values < labels.size()) in place; returns the sizes.
std::vector<std::uint32_t> canonical_numbering(std::vector<std::uint32_t>& labels);

void check_resolution(double resolution);

}  // namespace repnet::detail

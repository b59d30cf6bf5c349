#pragma once
// The duplicate list as `repnet duplicates` and `repnet validate` print it.
#include <ostream>
#include <string>
#include <vector>

#include "loaders/dataset_loader.hpp"
#include "names/duplicates.hpp"

namespace repnet::cli {

void print_duplicates(std::ostream& out, const Dataset& dataset, const std::vector<names::DuplicatePair>& pairs,
                      const std::string& indent);

}  // namespace repnet::cli

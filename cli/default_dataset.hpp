#pragma once
// The shipped default dataset, compiled into the executable so `repnet`
// works from any directory (generated from data/ by CMake).
#include <string>
#include <vector>

#include "loaders/dataset_loader.hpp"

namespace repnet {

const std::string& default_dataset_name();
const std::vector<NamedText>& default_dataset_files();

}  // namespace repnet

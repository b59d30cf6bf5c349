#pragma once
// Loader selection: which reader a path needs, decided in one place.
#include <filesystem>

#include "loaders/dataset_loader.hpp"

namespace repnet {

// An edge list (*.tsv, *.edges, *.txt; loaders/edge_list.hpp) or a JSON dataset file or
// directory (loaders/dataset_loader.hpp), chosen by the path's extension. Throws what the
// chosen loader throws (InputError with a location).
Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace repnet

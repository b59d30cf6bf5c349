#pragma once
// Loader selection: which reader a path needs, decided in one place.
#include <filesystem>

#include "loaders/dataset_loader.hpp"

namespace repnet {

// An edge list (*.tsv, *.edges, *.txt; loaders/edge_list.hpp), a FollowTheMoney stream
// (*.ftm, *.ndjson, *.jsonl, *.ftm.json, or a *.json file whose first line is an FtM entity;
// loaders/ftm.hpp), a GraphML or GEXF graph (*.graphml, *.gexf; loaders/graphml_in.hpp) or a JSON dataset file or
// directory (loaders/dataset_loader.hpp). Throws what the chosen loader throws (InputError with a location).
Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace repnet

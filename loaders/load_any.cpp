#include "loaders/load_any.hpp"

#include "loaders/edge_list.hpp"

namespace repnet {

Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options) {
    return is_edge_list_path(path) ? load_edge_list(path, options) : load_dataset(path, options);
}

}  // namespace repnet

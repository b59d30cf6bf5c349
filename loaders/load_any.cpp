#include "loaders/load_any.hpp"

#include <fstream>

#include "loaders/edge_list.hpp"
#include "loaders/ftm.hpp"
#include "loaders/graphml_in.hpp"

namespace repnet {
namespace {

// The first bytes of a regular file ("" for a directory or an unreadable path: the loader reports those).
std::string file_head(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return {};
    std::ifstream in(path, std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

}  // namespace

Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options) {
    if (is_edge_list_path(path)) return load_edge_list(path, options);
    if (is_ftm_path(path)) return load_ftm(path, options);
    if (is_graph_xml_path(path)) return load_graph_xml(path, options);
    if (path.extension() == ".json" && looks_like_ftm(file_head(path))) return load_ftm(path, options);
    return load_dataset(path, options);
}

}  // namespace repnet

#include "cli/dataset_option.hpp"

#include <iostream>

#include "cli/default_dataset.hpp"
#include "loaders/edge_list.hpp"

namespace repnet::cli {

void DatasetOption::add_to(CLI::App& command) {
    command.add_option("DATASET", path, "Dataset file or directory, or an edge list (*.tsv, *.edges, *.txt) (default: the built-in Kazakhstan dataset)");
    command.add_flag("--lenient", lenient, "Load valid records and report invalid ones instead of stopping at the first");
    command.add_option("--max-file-size", max_file_size, "Refuse input files larger than this many bytes")
        ->capture_default_str();
    command.add_option("--max-nodes", max_nodes, "Refuse edge lists with more distinct nodes than this")
        ->capture_default_str();
}

Dataset DatasetOption::load() const {
    LoadOptions options;
    options.lenient = lenient;
    options.max_file_size = max_file_size;
    options.max_nodes = max_nodes;
    Dataset d = path.empty()                ? load_dataset_texts(default_dataset_name(), default_dataset_files(), options)
                : is_edge_list_path(path) ? load_edge_list(path, options)
                                          : load_dataset(path, options);
    for (const auto& r : d.report.rejections)
        std::cerr << r.where.str() << ": rejected " << record_kind_name(r.kind) << (r.id.empty() ? "" : " '" + r.id + "'")
                  << ": " << r.reason << "\n";
    for (const auto& w : d.report.warnings) std::cerr << w.where.str() << ": warning: " << w.reason << "\n";
    return d;
}

}  // namespace repnet::cli

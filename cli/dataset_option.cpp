#include "cli/dataset_option.hpp"

#include <iostream>

#include "cli/default_dataset.hpp"
#include "loaders/load_any.hpp"

namespace repnet::cli {

void DatasetOption::add_to(CLI::App& command) {
    command.add_option("DATASET", path, "Dataset file or directory, or an edge list (*.tsv, *.edges, *.txt) (default: the built-in Kazakhstan dataset)");
    command.add_flag("--lenient", lenient, "Load valid records and report invalid ones instead of stopping at the first");
}

Dataset DatasetOption::load() const {
    LoadOptions options;
    options.lenient = lenient;
    Dataset d = path.empty() ? load_dataset_texts(default_dataset_name(), default_dataset_files(), options)
                             : load_dataset_any(path, options);
    for (const auto& r : d.report.rejections)
        std::cerr << r.where.str() << ": rejected " << record_kind_name(r.kind) << (r.id.empty() ? "" : " '" + r.id + "'")
                  << ": " << r.reason << "\n";
    return d;
}

}  // namespace repnet::cli

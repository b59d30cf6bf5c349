#include "cli/dataset_option.hpp"

#include <iostream>
#include <vector>

#include "cli/default_dataset.hpp"
#include "exports/atomic_file.hpp"
#include "exports/terminal_text.hpp"
#include "loaders/load_any.hpp"

namespace repnet::cli {

void DatasetOption::add_to(CLI::App& command, bool claim_format) {
    command.add_option("DATASET", path,
                       "Dataset file or directory: JSON, a folder of CSV sheets (entities.csv, relations.csv, ...), "
                       "an ACLED CSV export, or an edge list (*.tsv, *.edges, *.txt) (default: the built-in "
                       "Kazakhstan dataset)");
    std::vector<std::string> names;
    for (const auto& f : input_formats()) names.emplace_back(f.name);
    command
        .add_option(claim_format ? "--input-format,--format" : "--input-format", format,
                    "Read DATASET in this format instead of telling it by its name and content")
        ->check(CLI::IsMember(names));
    command.add_flag("--lenient", lenient,
                     "Load valid records and report invalid ones instead of stopping at the first");
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
    options.review = review;
    Dataset d = path.empty() ? load_dataset_texts(default_dataset_name(), default_dataset_files(), options)
                             : load_dataset_any(path, options, format);
    // No output may replace a file of the dataset that was read (`export in.json -o in.json`): the loader's own
    // list of the files it read, so the directory is not walked a second time.
    if (!path.empty())
        for (const auto& file : d.report.files) protect_from_overwrite(file);
    for (const auto& r : d.report.rejections)
        std::cerr << terminal_safe(r.where.str()) << ": rejected " << record_kind_name(r.kind)
                  << (r.id.empty() ? "" : " '" + terminal_safe(r.id) + "'") << ": " << terminal_safe_lines(r.reason)
                  << "\n";
    for (const auto& w : d.report.warnings)
        std::cerr << terminal_safe(w.where.str()) << ": warning: " << terminal_safe_lines(w.reason) << "\n";
    return d;
}

}  // namespace repnet::cli

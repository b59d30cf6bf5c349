#pragma once
// The [DATASET] argument and --lenient flag every subcommand shares.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <string>

#include "loaders/dataset_loader.hpp"

namespace repnet::cli {

struct DatasetOption {
    std::string path;  // empty: the built-in default dataset
    bool lenient = false;
    std::uintmax_t max_file_size = LoadOptions{}.max_file_size;
    std::size_t max_nodes = LoadOptions{}.max_nodes;
    bool review = false;  // LoadOptions::review (validate's review list)
    std::string format;   // --input-format (or --format): force an input format (loaders/load_any.hpp); "" = detect

    // `claim_format`: also accept --format for the input format; false for a command whose own --format names
    // its output (export).
    void add_to(CLI::App& command, bool claim_format = true);
    // Loads and prints a one-line account of the records to stderr.
    Dataset load() const;
};

}  // namespace repnet::cli

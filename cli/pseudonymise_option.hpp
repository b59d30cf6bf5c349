#pragma once
// --pseudonymise KEYFILE and --pseudonymise-types, shared by the commands that write shareable outputs
// (export, analyze, report). docs/sharing.md says what a recipient can and cannot learn.
#include <CLI/CLI.hpp>
#include <string>

#include "loaders/dataset_loader.hpp"

namespace repnet::cli {

struct PseudonymiseOption {
    std::string key_file;  // empty: names are written as they are
    std::string types = "person";

    void add_to(CLI::App& command);
    // With a key file: replaces names in the dataset's graph (names/pseudonymise.hpp) and says so on stderr.
    void apply(Dataset& dataset) const;
};

// The key held in a key file: its bytes without trailing white space. Refuses a missing, irregular, oversized or
// short file (UsageError naming the file).
std::string read_key_file(const std::string& path);

}  // namespace repnet::cli

#pragma once
// Reads the repnet JSON dataset format (docs/dataset-format.md) into a Graph.
#include <filesystem>
#include <string>
#include <vector>

#include "engine/graph.hpp"
#include "loaders/load_report.hpp"

namespace repnet {

struct LoadOptions {
    // false: the first invalid record throws InputError (file:line:column).
    // true: invalid records are rejected and listed in the report; valid ones load.
    bool lenient = false;
};

struct Dataset {
    std::string name;  // file or directory name
    Graph graph;
    LoadReport report;
};

struct NamedText {
    std::string name;  // shown in messages, e.g. "data/sample/sample.json"
    std::string text;
};

// Loads a file, or every *.json file of a directory (in byte order of names).
// Throws InputError (bad input) or UsageError (path missing).
Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options = {});

// Loads in-memory files, in the given order, as one dataset.
Dataset load_dataset_texts(std::string name, const std::vector<NamedText>& files, const LoadOptions& options = {});

}  // namespace repnet

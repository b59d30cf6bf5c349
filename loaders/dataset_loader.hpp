#pragma once
// Reads the repnet JSON dataset format (docs/dataset-format.md) into a Graph.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/graph.hpp"
#include "loaders/load_report.hpp"
#include "loaders/mapped_file.hpp"

namespace repnet {

struct LoadOptions {
    // false: the first invalid record throws InputError (file:line:column).
    // true: invalid records are rejected and listed in the report; valid ones load.
    bool lenient = false;
    // Files larger than this are refused before they are read (--max-file-size).
    std::uintmax_t max_file_size = std::uintmax_t(2) << 30;
    // Edge lists naming more distinct nodes than this are refused (--max-nodes).
    std::size_t max_nodes = 50'000'000;
    // true: also list unknown attributes and near-duplicate actions in LoadReport::review
    // (what `repnet validate` prints); off by default, since only validate shows them.
    bool review = false;
};

struct Dataset {
    std::string name;  // file or directory name
    Graph graph;
    LoadReport report;
};

struct NamedText {
    NamedText(std::string name_, std::string text_) : name(std::move(name_)), text(std::move(text_)) {}
    NamedText(std::string name_, std::shared_ptr<const MappedFile> mapped_)
        : name(std::move(name_)), mapped(std::move(mapped_)) {}

    std::string name;  // shown in messages, e.g. "data/sample/sample.json"
    std::string text;
    // A file load_dataset mapped instead of reading it into `text` (see loaders/mapped_file.hpp).
    std::shared_ptr<const MappedFile> mapped;
    std::string_view view() const { return mapped ? mapped->text() : std::string_view(text); }
};

// Loads a file, or every *.json file of a directory (in byte order of names).
// The path must be a regular file or a directory whose *.json entries are
// regular files; anything else (FIFO, device, socket, symlink loop, unreadable
// entry, file over options.max_file_size) is an InputError before any reading.
// Memory: the files' text plus one record at a time, plus the graph.
Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options = {});

// Loads in-memory files, in the given order, as one dataset.
Dataset load_dataset_texts(std::string name, const std::vector<NamedText>& files, const LoadOptions& options = {});

}  // namespace repnet

#pragma once
// Loader selection: which reader a path needs, decided in one place, from a small table of input formats.
// To add a format: write its loader, then one entry in kFormats (loaders/load_any.cpp) with a name for
// --input-format, a description, a detector (extension and, for regular files, the first bytes) and the loader.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "loaders/dataset_loader.hpp"

namespace repnet {

struct InputFormat {
    std::string_view name;         // as given to --input-format: "json", "csv", "acled", "edges", ...
    std::string_view description;  // one line for help and error messages
    // True if the path is in this format. `head` is the start of a regular file (up to 64 KiB; empty for a
    // directory), `is_dir` whether the path is a directory.
    bool (*detect)(const std::filesystem::path& path, std::string_view head, bool is_dir);
    Dataset (*load)(const std::filesystem::path& path, const LoadOptions& options);
};

// Every input format, in the order they are tried.
std::span<const InputFormat> input_formats();

// The format named `name`, or nullptr.
const InputFormat* find_input_format(std::string_view name);

// "json (a repnet dataset ...), csv (...), ..." for messages.
std::string input_format_list();

// The format of `path` by extension and content. Throws InputError for a path that is not a regular file or
// directory (input_kind), and for one no format recognises (the message lists the formats).
const InputFormat& detect_input_format(const std::filesystem::path& path);

// Loads `path` in the format named `format` ("" = detect_input_format). An unknown format name is an
// InvalidArgument naming the formats. Throws what the chosen loader throws (InputError with a location).
Dataset load_dataset_any(const std::filesystem::path& path, const LoadOptions& options = {},
                         std::string_view format = {});

}  // namespace repnet

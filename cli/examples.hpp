#pragma once
// The examples at the end of each command's --help (CLI11 footers): real command lines that run as they are on
// the built-in dataset, in an empty directory. tests/cli/test_examples.cpp runs every one, so they cannot rot.
#include <CLI/CLI.hpp>

namespace repnet::cli {

// Sets the footer of `app` (the top level) and of each of its subcommands that has examples.
void add_examples(CLI::App& app);

}  // namespace repnet::cli

#pragma once
// The output options of every command that prints a table, one spelling and one meaning everywhere
// (docs/exports.md, "Tables: --json, --csv and -o"):
//   --json        the table as JSON
//   --csv         the table as CSV (exports/csv.hpp: RFC 4180, formula injection neutralised)
//   -o, --output  write to FILE instead of standard output, through a temporary file renamed over FILE
// Without --json or --csv the command prints its text table (to FILE with -o).
#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>
#include <string>

namespace repnet::cli {

enum class TableFormat { text, csv, json };

struct TableOutput {
    bool json = false;
    std::string csv;     // "": not given; "true": --csv; anything else: the old `--csv=FILE` (legacy_csv_file)
    std::string output;  // -o FILE; "": standard output
    bool legacy_csv_file = false;

    // Adds --json, --csv and -o/--output to `command`. csv_rows says what a CSV row is ("one row per event").
    // With legacy_csv_file, the old `--csv=FILE` spelling (centrality) still means `--csv -o FILE`.
    void add_to(CLI::App& command, const std::string& csv_rows, bool legacy_csv_file = false);

    // Checks the combination after parsing: --json with --csv, a value on --csv where none is taken, --csv=FILE
    // with -o. Throws UsageError.
    void check() const;

    TableFormat format() const;
    // The file to write: -o FILE, or the old --csv=FILE; "" for standard output.
    std::string destination() const;
    // True when the old --csv=FILE spelling was used (centrality then prints its tables as before, too).
    bool legacy_csv() const { return !csv.empty() && csv != "true" && csv != "false"; }
    bool csv_asked() const { return csv == "true" || legacy_csv(); }

    // Calls write(stream) with standard output, or with -o FILE's temporary file (write_file_atomically).
    void write(const std::function<void(std::ostream&)>& write) const;
};

// Adds an old spelling of an option as a hidden alias (not in --help) storing into the same variable, for one
// release: `--tol` for `--tolerance`. Returns the hidden option, so a caller can ask whether it was given.
template <typename T>
CLI::Option* add_hidden_alias(CLI::App& command, const std::string& old_name, T& variable) {
    return command.add_option(old_name, variable, "Old spelling, kept for one release")->group("");
}

}  // namespace repnet::cli

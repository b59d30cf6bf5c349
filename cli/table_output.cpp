#include "cli/table_output.hpp"

#include <iostream>

#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"

namespace repnet::cli {

void TableOutput::add_to(CLI::App& command, const std::string& csv_rows, bool legacy) {
    legacy_csv_file = legacy;
    command.add_flag("--json", json, "Print JSON instead of the text table");
    // A flag (CLI11 stores "true") that also takes `--csv=FILE`, only with `=`: `--csv FILE` would be ambiguous
    // with DATASET.
    command.add_flag("--csv", csv, "Print CSV instead of the text table, " + csv_rows);
    command.add_option("-o,--output", output,
                       "Write to FILE instead of standard output (through a temporary file renamed over FILE)");
}

void TableOutput::check() const {
    if (json && csv_asked()) throw UsageError("--json and --csv exclude each other");
    if (legacy_csv()) {
        if (!legacy_csv_file)
            throw UsageError("--csv takes no value, got '" + csv + "'; write the CSV to a file with --csv -o FILE");
        if (!output.empty())
            throw UsageError("--csv=FILE (the old spelling) and -o FILE both name the output; use --csv -o FILE");
    }
}

TableFormat TableOutput::format() const {
    if (json) return TableFormat::json;
    if (csv_asked()) return TableFormat::csv;
    return TableFormat::text;
}

std::string TableOutput::destination() const {
    return legacy_csv() ? csv : output;
}

void TableOutput::write(const std::function<void(std::ostream&)>& write) const {
    const std::string file = destination();
    if (file.empty())
        write(std::cout);
    else
        write_file_atomically(file, write);
}

}  // namespace repnet::cli

// repnet validate [DATASET]: load, check every record, account for each.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/duplicates_report.hpp"
#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {

void add_validate_command(CLI::App& app) {
    auto opts = std::make_shared<DatasetOption>();
    CLI::App* cmd = app.add_subcommand("validate", "Check a dataset and account for every record");
    opts->add_to(*cmd);
    cmd->callback([opts] {
        const Dataset d = opts->load();
        const LoadReport& r = d.report;
        std::cout << terminal_safe(d.name) << ": " << r.files.size() << " file(s)\n";
        auto line = [](const char* what, const RecordCounts& c) {
            std::cout << "  " << what << ": " << c.loaded << " loaded, " << c.merged << " merged, " << c.rejected
                      << " rejected\n";
        };
        line("sources  ", r.sources);
        line("entities ", r.entities);
        line("relations", r.relations);
        std::cout << "  " << r.derived_edges
                  << " edge(s) made from prosecution fields (court, brought_by, complainants)\n";
        for (const auto& m : r.merges)
            std::cout << "  merged: " << terminal_safe(m.where.str()) << ": " << terminal_safe(m.id) << " "
                      << terminal_safe(m.reason) << "\n";
        // The curator's review list: not errors, since namesakes exist (record them with distinct_from).
        const names::NameMatcher matcher(d.graph);
        const auto pairs = names::find_duplicates(matcher);
        std::cout << "  " << pairs.size() << " likely duplicate pair(s) (names matching under docs/names.md)\n";
        print_duplicates(std::cout, d, pairs, "    ");
        if (!r.rejections.empty())
            throw InputError(SourceLocation{d.name}, std::to_string(r.rejections.size()) + " record(s) rejected");
        std::cout << "valid\n";
    });
}

}  // namespace repnet::cli

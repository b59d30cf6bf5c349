// repnet validate [DATASET] [--verbose]: load, check every record, account for each, and list
// what a curator should review (docs/dataset-format.md, "What validate reports").
#include <iostream>
#include <memory>

#include "algorithms/centrality/generic.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/duplicates_report.hpp"
#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

struct ValidateOptions {
    DatasetOption dataset;
    bool verbose = false;
};

}  // namespace

void add_validate_command(CLI::App& app) {
    auto opts = std::make_shared<ValidateOptions>();
    CLI::App* cmd = app.add_subcommand("validate", "Check a dataset and account for every record");
    opts->dataset.add_to(*cmd);
    cmd->add_flag("--verbose", opts->verbose, "List every merged record");
    cmd->callback([opts] {
        DatasetOption dataset = opts->dataset;
        dataset.review = true;
        const Dataset d = dataset.load();
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
        std::cout << "merged: " << r.entities.merged << " entities, " << r.relations.merged << " relations"
                  << (opts->verbose || r.merges.empty() ? "" : " (--verbose lists them)") << "\n";
        if (opts->verbose)
            for (const auto& m : r.merges)
                std::cout << "  " << terminal_safe(m.where.str()) << ": " << record_kind_name(m.kind) << " "
                          << terminal_safe(m.id) << " " << terminal_safe_lines(m.reason) << "\n";
        std::size_t warnings = 0;
        for (const auto& w : r.review) {
            std::cout << terminal_safe(w.where.str()) << ": warning: " << terminal_safe_lines(w.reason) << "\n";
            ++warnings;
        }
        for (NodeId v : generic_brokers(d.graph)) {
            std::cout << terminal_safe(r.node_location(v).str()) << ": warning: generic entity '"
                      << terminal_safe(d.graph.str(d.graph.node(v).id))
                      << "' would rank among the top 10 brokers (betweenness) if generic entities were not left "
                         "out; name the body that acted instead\n";
            ++warnings;
        }
        // The curator's review list: not errors, since namesakes exist (record them with distinct_from).
        const names::NameMatcher matcher(d.graph);
        const auto pairs = names::find_duplicates(matcher);
        std::cout << "  " << pairs.size() << " likely duplicate pair(s) (names matching under docs/names.md)\n";
        print_duplicates(std::cout, d, pairs, "    ");
        if (!r.rejections.empty())
            throw InputError(SourceLocation{d.name}, std::to_string(r.rejections.size()) + " record(s) rejected");
        std::cout << "valid";
        if (warnings) std::cout << " (" << warnings << " warning" << (warnings == 1 ? "" : "s") << " to review)";
        std::cout << "\n";
    });
}

}  // namespace repnet::cli

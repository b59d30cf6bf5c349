// repnet generate --people N --seed S -o DIR: a synthetic repression network as
// DIR/dataset.json (the dataset format) and DIR/edges.tsv (a plain edge list).
#include <filesystem>
#include <iostream>
#include <memory>

#include "algorithms/generators/repression_network.hpp"
#include "cli/commands.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_file.hpp"

namespace repnet::cli {

void add_generate_command(CLI::App& app) {
    struct Options {
        generators::RepressionNetworkParams params;
        std::string out;
    };
    auto opts = std::make_shared<Options>();
    CLI::App* cmd = app.add_subcommand("generate", "Write a synthetic repression network (dataset.json and edges.tsv)");
    cmd->add_option("--people", opts->params.people,
                    "Number of people (10..50000000); about 4.1 to 4.4 edges per person")
        ->check(CLI::NonNegativeNumber)
        ->required();
    cmd->add_option("--seed", opts->params.seed, "Random seed (0..2^64-1); the same seed gives byte-identical files")
        ->default_val(1)
        ->check(CLI::NonNegativeNumber);
    cmd->add_flag("--escalation", opts->params.escalation,
                  "Simulate the escalation process (docs/generator.md): dated targeting that spreads from banned "
                  "movements and charged people over ties; also writes DIR/truth.tsv (who was first charged when)");
    cmd->add_option("-o,--output", opts->out, "Output directory (created if missing)")->required();
    cmd->callback([opts] {
        const std::filesystem::path dir = opts->out;
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        if (ec || !std::filesystem::is_directory(dir))
            throw IoError(dir, "cannot create the output directory" + (ec ? ": " + ec.message() : std::string()));
        generators::RepressionNetworkStats stats;
        // Each file is written to a temporary name and renamed only when both are complete.
        try {
            write_file_atomically(dir / "dataset.json", [&](std::ostream& dataset) {
                write_file_atomically(dir / "edges.tsv", [&](std::ostream& edges) {
                    if (!opts->params.escalation) {
                        stats = generators::generate_repression_network(opts->params, dataset, edges);
                        return;
                    }
                    write_file_atomically(dir / "truth.tsv", [&](std::ostream& truth) {
                        stats = generators::generate_repression_network(opts->params, dataset, edges, &truth);
                    });
                });
            });
        } catch (const IoError& e) {
            if (e.path().empty()) throw IoError(dir, e.reason());  // the generator knows its streams, not their files
            throw;
        }
        std::cout << "generated " << stats.nodes << " nodes, " << stats.edges << " edges (" << opts->params.people
                  << " people, " << stats.regions << " regions, " << stats.prosecutions << " prosecutions, "
                  << stats.isolated_people << " isolated people";
        if (opts->params.escalation)
            std::cout << "; escalation: " << stats.charged_people << " people charged, " << stats.banned_movements
                      << " movements banned, ground truth in " << (dir / "truth.tsv").string();
        std::cout << ") -> " << (dir / "dataset.json").string() << ", " << (dir / "edges.tsv").string() << "\n";
    });
}

}  // namespace repnet::cli

// repnet: graph analytics for networks of repression.
// Exit codes: 0 ok, 1 usage error or output (I/O) error, 2 input error, 3 internal error.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"

int main(int argc, char** argv) {
    CLI::App app{"repnet: graph analytics for networks of repression"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");
    repnet::cli::add_validate_command(app);
    repnet::cli::add_stats_command(app);
    repnet::cli::add_export_command(app);
    repnet::cli::add_analyze_command(app);
    repnet::cli::add_clusters_command(app);
    repnet::cli::add_timeline_command(app);
    repnet::cli::add_escalation_command(app);
    repnet::cli::add_risk_command(app);
    repnet::cli::add_centrality_command(app);
    repnet::cli::add_generate_command(app);
    try {
        app.parse(argc, argv);
        // Output to a full disk or closed pipe through stdout is an I/O error too.
        std::cout.flush();
        if (!std::cout) throw repnet::IoError("cannot write to standard output");
        return 0;
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 1;
    } catch (const repnet::UsageError& e) {
        std::cerr << "repnet: " << repnet::terminal_safe_lines(e.what()) << "\n";
        return 1;
    } catch (const repnet::IoError& e) {
        std::cerr << "repnet: " << repnet::terminal_safe_lines(e.what()) << "\n";
        return 1;
    } catch (const repnet::InputError& e) {
        std::cerr << repnet::terminal_safe_lines(e.what()) << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "repnet: internal error: " << repnet::terminal_safe_lines(e.what()) << "\n";
        return 3;
    }
}

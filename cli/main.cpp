// repnet: graph analytics for networks of repression.
// The one place that maps error types to exit codes (the table is in engine/errors.hpp and README.md):
// 0 ok, 1 usage error or invalid parameter, 2 input error, 3 internal error, 4 output could not be written,
// 5 cancelled.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/examples.hpp"
#include "cli/suggest.hpp"
#include "cli/version.hpp"
#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"

namespace {

// CLI11 reads a mistyped command as an unexpected argument and answers "A subcommand is required"; the first
// argument that is not an option (the top level has only --help, --help-all and --version, none taking a value)
// must name a command, else the nearest command is suggested.
void check_command_name(CLI::App& app, int argc, char** argv) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) names.push_back(sub->get_name());
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.empty() || arg.front() == '-') continue;
        if (std::find(names.begin(), names.end(), arg) == names.end())
            throw repnet::UsageError(repnet::cli::unknown_command_message(arg, names));
        return;
    }
}

int fail(const std::exception& e, int code, const char* prefix = "repnet: ") {
    std::cerr << prefix << repnet::terminal_safe_lines(e.what()) << "\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"repnet: graph analytics for networks of repression"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");
    app.set_version_flag("--version", repnet::cli::version_text(), "Print the version, git commit and build type");
    repnet::cli::add_validate_command(app);
    repnet::cli::add_stats_command(app);
    repnet::cli::add_export_command(app);
    repnet::cli::add_analyze_command(app);
    repnet::cli::add_clusters_command(app);
    repnet::cli::add_timeline_command(app);
    repnet::cli::add_escalation_command(app);
    repnet::cli::add_risk_command(app);
    repnet::cli::add_backtest_command(app);
    repnet::cli::add_centrality_command(app);
    repnet::cli::add_generate_command(app);
    repnet::cli::add_find_command(app);
    repnet::cli::add_duplicates_command(app);
    repnet::cli::add_keygen_command(app);
    repnet::cli::add_report_command(app);
    repnet::cli::add_examples(app);
    try {
        check_command_name(app, argc, argv);
        app.parse(argc, argv);
        // Output to a full disk or closed pipe through stdout is an I/O error too.
        std::cout.flush();
        if (!std::cout) throw repnet::IoError({}, "cannot write to standard output");
        return 0;
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 1;
    } catch (const repnet::UsageError& e) {
        return fail(e, 1);
    } catch (const repnet::InvalidArgument& e) {
        return fail(e, 1);
    } catch (const repnet::InputError& e) {
        return fail(e, 2, "");  // the message starts with file:line:column
    } catch (const repnet::IoError& e) {
        return fail(e, 4);
    } catch (const repnet::Cancelled& e) {
        return fail(e, 5);
    } catch (const std::exception& e) {
        std::cerr << "repnet: internal error: " << repnet::terminal_safe_lines(e.what()) << "\n";
        return 3;
    }
}

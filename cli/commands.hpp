#pragma once
#include <CLI/CLI.hpp>

namespace repnet::cli {

// Each registers one subcommand; its callback does the work.
void add_validate_command(CLI::App& app);
void add_stats_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_analyze_command(CLI::App& app);
void add_clusters_command(CLI::App& app);
void add_timeline_command(CLI::App& app);
void add_escalation_command(CLI::App& app);
void add_risk_command(CLI::App& app);
void add_backtest_command(CLI::App& app);
void add_centrality_command(CLI::App& app);
void add_generate_command(CLI::App& app);
void add_find_command(CLI::App& app);
void add_duplicates_command(CLI::App& app);
void add_keygen_command(CLI::App& app);
void add_report_command(CLI::App& app);

}  // namespace repnet::cli

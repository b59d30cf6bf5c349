// repnet backtest [DATASET] --as-of DATE[,DATE...] [--horizon 2y] [--event-min-rank 7] [--json | --csv] [-o FILE]:
// ranks people with the world as known on each date and scores the ranking, and the
// baselines, against the actions that followed within the horizon.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "algorithms/risk/backtest.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "engine/errors.hpp"
#include "engine/severity.hpp"
#include "exports/report_json.hpp"
#include "exports/table_csv.hpp"

namespace repnet::cli {
namespace {

struct BacktestOptions {
    DatasetOption dataset;
    BacktestParams params;
    std::vector<std::string> as_of;
    std::string horizon = "2y";
    TableOutput output;
};

std::string cell(double v) {
    if (std::isnan(v)) return "-";
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << v;
    return s.str();
}

rapidjson::Value number_or_null(double v) {
    return std::isnan(v) ? rapidjson::Value(rapidjson::kNullType) : rapidjson::Value(v);
}

}  // namespace

void add_backtest_command(CLI::App& app) {
    auto opts = std::make_shared<BacktestOptions>();
    CLI::App* cmd = app.add_subcommand(
        "backtest", "Score the at-risk ranking of people, as known on past dates, against what happened next");
    opts->dataset.add_to(*cmd);
    auto& p = opts->params;
    cmd->add_option("--as-of", opts->as_of, "One or more dates (comma-separated)")->delimiter(',')->required();
    cmd->add_option("--horizon", opts->horizon, "How far after each date to look: 2y, 18m, 90d, or end")
        ->capture_default_str();
    cmd->add_option("--event-min-rank", p.event_min_rank,
                    "An event is an action of this ladder rank or above (7 = criminal charge)")
        ->capture_default_str();
    opts->output.add_to(*cmd, "one row per date and method");
    cmd->add_option("--half-life", p.risk.half_life_years, "The model's half-life in years")->capture_default_str();
    cmd->add_option("--record-weight", p.risk.record_weight, "The model's weight of a node's own record, in [0, 1]")
        ->capture_default_str();
    cmd->add_option("--damping", p.risk.damping, "The model's damping factor, in [0, 1)")->capture_default_str();
    cmd->callback([opts] {
        opts->output.check();
        BacktestParams params = opts->params;
        std::string why;
        for (const auto& text : opts->as_of) {
            auto date = parse_date(text, &why);
            if (!date) {
                std::string message = "--as-of: '";
                message.append(text).append("' is not a date: ").append(why);
                throw UsageError(message);
            }
            params.as_of.push_back(*date);
        }
        auto horizon = parse_horizon(opts->horizon, &why);
        if (!horizon) throw UsageError("--horizon: '" + opts->horizon + "' is not a horizon: " + why);
        params.horizon = *horizon;
        if (params.event_min_rank >= 1 && params.event_min_rank <= 11 &&
            params.risk.at_risk_max_rank >= params.event_min_rank)
            params.risk.at_risk_max_rank = params.event_min_rank - 1;
        const Dataset d = opts->dataset.load();
        const std::vector<BacktestRun> runs = backtest(d.graph, params);
        auto json = [&](std::ostream& out) {
            rapidjson::Document doc(rapidjson::kObjectType);
            auto& a = doc.GetAllocator();
            doc.AddMember("horizon", rapidjson::Value(horizon->str().c_str(), a), a);
            doc.AddMember("event_min_rank", params.event_min_rank, a);
            rapidjson::Value arr(rapidjson::kArrayType);
            for (const auto& run : runs) {
                rapidjson::Value o(rapidjson::kObjectType);
                o.AddMember("as_of", rapidjson::Value(run.as_of.str().c_str(), a), a);
                o.AddMember("until",
                            run.until.empty() ? rapidjson::Value(rapidjson::kNullType)
                                              : rapidjson::Value(run.until.str().c_str(), a),
                            a);
                o.AddMember("candidates", static_cast<std::uint64_t>(run.candidates), a);
                o.AddMember("excluded", static_cast<std::uint64_t>(run.excluded), a);
                o.AddMember("events", static_cast<std::uint64_t>(run.events), a);
                rapidjson::Value methods(rapidjson::kArrayType);
                for (const auto& m : run.methods) {
                    rapidjson::Value x(rapidjson::kObjectType);
                    x.AddMember("method", rapidjson::Value(m.name.c_str(), a), a);
                    for (std::size_t i = 0; i < m.metrics.k.size(); ++i) {
                        const std::string k = std::to_string(m.metrics.k[i]);
                        x.AddMember(rapidjson::Value(("precision_at_" + k).c_str(), a),
                                    number_or_null(m.metrics.precision[i]), a);
                        x.AddMember(rapidjson::Value(("recall_at_" + k).c_str(), a),
                                    number_or_null(m.metrics.recall[i]), a);
                    }
                    x.AddMember("average_precision", number_or_null(m.metrics.average_precision), a);
                    x.AddMember("roc_auc", number_or_null(m.metrics.roc_auc), a);
                    methods.PushBack(x, a);
                }
                o.AddMember("methods", methods, a);
                arr.PushBack(o, a);
            }
            doc.AddMember("runs", arr, a);
            write_json(out, doc);
        };
        auto text = [&](std::ostream& out) {
            for (const auto& run : runs) {
                out << "as of " << run.as_of.str() << ", horizon " << horizon->str()
                    << (run.until.empty() ? " (to the end of the data)" : " (to " + run.until.str() + ")") << ": "
                    << run.candidates << " candidate people (" << run.excluded << " left out), " << run.events
                    << " with an action ranked >= " << params.event_min_rank << " in the horizon\n";
                out << "  " << std::left << std::setw(18) << "method";
                for (std::size_t k : params.ks) out << std::setw(7) << ("P@" + std::to_string(k));
                for (std::size_t k : params.ks) out << std::setw(7) << ("R@" + std::to_string(k));
                out << std::setw(7) << "AP"
                    << "AUC\n";
                for (const auto& m : run.methods) {
                    out << "  " << std::setw(18) << m.name;
                    for (double v : m.metrics.precision) out << std::setw(7) << cell(v);
                    for (double v : m.metrics.recall) out << std::setw(7) << cell(v);
                    out << std::setw(7) << cell(m.metrics.average_precision) << cell(m.metrics.roc_auc) << "\n";
                }
                out << std::right;
            }
        };
        opts->output.write([&](std::ostream& out) {
            switch (opts->output.format()) {
                case TableFormat::json:
                    json(out);
                    break;
                case TableFormat::csv:
                    write_backtest_csv(out, runs);
                    break;
                case TableFormat::text:
                    text(out);
                    break;
            }
        });
    });
}

}  // namespace repnet::cli

#pragma once
// Backtesting the at-risk ranking: rank with the world as known on a date, then
// score the ranking against what happened next.
//
// For each as-of date: rank_at_risk with that as_of (facts dated later, or known
// only from sources published later, are invisible). The candidates are the
// people the model may rank (not banned, imprisoned or hit above
// at_risk_max_rank by then; those with no exposure count at score 0). A
// candidate is *positive* if some action against it of ladder rank >=
// event_min_rank has its moment (edge_moment with case dates) after the as-of
// date and within the horizon; every fact of the graph counts here, whatever
// its source's publication date. The model and the baselines are scored the
// same way:
//   model         the at-risk score;
//   degree        the number of visible relations of the candidate;
//   banned group  1 if it is member_of / supports / leads a group banned by then, else 0;
//   co-defendant  the number of its co-defendants (visible defendant_in to the same
//                 prosecution) with an action ranked >= event_min_rank by then;
//   random        the expected value of each metric under a uniformly random order.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/risk/at_risk.hpp"

namespace repnet {

// Precision and recall at each k, average precision and ROC AUC of a ranking by `score` (higher first).
//   precision@k = positives among the first min(k, n) / min(k, n), the order being by score then by index
//     (ties broken by position, so a constant score keeps input order);
//   recall@k    = positives among the first min(k, n) / all positives;
//   average precision = sum over distinct score thresholds of (R_i - R_{i-1}) P_i, scikit-learn's
//     average_precision_score (tied scores enter together);
//   ROC AUC     = P(score of a random positive > that of a random negative) + 1/2 P(equal): the
//     Mann-Whitney statistic, scikit-learn's roc_auc_score.
// AP is NaN without positives; AUC is NaN without positives or without negatives. O(n log n).
struct RankingMetrics {
    std::vector<std::size_t> k;
    std::vector<double> precision, recall;  // one per k
    double average_precision = 0, roc_auc = 0;
};
RankingMetrics ranking_metrics(std::span<const double> score, std::span<const std::uint8_t> positive,
                               std::span<const std::size_t> ks);
// The expectation of each metric over uniformly random orders of n items with `positives` positives:
// precision@k = positives / n, recall@k = min(k, n) / n, AUC = 1/2, and
// E[AP] = (1/n) sum_{j=1..n} (1/j + (positives - 1)/(n - 1) * (j - 1)/j).
RankingMetrics random_ranking_metrics(std::size_t n, std::size_t positives, std::span<const std::size_t> ks);

// A horizon: "2y", "18m", "90d", or "end" (no limit). Returns nullopt and sets *why if the text is none of these.
struct Horizon {
    int count = 2;
    char unit = 'y';  // 'y', 'm', 'd', or 'e' (to the end of the data)
    std::string str() const;
};
std::optional<Horizon> parse_horizon(std::string_view text, std::string* why = nullptr);
// The last day (days since 1970-01-01) a horizon starting the day after `from_day` covers; INT32_MAX for "end".
std::int32_t horizon_end(std::int32_t from_day, const Horizon& horizon);

struct BacktestParams {
    RiskParams risk;  // its as_of is replaced by each date
    std::vector<PartialDate> as_of;
    Horizon horizon;
    int event_min_rank = 7;  // 1..11
    std::vector<std::size_t> ks{5, 10, 20};
};

struct BacktestMethod {
    std::string name;  // "model", "degree", "banned group", "co-defendant", "random (expected)"
    RankingMetrics metrics;
};

struct BacktestRun {
    PartialDate as_of;
    PartialDate until;  // last day of the horizon; empty for "end"
    std::size_t candidates = 0, events = 0;
    std::size_t excluded =
        0;  // people left out (banned, imprisoned, hit above the threshold); the not yet known are not counted
    std::vector<BacktestMethod> methods;
    std::vector<NodeId> positives;  // the candidates with an event in the horizon
};

// Throws InvalidArgument (no as-of date, event_min_rank outside 1..11, or what rank_at_risk throws).
std::vector<BacktestRun> backtest(const Graph& graph, const BacktestParams& params);

}  // namespace repnet

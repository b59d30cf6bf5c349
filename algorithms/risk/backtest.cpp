#include "algorithms/risk/backtest.hpp"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <limits>
#include <numeric>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/temporal_order.hpp"
#include "engine/errors.hpp"

namespace repnet {

RankingMetrics ranking_metrics(std::span<const double> score, std::span<const std::uint8_t> positive,
                               std::span<const std::size_t> ks) {
    const std::size_t n = score.size();
    if (positive.size() != n)
        throw InvalidArgument("positive", "must have as many entries as score", std::to_string(positive.size()));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    std::size_t total = 0;
    for (auto p : positive) total += p ? 1 : 0;
    RankingMetrics m;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t k : ks) {
        const std::size_t top = std::min(k, n);
        std::size_t hits = 0;
        for (std::size_t i = 0; i < top; ++i) hits += positive[order[i]] ? 1 : 0;
        m.k.push_back(k);
        m.precision.push_back(top ? static_cast<double>(hits) / static_cast<double>(top) : nan);
        m.recall.push_back(total ? static_cast<double>(hits) / static_cast<double>(total) : nan);
    }
    // Average precision over distinct thresholds, and the AUC by midranks (Mann-Whitney U).
    double ap = 0, rank_sum = 0;
    std::size_t tp = 0, seen = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i, group_pos = 0;
        while (j < n && score[order[j]] == score[order[i]]) group_pos += positive[order[j++]] ? 1 : 0;
        tp += group_pos;
        seen = j;
        if (group_pos && total)
            ap += static_cast<double>(group_pos) / static_cast<double>(total) * static_cast<double>(tp) /
                  static_cast<double>(seen);
        // ascending ranks: the items of this group (descending position i..j-1) hold ranks n-j+1 .. n-i
        const double midrank = (static_cast<double>(n - j + 1) + static_cast<double>(n - i)) / 2;
        rank_sum += midrank * static_cast<double>(group_pos);
        i = j;
    }
    const std::size_t negatives = n - total;
    m.average_precision = total ? ap : nan;
    m.roc_auc = total && negatives ? (rank_sum - static_cast<double>(total) * static_cast<double>(total + 1) / 2) /
                                         (static_cast<double>(total) * static_cast<double>(negatives))
                                   : nan;
    return m;
}

RankingMetrics random_ranking_metrics(std::size_t n, std::size_t positives, std::span<const std::size_t> ks) {
    RankingMetrics m;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double nd = static_cast<double>(n), pd = static_cast<double>(positives);
    for (std::size_t k : ks) {
        m.k.push_back(k);
        m.precision.push_back(n ? pd / nd : nan);
        m.recall.push_back(positives ? static_cast<double>(std::min(k, n)) / nd : nan);
    }
    if (!positives) {
        m.average_precision = m.roc_auc = nan;
        return m;
    }
    double ap = 0;
    for (std::size_t j = 1; j <= n; ++j) {
        const double jd = static_cast<double>(j);
        ap += 1 / jd + (n > 1 ? (pd - 1) / (nd - 1) * (jd - 1) / jd : 0.0);
    }
    m.average_precision = ap / nd;
    m.roc_auc = positives < n ? 0.5 : nan;
    return m;
}

std::string Horizon::str() const {
    if (unit == 'e') return "end";
    return std::to_string(count) + unit;
}

std::optional<Horizon> parse_horizon(std::string_view text, std::string* why) {
    auto fail = [&](const char* reason) -> std::optional<Horizon> {
        if (why) *why = reason;
        return std::nullopt;
    };
    if (text == "end") return Horizon{0, 'e'};
    if (text.size() < 2) return fail("expected a number followed by y, m or d (2y, 18m, 90d), or 'end'");
    const char unit = text.back();
    if (unit != 'y' && unit != 'm' && unit != 'd') return fail("the unit must be y, m or d");
    int count = 0;
    const auto digits = text.substr(0, text.size() - 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (ec != std::errc() || end != digits.data() + digits.size() || count < 1 || count > 100000)
        return fail("the count must be a whole number from 1 to 100000");
    return Horizon{count, unit};
}

std::int32_t horizon_end(std::int32_t from_day, const Horizon& h) {
    if (h.unit == 'e') return INT32_MAX;
    if (h.unit == 'd') return from_day + h.count;
    const CivilDate c = civil_from_days(from_day);
    const int months = h.unit == 'y' ? 12 * h.count : h.count;
    const int total = c.year * 12 + static_cast<int>(c.month) - 1 + months;
    const int year = total / 12, month = total % 12 + 1;
    const unsigned day = std::min<unsigned>(c.day, static_cast<unsigned>(days_in_month(year, month)));
    return days_from_civil(year, static_cast<unsigned>(month), day);
}

std::vector<BacktestRun> backtest(const Graph& g, const BacktestParams& p) {
    if (p.as_of.empty()) throw InvalidArgument("as_of", "must hold at least one date", "none");
    if (p.event_min_rank < 1 || p.event_min_rank > 11)
        throw InvalidArgument("event_min_rank", "must be in 1..11", std::to_string(p.event_min_rank));
    const auto affiliations = g.vocabulary().relation_types.mask(
        {std::string(vocab::member_of), std::string(vocab::supports), std::string(vocab::leads)});
    const auto defendant_in = g.vocabulary().relation_types.find(vocab::defendant_in);
    std::vector<BacktestRun> runs;
    for (const PartialDate& as_of : p.as_of) {
        RiskParams rp = p.risk;
        rp.as_of = as_of;
        const RiskResult r = rank_at_risk(g, rp);
        const std::int32_t from = latest_day(as_of), to = horizon_end(from, p.horizon);
        BacktestRun run;
        run.as_of = as_of;
        if (to != INT32_MAX) {
            const CivilDate c = civil_from_days(to);
            run.until = *parse_date(std::to_string(c.year) + "-" + (c.month < 10 ? "0" : "") + std::to_string(c.month) +
                                    "-" + (c.day < 10 ? "0" : "") + std::to_string(c.day));
        }
        std::vector<NodeId> candidates;
        for (NodeId v = 0; v < g.node_count(); ++v) {
            if (!is_person(g, v)) continue;
            if (r.excluded[v] == RiskExclusion::none || r.excluded[v] == RiskExclusion::no_exposure)
                candidates.push_back(v);
            else if (r.excluded[v] != RiskExclusion::invisible)
                ++run.excluded;
        }
        std::vector<std::int32_t> index(g.node_count(), -1);
        for (std::size_t i = 0; i < candidates.size(); ++i) index[candidates[i]] = static_cast<std::int32_t>(i);
        const std::size_t n = candidates.size();
        std::vector<std::uint8_t> positive(n, 0);
        for (EdgeId e = 0; e < g.edge_count(); ++e) {
            const EdgeData& d = g.edge(e);
            if (d.severity == Severity::none || severity_rank(d.severity) < p.event_min_rank) continue;
            const NodeId t = action_target(g, e);
            if (index[t] < 0 || !is_action_against(g, e, t)) continue;
            const PartialDate when = edge_moment(g, e, true);
            if (when.empty()) continue;
            const std::int32_t day = earliest_day(when);
            if (day > from && day <= to) positive[static_cast<std::size_t>(index[t])] = 1;
        }
        for (std::size_t i = 0; i < n; ++i)
            if (positive[i]) run.positives.push_back(candidates[i]);
        run.candidates = n;
        run.events = run.positives.size();

        // Baselines, from the visible world only.
        std::vector<bool> banned(g.node_count(), false), charged(g.node_count(), false);
        for (const RiskHit& h : r.hits) {
            if (h.kind == RiskHitKind::ban) banned[h.node] = true;
            if (h.kind != RiskHitKind::ban && h.rank >= p.event_min_rank) charged[h.node] = true;
        }
        std::vector<double> model(n), degree(n), banned_group(n), co_defendant(n);
        for (std::size_t i = 0; i < n; ++i) {
            const NodeId v = candidates[i];
            model[i] = r.score[v];
            double deg = 0, in_banned = 0, co = 0;
            std::vector<NodeId> cases;
            for (EdgeId e : g.out_edges(v)) {
                if (!r.edge_visible[e]) continue;
                deg += 1;
                const EdgeData& d = g.edge(e);
                if (affiliations[d.type] && banned[d.target]) in_banned = 1;
                if (defendant_in && d.type == *defendant_in) cases.push_back(d.target);
            }
            for (EdgeId e : g.in_edges(v))
                if (r.edge_visible[e] && g.edge(e).source != v) deg += 1;
            std::vector<NodeId> co_defendants;
            for (NodeId k : cases)
                for (EdgeId e : g.in_edges(k))
                    if (r.edge_visible[e] && g.edge(e).type == *defendant_in && g.edge(e).source != v &&
                        charged[g.edge(e).source])
                        co_defendants.push_back(g.edge(e).source);
            std::sort(co_defendants.begin(), co_defendants.end());
            co = static_cast<double>(std::unique(co_defendants.begin(), co_defendants.end()) - co_defendants.begin());
            degree[i] = deg;
            banned_group[i] = in_banned;
            co_defendant[i] = co;
        }
        run.methods.push_back({"model", ranking_metrics(model, positive, p.ks)});
        run.methods.push_back({"degree", ranking_metrics(degree, positive, p.ks)});
        run.methods.push_back({"banned group", ranking_metrics(banned_group, positive, p.ks)});
        run.methods.push_back({"co-defendant", ranking_metrics(co_defendant, positive, p.ks)});
        run.methods.push_back({"random (expected)", random_ranking_metrics(n, run.events, p.ks)});
        runs.push_back(std::move(run));
    }
    return runs;
}

}  // namespace repnet

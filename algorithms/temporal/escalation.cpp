#include "algorithms/temporal/escalation.hpp"

#include <algorithm>
#include <climits>
#include <deque>
#include <string>

#include "algorithms/temporal/temporal_order.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

struct Arc {
    NodeId from = 0, to = 0;
    EdgeId edge = 0;
    bool forward = true;
};

struct StateInfo {
    bool reached = false;
    PartialDate date;
    std::uint32_t pred_state = kNone;
    EdgeId pred_edge = 0;
    bool pred_forward = true;
};

// Arcs grouped by their tail, in (tail, edge id, direction) order.
struct ArcIndex {
    std::vector<Arc> arcs;
    std::vector<std::uint64_t> offsets;  // node_count + 1; empty = no arcs

    void sort() {
        std::sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) {
            if (a.from != b.from) return a.from < b.from;
            if (a.edge != b.edge) return a.edge < b.edge;
            return a.forward > b.forward;
        });
    }
    // With offsets: O(1) lookups, O(V) memory. Without (one date's few arcs): binary search.
    void build(std::size_t node_count) {
        sort();
        offsets.assign(node_count + 1, 0);
        for (const Arc& a : arcs) ++offsets[a.from + 1];
        for (std::size_t i = 0; i < node_count; ++i) offsets[i + 1] += offsets[i];
    }
    std::pair<std::size_t, std::size_t> range(NodeId v) const {
        if (!offsets.empty()) return {offsets[v], offsets[v + 1]};
        const auto lo =
            std::lower_bound(arcs.begin(), arcs.end(), v, [](const Arc& a, NodeId x) { return a.from < x; });
        const auto hi = std::upper_bound(lo, arcs.end(), v, [](NodeId x, const Arc& a) { return x < a.from; });
        return {static_cast<std::size_t>(lo - arcs.begin()), static_cast<std::size_t>(hi - arcs.begin())};
    }
};

void add_arcs(std::vector<Arc>& arcs, const EdgeData& d, EdgeId e, bool directed) {
    arcs.push_back({d.source, d.target, e, true});
    if (!directed && d.source != d.target) arcs.push_back({d.target, d.source, e, false});
}

}  // namespace

EscalationResult earliest_arrival(const Graph& g, const std::vector<NodeId>& starts, const EscalationParams& params) {
    if (starts.empty()) throw InvalidArgument("starts", "must name at least one node", "none");
    for (NodeId s : starts)
        if (s >= g.node_count())
            throw InvalidArgument("starts", "must be nodes of the graph (" + std::to_string(g.node_count()) + " nodes)",
                                  std::to_string(s));

    const std::size_t n = g.node_count();
    const std::uint32_t levels = params.non_decreasing_severity ? 12 : 1;
    std::vector<StateInfo> state(n * levels);

    // Undated arcs, indexed by tail; dated edges sorted by (date, id).
    ArcIndex undated;
    std::vector<std::pair<std::int32_t, EdgeId>> dated;
    std::vector<PartialDate> moment(g.edge_count());
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        const PartialDate when = moment[e] = edge_moment(g, e, params.case_dates);
        if (!when.empty())
            dated.emplace_back(when.sort_key(), e);
        else if (!params.dated_only)
            add_arcs(undated.arcs, d, e, params.directed);
    }
    undated.build(n);
    std::sort(dated.begin(), dated.end());

    // The state reached by walking `arc` from state index s, or kNone if the severity rule forbids it.
    auto step = [&](std::uint32_t s, const Arc& arc) -> std::uint32_t {
        std::uint32_t level = s % levels;
        if (params.non_decreasing_severity && g.edge(arc.edge).severity != Severity::none) {
            const auto rank = static_cast<std::uint32_t>(severity_rank(g.edge(arc.edge).severity));
            if (rank < level) return kNone;
            level = rank;
        }
        return static_cast<std::uint32_t>(arc.to) * levels + level;
    };

    std::deque<std::uint32_t> queue;
    auto reach = [&](std::uint32_t s, const PartialDate& date, std::uint32_t pred, const Arc* arc) {
        StateInfo& info = state[s];
        if (info.reached) return;
        info.reached = true;
        info.date = date;
        info.pred_state = pred;
        if (arc) info.pred_edge = arc->edge, info.pred_forward = arc->forward;
        queue.push_back(s);
    };

    // Closes the queue over undated arcs and the arcs of the current date.
    ArcIndex today;
    auto close = [&]() {
        while (!queue.empty()) {
            const std::uint32_t s = queue.front();
            queue.pop_front();
            const NodeId v = s / levels;
            for (const ArcIndex* index : {&today, &undated}) {
                const auto [lo, hi] = index->range(v);
                for (std::size_t i = lo; i < hi; ++i) {
                    const Arc& arc = index->arcs[i];
                    const std::uint32_t t = step(s, arc);
                    // Undated arcs keep the arrival date; today's arcs arrive today.
                    if (t != kNone) reach(t, index == &today ? moment[arc.edge] : state[s].date, s, &arc);
                }
            }
        }
    };

    for (NodeId s : starts) reach(s * levels, PartialDate{}, kNone, nullptr);
    close();

    for (std::size_t i = 0; i < dated.size();) {
        std::size_t j = i;
        today.arcs.clear();
        for (; j < dated.size() && dated[j].first == dated[i].first; ++j)
            add_arcs(today.arcs, g.edge(dated[j].second), dated[j].second, params.directed);
        today.sort();
        const PartialDate date = moment[dated[i].second];
        // Every state reached so far may wait until today and leave.
        for (const Arc& arc : today.arcs)
            for (std::uint32_t l = 0; l < levels; ++l) {
                const std::uint32_t s = static_cast<std::uint32_t>(arc.from) * levels + l;
                if (!state[s].reached) continue;
                const std::uint32_t t = step(s, arc);
                if (t != kNone) reach(t, date, s, &arc);
            }
        close();
        i = j;
    }

    EscalationResult r;
    r.starts = starts;
    r.params = params;
    r.arrival.resize(n);
    for (NodeId v = 0; v < n; ++v) {
        std::uint32_t best = kNone;
        for (std::uint32_t l = 0; l < levels; ++l) {
            const StateInfo& info = state[v * levels + l];
            if (!info.reached) continue;
            if (best == kNone) {
                best = v * levels + l;
                continue;
            }
            const PartialDate& b = state[best].date;
            // An empty date (reached before any dated step) is the earliest.
            const bool earlier = b.empty() ? false : (info.date.empty() || info.date.sort_key() < b.sort_key());
            if (earlier) best = v * levels + l;
        }
        if (best == kNone) continue;
        Arrival& a = r.arrival[v];
        a.reached = true;
        a.date = state[best].date;
        for (std::uint32_t s = best; state[s].pred_state != kNone; s = state[s].pred_state) {
            const EdgeData& d = g.edge(state[s].pred_edge);
            const bool fwd = state[s].pred_forward;
            a.path.push_back({state[s].pred_edge, moment[state[s].pred_edge], fwd ? d.source : d.target,
                              fwd ? d.target : d.source, fwd});
        }
        std::reverse(a.path.begin(), a.path.end());
        ++r.reached;
    }
    return r;
}

}  // namespace repnet

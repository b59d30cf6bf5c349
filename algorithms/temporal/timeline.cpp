#include "algorithms/temporal/timeline.hpp"

#include <algorithm>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/temporal_order.hpp"

namespace repnet {
namespace {

PersonTimeline build(const Graph& g, NodeId person, std::vector<EdgeId> edges) {
    PersonTimeline t;
    t.person = person;
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (EdgeId e : edges) {
        if (!is_action_against(g, e, person)) continue;
        const EdgeData& d = g.edge(e);
        TimelineEvent ev;
        ev.edge = e;
        ev.actor = action_actor(g, e);
        ev.date = anchor_date(d.when);
        ev.severity = d.severity;
        ev.rank = severity_rank(d.severity);
        ev.de_escalation = is_de_escalation(d.severity);
        if (ev.de_escalation) ++t.de_escalations;
        if (severity_rank(ev.severity) > severity_rank(t.peak)) t.peak = ev.severity;
        (ev.date.empty() ? t.undated : t.events).push_back(ev);
    }
    std::stable_sort(t.events.begin(), t.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        return a.date.sort_key() < b.date.sort_key();
    });
    int level = 0;
    for (std::size_t i = 0; i < t.events.size();) {
        std::size_t j = i;
        int top = 0;
        bool drop = false;
        std::size_t top_at = i;
        for (; j < t.events.size() && t.events[j].date == t.events[i].date; ++j) {
            drop = drop || t.events[j].de_escalation;
            if (t.events[j].rank > top) top = t.events[j].rank, top_at = j;
        }
        if (drop) level = 0;
        if (top > level) {
            level = top;
            t.events[top_at].escalation = true;
            ++t.escalation_steps;
        }
        for (std::size_t k = i; k < j; ++k) t.events[k].level_after = level;
        i = j;
    }
    if (!t.events.empty()) {
        t.first_action = t.events.front().date;
        t.last_action = t.events.back().date;
    }
    if (t.peak != Severity::none) {
        const int peak_rank = severity_rank(t.peak);
        for (const auto& ev : t.events)
            if (ev.rank == peak_rank) {
                t.peak_date = ev.date;
                t.days_to_peak = earliest_day(ev.date) - earliest_day(t.first_action);
                break;
            }
    }
    return t;
}

}  // namespace

PersonTimeline person_timeline(const Graph& g, NodeId person) {
    const auto in = g.in_edges(person), out = g.out_edges(person);
    std::vector<EdgeId> edges(in.begin(), in.end());
    edges.insert(edges.end(), out.begin(), out.end());
    return build(g, person, std::move(edges));
}

std::vector<PersonTimeline> all_timelines(const Graph& g) {
    std::vector<std::vector<EdgeId>> incident(g.node_count());
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        incident[g.edge(e).source].push_back(e);
        incident[g.edge(e).target].push_back(e);
    }
    std::vector<PersonTimeline> out;
    out.reserve(g.node_count());
    for (NodeId v = 0; v < g.node_count(); ++v) out.push_back(build(g, v, std::move(incident[v])));
    return out;
}

}  // namespace repnet

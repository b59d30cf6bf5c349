#include "algorithms/temporal/timeline.hpp"

#include <algorithm>
#include <tuple>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/temporal_order.hpp"

namespace repnet {
namespace {

// The dates of an edge as day intervals, for "same date" comparisons across precisions written alike.
bool same_dates(const DateRange& a, const DateRange& b) {
    auto interval = [](const PartialDate& d) { return d.empty() ? DayInterval{1, 0} : day_interval(d); };
    return interval(a.start) == interval(b.start) && interval(a.end) == interval(b.end);
}

void order_and_escalate(PersonTimeline& t) {
    std::sort(t.events.begin(), t.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        return std::tie(a.interval.first, a.interval.last, a.edge) <
               std::tie(b.interval.first, b.interval.last, b.edge);
    });
    int level = 0;
    std::size_t period = 0;
    for (std::size_t i = 0; i < t.events.size(); ++period) {
        std::size_t j = i;
        std::int32_t last = t.events[i].interval.last;
        int top = 0;
        bool drop = false;
        std::size_t top_at = i;
        for (; j < t.events.size() && (j == i || t.events[j].interval.first <= last); ++j) {
            last = std::max(last, t.events[j].interval.last);
            drop = drop || t.events[j].de_escalation;
            if (t.events[j].rank > top) top = t.events[j].rank, top_at = j;
        }
        if (drop) level = 0;
        if (top > level) {
            level = top;
            t.events[top_at].escalation = true;
            ++t.escalation_steps;
        }
        for (std::size_t k = i; k < j; ++k) {
            t.events[k].level_after = level;
            t.events[k].period = period;
            t.events[k].order_unknown = j - i > 1;
        }
        i = j;
    }
}

PersonTimeline build(const Graph& g, NodeId person, std::vector<EdgeId> edges, const TimelineParams& params) {
    PersonTimeline t;
    t.person = person;
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (EdgeId e : edges) {
        if (!is_action_against(g, e, person) || is_defendant_edge(g, e)) continue;
        const EdgeData& d = g.edge(e);
        TimelineEvent ev;
        ev.edge = e;
        ev.actor = action_actor(g, e);
        ev.date = anchor_date(d.when);
        if (!ev.date.empty()) ev.interval = day_interval(ev.date);
        ev.severity = d.severity;
        ev.rank = severity_rank(d.severity);
        ev.de_escalation = is_de_escalation(d.severity);
        auto& list = ev.date.empty() ? t.undated : t.events;
        if (params.merge_same_event) {
            const NodeId family = actor_family(g, e);
            auto same = std::find_if(list.begin(), list.end(), [&](const TimelineEvent& x) {
                const EdgeData& o = g.edge(x.edge);
                return o.type == d.type && same_dates(o.when, d.when) && actor_family(g, x.edge) == family;
            });
            if (same != list.end()) {
                same->same_event.push_back(e);
                continue;
            }
        }
        if (ev.de_escalation) ++t.de_escalations;
        if (severity_rank(ev.severity) > severity_rank(t.peak)) t.peak = ev.severity;
        list.push_back(ev);
    }
    order_and_escalate(t);
    if (!t.events.empty()) {
        t.first_action = t.events.front().date;
        t.last_action = t.events.back().date;
    }
    if (t.peak != Severity::none) {
        const int peak_rank = severity_rank(t.peak);
        for (const auto& ev : t.events)
            if (ev.rank == peak_rank) {
                t.peak_date = ev.date;
                // No number when the first action's order is unknown (it shares its period).
                if (t.events.front().order_unknown)
                    break;
                else if (&ev == &t.events.front())
                    t.days_to_peak = 0;
                else
                    t.days_to_peak = days_between(t.first_action, ev.date);
                break;
            }
    }
    return t;
}

}  // namespace

std::vector<Evidence> timeline_citations(const Graph& g, const TimelineEvent& row) {
    std::vector<Evidence> out;
    auto add = [&](EdgeId e) {
        for (const Evidence& c : g.edge(e).evidence)
            if (std::none_of(out.begin(), out.end(), [&](const Evidence& x) {
                    return x.source == c.source && x.locator == c.locator && x.note == c.note;
                }))
                out.push_back(c);
    };
    add(row.edge);
    for (EdgeId e : row.same_event) add(e);
    return out;
}

PersonTimeline person_timeline(const Graph& g, NodeId person, const TimelineParams& params) {
    const auto in = g.in_edges(person), out = g.out_edges(person);
    std::vector<EdgeId> edges(in.begin(), in.end());
    edges.insert(edges.end(), out.begin(), out.end());
    return build(g, person, std::move(edges), params);
}

std::vector<PersonTimeline> all_timelines(const Graph& g, const TimelineParams& params) {
    std::vector<std::vector<EdgeId>> incident(g.node_count());
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        incident[g.edge(e).source].push_back(e);
        incident[g.edge(e).target].push_back(e);
    }
    std::vector<PersonTimeline> out;
    out.reserve(g.node_count());
    for (NodeId v = 0; v < g.node_count(); ++v) out.push_back(build(g, v, std::move(incident[v]), params));
    return out;
}

}  // namespace repnet

#pragma once
// The check of issue 11's "Done when": in every person's timeline, no two rows describe the
// same event, i.e. share the relation type, the date interval (day intervals of the start and
// the end; undated rows compare as undated) and the actor family (algorithms/common/action.hpp:
// the proceeding if known, else the actor). Runs on any dataset; a test turns it on for one.
#include <sstream>
#include <string>
#include <vector>

#include "algorithms/common/action.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "engine/graph.hpp"

namespace repnet::test {

struct TimelineDuplicate {
    NodeId person = 0;
    EdgeId first = 0, second = 0;  // two rows of the person's timeline
};

// Every pair of rows sharing type, date interval and actor family, over the timelines of all
// entities of type person, built with `params` (by default without the timeline's own
// same-event merging, so the check sees the data as it is). O(sum of rows^2) per person.
inline std::vector<TimelineDuplicate> timeline_duplicates(const Graph& g,
                                                          TimelineParams params = TimelineParams{false}) {
    std::vector<TimelineDuplicate> out;
    auto interval = [](const PartialDate& d) { return d.empty() ? DayInterval{1, 0} : day_interval(d); };
    auto same = [&](EdgeId a, EdgeId b) {
        const EdgeData& x = g.edge(a);
        const EdgeData& y = g.edge(b);
        return x.type == y.type && interval(x.when.start) == interval(y.when.start) &&
               interval(x.when.end) == interval(y.when.end) && actor_family(g, a) == actor_family(g, b);
    };
    for (NodeId v = 0; v < g.node_count(); ++v) {
        if (g.node_type_name(v) != "person") continue;
        const PersonTimeline t = person_timeline(g, v, params);
        std::vector<EdgeId> rows;
        for (const auto& ev : t.events) rows.push_back(ev.edge);
        for (const auto& ev : t.undated) rows.push_back(ev.edge);
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::size_t j = i + 1; j < rows.size(); ++j)
                if (same(rows[i], rows[j])) out.push_back({v, rows[i], rows[j]});
    }
    return out;
}

// One line per duplicate, for a test's failure message.
inline std::string describe(const Graph& g, const std::vector<TimelineDuplicate>& list) {
    std::ostringstream out;
    for (const auto& d : list)
        out << g.str(g.node(d.person).name) << ": '" << g.str(g.edge(d.first).id) << "' and '"
            << g.str(g.edge(d.second).id) << "' (" << g.edge_type_name(d.first) << " " << g.edge(d.first).when.str()
            << ", actor family '" << g.str(g.node(actor_family(g, d.first)).id) << "')\n";
    return out.str();
}

}  // namespace repnet::test

#include "algorithms/temporal/temporal_order.hpp"

#include "algorithms/common/action.hpp"

namespace repnet {

PartialDate anchor_date(const DateRange& when) {
    return when.start.empty() ? when.end : when.start;
}

PartialDate edge_moment(const Graph& g, EdgeId e, bool case_dates) {
    const EdgeData& d = g.edge(e);
    PartialDate when = anchor_date(d.when);
    if (!when.empty() || !case_dates) return when;
    for (NodeId end : {d.source, d.target}) {
        const auto& p = g.node(end).prosecution;
        if (!p) continue;
        if (!p->opened.empty()) return p->opened;
        if (!p->decided.empty()) return p->decided;
    }
    return when;
}

bool is_de_escalation(Severity s) {
    switch (s) {
        case Severity::release:
        case Severity::acquittal:
        case Severity::case_closed:
        case Severity::amnesty:
        case Severity::parole:
            return true;
        default:
            return false;
    }
}

bool is_action_against(const Graph& g, EdgeId e, NodeId person) {
    const EdgeData& d = g.edge(e);
    if (d.severity == Severity::none || action_target(g, e) != person) return false;
    return is_defendant_edge(g, e) || d.source != person;  // a self-loop is no action against oneself
}

}  // namespace repnet

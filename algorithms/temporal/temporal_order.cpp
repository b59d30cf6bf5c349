#include "algorithms/temporal/temporal_order.hpp"

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

std::int32_t earliest_day(const PartialDate& date) {
    // Howard Hinnant's days_from_civil.
    const int m = date.month == 0 ? 1 : date.month;
    const int d = date.day == 0 ? 1 : date.day;
    const int y = date.year - (m <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
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
    if (d.severity == Severity::none) return false;
    if (g.edge_type_name(e) == "defendant_in") return d.source == person;
    return d.target == person && d.source != person;
}

}  // namespace repnet

#include "exports/timeline_csv.hpp"

#include "algorithms/common/action.hpp"
#include "engine/evidence_text.hpp"
#include "exports/csv.hpp"

namespace repnet {

void write_timeline_csv(std::ostream& out, const Graph& g, const PersonTimeline& t) {
    out << "person_id,person,date,first_day,last_day,period,order_unknown,relation,severity,rank,terms,actor_id,"
           "actor,prosecution_id,escalation,de_escalation,level_after,edge_ids,citations,notes\n";
    const NodeData& person = g.node(t.person);
    auto row = [&](const TimelineEvent& ev) {
        const EdgeData& d = g.edge(ev.edge);
        const bool dated = !ev.date.empty();
        std::string ids = g.str(d.id);
        for (EdgeId x : ev.same_event) ids += " " + g.str(g.edge(x).id);
        const std::vector<Evidence> citations = timeline_citations(g, ev);
        out << csv_text(g.str(person.id)) << ',' << csv_text(g.str(person.name)) << ',' << csv_text(d.when.str()) << ','
            << (dated ? first_day(ev.date).str() : "") << ',' << (dated ? last_day(ev.date).str() : "") << ','
            << (dated ? std::to_string(ev.period) : "") << ',' << (dated && ev.order_unknown ? "true" : "false") << ','
            << csv_text(g.edge_type_name(ev.edge)) << ',' << csv_text(severity_name(ev.severity)) << ',' << ev.rank
            << ',' << csv_text(action_terms(g, ev.edge)) << ',' << csv_text(g.str(g.node(ev.actor).id)) << ','
            << csv_text(g.str(g.node(ev.actor).name)) << ','
            << (d.prosecution ? csv_text(g.str(g.node(*d.prosecution).id)) : "") << ','
            << (ev.escalation ? "true" : "false") << ',' << (ev.de_escalation ? "true" : "false") << ','
            << ev.level_after << ',' << csv_text(ids) << ',' << csv_text(provenance_text(g, citations)) << ','
            << csv_text(evidence_notes_text(g, citations)) << "\n";
    };
    for (const auto& ev : t.events) row(ev);
    for (const auto& ev : t.undated) row(ev);
}

}  // namespace repnet

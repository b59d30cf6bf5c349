#include "exports/temporal_json.hpp"

#include <algorithm>

#include "algorithms/common/action.hpp"
#include "engine/evidence_text.hpp"
#include "exports/attribute_table.hpp"

namespace repnet {
namespace {

rapidjson::Value text(const std::string& s, JsonAlloc& a) {
    return rapidjson::Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
}

rapidjson::Value date_or_null(const PartialDate& d, JsonAlloc& a) {
    return d.empty() ? rapidjson::Value(rapidjson::kNullType) : text(d.str(), a);
}

}  // namespace

rapidjson::Value node_ref_json(const Graph& g, NodeId v, JsonAlloc& a) {
    rapidjson::Value o(rapidjson::kObjectType);
    o.AddMember("id", text(g.str(g.node(v).id), a), a);
    o.AddMember("name", text(g.str(g.node(v).name), a), a);
    o.AddMember("type", text(g.node_type_name(v), a), a);
    return o;
}

rapidjson::Value edge_json(const Graph& g, EdgeId e, JsonAlloc& a) {
    const EdgeData& d = g.edge(e);
    rapidjson::Value o(rapidjson::kObjectType);
    o.AddMember("id", text(g.str(d.id), a), a);
    o.AddMember("relation", text(g.edge_type_name(e), a), a);
    o.AddMember("source", text(g.str(g.node(d.source).id), a), a);
    o.AddMember("target", text(g.str(g.node(d.target).id), a), a);
    o.AddMember("date", d.when.empty() ? rapidjson::Value(rapidjson::kNullType) : text(d.when.str(), a), a);
    o.AddMember("severity",
                d.severity == Severity::none ? rapidjson::Value(rapidjson::kNullType)
                                             : text(std::string(severity_name(d.severity)), a),
                a);
    o.AddMember("severity_rank", severity_rank(d.severity), a);
    o.AddMember("sources", text(provenance_text(g, d.evidence), a), a);
    o.AddMember("notes", text(evidence_notes_text(g, d.evidence), a), a);
    return o;
}

rapidjson::Value timeline_json(const Graph& g, const PersonTimeline& t, JsonAlloc& a) {
    rapidjson::Value o(rapidjson::kObjectType);
    o.AddMember("person", node_ref_json(g, t.person, a), a);
    auto events = [&](const std::vector<TimelineEvent>& list) {
        rapidjson::Value arr(rapidjson::kArrayType);
        for (const auto& ev : list) {
            rapidjson::Value e(rapidjson::kObjectType);
            e.AddMember("date", date_or_null(ev.date, a), a);
            if (ev.date.empty()) {
                e.AddMember("first_day", rapidjson::Value(rapidjson::kNullType), a);
                e.AddMember("last_day", rapidjson::Value(rapidjson::kNullType), a);
            } else {
                e.AddMember("first_day", text(first_day(ev.date).str(), a), a);
                e.AddMember("last_day", text(last_day(ev.date).str(), a), a);
                e.AddMember("period", static_cast<std::uint64_t>(ev.period), a);
                e.AddMember("order_unknown", ev.order_unknown, a);
            }
            e.AddMember("relation", text(g.edge_type_name(ev.edge), a), a);
            e.AddMember("severity", text(std::string(severity_name(ev.severity)), a), a);
            e.AddMember("rank", ev.rank, a);
            e.AddMember("terms", text(action_terms(g, ev.edge), a), a);
            e.AddMember("escalation", ev.escalation, a);
            e.AddMember("de_escalation", ev.de_escalation, a);
            e.AddMember("level_after", ev.level_after, a);
            e.AddMember("actor", node_ref_json(g, ev.actor, a), a);
            const auto& pros = g.edge(ev.edge).prosecution;
            e.AddMember("prosecution", pros ? node_ref_json(g, *pros, a) : rapidjson::Value(rapidjson::kNullType), a);
            e.AddMember("edge", edge_json(g, ev.edge, a), a);
            rapidjson::Value same(rapidjson::kArrayType);
            for (EdgeId x : ev.same_event) same.PushBack(edge_json(g, x, a), a);
            e.AddMember("same_event", same, a);
            rapidjson::Value citations(rapidjson::kArrayType);
            for (const Evidence& c : timeline_citations(g, ev)) {
                rapidjson::Value item(rapidjson::kObjectType);
                item.AddMember("source", text(g.str(g.sources()[c.source].id), a), a);
                item.AddMember("locator", text(g.str(c.locator), a), a);
                item.AddMember(
                    "note", c.note == kNoString ? rapidjson::Value(rapidjson::kNullType) : text(g.str(c.note), a), a);
                citations.PushBack(item, a);
            }
            e.AddMember("citations", citations, a);
            arr.PushBack(e, a);
        }
        return arr;
    };
    o.AddMember("first_action", date_or_null(t.first_action, a), a);
    o.AddMember("last_action", date_or_null(t.last_action, a), a);
    o.AddMember(
        "peak_severity",
        t.peak == Severity::none ? rapidjson::Value(rapidjson::kNullType) : text(std::string(severity_name(t.peak)), a),
        a);
    o.AddMember("peak_rank", severity_rank(t.peak), a);
    o.AddMember("peak_date", date_or_null(t.peak_date, a), a);
    o.AddMember("days_to_peak",
                t.days_to_peak ? rapidjson::Value(*t.days_to_peak) : rapidjson::Value(rapidjson::kNullType), a);
    o.AddMember("escalation_steps", t.escalation_steps, a);
    o.AddMember("de_escalations", t.de_escalations, a);
    o.AddMember("events", events(t.events), a);
    o.AddMember("undated", events(t.undated), a);
    return o;
}

std::vector<NodeId> arrival_order(const EscalationResult& r, const std::vector<NodeId>& targets) {
    std::vector<NodeId> order;
    if (targets.empty()) {
        for (NodeId v = 0; v < r.arrival.size(); ++v)
            if (r.arrival[v].reached) order.push_back(v);
    } else {
        order = targets;
    }
    auto key = [&](NodeId v) { return r.arrival[v].date.empty() ? INT32_MIN : r.arrival[v].date.sort_key(); };
    std::stable_sort(order.begin(), order.end(),
                     [&](NodeId x, NodeId y) { return key(x) != key(y) ? key(x) < key(y) : x < y; });
    return order;
}

rapidjson::Value escalation_json(const Graph& g, const EscalationResult& r, const std::vector<NodeId>& targets,
                                 JsonAlloc& a) {
    rapidjson::Value o(rapidjson::kObjectType);
    rapidjson::Value starts(rapidjson::kArrayType);
    for (NodeId s : r.starts) starts.PushBack(node_ref_json(g, s, a), a);
    o.AddMember("from", starts, a);
    rapidjson::Value params(rapidjson::kObjectType);
    params.AddMember("dated_only", r.params.dated_only, a);
    params.AddMember("non_decreasing_severity", r.params.non_decreasing_severity, a);
    params.AddMember("directed", r.params.directed, a);
    params.AddMember("case_dates", r.params.case_dates, a);
    o.AddMember("params", params, a);
    o.AddMember("reached", static_cast<std::uint64_t>(r.reached), a);
    rapidjson::Value arrivals(rapidjson::kArrayType);
    for (NodeId v : arrival_order(r, targets)) {
        const Arrival& arr = r.arrival[v];
        rapidjson::Value x(rapidjson::kObjectType);
        x.AddMember("node", node_ref_json(g, v, a), a);
        x.AddMember("reached", arr.reached, a);
        x.AddMember("arrival", date_or_null(arr.date, a), a);
        rapidjson::Value path(rapidjson::kArrayType);
        for (const auto& s : arr.path) {
            rapidjson::Value step = edge_json(g, s.edge, a);
            step.AddMember("moment", date_or_null(s.moment, a), a);
            step.AddMember("moment_from_case", g.edge(s.edge).when.empty() && !s.moment.empty(), a);
            step.AddMember("walked", text(s.forward ? "forward" : "backward", a), a);
            step.AddMember("from", text(g.str(g.node(s.from).id), a), a);
            step.AddMember("to", text(g.str(g.node(s.to).id), a), a);
            path.PushBack(step, a);
        }
        x.AddMember("path", path, a);
        arrivals.PushBack(x, a);
    }
    o.AddMember("arrivals", arrivals, a);
    return o;
}

rapidjson::Value risk_json(const Graph& g, const RiskResult& r, std::size_t top, JsonAlloc& a, RiskSections sections) {
    rapidjson::Value o(rapidjson::kObjectType);
    rapidjson::Value model(rapidjson::kObjectType);
    const RiskParams& p = r.params;
    model.AddMember("method",
                    "personalised PageRank seeded from bans, recent actions ranked >= seed_min_rank "
                    "and (weighted by record_weight) lower-ranked actions; docs/algorithms.md",
                    a);
    model.AddMember("damping", p.damping, a);
    model.AddMember("tolerance", p.tolerance, a);
    model.AddMember("max_iterations", p.max_iterations, a);
    model.AddMember("seed_min_rank", p.seed_min_rank, a);
    model.AddMember("at_risk_max_rank", p.at_risk_max_rank, a);
    model.AddMember("half_life_years", p.half_life_years, a);
    model.AddMember("undated_weight", p.undated_weight, a);
    model.AddMember("record_weight", p.record_weight, a);
    model.AddMember("as_of", date_or_null(r.as_of, a), a);
    model.AddMember("publication_rule", r.publication_rule, a);
    o.AddMember("model", model, a);
    o.AddMember("iterations", r.iterations, a);
    o.AddMember("converged", r.converged, a);
    o.AddMember("residual", r.residual, a);
    o.AddMember("seeds", static_cast<std::uint64_t>(r.hits.size()), a);
    auto hits_json = [&](const std::vector<RiskHit>& hits) {
        rapidjson::Value arr(rapidjson::kArrayType);
        for (const auto& h : hits) {
            rapidjson::Value x = h.edge != kNoEdge ? edge_json(g, h.edge, a) : rapidjson::Value(rapidjson::kObjectType);
            if (h.edge == kNoEdge) {
                x.AddMember("relation", "banned", a);
                x.AddMember("target", text(g.str(g.node(h.node).id), a), a);
                x.AddMember("date", date_or_null(h.when, a), a);
                if (h.by) x.AddMember("by", text(g.str(g.node(*h.by).id), a), a);
            }
            x.AddMember("hit_weight", h.weight, a);
            arr.PushBack(x, a);
        }
        return arr;
    };
    auto section_json = [&](bool people) {
        const RiskSection s = risk_section(g, r, people);
        rapidjson::Value sec(rapidjson::kObjectType);
        sec.AddMember("candidates", static_cast<std::uint64_t>(s.candidates), a);
        sec.AddMember("ranked", static_cast<std::uint64_t>(s.entries.size()), a);
        sec.AddMember("without_exposure", static_cast<std::uint64_t>(s.without_exposure), a);
        rapidjson::Value excluded(rapidjson::kObjectType);
        excluded.AddMember("banned", static_cast<std::uint64_t>(s.banned), a);
        excluded.AddMember("imprisoned", static_cast<std::uint64_t>(s.imprisoned), a);
        excluded.AddMember("action_above_threshold", static_cast<std::uint64_t>(s.hit_hard), a);
        sec.AddMember("excluded", excluded, a);
        rapidjson::Value ranking(rapidjson::kArrayType);
        for (std::size_t i = 0; i < std::min(top, s.entries.size()); ++i) {
            const RiskEntry& e = *s.entries[i];
            rapidjson::Value x(rapidjson::kObjectType);
            x.AddMember("rank", static_cast<std::uint64_t>(i + 1), a);
            x.AddMember("node", node_ref_json(g, e.node, a), a);
            x.AddMember("explanation", text(risk_sentence(g, r, e), a), a);
            x.AddMember("percentile", e.percentile, a);
            x.AddMember("score", e.score, a);
            x.AddMember("max_action_rank", e.max_rank, a);
            rapidjson::Value because(rapidjson::kArrayType);
            for (const auto& f : e.because) {
                rapidjson::Value y(rapidjson::kObjectType);
                y.AddMember("neighbour", node_ref_json(g, f.neighbour, a), a);
                y.AddMember("flow", f.flow, a);
                y.AddMember("share", e.score > 0 ? f.flow / e.score : 0.0, a);
                rapidjson::Value ties(rapidjson::kArrayType);
                for (EdgeId t : f.ties) ties.PushBack(edge_json(g, t, a), a);
                y.AddMember("ties", ties, a);
                y.AddMember("via", f.via ? node_ref_json(g, *f.via, a) : rapidjson::Value(rapidjson::kNullType), a);
                y.AddMember("hits", hits_json(f.hits), a);
                because.PushBack(y, a);
            }
            x.AddMember("because", because, a);
            ranking.PushBack(x, a);
        }
        sec.AddMember("ranking", ranking, a);
        return sec;
    };
    if (sections != RiskSections::groups) o.AddMember("people", section_json(true), a);
    if (sections != RiskSections::people) o.AddMember("groups", section_json(false), a);
    return o;
}

namespace {

template <typename Build>
rapidjson::Document document(Build&& build) {
    rapidjson::Document doc(rapidjson::kObjectType);
    rapidjson::Value v = build(doc.GetAllocator());
    static_cast<rapidjson::Value&>(doc) = v;  // moves v's content into the document
    return doc;
}

}  // namespace

rapidjson::Document timeline_document(const Graph& g, const PersonTimeline& t) {
    return document([&](JsonAlloc& a) { return timeline_json(g, t, a); });
}

rapidjson::Document escalation_document(const Graph& g, const EscalationResult& r, const std::vector<NodeId>& targets) {
    return document([&](JsonAlloc& a) { return escalation_json(g, r, targets, a); });
}

rapidjson::Document risk_document(const Graph& g, const RiskResult& r, std::size_t top, RiskSections sections) {
    return document([&](JsonAlloc& a) { return risk_json(g, r, top, a, sections); });
}

}  // namespace repnet

// risk_sentence: the at-risk entry explained in words, from the visible evidence.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "algorithms/risk/at_risk.hpp"
#include "engine/severity.hpp"

namespace repnet {
namespace {

// Concatenation by append: GCC 12's -Wrestrict misfires on "literal" + std::string.
template <typename... Parts>
std::string cat(const Parts&... parts) {
    std::string s;
    (s.append(parts), ...);
    return s;
}

std::string spaced(std::string s) {
    std::replace(s.begin(), s.end(), '_', ' ');
    return s;
}

std::string cite(const Graph& g, const std::vector<Evidence>& evidence) {
    if (evidence.empty()) return {};
    const Evidence& ev = evidence.front();
    std::string s = ev.source < g.sources().size() ? g.str(g.sources()[ev.source].id) : std::string("?");
    if (ev.locator != kNoString && !g.str(ev.locator).empty()) (s += ' ') += g.str(ev.locator);
    return s;
}

std::string tie_phrase(const Graph& g, EdgeId e, NodeId from) {
    const std::string& type = g.edge_type_name(e);
    const bool outgoing = g.edge(e).source == from;
    if (type == vocab::member_of) return outgoing ? "member of" : "has as member";
    if (type == vocab::supports) return outgoing ? "supporter of" : "supported by";
    if (type == vocab::leads) return outgoing ? "leader of" : "led by";
    if (type == vocab::works_for) return outgoing ? "works for" : "employs";
    if (type == "participated_in") return "took part in";
    if (type == vocab::defendant_in) return "defendant in";
    return cat(spaced(type), outgoing || type.ends_with("_of") ? "" : " (by)");
}

class Explainer {
public:
    Explainer(const Graph& g, const RiskResult& r) : g_(g), r_(r) {
        for (std::size_t k = 0; k < r.hits.size(); ++k) {
            const RiskHit& h = r.hits[k];
            auto& slot = h.kind == RiskHitKind::record ? record_[h.node] : best_[h.node];
            slot.push_back(k);
        }
        for (auto* m : {&best_, &record_})
            for (auto& [v, list] : *m)
                std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
                    const RiskHit &x = r.hits[a], &y = r.hits[b];
                    if (x.rank != y.rank) return x.rank > y.rank;
                    return x.when.sort_key() > y.when.sort_key();
                });
    }

    const std::vector<std::size_t>* hard_hits(NodeId v) const {
        auto it = best_.find(v);
        return it == best_.end() ? nullptr : &it->second;
    }

    // "sentenced 2019-05-01 (kz-2018-q3 para 7)", "banned 2018-03-13 (kz-2018-q1 para 15)"; a record hit by its
    // ladder label: "administrative detention 2021-02-09 (kz-2021-q1 para 38)".
    std::string hit_text(const RiskHit& h) const {
        std::string s =
            h.kind == RiskHitKind::record ? spaced(std::string(severity_name(g_.edge(h.edge).severity))) : verb(h);
        if (h.kind == RiskHitKind::action && g_.edge(h.edge).severity != Severity::none &&
            (g_.edge_type_name(h.edge) == vocab::defendant_in || g_.edge_type_name(h.edge) == "detained"))
            s += cat(" (", spaced(std::string(severity_name(g_.edge(h.edge).severity))), ")");
        s += h.when.empty() ? std::string(", undated") : cat(" ", h.when.str());
        const std::vector<Evidence> none;
        const std::string c =
            cite(g_, h.edge != kNoEdge ? g_.edge(h.edge).evidence : (h.by ? g_.node(*h.by).evidence : none));
        if (!c.empty()) s += cat(" (", c, ")");
        return s;
    }

    std::string verb(const RiskHit& h) const {
        if (h.kind == RiskHitKind::ban) return "banned";
        const std::string type = g_.edge_type_name(h.edge);
        return type == vocab::defendant_in ? std::string("sentenced") : spaced(type);
    }

    std::string name(NodeId v) const { return g_.str(g_.node(v).name); }

    // The people with a hard hit tied to `hub` (other than `self`): "3 co-members of X charged or sentenced in
    // 2019–2020 (A, B, …)". Empty if none.
    std::string hit_people_around(NodeId hub, NodeId self, const std::string& role, const std::string& roles,
                                  std::size_t* count) const {
        std::set<NodeId> people;
        auto consider = [&](NodeId w) {
            if (w != self && is_person(g_, w) && hard_hits(w)) people.insert(w);
        };
        for (EdgeId e : g_.out_edges(hub))
            if (r_.edge_visible[e]) consider(g_.edge(e).target);
        for (EdgeId e : g_.in_edges(hub))
            if (r_.edge_visible[e]) consider(g_.edge(e).source);
        *count = people.size();
        if (people.empty()) return {};
        std::set<std::string> verbs;
        int first = 0, last = 0;
        std::vector<std::pair<std::int32_t, NodeId>> latest;  // most recent first, for the names shown
        for (NodeId w : people) {
            const RiskHit& h = r_.hits[hard_hits(w)->front()];
            verbs.insert(verb(h));
            if (!h.when.empty()) {
                first = first ? std::min<int>(first, h.when.year) : h.when.year;
                last = std::max<int>(last, h.when.year);
            }
            latest.emplace_back(-h.when.sort_key(), w);
        }
        std::sort(latest.begin(), latest.end());
        if (people.size() == 1) {
            const NodeId w = *people.begin();
            return cat(role, " of ", name(hub), ", ", name(w), ", ", hit_text(r_.hits[hard_hits(w)->front()]));
        }
        std::string s = cat(std::to_string(people.size()), " ", roles, " of ", name(hub), " ");
        std::size_t k = 0;
        for (const auto& v : verbs) s += cat(k++ ? " or " : "", v);
        if (first)
            s += cat(" in ", std::to_string(first), last != first ? cat("–", std::to_string(last)) : std::string());
        s += " (";
        for (std::size_t i = 0; i < std::min<std::size_t>(2, latest.size()); ++i)
            s += cat(i ? ", " : "", name(latest[i].second));
        if (latest.size() > 2) s += ", …";
        return s + ")";
    }

    std::string sentence(const RiskEntry& entry) const {
        const NodeId v = entry.node;
        std::vector<std::string> parts;
        // Ties of v, one per neighbour, in edge order.
        std::vector<std::pair<NodeId, EdgeId>> ties;
        std::set<NodeId> seen;
        auto add_tie = [&](EdgeId e, NodeId u) {
            if (r_.edge_visible[e] && u != v && seen.insert(u).second) ties.emplace_back(u, e);
        };
        for (EdgeId e : g_.out_edges(v)) add_tie(e, g_.edge(e).target);
        for (EdgeId e : g_.in_edges(v)) add_tie(e, g_.edge(e).source);
        const std::string type = g_.node_type_name(v);

        // (a) ties to banned groups
        std::size_t banned = 0;
        for (const auto& [u, e] : ties) {
            const auto* hits = hard_hits(u);
            if (!hits || r_.hits[hits->front()].kind != RiskHitKind::ban || banned >= 2) continue;
            parts.push_back(cat(tie_phrase(g_, e, v), " ", name(u), ", ", hit_text(r_.hits[hits->front()])));
            ++banned;
        }
        // (b) hit co-members (or, for a group, its own hit members), the largest group first
        std::string best;
        std::size_t best_count = 0;
        if (type != vocab::person) {
            best = hit_people_around(v, v, "member or supporter", "members or supporters", &best_count);
        } else {
            for (const auto& [u, e] : ties) {
                const std::string t = g_.node_type_name(u);
                if (t == vocab::person || t == vocab::prosecution || t == vocab::court || t == "authority") continue;
                std::size_t count = 0;
                const bool event = t == vocab::event;
                std::string s = hit_people_around(u, v, event ? "co-participant" : "co-member",
                                                  event ? "co-participants" : "co-members", &count);
                if (count > best_count) best = s, best_count = count;
            }
        }
        if (!best.empty()) parts.push_back(best);
        // (c) co-defendants (people only)
        for (const auto& [u, e] : ties) {
            if (type != vocab::person) break;
            if (g_.node_type_name(u) != vocab::prosecution) continue;
            std::size_t count = 0;
            std::string s = hit_people_around(u, v, "co-defendant", "co-defendants", &count);
            if (count) {
                parts.push_back(s);
                break;
            }
        }
        // (d) direct ties to people hit
        std::size_t direct = 0;
        for (const auto& [u, e] : ties) {
            if (type != vocab::person || !is_person(g_, u) || !hard_hits(u) || direct >= 2) continue;
            parts.push_back(cat(tie_phrase(g_, e, v), " ", name(u), ", ", hit_text(r_.hits[hard_hits(u)->front()])));
            ++direct;
        }
        const auto rec = record_.find(v);
        if (parts.empty() && rec == record_.end() && !entry.because.empty()) {
            const RiskFlow& f = entry.because.front();
            std::string s = cat("tied to ", name(f.neighbour));
            if (f.via) s += cat(", itself tied to ", name(*f.via));
            if (!f.hits.empty()) s += cat(" (", hit_text(f.hits.front()), ")");
            parts.push_back(s);
        }
        // (e) own record
        if (rec == record_.end()) {
            std::string pronoun = type == vocab::person ? "them" : "it";
            for (const auto& a : g_.node(v).attributes)
                if (g_.str(a.key) == "gender" && std::holds_alternative<StrValue>(a.value)) {
                    const std::string gender = g_.str(std::get<StrValue>(a.value).id);
                    if (gender == "female" || gender == "f") pronoun = "her";
                    if (gender == "male" || gender == "m") pronoun = "him";
                }
            parts.push_back(cat("no action against ", pronoun, " yet"));
        } else {
            // One mention per (label, date): a `sentenced` and a `defendant_in` often record the same decision.
            std::vector<std::size_t> distinct;
            std::set<std::pair<int, std::string>> said;
            for (std::size_t k : rec->second) {
                const RiskHit& h = r_.hits[k];
                if (said.insert({static_cast<int>(g_.edge(h.edge).severity), h.when.str()}).second)
                    distinct.push_back(k);
            }
            std::string s = "so far only ";
            for (std::size_t i = 0; i < std::min<std::size_t>(2, distinct.size()); ++i)
                s += cat(i ? ", " : "", hit_text(r_.hits[distinct[i]]));
            if (distinct.size() > 2) s += cat(" and ", std::to_string(distinct.size() - 2), " more");
            parts.push_back(s);
        }
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i) out += cat(i ? "; " : "", parts[i]);
        return out + ".";
    }

private:
    const Graph& g_;
    const RiskResult& r_;
    std::map<NodeId, std::vector<std::size_t>> best_, record_;  // hit indices per node, strongest first
};

}  // namespace

std::string risk_sentence(const Graph& graph, const RiskResult& result, const RiskEntry& entry) {
    return Explainer(graph, result).sentence(entry);
}

}  // namespace repnet

#include "algorithms/risk/at_risk.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "algorithms/centrality/spectral.hpp"
#include "algorithms/common/action.hpp"
#include "algorithms/temporal/temporal_order.hpp"
#include "engine/csr.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

template <typename T>
void require(bool ok, const char* name, const char* rule, T value) {
    if (ok) return;
    std::ostringstream s;
    s << value;
    throw InvalidArgument(name, std::string("must be ") + rule, s.str());
}

// A ban recorded as an attribute (the version-1 way): `banned: true`, or a `status` that starts with "banned".
bool banned_by_attribute(const Graph& g, const NodeData& d) {
    for (const auto& a : d.attributes) {
        const std::string& key = g.str(a.key);
        if (key == "banned" && std::holds_alternative<bool>(a.value) && std::get<bool>(a.value)) return true;
        if (key == "status" && std::holds_alternative<StrValue>(a.value) &&
            g.str(std::get<StrValue>(a.value).id).starts_with("banned"))
            return true;
    }
    return false;
}

}  // namespace

bool is_person(const Graph& g, NodeId v) {
    return g.node_type_name(v) == vocab::person;
}

RiskSection risk_section(const Graph& g, const RiskResult& r, bool people) {
    RiskSection s;
    s.people = people;
    for (NodeId v = 0; v < r.excluded.size(); ++v) {
        if (is_person(g, v) != people) continue;
        switch (r.excluded[v]) {
            case RiskExclusion::none:
                break;
            case RiskExclusion::invisible:
                ++s.invisible;
                break;
            case RiskExclusion::banned:
                ++s.banned;
                break;
            case RiskExclusion::imprisoned:
                ++s.imprisoned;
                break;
            case RiskExclusion::hit_hard:
                ++s.hit_hard;
                break;
            case RiskExclusion::no_exposure:
                ++s.without_exposure;
                break;
        }
    }
    for (const auto& e : r.ranking)
        if (is_person(g, e.node) == people) s.entries.push_back(&e);
    s.candidates = s.entries.size() + s.without_exposure;
    return s;
}

PartialDate source_known_date(const Source& s) {
    // Known from its publication (format version 2); an older file has only the period it covers.
    if (!s.published.empty()) return s.published;
    return s.period.end.empty() ? s.period.start : s.period.end;
}

RiskResult rank_at_risk(const Graph& g, const RiskParams& p) {
    require(p.damping >= 0 && p.damping < 1, "damping", "in [0, 1)", p.damping);
    require(p.tolerance > 0 && std::isfinite(p.tolerance), "tolerance", "a finite number > 0", p.tolerance);
    require(p.max_iterations >= 1, "max_iterations", ">= 1", p.max_iterations);
    require(p.seed_min_rank >= 1 && p.seed_min_rank <= 11, "seed_min_rank", "in 1..11", p.seed_min_rank);
    require(p.at_risk_max_rank >= 0 && p.at_risk_max_rank < p.seed_min_rank, "at_risk_max_rank",
            "in 0..seed_min_rank-1", p.at_risk_max_rank);
    require(p.half_life_years > 0, "half_life_years", "> 0", p.half_life_years);
    require(p.undated_weight >= 0 && p.undated_weight <= 1, "undated_weight", "in [0, 1]", p.undated_weight);
    require(p.record_weight >= 0 && p.record_weight <= 1, "record_weight", "in [0, 1]", p.record_weight);

    const std::size_t n = g.node_count();
    RiskResult r;
    r.params = p;
    r.score.assign(n, 0.0);
    r.seed_weight.assign(n, 0.0);
    r.max_rank.assign(n, 0);
    r.excluded.assign(n, RiskExclusion::none);

    if (p.as_of) {
        r.as_of = *p.as_of;
        r.publication_rule = !r.as_of.empty();
    } else {
        for (const auto& e : g.edges()) {
            const PartialDate d = anchor_date(e.when);
            if (!d.empty() && (r.as_of.empty() || d.sort_key() > r.as_of.sort_key())) r.as_of = d;
        }
    }
    const bool dated = !r.as_of.empty();
    const std::int32_t last_day = dated ? latest_day(r.as_of) : 0;
    auto after_as_of = [&](const PartialDate& d) { return dated && !d.empty() && earliest_day(d) > last_day; };

    // 0. The world as known on as_of.
    std::vector<bool> source_known(g.sources().size(), true);
    if (r.publication_rule)
        for (std::size_t s = 0; s < source_known.size(); ++s) {
            const PartialDate known = source_known_date(g.sources()[s]);
            source_known[s] = known.empty() || latest_day(known) <= last_day;
        }
    auto known = [&](const std::vector<Evidence>& evidence) {
        if (evidence.empty()) return true;
        return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& ev) {
            return ev.source >= source_known.size() || source_known[ev.source];
        });
    };
    r.node_visible.assign(n, true);
    for (NodeId v = 0; v < n; ++v) {
        const NodeData& d = g.node(v);
        bool visible = known(d.evidence);
        if (d.prosecution) {
            const PartialDate start = !d.prosecution->opened.empty() ? d.prosecution->opened : d.prosecution->decided;
            if (after_as_of(start)) visible = false;
        }
        r.node_visible[v] = visible;
    }
    r.edge_visible.assign(g.edge_count(), true);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        r.edge_visible[e] = r.node_visible[d.source] && r.node_visible[d.target] && known(d.evidence) &&
                            !after_as_of(edge_moment(g, e, true));
    }
    // An entity all of whose relations are still invisible is not part of the known world yet either.
    for (NodeId v = 0; v < n; ++v) {
        if (!r.node_visible[v] || (g.out_edges(v).empty() && g.in_edges(v).empty())) continue;
        bool any = false;
        for (EdgeId e : g.out_edges(v)) any = any || r.edge_visible[e];
        for (EdgeId e : g.in_edges(v)) any = any || r.edge_visible[e];
        r.node_visible[v] = any;
    }

    auto recency = [&](const PartialDate& when) {
        if (when.empty()) return p.undated_weight;
        if (!dated) return 1.0;
        const double age_days = std::max(0, earliest_day(r.as_of) - earliest_day(when));
        return std::exp2(-age_days / (365.25 * p.half_life_years));
    };

    // 1. Hits: actions, bans, the record.
    const std::vector<bool> ban = g.vocabulary().relation_types.mask(p.ban_relations);
    std::vector<bool> banned(n, false);
    auto add_hit = [&](RiskHit h) {
        h.weight = h.rank / 11.0 * recency(h.when) * (h.kind == RiskHitKind::record ? p.record_weight : 1.0);
        if (h.weight <= 0) return;
        r.seed_weight[h.node] += h.weight;
        r.hits.push_back(h);
    };
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        if (!r.edge_visible[e]) continue;
        const EdgeData& d = g.edge(e);
        if (ban[d.type]) {
            banned[d.target] = true;
            add_hit({e, d.target, 11, 0, RiskHitKind::ban, anchor_date(d.when), std::nullopt});
            continue;
        }
        if (d.severity == Severity::none) continue;
        const NodeId t = action_target(g, e);
        if (!is_action_against(g, e, t)) continue;
        const int rank = severity_rank(d.severity);
        if (rank <= 0) continue;
        r.max_rank[t] = std::max(r.max_rank[t], rank);
        add_hit({e, t, rank, 0, rank >= p.seed_min_rank ? RiskHitKind::action : RiskHitKind::record,
                 edge_moment(g, e, true), std::nullopt});
    }
    // A decided prosecution of kind "ban" bans what it concerns and its non-person defendants;
    // the attribute `banned: true` (or a `status` starting with "banned") bans its entity, undated.
    const auto defendant_in = g.vocabulary().relation_types.find(vocab::defendant_in);
    const auto concerns = g.vocabulary().relation_types.find(vocab::concerns);
    const auto person_type = g.vocabulary().entity_types.find(vocab::person);
    for (NodeId k = 0; k < n; ++k) {
        const NodeData& d = g.node(k);
        if (!r.node_visible[k] || !d.prosecution || g.str(d.prosecution->kind) != "ban") continue;
        const bool decided = !d.prosecution->decided.empty() || g.str(d.prosecution->outcome) == "banned";
        if (!decided || after_as_of(d.prosecution->decided)) continue;
        auto ban_target = [&](NodeId x) {
            if (banned[x] || (person_type && g.node(x).type == *person_type)) return;
            banned[x] = true;
            add_hit({kNoEdge, x, 11, 0, RiskHitKind::ban, d.prosecution->decided, k});
        };
        for (EdgeId e : g.out_edges(k))
            if (r.edge_visible[e] && concerns && g.edge(e).type == *concerns) ban_target(g.edge(e).target);
        for (EdgeId e : g.in_edges(k))
            if (r.edge_visible[e] && defendant_in && g.edge(e).type == *defendant_in) ban_target(g.edge(e).source);
    }
    for (NodeId v = 0; v < n; ++v)
        if (r.node_visible[v] && !banned[v] && banned_by_attribute(g, g.node(v))) {
            banned[v] = true;
            add_hit({kNoEdge, v, 11, 0, RiskHitKind::ban, {}, v});
        }

    // 2. Exposure graph over visible nodes and relations.
    const std::vector<bool> exposure = g.vocabulary().entity_types.mask(p.exposure_types);
    std::vector<std::uint32_t> local(n, UINT32_MAX);
    std::vector<NodeId> kept;
    for (NodeId v = 0; v < n; ++v)
        if (exposure[g.node(v).type] && r.node_visible[v]) {
            local[v] = static_cast<std::uint32_t>(kept.size());
            kept.push_back(v);
        }
    std::vector<WeightedEdge> ties;
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        if (r.edge_visible[e] && local[d.source] != UINT32_MAX && local[d.target] != UINT32_MAX)
            ties.push_back({local[d.source], local[d.target], d.weight});
    }
    CsrGraph csr = build_simple_csr(static_cast<std::uint32_t>(kept.size()), ties, false);
    csr.to_graph_node = std::move(kept);
    const std::uint32_t m = csr.node_count;

    // 4 (first half). Exclusions, decided before the walk so a node without exposure is still counted.
    const std::vector<bool> candidate = g.vocabulary().entity_types.mask(p.candidate_types);
    for (NodeId v = 0; v < n; ++v) {
        if (!candidate[g.node(v).type]) continue;
        if (!r.node_visible[v])
            r.excluded[v] = RiskExclusion::invisible;
        else if (banned[v])
            r.excluded[v] = RiskExclusion::banned;
        else if (r.max_rank[v] >= 11)
            r.excluded[v] = RiskExclusion::imprisoned;
        else if (r.max_rank[v] > p.at_risk_max_rank)
            r.excluded[v] = RiskExclusion::hit_hard;
    }

    std::vector<double> seed(m, 0.0), strength(m, 0.0);
    double total = 0;
    for (std::uint32_t i = 0; i < m; ++i) total += seed[i] = r.seed_weight[csr.to_graph_node[i]];
    if (total <= 0) {
        r.converged = true;
        for (NodeId v = 0; v < n; ++v)
            if (candidate[g.node(v).type] && r.excluded[v] == RiskExclusion::none)
                r.excluded[v] = RiskExclusion::no_exposure;
        return r;
    }
    for (double& s : seed) s /= total;
    for (std::uint32_t i = 0; i < m; ++i)
        for (double w : csr.out_edge_weights(i)) strength[i] += w;

    // 3. Personalised PageRank with the seeds as jump, dangling and start vector.
    PageRankParams pr;
    pr.damping = p.damping;
    pr.personalization = seed;
    pr.start = seed;
    pr.weighted = true;
    pr.max_iterations = static_cast<std::uint32_t>(p.max_iterations);
    pr.tolerance = p.tolerance;
    pr.stopping = StoppingRule::total;
    pr.threads = 1;  // one summation order: the same input gives bit-identical scores
    SpectralResult ranked = pagerank(csr, pr);
    r.iterations = static_cast<int>(ranked.report.iterations);
    r.converged = ranked.report.converged;
    r.residual = ranked.report.residual;
    const std::vector<double> x = std::move(ranked.value);
    for (std::uint32_t i = 0; i < m; ++i) r.score[csr.to_graph_node[i]] = x[i];

    // The flows into node v of the CSR view, largest first (ties by neighbour index).
    auto inflows = [&](std::uint32_t v) {
        std::vector<std::pair<double, std::uint32_t>> f;
        const auto nb = csr.in_neighbours(v);
        const auto wt = csr.in_edge_weights(v);
        for (std::size_t k = 0; k < nb.size(); ++k)
            f.emplace_back(p.damping * x[nb[k]] * wt[k] / strength[nb[k]], nb[k]);
        std::sort(f.begin(), f.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        return f;
    };
    std::vector<std::vector<std::uint32_t>> hits_of(n);  // indices into r.hits, rank >= seed_min_rank only
    for (std::uint32_t k = 0; k < r.hits.size(); ++k)
        if (r.hits[k].kind != RiskHitKind::record) hits_of[r.hits[k].node].push_back(k);
    auto hits_on = [&](NodeId v) {
        std::vector<RiskHit> h;
        for (std::uint32_t k : hits_of[v]) h.push_back(r.hits[k]);
        std::stable_sort(h.begin(), h.end(), [](const RiskHit& a, const RiskHit& b) { return a.weight > b.weight; });
        return h;
    };

    // 4. Ranking.
    for (NodeId v = 0; v < n; ++v) {
        if (!candidate[g.node(v).type] || r.excluded[v] != RiskExclusion::none) continue;
        const std::uint32_t i = local[v];
        if (i == UINT32_MAX || x[i] <= 0) {
            r.excluded[v] = RiskExclusion::no_exposure;
            continue;
        }
        RiskEntry entry{v, x[i], 0, r.max_rank[v], {}};
        for (const auto& [flow, u] : inflows(i)) {
            if (entry.because.size() >= p.explain || flow <= 0) break;
            RiskFlow f;
            f.neighbour = csr.to_graph_node[u];
            f.flow = flow;
            for (EdgeId e : g.out_edges(v))
                if (r.edge_visible[e] && g.edge(e).target == f.neighbour) f.ties.push_back(e);
            for (EdgeId e : g.in_edges(v))
                if (r.edge_visible[e] && g.edge(e).source == f.neighbour && g.edge(e).target != g.edge(e).source)
                    f.ties.push_back(e);
            std::sort(f.ties.begin(), f.ties.end());
            f.hits = hits_on(f.neighbour);
            if (f.hits.empty())
                for (const auto& [flow2, w] : inflows(u))
                    if (w != i && !hits_of[csr.to_graph_node[w]].empty()) {
                        f.via = csr.to_graph_node[w];
                        f.hits = hits_on(*f.via);
                        break;
                    }
            entry.because.push_back(std::move(f));
        }
        r.ranking.push_back(std::move(entry));
    }
    std::sort(r.ranking.begin(), r.ranking.end(), [](const RiskEntry& a, const RiskEntry& b) {
        return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    // Percentiles within each section (people, groups): the share of its candidates, those without
    // exposure included at score 0, whose score is strictly lower.
    for (const bool people : {true, false}) {
        std::size_t size = 0;
        for (NodeId v = 0; v < n; ++v)
            if (candidate[g.node(v).type] && is_person(g, v) == people &&
                (r.excluded[v] == RiskExclusion::none || r.excluded[v] == RiskExclusion::no_exposure))
                ++size;
        std::vector<RiskEntry*> section;
        for (auto& e : r.ranking)
            if (is_person(g, e.node) == people) section.push_back(&e);
        const std::size_t zeros = size - section.size();
        for (std::size_t end = section.size(); end > 0;) {
            std::size_t start = end - 1;
            while (start > 0 && section[start - 1]->score == section[end - 1]->score) --start;
            const std::size_t lower = zeros + (section.size() - end);
            for (std::size_t k = start; k < end; ++k)
                section[k]->percentile = 100.0 * static_cast<double>(lower) / static_cast<double>(size);
            end = start;
        }
    }
    return r;
}

}  // namespace repnet

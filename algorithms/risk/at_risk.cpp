#include "algorithms/risk/at_risk.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "algorithms/centrality/spectral.hpp"
#include "algorithms/common/action.hpp"
#include "algorithms/temporal/temporal_order.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {
namespace {

template <typename T>
void require(bool ok, const char* name, const char* rule, T value) {
    if (ok) return;
    std::ostringstream s;
    s << value;
    throw InvalidArgument(name, std::string("must be ") + rule, s.str());
}

}  // namespace

RiskResult rank_at_risk(const Graph& g, const RiskParams& p) {
    require(p.damping >= 0 && p.damping < 1, "damping", "in [0, 1)", p.damping);
    require(p.tolerance > 0 && std::isfinite(p.tolerance), "tolerance", "a finite number > 0", p.tolerance);
    require(p.max_iterations >= 1, "max_iterations", ">= 1", p.max_iterations);
    require(p.seed_min_rank >= 1 && p.seed_min_rank <= 11, "seed_min_rank", "in 1..11", p.seed_min_rank);
    require(p.at_risk_max_rank >= 0 && p.at_risk_max_rank < p.seed_min_rank, "at_risk_max_rank",
            "in 0..seed_min_rank-1", p.at_risk_max_rank);
    require(p.half_life_years > 0, "half_life_years", "> 0", p.half_life_years);
    require(p.undated_weight >= 0 && p.undated_weight <= 1, "undated_weight", "in [0, 1]", p.undated_weight);

    const std::size_t n = g.node_count();
    RiskResult r;
    r.params = p;
    r.score.assign(n, 0.0);
    r.seed_weight.assign(n, 0.0);

    if (p.as_of) {
        r.as_of = *p.as_of;
    } else {
        for (const auto& e : g.edges()) {
            const PartialDate d = anchor_date(e.when);
            if (!d.empty() && (r.as_of.empty() || d.sort_key() > r.as_of.sort_key())) r.as_of = d;
        }
    }

    // Hits and the highest action rank against each node.
    const std::vector<bool> ban = g.vocabulary().relation_types.mask(p.ban_relations);
    std::vector<int> max_rank(n, 0);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        NodeId hit_node = d.target;
        int rank = 0;
        if (ban[d.type]) {
            rank = 11;
        } else {
            if (d.severity == Severity::none) continue;
            hit_node = action_target(g, e);
            if (!is_action_against(g, e, hit_node)) continue;
            rank = severity_rank(d.severity);
            max_rank[hit_node] = std::max(max_rank[hit_node], rank);
            if (rank < p.seed_min_rank) continue;
        }
        const PartialDate when = anchor_date(d.when);
        double recency = p.undated_weight;
        if (!when.empty()) {
            if (!r.as_of.empty() && when.sort_key() > r.as_of.sort_key()) continue;
            const double age_days = r.as_of.empty() ? 0.0 : std::max(0, earliest_day(r.as_of) - earliest_day(when));
            recency = std::exp2(-age_days / (365.25 * p.half_life_years));
        }
        const double w = rank / 11.0 * recency;
        r.hits.push_back({e, hit_node, rank, w});
        r.seed_weight[hit_node] += w;
    }

    // Exposure graph.
    CsrOptions options;
    const std::vector<bool> exposure = g.vocabulary().entity_types.mask(p.exposure_types);
    options.keep_node.resize(n);
    for (NodeId v = 0; v < n; ++v) options.keep_node[v] = exposure[g.node(v).type];
    const CsrGraph csr = build_simple_csr(g, options);
    const std::uint32_t m = csr.node_count;

    std::vector<double> seed(m, 0.0), strength(m, 0.0);
    double total = 0;
    for (std::uint32_t i = 0; i < m; ++i) total += seed[i] = r.seed_weight[csr.to_graph_node[i]];
    if (total <= 0) {
        r.converged = true;
        return r;
    }
    for (double& s : seed) s /= total;
    for (std::uint32_t i = 0; i < m; ++i)
        for (double w : csr.out_edge_weights(i)) strength[i] += w;

    // Personalised PageRank with the seeds as jump, dangling and start vector.
    PageRankParams pr;
    pr.damping = p.damping;
    pr.personalization = seed;
    pr.start = seed;
    pr.weighted = true;
    pr.max_iterations = static_cast<std::uint32_t>(p.max_iterations);
    pr.tolerance = p.tolerance;
    pr.stopping = StoppingRule::total;
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
    std::vector<std::vector<std::uint32_t>> hits_of(n);  // indices into r.hits
    for (std::uint32_t k = 0; k < r.hits.size(); ++k) hits_of[r.hits[k].node].push_back(k);
    std::vector<std::vector<EdgeId>> incident(n);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        incident[g.edge(e).source].push_back(e);
        if (g.edge(e).target != g.edge(e).source) incident[g.edge(e).target].push_back(e);
    }
    auto hits_on = [&](NodeId v) {
        std::vector<RiskHit> h;
        for (std::uint32_t k : hits_of[v]) h.push_back(r.hits[k]);
        std::stable_sort(h.begin(), h.end(), [](const RiskHit& a, const RiskHit& b) { return a.weight > b.weight; });
        return h;
    };

    const std::vector<bool> candidate = g.vocabulary().entity_types.mask(p.candidate_types);
    for (std::uint32_t i = 0; i < m; ++i) {
        const NodeId v = csr.to_graph_node[i];
        if (!candidate[g.node(v).type] || r.seed_weight[v] > 0 || max_rank[v] > p.at_risk_max_rank || x[i] <= 0)
            continue;
        RiskEntry entry{v, x[i], max_rank[v], {}};
        for (const auto& [flow, u] : inflows(i)) {
            if (entry.because.size() >= p.explain || flow <= 0) break;
            RiskFlow f;
            f.neighbour = csr.to_graph_node[u];
            f.flow = flow;
            for (EdgeId e : incident[v]) {
                const EdgeData& d = g.edge(e);
                if ((d.source == v && d.target == f.neighbour) || (d.source == f.neighbour && d.target == v))
                    f.ties.push_back(e);
            }
            f.hits = hits_on(f.neighbour);
            if (f.hits.empty())
                for (const auto& [flow2, w] : inflows(u))
                    if (w != i && r.seed_weight[csr.to_graph_node[w]] > 0) {
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
    return r;
}

}  // namespace repnet

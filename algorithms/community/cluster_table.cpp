#include "algorithms/community/cluster_table.hpp"

#include <algorithm>
#include <numeric>

#include "algorithms/common/case_types.hpp"
#include "engine/errors.hpp"

namespace repnet {
namespace {

template <typename T>
void dedupe(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

void widen(ClusterSummary& s, const PartialDate& d) {
    if (d.empty()) return;
    if (s.first_date.empty() || d.sort_key() < s.first_date.sort_key()) s.first_date = d;
    if (s.last_date.empty() || d.sort_key() > s.last_date.sort_key()) s.last_date = d;
}

void raise(ClusterSummary& s, Severity x) {
    if (severity_rank(x) > severity_rank(s.peak_severity)) s.peak_severity = x;
}

}  // namespace

CommunityResult find_communities(const CsrGraph& view, std::string_view algorithm, const CommunityParams& params,
                                 std::uint32_t k) {
    if (algorithm == "leiden") return leiden(view, params);
    if (algorithm == "louvain") return louvain(view, params);
    if (algorithm == "components") return component_communities(view, params.resolution);
    if (algorithm == "kcore") return kcore_communities(view, k, params.resolution);
    throw InvalidArgument("algorithm", "must be leiden, louvain, components or kcore",
                          "'" + std::string(algorithm) + "'");
}

ClusterTable cluster_table(const Graph& g, const CsrGraph& view, std::span<const std::uint32_t> community) {
    const CaseTypes types = CaseTypes::of(g);
    const auto &person = types.person, &prosecution = types.prosecution, &court = types.court,
               &movement = types.movement, &defendant_in = types.defendant_in, &heard_by = types.heard_by,
               &concerns = types.concerns;
    const auto is = is_type;

    std::uint32_t count = 0;
    for (std::uint32_t c : community) count = std::max(count, c + 1);
    std::vector<ClusterSummary> raw(count);
    std::vector<std::int64_t> raw_of(g.node_count(), -1);
    for (std::uint32_t v = 0; v < view.node_count; ++v) {
        raw[community[v]].members.push_back(view.to_graph_node[v]);
        raw_of[view.to_graph_node[v]] = community[v];
        for (std::size_t i = 0; i < view.out_neighbours(v).size(); ++i)
            if (community[view.out_neighbours(v)[i]] == community[v] && view.out_neighbours(v)[i] > v)
                raw[community[v]].internal_weight += view.out_edge_weights(v)[i];
    }
    // Edges touching members: prosecutions, movements, actions against them.
    for (const auto& e : g.edges()) {
        const TypeId st = g.node(e.source).type, tt = g.node(e.target).type;
        if (raw_of[e.source] >= 0 && is(defendant_in, e.type) && is(prosecution, tt)) {
            ClusterSummary& s = raw[raw_of[e.source]];
            s.prosecutions.push_back(e.target);
            raise(s, e.severity);
        }
        if (raw_of[e.source] >= 0 && is(movement, tt) && types.is_affiliation(e.type))
            raw[raw_of[e.source]].movements.push_back(e.target);
        if (raw_of[e.target] >= 0 && e.severity != Severity::none && is(person, tt)) {
            ClusterSummary& s = raw[raw_of[e.target]];
            raise(s, e.severity);
            widen(s, e.when.start);
            widen(s, e.when.end);
        }
        (void)st;
    }
    for (auto& s : raw) {
        for (NodeId m : s.members) {
            const TypeId t = g.node(m).type;
            if (is(prosecution, t)) s.prosecutions.push_back(m);
            if (is(court, t)) s.courts.push_back(m);
            if (is(movement, t)) s.movements.push_back(m);
        }
        dedupe(s.prosecutions);
        for (NodeId p : s.prosecutions) {
            if (const auto& info = g.node(p).prosecution) {
                widen(s, info->opened);
                widen(s, info->decided);
                raise(s, info->severity);
                s.articles.insert(s.articles.end(), info->articles.begin(), info->articles.end());
            }
            for (EdgeId e : g.out_edges(p)) {
                const EdgeData& d = g.edge(e);
                if (is(heard_by, d.type) && is(court, g.node(d.target).type)) s.courts.push_back(d.target);
                if (is(concerns, d.type) && is(movement, g.node(d.target).type)) s.movements.push_back(d.target);
            }
        }
        dedupe(s.courts);
        dedupe(s.movements);
        dedupe(s.articles);
        std::sort(s.articles.begin(), s.articles.end(), [&](StrId a, StrId b) { return g.str(a) < g.str(b); });
    }
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const ClusterSummary &x = raw[a], &y = raw[b];
        if (x.members.size() != y.members.size()) return x.members.size() > y.members.size();
        if (x.members.empty()) return false;
        const int rx = severity_rank(x.peak_severity), ry = severity_rank(y.peak_severity);
        if (rx != ry) return rx > ry;
        return x.members.front() < y.members.front();
    });
    ClusterTable t;
    t.cluster_of_node.assign(g.node_count(), -1);
    for (std::uint32_t i = 0; i < count; ++i) {
        ClusterSummary s = std::move(raw[order[i]]);
        if (s.members.empty()) continue;
        s.number = static_cast<std::uint32_t>(t.clusters.size());
        for (NodeId m : s.members) t.cluster_of_node[m] = s.number;
        t.clusters.push_back(std::move(s));
    }
    return t;
}

}  // namespace repnet

#include "names/duplicates.hpp"

#include <algorithm>
#include <map>

namespace repnet::names {

bool recorded_distinct(const Graph& graph, NodeId a, NodeId b) {
    auto lists = [&](NodeId x, NodeId y) {
        for (StrId id : graph.node(x).distinct_from)
            if (graph.find_id(graph.str(id)) == y) return true;
        return false;
    };
    return lists(a, b) || lists(b, a);
}

std::vector<DuplicatePair> find_duplicates(const NameMatcher& matcher) {
    const Graph& g = matcher.graph();
    std::map<std::pair<NodeId, NodeId>, DuplicatePair> best;
    const auto& forms = matcher.forms();
    for (const auto& f : forms) {
        // The form itself, already transliterated, as a query.
        NameMatcher::Query q = matcher.parse(matcher.form_text(f));
        if (q.tokens.empty()) continue;
        for (std::uint32_t ci : matcher.candidate_forms(q, true)) {
            const auto& other = forms[ci];
            if (other.node == f.node || g.node(other.node).type != g.node(f.node).type) continue;
            auto m = matcher.score_form(q, other);
            if (!m || m->score < score::confident) continue;
            if (m->reason.rfind("surname only", 0) == 0 || m->reason.rfind("given name only", 0) == 0) continue;
            const NodeId a = std::min(f.node, other.node), b = std::max(f.node, other.node);
            if (recorded_distinct(g, a, b)) continue;
            std::string from(matcher.form_text(f)), to(matcher.form_text(other));
            if (a != f.node) std::swap(from, to);
            DuplicatePair p{a, b, m->score, m->reason, from, to};
            auto [it, added] = best.emplace(std::make_pair(a, b), p);
            if (!added && it->second.score < p.score) it->second = p;
        }
    }
    std::vector<DuplicatePair> out;
    out.reserve(best.size());
    for (auto& [k, p] : best) out.push_back(std::move(p));
    std::stable_sort(out.begin(), out.end(),
                     [](const DuplicatePair& x, const DuplicatePair& y) { return x.score > y.score; });
    return out;
}

}  // namespace repnet::names

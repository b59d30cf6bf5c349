#include "algorithms/projection/person_links.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "algorithms/common/case_types.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"
#include "engine/vocabulary.hpp"

namespace repnet {
namespace {

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
    if (a > b) std::swap(a, b);
    return (std::uint64_t(a) << 32) | b;
}

// People of each hub, each once, in ascending order.
using Hubs = std::map<std::uint64_t, std::vector<std::uint32_t>>;

void dedupe(std::vector<std::uint32_t>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

ProsecutionDays prosecution_days(const NodeData& node) {
    ProsecutionDays r;
    auto widen = [&](const PartialDate& d) {
        if (d.empty()) return;
        const std::int32_t a = earliest_day(d), b = latest_day(d);
        if (!r.dated) {
            r.dated = true;
            r.first = a;
            r.last = b;
        }
        r.first = std::min(r.first, a);
        r.last = std::max(r.last, b);
    };
    if (node.prosecution) {
        widen(node.prosecution->opened);
        widen(node.prosecution->decided);
    }
    if (!r.dated) {
        widen(node.dates.start);
        widen(node.dates.end);
    }
    return r;
}

std::string_view link_kind_name(LinkKind k) {
    switch (k) {
        case LinkKind::court:
            return "court";
        case LinkKind::article:
            return "article";
        case LinkKind::movement:
            return "movement";
        case LinkKind::affiliation:
            return "affiliation";
    }
    return "";
}

std::string_view link_weighting_name(LinkWeighting w) {
    return w == LinkWeighting::newman ? "newman" : "count";
}

std::optional<std::vector<LinkRule>> link_rule_set(std::string_view name) {
    if (name == "co-defendants") return std::vector<LinkRule>{};  // the base: shared prosecutions only
    if (name == "shared-affiliation") return std::vector<LinkRule>{LinkRule{LinkKind::affiliation, std::nullopt, 1.0}};
    return std::nullopt;
}

std::string link_rules_text(const std::vector<LinkRule>& rules) {
    std::string out;
    for (const auto& r : rules) {
        if (!out.empty()) out += ",";
        out += link_kind_name(r.kind);
        if (r.window_days) {
            out += ':';
            out += std::to_string(*r.window_days);
            out += 'd';
        }
        char buf[32];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, r.weight);
        out += ':';
        out.append(buf, end);
    }
    return out;
}

std::string skipped_hubs_text(const PersonNetwork& net, std::size_t max_hub_people) {
    if (net.skipped_hubs.empty()) return "";
    std::string out = std::to_string(net.skipped_hubs.size()) + (net.skipped_hubs.size() == 1 ? " hub" : " hubs") +
                      " with more than " + std::to_string(max_hub_people) +
                      " people not expanded into person-person links (docs/algorithms.md, \"Large hubs\"): ";
    for (std::size_t i = 0; i < net.skipped_hubs.size(); ++i) {
        if (i == 5) {
            out += ", ...";
            break;
        }
        const SkippedHub& h = net.skipped_hubs[i];
        out += (i ? ", " : "") + h.name + " (" + h.kind + ", " + std::to_string(h.people) + " people)";
    }
    return out;
}

CsrGraph PersonNetwork::view() const {
    std::vector<WeightedEdge> edges;
    edges.reserve(links.size());
    for (const auto& l : links) edges.push_back({l.a, l.b, l.weight});
    CsrGraph g = build_simple_csr(static_cast<std::uint32_t>(members.size()), edges, false);
    g.to_graph_node = members;
    return g;
}

PersonNetwork person_network(const Graph& g, const PersonLinkParams& params) {
    if (!(params.prosecution_weight > 0) || !std::isfinite(params.prosecution_weight))
        throw InvalidArgument("prosecution_weight", "must be a positive finite number",
                              argument_text(params.prosecution_weight));
    for (const LinkRule& r : params.extra) {
        if (!(r.weight > 0) || !std::isfinite(r.weight))
            throw InvalidArgument(std::string(link_kind_name(r.kind)) + " link weight",
                                  "must be a positive finite number", argument_text(r.weight));
        if (r.window_days && *r.window_days < 0)
            throw InvalidArgument(std::string(link_kind_name(r.kind)) + " link window", "must be >= 0 days",
                                  std::to_string(*r.window_days));
    }
    PersonNetwork net;
    const CaseTypes types = CaseTypes::of(g);
    const auto &person = types.person, &prosecution = types.prosecution, &movement = types.movement,
               &court = types.court;
    if (!person) return net;
    std::vector<std::uint32_t> index(g.node_count(), UINT32_MAX);
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (g.node(v).type == *person) {
            index[v] = static_cast<std::uint32_t>(net.members.size());
            net.members.push_back(v);
        }

    // Prosecution -> its people; prosecution -> court; movement -> people.
    Hubs people_of;  // keyed by prosecution NodeId
    Hubs movement_people;
    std::map<NodeId, std::vector<NodeId>> courts_of;
    std::map<NodeId, std::vector<NodeId>> concerns;  // prosecution -> movements
    const auto &defendant_in = types.defendant_in, &heard_by = types.heard_by, &concerns_rel = types.concerns;
    for (const auto& e : g.edges()) {
        const TypeId src_type = g.node(e.source).type, dst_type = g.node(e.target).type;
        if (defendant_in && e.type == *defendant_in && index[e.source] != UINT32_MAX && prosecution &&
            dst_type == *prosecution)
            people_of[e.target].push_back(index[e.source]);
        else if (heard_by && e.type == *heard_by && prosecution && src_type == *prosecution && court &&
                 dst_type == *court)
            courts_of[e.source].push_back(e.target);
        else if (concerns_rel && e.type == *concerns_rel && movement && dst_type == *movement)
            concerns[e.source].push_back(e.target);
        else if (movement && dst_type == *movement && index[e.source] != UINT32_MAX && types.is_affiliation(e.type))
            movement_people[e.target].push_back(index[e.source]);
    }
    // Affiliation hubs: movements, organisations and media a person is tied to directly.
    Hubs affiliated;
    const bool wants_affiliation = std::any_of(params.extra.begin(), params.extra.end(),
                                               [](const LinkRule& r) { return r.kind == LinkKind::affiliation; });
    if (wants_affiliation) {
        const TypeSet& entity_types = g.vocabulary().entity_types;
        const TypeSet& relation_types = g.vocabulary().relation_types;
        std::vector<bool> hub_type(entity_types.size(), false);
        for (std::string_view t : {vocab::movement, vocab::organisation, vocab::media})
            if (auto id = entity_types.find(t)) hub_type[*id] = true;
        std::vector<bool> tie(relation_types.size(), false);
        for (std::string_view r : {vocab::member_of, vocab::supports, vocab::leads, vocab::works_for})
            if (auto t = relation_types.find(r)) tie[*t] = true;
        for (const auto& e : g.edges()) {
            if (!tie[e.type]) continue;
            if (index[e.source] != UINT32_MAX && hub_type[g.node(e.target).type])
                affiliated[e.target].push_back(index[e.source]);
            else if (index[e.target] != UINT32_MAX && hub_type[g.node(e.source).type])
                affiliated[e.source].push_back(index[e.target]);
        }
        for (auto& [hub, people] : affiliated) dedupe(people);
    }
    for (auto& [p, people] : people_of) dedupe(people);
    for (auto& [p, ms] : concerns)
        if (auto it = people_of.find(p); it != people_of.end())
            for (NodeId m : ms)
                movement_people[m].insert(movement_people[m].end(), it->second.begin(), it->second.end());
    for (auto& [m, people] : movement_people) dedupe(people);

    std::unordered_map<std::uint64_t, PersonLink> links;
    auto link = [&](std::uint32_t a, std::uint32_t b) -> PersonLink& {
        PersonLink& l = links[pair_key(a, b)];
        l.a = std::min(a, b);
        l.b = std::max(a, b);
        return l;
    };
    auto hub_weight = [&](double w, std::size_t people) {
        return params.weighting == LinkWeighting::newman ? w / double(people - 1) : w;
    };

    // A hub too large to expand is listed instead of costing people^2.
    auto too_large = [&](const char* kind, std::string name, std::size_t people) {
        if (params.max_hub_people == 0 || people <= params.max_hub_people) return false;
        net.skipped_hubs.push_back({kind, std::move(name), people});
        return true;
    };
    auto id_of = [&](NodeId v) { return g.str(g.node(v).id); };
    // Links every two people of each hub node (a prosecution, movement or affiliation hub) that is not too
    // large; add(link, hub, w) records the hub's weight on the pair.
    auto link_hub_members = [&](const Hubs& hubs, const char* kind, double weight, auto add) {
        for (const auto& [hub, people] : hubs) {
            if (people.size() < 2) continue;
            if (too_large(kind, id_of(static_cast<NodeId>(hub)), people.size())) continue;
            const double w = hub_weight(weight, people.size());
            for (std::size_t i = 0; i < people.size(); ++i)
                for (std::size_t j = i + 1; j < people.size(); ++j)
                    add(link(people[i], people[j]), static_cast<NodeId>(hub), w);
        }
    };

    link_hub_members(people_of, "prosecution", params.prosecution_weight, [](PersonLink& l, NodeId p, double w) {
        l.by_prosecution += w;
        l.prosecutions.push_back(p);
    });

    for (const LinkRule& rule : params.extra) {
        if (rule.kind == LinkKind::affiliation) {
            link_hub_members(affiliated, "affiliation", rule.weight,
                             [](PersonLink& l, NodeId, double w) { l.by_affiliation += w; });
            continue;
        }
        if (rule.kind == LinkKind::movement) {
            link_hub_members(movement_people, "movement", rule.weight,
                             [](PersonLink& l, NodeId, double w) { l.by_movement += w; });
            continue;
        }
        // Court or article: hub -> prosecutions.
        std::map<std::uint64_t, std::vector<NodeId>> hub_prosecutions;
        for (const auto& [p, people] : people_of) {
            if (rule.kind == LinkKind::court) {
                if (auto it = courts_of.find(static_cast<NodeId>(p)); it != courts_of.end())
                    for (NodeId c : it->second) hub_prosecutions[c].push_back(static_cast<NodeId>(p));
            } else if (const auto& info = g.node(static_cast<NodeId>(p)).prosecution) {
                for (StrId a : info->articles) hub_prosecutions[a].push_back(static_cast<NodeId>(p));
            }
        }
        for (auto& [hub, pros] : hub_prosecutions) {
            dedupe(pros);
            struct Entry {
                ProsecutionDays days;
                NodeId prosecution;
            };
            std::vector<Entry> entries;
            std::vector<std::uint32_t> hub_people;
            for (NodeId p : pros) {
                const auto& people = people_of[p];
                hub_people.insert(hub_people.end(), people.begin(), people.end());
                const ProsecutionDays d = prosecution_days(g.node(p));
                if (rule.window_days && !d.dated) continue;
                entries.push_back({d, p});
            }
            dedupe(hub_people);
            if (hub_people.size() < 2) continue;
            if (too_large(
                    rule.kind == LinkKind::court ? "court" : "article",
                    rule.kind == LinkKind::court ? id_of(static_cast<NodeId>(hub)) : g.str(static_cast<StrId>(hub)),
                    hub_people.size()))
                continue;
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry& x, const Entry& y) { return x.days.first < y.days.first; });
            std::unordered_set<std::uint64_t> linked;  // a pair counts once per hub
            for (std::size_t i = 0; i < entries.size(); ++i)
                for (std::size_t j = i + 1; j < entries.size(); ++j) {
                    if (rule.window_days && entries[j].days.first - entries[i].days.last > *rule.window_days) break;
                    for (std::uint32_t a : people_of[entries[i].prosecution])
                        for (std::uint32_t b : people_of[entries[j].prosecution])
                            if (a != b) linked.insert(pair_key(a, b));
                }
            const double w = hub_weight(rule.weight, hub_people.size());
            std::vector<std::uint64_t> keys(linked.begin(), linked.end());
            std::sort(keys.begin(), keys.end());  // fixed order of floating-point sums
            for (std::uint64_t k : keys) {
                PersonLink& l = link(static_cast<std::uint32_t>(k >> 32), static_cast<std::uint32_t>(k));
                (rule.kind == LinkKind::court ? l.by_court : l.by_article) += w;
            }
        }
    }

    net.links.reserve(links.size());
    for (auto& [key, l] : links) {
        l.weight = l.by_prosecution + l.by_court + l.by_article + l.by_movement + l.by_affiliation;
        std::sort(l.prosecutions.begin(), l.prosecutions.end());
        net.links.push_back(std::move(l));
    }
    std::sort(net.links.begin(), net.links.end(),
              [](const PersonLink& x, const PersonLink& y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    return net;
}

}  // namespace repnet

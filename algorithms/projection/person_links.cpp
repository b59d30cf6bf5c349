#include "algorithms/projection/person_links.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "engine/errors.hpp"

namespace repnet {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

std::int32_t first_day(const PartialDate& d) {
    return days_from_civil(d.year, d.precision >= DatePrecision::month ? d.month : 1,
                           d.precision == DatePrecision::day ? d.day : 1);
}

std::int32_t last_day(const PartialDate& d) {
    if (d.precision == DatePrecision::day) return days_from_civil(d.year, d.month, d.day);
    if (d.precision == DatePrecision::month)
        return d.month == 12 ? days_from_civil(d.year + 1, 1, 1) - 1 : days_from_civil(d.year, d.month + 1u, 1) - 1;
    return days_from_civil(d.year, 12, 31);
}

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
    if (a > b) std::swap(a, b);
    return (std::uint64_t(a) << 32) | b;
}

std::optional<TypeId> relation(const Graph& g, std::string_view name) {
    return g.vocabulary().relation_types.find(name);
}

double number(std::string_view item, std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !(v > 0) || !std::isfinite(v))
        throw UsageError("--link: '" + std::string(item) + "': the weight must be a positive number, got '" +
                         std::string(text) + "'");
    return v;
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
        const std::int32_t a = first_day(d), b = last_day(d);
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

LinkWeighting parse_link_weighting(std::string_view text) {
    if (text == "count") return LinkWeighting::count;
    if (text == "newman") return LinkWeighting::newman;
    throw UsageError("--weighting must be count or newman, got '" + std::string(text) + "'");
}

std::vector<LinkRule> parse_link_rules(std::string_view spec) {
    std::vector<LinkRule> rules;
    if (spec.empty() || spec == "none") return rules;
    std::size_t pos = 0;
    while (pos <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', pos), spec.size());
        const std::string_view item = spec.substr(pos, comma - pos);
        pos = comma + 1;
        if (item == "co-defendants") continue;  // the base: shared prosecutions only
        std::string expanded;
        if (item == "shared-affiliation") expanded = "affiliation:1";
        const std::string_view text = expanded.empty() ? item : std::string_view(expanded);
        std::vector<std::string_view> parts;
        for (std::size_t p = 0; p <= text.size();) {
            const std::size_t colon = std::min(text.find(':', p), text.size());
            parts.push_back(text.substr(p, colon - p));
            p = colon + 1;
        }
        LinkRule rule;
        if (parts[0] == "court")
            rule.kind = LinkKind::court;
        else if (parts[0] == "article")
            rule.kind = LinkKind::article;
        else if (parts[0] == "movement")
            rule.kind = LinkKind::movement;
        else if (parts[0] == "affiliation")
            rule.kind = LinkKind::affiliation;
        else
            throw UsageError("--link: unknown link kind '" + std::string(parts[0]) +
                             "'; expected court[:Nd][:WEIGHT], article[:Nd][:WEIGHT], movement[:WEIGHT], "
                             "affiliation[:WEIGHT], co-defendants or shared-affiliation");
        for (std::size_t i = 1; i < parts.size(); ++i) {
            const std::string_view p = parts[i];
            const bool dated = rule.kind == LinkKind::court || rule.kind == LinkKind::article;
            if (!p.empty() && p.back() == 'd' && dated && !rule.window_days && i == 1) {
                int days = -1;
                auto [end, ec] = std::from_chars(p.data(), p.data() + p.size() - 1, days);
                if (ec != std::errc() || end != p.data() + p.size() - 1 || days < 0)
                    throw UsageError("--link: '" + std::string(item) +
                                     "': the window must be a number of days like 90d, got '" + std::string(p) + "'");
                rule.window_days = days;
            } else if (i == parts.size() - 1) {
                rule.weight = number(item, p);
            } else {
                throw UsageError("--link: '" + std::string(item) + "' is not KIND[:Nd][:WEIGHT]");
            }
        }
        for (const auto& r : rules)
            if (r.kind == rule.kind) throw UsageError("--link: '" + std::string(parts[0]) + "' is given twice");
        rules.push_back(rule);
    }
    return rules;
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
    if (!(params.prosecution_weight > 0)) throw UsageError("prosecution_weight must be positive");
    PersonNetwork net;
    const auto& types = g.vocabulary().entity_types;
    const auto person = types.find("person");
    const auto prosecution = types.find("prosecution");
    const auto movement = types.find("movement");
    const auto court = types.find("court");
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
    const auto defendant_in = relation(g, "defendant_in"), heard_by = relation(g, "heard_by"),
               concerns_rel = relation(g, "concerns");
    std::vector<TypeId> affiliation;
    for (const char* r : {"member_of", "supports", "leads"})
        if (auto t = relation(g, r)) affiliation.push_back(*t);
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
        else if (movement && dst_type == *movement && index[e.source] != UINT32_MAX &&
                 std::find(affiliation.begin(), affiliation.end(), e.type) != affiliation.end())
            movement_people[e.target].push_back(index[e.source]);
    }
    // Affiliation hubs: movements, organisations and media a person is tied to directly.
    Hubs affiliated;
    const bool wants_affiliation = std::any_of(params.extra.begin(), params.extra.end(),
                                               [](const LinkRule& r) { return r.kind == LinkKind::affiliation; });
    if (wants_affiliation) {
        std::vector<bool> hub_type(types.size(), false);
        for (const char* t : {"movement", "organisation", "media"})
            if (auto id = types.find(t)) hub_type[*id] = true;
        std::vector<bool> tie(g.vocabulary().relation_types.size(), false);
        for (const char* r : {"member_of", "supports", "leads", "works_for"})
            if (auto t = relation(g, r)) tie[*t] = true;
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

    for (const auto& [p, people] : people_of) {
        if (people.size() < 2) continue;
        if (too_large("prosecution", id_of(static_cast<NodeId>(p)), people.size())) continue;
        const double w = hub_weight(params.prosecution_weight, people.size());
        for (std::size_t i = 0; i < people.size(); ++i)
            for (std::size_t j = i + 1; j < people.size(); ++j) {
                PersonLink& l = link(people[i], people[j]);
                l.by_prosecution += w;
                l.prosecutions.push_back(static_cast<NodeId>(p));
            }
    }

    for (const LinkRule& rule : params.extra) {
        if (rule.kind == LinkKind::affiliation) {
            for (const auto& [hub, people] : affiliated) {
                if (people.size() < 2) continue;
                if (too_large("affiliation", id_of(static_cast<NodeId>(hub)), people.size())) continue;
                const double w = hub_weight(rule.weight, people.size());
                for (std::size_t i = 0; i < people.size(); ++i)
                    for (std::size_t j = i + 1; j < people.size(); ++j) link(people[i], people[j]).by_affiliation += w;
            }
            continue;
        }
        if (rule.kind == LinkKind::movement) {
            for (const auto& [m, people] : movement_people) {
                if (people.size() < 2) continue;
                if (too_large("movement", id_of(static_cast<NodeId>(m)), people.size())) continue;
                const double w = hub_weight(rule.weight, people.size());
                for (std::size_t i = 0; i < people.size(); ++i)
                    for (std::size_t j = i + 1; j < people.size(); ++j) link(people[i], people[j]).by_movement += w;
            }
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
            if (too_large(rule.kind == LinkKind::court ? "court" : "article",
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

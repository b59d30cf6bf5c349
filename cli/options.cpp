#include "cli/options.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "engine/errors.hpp"

namespace repnet::cli {
namespace {

double link_weight(std::string_view item, std::string_view text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !(v > 0) || !std::isfinite(v))
        throw UsageError("--link: '" + std::string(item) + "': the weight must be a positive number, got '" +
                         std::string(text) + "'");
    return v;
}

}  // namespace

LinkWeighting parse_link_weighting(std::string_view text) {
    if (text == link_weighting_name(LinkWeighting::count)) return LinkWeighting::count;
    if (text == link_weighting_name(LinkWeighting::newman)) return LinkWeighting::newman;
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
        if (const auto set = link_rule_set(item)) {  // a named rule set: co-defendants, shared-affiliation
            for (const LinkRule& rule : *set) {
                for (const auto& r : rules)
                    if (r.kind == rule.kind)
                        throw UsageError("--link: '" + std::string(link_kind_name(rule.kind)) + "' is given twice");
                rules.push_back(rule);
            }
            continue;
        }
        std::vector<std::string_view> parts;
        for (std::size_t p = 0; p <= item.size();) {
            const std::size_t colon = std::min(item.find(':', p), item.size());
            parts.push_back(item.substr(p, colon - p));
            p = colon + 1;
        }
        LinkRule rule;
        if (parts[0] == link_kind_name(LinkKind::court))
            rule.kind = LinkKind::court;
        else if (parts[0] == link_kind_name(LinkKind::article))
            rule.kind = LinkKind::article;
        else if (parts[0] == link_kind_name(LinkKind::movement))
            rule.kind = LinkKind::movement;
        else if (parts[0] == link_kind_name(LinkKind::affiliation))
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
                rule.weight = link_weight(item, p);
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

void check_view_flags(const ViewFlags& flags) {
    if (flags.project.empty()) return;
    if (flags.project != "person")
        throw UsageError(
            "--project: only 'person' is supported (people linked by shared prosecutions, movements and "
            "organisations), got '" +
            flags.project + "'");
    if (flags.directed)
        throw UsageError("--project person gives an undirected graph; it cannot be combined with --directed");
    if (!flags.types.empty()) throw UsageError("--project person cannot be combined with --types");
}

ViewParams view_params(const Graph& graph, const ViewFlags& flags) {
    check_view_flags(flags);
    ViewParams params;
    params.directed = flags.directed;
    params.person_projection = flags.project == "person";
    params.person_links = flags.person_links;
    const TypeSet& known = graph.vocabulary().entity_types;
    for (const auto& t : flags.types) {
        const auto id = known.find(t);
        if (!id) throw UsageError("--types: unknown entity type '" + t + "' (known: " + known.joined() + ")");
        params.types.push_back(*id);
    }
    return params;
}

}  // namespace repnet::cli

#pragma once
// The person projection — the one person network of repnet, used by
// `clusters`, `export --project person`, `centrality --project person` and
// `analyze`: people linked by the prosecutions they share (co-defendants),
// plus optional link rules:
//
//   court[:WINDOW][:WEIGHT]    tried by the same court, in two different prosecutions
//                              whose dates are at most WINDOW days apart (no window: any dates)
//   article[:WINDOW][:WEIGHT]  charged under the same article, in two different
//                              prosecutions at most WINDOW days apart
//   movement[:WEIGHT]          related to the same movement: member_of / supports /
//                              leads it, or defendant in a prosecution that `concerns` it
//   affiliation[:WEIGHT]       tied directly to the same movement, organisation or media
//                              outlet (member_of, supports, leads, works_for, either direction)
//
// written as a comma-separated list, e.g. "court:90d,article:90d,movement".
// WINDOW is N followed by d (days); WEIGHT a positive number (default 0.5,
// half a shared prosecution). Each link kind is off unless listed.
// Two named rule sets (presets) may stand in the list:
//   co-defendants        no extra rule: shared prosecutions only (the default of
//                        clusters, export --project person and analyze)
//   shared-affiliation   affiliation:1 — with count weighting a link weighs the number of
//                        prosecutions, movements, organisations and media two people
//                        share (the default of centrality --project person)
//
// Large hubs: a hub (a prosecution, movement, court, article or affiliation) with
// more than max_hub_people people is not expanded into the clique of its people,
// which would cost people^2 memory and time; it is listed in
// PersonNetwork::skipped_hubs instead and its people keep their other links.
//
// Weighting (docs/algorithms.md, "Clusters"): with `count` every shared hub
// (a prosecution, a court, an article, a movement) adds its kind's weight — the
// plain count of shared collaborations. With `newman` a hub with n people adds
// weight / (n - 1), Newman's collaboration weighting (M. E. J. Newman 2001,
// "Scientific collaboration networks. II", Phys. Rev. E 64, 016132): a case
// with forty defendants ties each pair less than a case with two.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/csr.hpp"
#include "engine/graph.hpp"

namespace repnet {

enum class LinkKind : std::uint8_t { court, article, movement, affiliation };
enum class LinkWeighting : std::uint8_t { count, newman };

struct LinkRule {
    LinkKind kind = LinkKind::court;
    std::optional<int> window_days;  // court and article only; nullopt = any dates
    double weight = 0.5;             // > 0
};

struct PersonLinkParams {
    double prosecution_weight = 1.0;  // per shared prosecution, > 0
    LinkWeighting weighting = LinkWeighting::count;
    std::vector<LinkRule> extra;  // at most one rule per kind
    // Hubs with more people than this are not expanded (see above); 0 = no limit.
    std::size_t max_hub_people = 1000;
};

// The rules are parsed from the command line in cli/options.hpp.
// The named rule set `name` stands for ("co-defendants": none; "shared-affiliation":
// affiliation:1), or nullopt for another name.
std::optional<std::vector<LinkRule>> link_rule_set(std::string_view name);
std::string link_rules_text(const std::vector<LinkRule>& rules);  // canonical form, "" for none
std::string_view link_kind_name(LinkKind kind);
std::string_view link_weighting_name(LinkWeighting weighting);

struct PersonLink {
    std::uint32_t a = 0, b = 0;  // indices into PersonNetwork::members, a < b
    double weight = 0;           // the sum of the parts below
    double by_prosecution = 0, by_court = 0, by_article = 0, by_movement = 0, by_affiliation = 0;
    std::vector<NodeId> prosecutions;  // shared prosecutions, ascending NodeId
};

// A hub whose clique was not built because it has more than max_hub_people people.
struct SkippedHub {
    std::string kind;  // "prosecution", "movement", "court", "article" or "affiliation"
    std::string name;  // the hub's id (an article: its text)
    std::size_t people = 0;
};

struct PersonNetwork {
    std::vector<NodeId> members;           // every person node, ascending NodeId
    std::vector<PersonLink> links;         // sorted by (a, b)
    std::vector<SkippedHub> skipped_hubs;  // in the order met; empty unless a hub exceeds the limit
    CsrGraph view() const;                 // weighted, undirected; to_graph_node = members
};

// "2 hubs with more than 1000 people were not expanded into links: case-7 (prosecution,
// 10000 people), ...": the warning the commands print; "" when none was skipped.
std::string skipped_hubs_text(const PersonNetwork& network, std::size_t max_hub_people);

// O(sum over expanded hubs of people(hub)^2 + E log E), each hub at most
// max_hub_people^2. Type and relation names are looked up by name; a dataset
// without them simply has no such links. Throws
// InvalidArgument for a weight that is not positive and finite or a negative window.
PersonNetwork person_network(const Graph& graph, const PersonLinkParams& params = {});

// Each prosecution's people (defendant_in), with the day interval the
// prosecution spans (opened..decided, else the node's dates; a partial date
// covers its whole year or month). Exposed for the cluster summary and tests.
struct ProsecutionDays {
    bool dated = false;
    std::int32_t first = 0, last = 0;  // days since 1970-01-01
};
ProsecutionDays prosecution_days(const NodeData& prosecution);

}  // namespace repnet

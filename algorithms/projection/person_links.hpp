#pragma once
// The weighted person network that clusters are found in: people linked by
// the prosecutions they share (co-defendants), plus optional, weaker links:
//
//   court[:WINDOW][:WEIGHT]    tried by the same court, in two different prosecutions
//                              whose dates are at most WINDOW days apart (no window: any dates)
//   article[:WINDOW][:WEIGHT]  charged under the same article, in two different
//                              prosecutions at most WINDOW days apart
//   movement[:WEIGHT]          related to the same movement: member_of / supports /
//                              leads it, or defendant in a prosecution that `concerns` it
//
// written as a comma-separated list, e.g. "court:90d,article:90d,movement".
// WINDOW is N followed by d (days); WEIGHT a positive number (default 0.5,
// half a shared prosecution). Each link kind is off unless listed.
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

enum class LinkKind : std::uint8_t { court, article, movement };
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
};

// The rules are parsed from the command line in cli/options.hpp.
std::string link_rules_text(const std::vector<LinkRule>& rules);  // canonical form, "" for none
std::string_view link_kind_name(LinkKind kind);
std::string_view link_weighting_name(LinkWeighting weighting);

struct PersonLink {
    std::uint32_t a = 0, b = 0;  // indices into PersonNetwork::members, a < b
    double weight = 0;           // the sum of the parts below
    double by_prosecution = 0, by_court = 0, by_article = 0, by_movement = 0;
    std::vector<NodeId> prosecutions;  // shared prosecutions, ascending NodeId
};

struct PersonNetwork {
    std::vector<NodeId> members;    // every person node, ascending NodeId
    std::vector<PersonLink> links;  // sorted by (a, b)
    CsrGraph view() const;          // weighted, undirected; to_graph_node = members
};

// O(sum over hubs of people(hub)^2 + E log E). Type and relation names are
// looked up by name; a dataset without them simply has no such links. Throws
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

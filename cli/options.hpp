#pragma once
// Command-line values that need more than CLI11's checks: the --link rules, --weighting,
// and the centrality view flags (--directed, --types, --project). They are parsed here, in
// cli/, and handed to the algorithms as structs; errors name the flag (UsageError, exit 1).
// No CLI11 here, so tests can link it without the executable.
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/centrality/view.hpp"
#include "algorithms/projection/person_links.hpp"
#include "engine/graph.hpp"

namespace repnet::cli {

// Parses --link "court:90d,article:90d:0.25,movement" (person_links.hpp describes the rules),
// which may name the rule sets co-defendants and shared-affiliation (link_rule_set);
// "" and "none" give no rules. Throws UsageError naming the bad item.
std::vector<LinkRule> parse_link_rules(std::string_view spec);

// Parses --weighting "count" or "newman". Throws UsageError.
LinkWeighting parse_link_weighting(std::string_view text);

// The centrality view flags as given on the command line.
struct ViewFlags {
    bool directed = false;                                       // --directed
    std::vector<std::string> types;                              // --types, entity type names
    std::string project;                                         // --project: "" or "person"
    PersonLinkParams person_links = shared_affiliation_links();  // --link, --weighting, --max-hub
};

// Checks the flags against each other (before any loading). Throws UsageError.
void check_view_flags(const ViewFlags& flags);

// The view parameters for `graph`: type names resolved to the graph's type ids.
// Throws UsageError for an unknown type name or projection.
ViewParams view_params(const Graph& graph, const ViewFlags& flags);

}  // namespace repnet::cli

// cli/options.cpp: the command-line values parsed in cli/ and handed to algorithms as structs.
#include <catch2/catch.hpp>

#include "cli/options.hpp"
#include "engine/errors.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::cli;
using namespace repnet::test;

TEST_CASE("link specifications (--link) are parsed strictly", "[cli][options]") {
    const auto rules = parse_link_rules("court:90d,article:30d:0.25,movement:3");
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].window_days == 90);
    CHECK(rules[0].weight == 0.5);
    CHECK(rules[1].weight == 0.25);
    CHECK_FALSE(rules[2].window_days);
    CHECK(rules[2].weight == 3);
    CHECK(link_rules_text(rules) == "court:90d:0.5,article:30d:0.25,movement:3");
    CHECK(parse_link_rules("").empty());
    CHECK_THROWS_WITH(parse_link_rules("judge"), Catch::Contains("unknown link kind 'judge'"));
    CHECK_THROWS_AS(parse_link_rules("court:-5d"), UsageError);
    CHECK_THROWS_AS(parse_link_rules("court:0"), UsageError);
    CHECK_THROWS_AS(parse_link_rules("movement:90d"), UsageError);
    CHECK_THROWS_AS(parse_link_rules("court,court:30d"), UsageError);
    CHECK_THROWS_AS(parse_link_weighting("jaccard"), UsageError);
    // The named rule sets: co-defendants adds nothing, shared-affiliation is affiliation:1;
    // they combine with other rules; an unknown name or a kind given twice is refused.
    CHECK(parse_link_rules("co-defendants").empty());
    CHECK(link_rules_text(parse_link_rules("shared-affiliation,court:90d")) == "affiliation:1,court:90d:0.5");
    CHECK(link_rules_text(parse_link_rules("affiliation:2")) == "affiliation:2");
    CHECK_THROWS_AS(parse_link_rules("shared-affiliations"), UsageError);
    CHECK_THROWS_AS(parse_link_rules("shared-affiliation,affiliation"), UsageError);
    CHECK_THROWS_AS(parse_link_rules("affiliation:90d"), UsageError);
}

TEST_CASE("view flags: checked against each other, types resolved by name", "[cli][options]") {
    const Dataset d = load_dataset(sample_dataset());
    ViewFlags f;
    f.types = {"person", "movement"};
    const ViewParams p = view_params(d.graph, f);
    REQUIRE(p.types.size() == 2);
    CHECK(d.graph.vocabulary().entity_types.name(p.types[0]) == "person");
    CHECK(d.graph.vocabulary().entity_types.name(p.types[1]) == "movement");
    CHECK_FALSE(p.person_projection);
    f.types = {"persn"};
    CHECK_THROWS_WITH(view_params(d.graph, f), Catch::Contains("--types: unknown entity type 'persn'"));
    f.types.clear();
    f.project = "court";
    CHECK_THROWS_AS(check_view_flags(f), UsageError);
    f.project = "person";
    CHECK(view_params(d.graph, f).person_projection);
    CHECK(link_rules_text(view_params(d.graph, f).person_links.extra) == "affiliation:1");  // the default rule set
    f.directed = true;
    CHECK_THROWS_WITH(check_view_flags(f), Catch::Contains("--directed"));
}

TEST_CASE("the view itself names parameters, not flags", "[cli][options]") {
    const Dataset d = load_dataset(sample_dataset());
    ViewParams p;
    p.person_projection = true;
    p.directed = true;
    try {
        centrality_view(d.graph, p);
        FAIL("no exception");
    } catch (const InvalidArgument& e) {
        CHECK(e.parameter() == "directed");
        CHECK(std::string(e.what()).find("--") == std::string::npos);
    }
    p = {};
    p.types = {static_cast<TypeId>(d.graph.vocabulary().entity_types.size())};
    CHECK_THROWS_AS(centrality_view(d.graph, p), InvalidArgument);
}

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "algorithms/community/cluster_table.hpp"
#include "algorithms/projection/person_links.hpp"
#include "engine/errors.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// People a..f; prosecutions:
//   p1: a, b   court C1, article X, decided 2021-01-10
//   p2: c      court C1, article X, decided 2021-03-01   (50 days after p1)
//   p3: d      court C1, article Y, decided 2021-09       (> 90 days after p2)
//   p4: e      court C2, article X, undated
// movement M: a member_of, f supports; p3 concerns M (so d too)
Dataset links_dataset() {
    const auto file = scratch_dir("person-links") / "d.json";
    auto pros = [](const char* id, const char* court, const char* article, const char* decided) {
        std::string extra = ", \"prosecution\": {\"kind\": \"criminal\", \"court\": \"" + std::string(court) +
                            "\", \"articles\": [\"" + article + "\"]";
        if (*decided) extra += ", \"decided\": \"" + std::string(decided) + "\"";
        return entity(id, "prosecution", id, extra + "}");
    };
    std::string people;
    for (const char* p : {"a", "b", "c", "d", "e", "f"}) people += entity(p, "person", p) + ",";
    write_text(file,
               dataset_json(people + entity("C1", "court", "Court 1") + "," + entity("C2", "court", "Court 2") + "," +
                                entity("M", "movement", "M") + "," + pros("p1", "C1", "X", "2021-01-10") + "," +
                                pros("p2", "C1", "X", "2021-03-01") + "," + pros("p3", "C1", "Y", "2021-09") + "," +
                                pros("p4", "C2", "X", ""),
                            relation("a", "p1", "defendant_in") + "," + relation("b", "p1", "defendant_in") + "," +
                                relation("c", "p2", "defendant_in") + "," + relation("d", "p3", "defendant_in") + "," +
                                relation("e", "p4", "defendant_in") + "," + relation("a", "M", "member_of") + "," +
                                relation("f", "M", "supports") + "," + relation("p3", "M", "concerns")));
    return load_dataset(file);
}

std::map<std::pair<std::string, std::string>, PersonLink> by_name(const Graph& g, const PersonNetwork& net) {
    std::map<std::pair<std::string, std::string>, PersonLink> out;
    for (const auto& l : net.links) out[{g.str(g.node(net.members[l.a]).id), g.str(g.node(net.members[l.b]).id)}] = l;
    return out;
}

}  // namespace

TEST_CASE("person network: co-prosecution only by default", "[algorithms][projection]") {
    const Dataset d = links_dataset();
    const PersonNetwork net = person_network(d.graph);
    REQUIRE(net.members.size() == 6);
    REQUIRE(net.links.size() == 1);
    const auto links = by_name(d.graph, net);
    CHECK(links.at({"a", "b"}).weight == 1.0);
    CHECK(links.at({"a", "b"}).prosecutions.size() == 1);
}

TEST_CASE("person network: court, article and movement links with windows and weights", "[algorithms][projection]") {
    const Dataset d = links_dataset();
    PersonLinkParams p;
    p.extra = {{LinkKind::court, 90, 0.5}, {LinkKind::article, 90, 0.25}, {LinkKind::movement, std::nullopt, 2}};
    const auto links = by_name(d.graph, person_network(d.graph, p));
    // court C1 within 90 days: p1-p2 (a-c, b-c); p3 is 6 months later. Co-defendants a-b do not count twice.
    CHECK(links.at({"a", "b"}).weight == 1.0);
    CHECK(links.at({"a", "c"}).by_court == 0.5);
    CHECK(links.at({"b", "c"}).by_court == 0.5);
    CHECK(links.at({"a", "c"}).by_article == 0.25);  // article X, p1-p2; p4 undated, so no window match
    CHECK(links.count({"c", "d"}) == 0);
    CHECK(links.count({"a", "e"}) == 0);
    // movement M: a (member), f (supports), d (defendant in a case concerning M)
    CHECK(links.at({"a", "d"}).by_movement == 2.0);
    CHECK(links.at({"a", "f"}).by_movement == 2.0);
    CHECK(links.at({"d", "f"}).by_movement == 2.0);
    CHECK(links.at({"a", "c"}).weight == 0.75);

    // No window: every pair of different prosecutions at the court or under the article.
    p.extra = {{LinkKind::court, std::nullopt, 0.5}, {LinkKind::article, std::nullopt, 0.5}};
    const auto open = by_name(d.graph, person_network(d.graph, p));
    CHECK(open.at({"c", "d"}).by_court == 0.5);
    CHECK(open.at({"a", "e"}).by_article == 0.5);
    CHECK(open.count({"d", "e"}) == 0);  // different courts and articles

    // Newman weighting: a hub with n people adds weight / (n - 1). Court C1 has a, b, c, d.
    p.weighting = LinkWeighting::newman;
    const auto newman = by_name(d.graph, person_network(d.graph, p));
    CHECK(newman.at({"a", "b"}).by_prosecution == 1.0);
    CHECK(newman.at({"c", "d"}).by_court == Approx(0.5 / 3));
    CHECK(newman.at({"a", "e"}).by_article == Approx(0.5 / 3));  // article X: a, b, c, e
}

TEST_CASE("prosecution day intervals cover partial dates", "[algorithms][projection]") {
    NodeData n;
    n.prosecution = ProsecutionInfo{};
    n.prosecution->opened = *parse_date("2021");
    n.prosecution->decided = *parse_date("2021-02");
    const ProsecutionDays d = prosecution_days(n);
    REQUIRE(d.dated);
    CHECK(d.first == 18628);       // 2021-01-01
    CHECK(d.last == 18628 + 364);  // 2021-12-31
    CHECK_FALSE(prosecution_days(NodeData{}).dated);
}

TEST_CASE("Kazakhstan: co-defendants share a cluster, people without shared prosecutions are alone",
          "[algorithms][community][kazakhstan]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    const PersonNetwork net = person_network(g);
    const CsrGraph view = net.view();
    const auto defendant_in = g.vocabulary().relation_types.find("defendant_in");
    const auto person = g.vocabulary().entity_types.find("person");
    std::map<NodeId, std::vector<NodeId>> defendants;
    for (const auto& e : g.edges())
        if (e.type == *defendant_in && g.node(e.source).type == *person) defendants[e.target].push_back(e.source);
    std::size_t shared = 0;
    for (const char* algorithm : {"leiden", "louvain"})
        for (std::uint64_t seed : {1, 2, 3, 99}) {
            INFO(algorithm << " seed " << seed);
            const CommunityResult r = find_communities(view, algorithm, {1.0, seed});
            const ClusterTable t = cluster_table(g, view, r.community);
            for (const auto& [p, people] : defendants) {
                if (people.size() > 1) ++shared;
                for (NodeId v : people) CHECK(t.cluster_of_node[v] == t.cluster_of_node[people.front()]);
            }
            for (std::uint32_t v = 0; v < view.node_count; ++v)
                if (view.out_neighbours(v).empty())
                    CHECK(t.clusters[t.cluster_of_node[view.to_graph_node[v]]].members.size() == 1);
            // Ranked by size, then peak severity.
            for (std::size_t i = 1; i < t.clusters.size(); ++i) {
                const auto &a = t.clusters[i - 1], &b = t.clusters[i];
                CHECK(a.members.size() >= b.members.size());
                if (a.members.size() == b.members.size())
                    CHECK(severity_rank(a.peak_severity) >= severity_rank(b.peak_severity));
            }
        }
    CHECK(shared > 0);  // the data has multi-defendant cases, so the check above checks something
}

//  a ─┐            ┌─ c         case1: a, b        movement m: a, c, d (d twice)
//     ├─ case1     │            case2: a, b, c
//  b ─┘  case2 ────┤            e: no ties
//                  m ── d
// (Formerly the test of the separate shared-affiliation projection used by
// `centrality --project person`; the same numbers now come from the one
// person projection with the "co-defendants" and "shared-affiliation" rule sets.)
TEST_CASE("co-defendants and shared-affiliation rule sets count shared hubs", "[algorithms][projection]") {
    const auto file = scratch_dir("projection") / "d.json";
    auto pros = [](const char* id) {
        return entity(id, "prosecution", id, ", \"prosecution\": {\"kind\": \"criminal\"}");
    };
    write_text(
        file,
        dataset_json(entity("a", "person", "A") + "," + entity("b", "person", "B") + "," + entity("c", "person", "C") +
                         "," + entity("d", "person", "D") + "," + entity("e", "person", "E") + "," +
                         entity("m", "movement", "M") + "," + pros("case1") + "," + pros("case2"),
                     relation("a", "case1", "defendant_in") + "," + relation("b", "case1", "defendant_in") + "," +
                         relation("a", "case2", "defendant_in") + "," + relation("b", "case2", "defendant_in") + "," +
                         relation("c", "case2", "defendant_in") + "," + relation("a", "m", "member_of") + "," +
                         relation("c", "m", "supports") + "," + relation("d", "m", "member_of") + "," +
                         relation("d", "m", "leads")));
    const Dataset d = load_dataset(file);
    const Graph& g = d.graph;

    PersonLinkParams co_params;
    co_params.extra = *link_rule_set("co-defendants");
    CHECK(co_params.extra.empty());
    const PersonNetwork co = person_network(g, co_params);
    REQUIRE(co.members.size() == 5);
    REQUIRE(co.links.size() == 3);  // a-b (2), a-c (1), b-c (1)
    CHECK(co.links[0].a == 0);
    CHECK(co.links[0].b == 1);
    CHECK(co.links[0].weight == 2);
    CHECK(co.links[0].prosecutions.size() == 2);
    CHECK(co.links[1].weight == 1);
    CHECK(co.links[2].weight == 1);
    const CsrGraph view = co.view();
    CHECK(view.node_count == 5);
    CHECK(view.edge_count() == 3);
    CHECK(view.out_neighbours(4).empty());  // e is a singleton
    CHECK(view.out_neighbours(3).empty());  // d shares no prosecution

    PersonLinkParams aff_params;
    aff_params.extra = *link_rule_set("shared-affiliation");
    CHECK(link_rules_text(aff_params.extra) == "affiliation:1");
    const PersonNetwork aff = person_network(g, aff_params);
    // a-b 2; a-c 2 (case2, m); b-c 1; a-d 1; c-d 1 (d's two ties to m count once)
    REQUIRE(aff.links.size() == 5);
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> w;
    for (const auto& l : aff.links) w[{l.a, l.b}] = l.weight;
    CHECK(w[{0, 1}] == 2);
    CHECK(w[{0, 2}] == 2);
    CHECK(w[{1, 2}] == 1);
    CHECK(w[{0, 3}] == 1);
    CHECK(w[{2, 3}] == 1);
    CHECK_FALSE(link_rule_set("shared-affiliations"));  // --link parsing of the names: tests/cli/test_options.cpp
}

TEST_CASE("a hub with more people than max_hub_people is not expanded into a clique", "[algorithms][projection]") {
    // One prosecution with 40 defendants (780 pairs), one with 3 (3 pairs).
    std::string entities, relations;
    for (int i = 0; i < 43; ++i) {
        std::string id(1, 'x');  // not "x" + to_string(i): GCC 12 warns (-Wrestrict) falsely
        id += std::to_string(i);
        entities += entity(id, "person", "Name of " + id) + ",";
        relations += relation(id, i < 40 ? "big" : "small", "defendant_in") + (i < 42 ? "," : "");
    }
    entities += entity("big", "prosecution", "Big", ", \"prosecution\": {\"kind\": \"criminal\"}") + "," +
                entity("small", "prosecution", "Small", ", \"prosecution\": {\"kind\": \"criminal\"}");
    const auto file = scratch_dir("large-hub") / "d.json";
    write_text(file, dataset_json(entities, relations));
    const Dataset d = load_dataset(file);

    PersonLinkParams p;
    p.max_hub_people = 0;  // no limit
    const PersonNetwork all = person_network(d.graph, p);
    CHECK(all.links.size() == 780 + 3);
    CHECK(all.skipped_hubs.empty());
    CHECK(skipped_hubs_text(all, 0).empty());

    p.max_hub_people = 39;
    const PersonNetwork guarded = person_network(d.graph, p);
    CHECK(guarded.members.size() == 43);  // everyone stays a node
    CHECK(guarded.links.size() == 3);
    REQUIRE(guarded.skipped_hubs.size() == 1);
    CHECK(guarded.skipped_hubs[0].kind == "prosecution");
    CHECK(guarded.skipped_hubs[0].name == "big");
    CHECK(guarded.skipped_hubs[0].people == 40);
    CHECK(skipped_hubs_text(guarded, 39).find("1 hub with more than 39 people") != std::string::npos);

    p.max_hub_people = 40;  // the limit itself is still expanded
    CHECK(person_network(d.graph, p).links.size() == 783);
}

// The projection `centrality --project person` used before the two person
// projections were merged (algorithms/projection/person_projection.cpp),
// transcribed: people linked through the prosecutions, movements,
// organisations and media they share, weight = number of shared hubs.
static std::map<std::pair<NodeId, NodeId>, double> former_shared_affiliation(const Graph& g) {
    const auto& vocab = g.vocabulary();
    const auto person = vocab.entity_types.find("person");
    std::vector<bool> relation_ok(vocab.relation_types.size(), false), hub_ok(vocab.entity_types.size(), false);
    for (const char* r : {"defendant_in", "member_of", "supports", "leads", "works_for"})
        if (auto t = vocab.relation_types.find(r)) relation_ok[*t] = true;
    for (const char* t : {"prosecution", "movement", "organisation", "media"})
        if (auto id = vocab.entity_types.find(t)) hub_ok[*id] = true;
    std::map<NodeId, std::set<NodeId>> hubs;
    for (const auto& e : g.edges()) {
        if (!relation_ok[e.type]) continue;
        for (auto [member, hub] : {std::pair{e.source, e.target}, std::pair{e.target, e.source}})
            if (g.node(member).type == *person && hub_ok[g.node(hub).type]) hubs[hub].insert(member);
    }
    std::map<std::pair<NodeId, NodeId>, double> w;
    for (const auto& [hub, members] : hubs)
        for (auto i = members.begin(); i != members.end(); ++i)
            for (auto j = std::next(i); j != members.end(); ++j) w[{*i, *j}] += 1;
    return w;
}

TEST_CASE("shared-affiliation equals the former centrality projection on the shipped datasets",
          "[algorithms][projection]") {
    for (const auto& path : {sample_dataset(), source_dir() / "data" / "kazakhstan"}) {
        INFO(path);
        const Dataset d = load_dataset(path);
        PersonLinkParams p;
        p.extra = *link_rule_set("shared-affiliation");
        const PersonNetwork net = person_network(d.graph, p);
        std::map<std::pair<NodeId, NodeId>, double> now;
        for (const auto& l : net.links) now[{net.members[l.a], net.members[l.b]}] = l.weight;
        const auto before = former_shared_affiliation(d.graph);
        CHECK(now.size() == before.size());
        CHECK(now == before);
        CHECK_FALSE(before.empty());
    }
}

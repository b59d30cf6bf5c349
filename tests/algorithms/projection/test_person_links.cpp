#include <catch2/catch.hpp>
#include <map>

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

TEST_CASE("Kazakhstan: co-defendants share a cluster; people without shared prosecutions are alone",
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

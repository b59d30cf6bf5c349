#include <catch2/catch.hpp>
#include <sstream>

#include "algorithms/community/cluster_table.hpp"
#include "algorithms/projection/person_links.hpp"
#include "exports/clusters_report.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

struct Clustered {
    Dataset d;
    CsrGraph view;
    CommunityResult r;
    ClusterTable t;
};

Clustered clustered(Dataset d) {
    Clustered c;
    c.d = std::move(d);
    c.view = person_network(c.d.graph).view();
    c.r = find_communities(c.view, "leiden", {}, 2);
    c.t = cluster_table(c.d.graph, c.view, c.r.community);
    return c;
}

}  // namespace

TEST_CASE("clusters JSON: the setup, the result and whether it converged", "[exports][clusters_report]") {
    const Clustered c = clustered(load_dataset(sample_dataset()));
    ClusteringSetup setup;
    setup.links = "court:90d:0.5";
    const rapidjson::Document doc = clusters_document("sample", c.d.graph, c.view, c.t, c.r, setup);
    CHECK(doc["repnet_clusters"].GetInt() == 1);
    CHECK(std::string(doc["dataset"].GetString()) == "sample");
    CHECK(std::string(doc["algorithm"].GetString()) == "leiden");
    CHECK(std::string(doc["links"].GetString()) == "court:90d:0.5");
    CHECK(doc["iterations"].GetInt() == c.r.iterations);
    CHECK(doc["converged"].GetBool() == c.r.converged);
    CHECK(doc["converged"].GetBool());  // the sample is tiny: Leiden settles
    CHECK(doc["nodes"].GetUint() == c.view.node_count);
    REQUIRE(doc["clusters"].Size() == c.t.clusters.size());
    std::size_t members = 0;
    for (const auto& cl : doc["clusters"].GetArray()) members += cl["members"].Size();
    CHECK(members == c.view.node_count);
}

TEST_CASE("components carry no seed, iterations or convergence", "[exports][clusters_report]") {
    Clustered c = clustered(load_dataset(sample_dataset()));
    c.r = find_communities(c.view, "components", {}, 2);
    c.t = cluster_table(c.d.graph, c.view, c.r.community);
    rapidjson::Document doc(rapidjson::kObjectType);
    const rapidjson::Value v = clusters_json(c.d.graph, c.view, c.t, c.r, {}, doc.GetAllocator());
    CHECK_FALSE(v.HasMember("seed"));
    CHECK_FALSE(v.HasMember("converged"));
}

TEST_CASE("clusters CSV: one row per member with its cluster's columns, names quoted and neutralised",
          "[exports][clusters_report]") {
    const std::string entities = entity("a", "person", "=cmd") + "," + entity("b", "person", "B, junior") + "," +
                                 entity("k", "prosecution", "K", ", \"prosecution\": {\"kind\": \"criminal\"}");
    const std::string relations = relation("a", "k", "defendant_in") + "," + relation("b", "k", "defendant_in");
    const Clustered c = clustered(load_dataset_texts("t", {{"t.json", dataset_json(entities, relations)}}));
    std::ostringstream out;
    write_clusters_csv(out, c.d.graph, c.t);
    const std::string csv = out.str();
    CHECK(csv.rfind("cluster,size,member_id,member_name,member_type,prosecutions,", 0) == 0);
    std::size_t rows = 0, members = 0;
    for (std::size_t p = 0; (p = csv.find("\r\n", p)) != std::string::npos; p += 2) ++rows;
    for (const auto& cl : c.t.clusters) members += cl.members.size();
    CHECK(rows == members + 1);
    CHECK(csv.find(",2,a,'=cmd,person,K,") != std::string::npos);
    CHECK(csv.find(",2,b,\"B, junior\",person,K,") != std::string::npos);
}

TEST_CASE("clusters table: setup, convergence, terminal-safe names, single-member clusters on request",
          "[exports][clusters_report]") {
    const std::string entities =
        entity("a", "person", "Ann \\u001b[31mred") + "," + entity("b", "person", "Bo") + "," +
        entity("c", "person", "Cy") + "," +
        entity("k", "prosecution", "Case K", ", \"prosecution\": {\"kind\": \"criminal\", \"articles\": [\"174\"]}");
    const std::string relations = relation("a", "k", "defendant_in") + "," + relation("b", "k", "defendant_in");
    Clustered c = clustered(load_dataset_texts("t", {{"t.json", dataset_json(entities, relations)}}));
    ClusteringSetup setup;
    setup.links = "court:90d";
    auto table = [&](bool all) {
        std::ostringstream out;
        write_clusters_table(out, "t\x1b]0;title\x07", c.d.graph, c.view, c.t, c.r, setup, all);
        return out.str();
    };
    const std::string text = table(false);
    INFO(text);
    CHECK(text.rfind("repnet clusters: t\\x1b]0;title\\x07\n", 0) == 0);  // the dataset name made visible
    CHECK(text.find("view: people linked by shared prosecutions and court:90d, count weighting (3 people, 1 links)") !=
          std::string::npos);
    CHECK(text.find("algorithm: leiden (seed 1, ") != std::string::npos);
    CHECK(text.find(", converged)") != std::string::npos);
    CHECK(text.find("cluster 0: 2 people") != std::string::npos);
    CHECK(text.find("  members:      Ann \\x1b[31mred; Bo\n") != std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);  // no raw escape reaches the terminal
    CHECK(text.find("  prosecutions: Case K\n") != std::string::npos);
    CHECK(text.find("  courts:       -\n") != std::string::npos);
    CHECK(text.find("  articles:     174\n") != std::string::npos);
    CHECK(text.find("Cy") == std::string::npos);  // the single-member cluster is only counted
    CHECK(text.find("\n1 single-member clusters not shown (--all shows them)\n") != std::string::npos);

    const std::string all = table(true);
    CHECK(all.find("cluster 1: 1 people") != std::string::npos);
    CHECK(all.find("  members:      Cy\n") != std::string::npos);
    CHECK(all.find("not shown") == std::string::npos);

    c.r.converged = false;
    CHECK(table(false).find("NOT converged: stopped at the iteration limit while still changing") != std::string::npos);
    setup.view = "graph";
    CHECK(table(false).find("view: the whole graph (3 nodes, 1 edges)") != std::string::npos);
}

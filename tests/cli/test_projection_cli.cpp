// The one person projection across commands: the same --link gives the same
// graph in centrality, clusters and export; large hubs are not expanded.
#include <catch2/catch.hpp>
#include <regex>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

// One prosecution with `big` defendants, one with three (p0, p1, p2), and a
// movement two of the three belong to.
std::filesystem::path hub_dataset(const std::filesystem::path& dir, int big) {
    std::string entities, relations;
    entities.reserve(std::size_t(big) * 180);
    for (int i = 0; i < big + 3; ++i) {
        std::string id(1, 'p');  // not "p" + to_string(i): GCC 12 warns (-Wrestrict) falsely
        id += std::to_string(i);
        entities += entity(id, "person", "Person " + id) + ",\n";
        relations += relation(id, i < 3 ? "small" : "big", "defendant_in") + ",\n";
    }
    entities += entity("big", "prosecution", "Mass trial", ", \"prosecution\": {\"kind\": \"criminal\"}") + ",\n" +
                entity("small", "prosecution", "Small case", ", \"prosecution\": {\"kind\": \"criminal\"}") + ",\n" +
                entity("m", "movement", "Movement");
    relations += relation("p0", "m", "member_of") + "," + relation("p5", "m", "member_of");
    const auto file = dir / "hub.json";
    write_text(file, dataset_json(entities, relations));
    return file;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = 0; (i = text.find(what, i)) != std::string::npos; i += what.size()) ++n;
    return n;
}

// "N nodes, M edges" from the centrality header.
std::string view_size(const std::string& output) {
    std::smatch m;
    const std::regex re("([0-9]+ nodes, [0-9]+ edges)");
    return std::regex_search(output, m, re) ? m[1].str() : "";
}

}  // namespace

TEST_CASE("one prosecution of 10,000 defendants: clusters, centrality and analyze warn instead of blowing up",
          "[cli][projection]") {
    const auto dir = scratch_dir("cli-hub");
    const auto file = hub_dataset(dir, 10000);
    const std::string warning = "1 hub with more than 1000 people not expanded";

    const auto clusters = run_repnet("clusters " + quote(file));
    INFO(clusters.output.substr(0, 2000));
    CHECK(clusters.exit_code == 0);
    CHECK(count(clusters.output, warning) == 2);  // on stderr and as a note under the table
    CHECK(clusters.output.find("big (prosecution, 10000 people)") != std::string::npos);
    CHECK(clusters.output.find("(10003 people, 3 links)") != std::string::npos);
    CHECK(clusters.output.find(": 3 people") != std::string::npos);  // the small case's cluster

    const auto centrality = run_repnet("centrality " + quote(file) + " --project person --measure degree");
    INFO(centrality.output.substr(0, 2000));
    CHECK(centrality.exit_code == 0);
    CHECK(count(centrality.output, warning) == 1);
    // shared-affiliation: the 3 co-defendant links plus p0-p5 through the movement.
    CHECK(view_size(centrality.output) == "10003 nodes, 4 edges");

    const auto analyze = run_repnet("analyze " + quote(file) + " -o " + quote(dir / "out"));
    INFO(analyze.output.substr(0, 2000));
    CHECK(analyze.exit_code == 0);
    CHECK(count(analyze.output, warning) == 1);
    CHECK(std::filesystem::exists(dir / "out" / "report.json"));

    const auto exported = run_repnet("export " + quote(file) + " --project person -o " + quote(dir / "p.graphml"));
    CHECK(exported.exit_code == 0);
    CHECK(count(exported.output, warning) == 1);
    CHECK(count(read_text(dir / "p.graphml"), "<edge ") == 3);

    // The limit is configurable: above the hub's size it is expanded (checked on a smaller hub).
    const auto small = hub_dataset(scratch_dir("cli-hub-small"), 60);
    const auto limited = run_repnet("clusters " + quote(small) + " --max-hub 50");
    CHECK(limited.output.find("1 hub with more than 50 people") != std::string::npos);
    const auto expanded = run_repnet("clusters " + quote(small) + " --max-hub 60");
    CHECK(expanded.output.find("not expanded") == std::string::npos);
    CHECK(expanded.output.find("(63 people, " + std::to_string(60 * 59 / 2 + 3) + " links)") != std::string::npos);
}

TEST_CASE("the person projection (--project person) is the same graph in centrality, clusters and export",
          "[cli][projection]") {
    const auto dir = scratch_dir("cli-same-projection");
    const auto file = hub_dataset(dir, 40);
    for (const std::string links : {"co-defendants", "shared-affiliation", "co-defendants,movement:1"}) {
        INFO(links);
        const auto c = run_repnet("centrality " + quote(file) + " --project person --measure degree --link " + links);
        REQUIRE(c.exit_code == 0);
        const auto k = run_repnet("clusters " + quote(file) + " --link " + links);
        REQUIRE(k.exit_code == 0);
        REQUIRE(run_repnet("export " + quote(file) + " --project person --link " + links + " -o " +
                           quote(dir / "p.graphml"))
                    .exit_code == 0);
        const std::string size = view_size(c.output);
        const std::string edges = size.substr(size.find(", ") + 2);
        const std::string links_count = edges.substr(0, edges.find(' '));
        CHECK(count(read_text(dir / "p.graphml"), "<edge ") == std::stoul(links_count));
        CHECK(k.output.find("43 people, " + links_count + " links") != std::string::npos);
    }
    // The defaults: co-defendants for clusters and export, shared-affiliation for centrality.
    const auto c = run_repnet("centrality " + quote(file) + " --project person --measure degree");
    CHECK(view_size(c.output) == "43 nodes, " + std::to_string(40 * 39 / 2 + 3 + 1) + " edges");
    const auto k = run_repnet("clusters " + quote(file));
    CHECK(k.output.find("43 people, " + std::to_string(40 * 39 / 2 + 3) + " links") != std::string::npos);
}

TEST_CASE("export --project person writes edge ids that are valid NMTOKENs", "[cli][projection]") {
    const auto dir = scratch_dir("cli-projection-ids");
    const auto r = run_repnet("export " + quote(sample_dataset()) + " --project person --link shared-affiliation -o " +
                              quote(dir / "p.graphml"));
    REQUIRE(r.exit_code == 0);
    const std::string g = read_text(dir / "p.graphml");
    CHECK(g.find('~') == std::string::npos);
    const std::regex edge_id("<edge id=\"([^\"]*)\"");
    std::size_t edges = 0;
    for (auto it = std::sregex_iterator(g.begin(), g.end(), edge_id); it != std::sregex_iterator(); ++it) {
        ++edges;
        CHECK(std::regex_match((*it)[1].str(), std::regex("p[0-9]+-[0-9]+")));
    }
    CHECK(edges > 0);
    // Stable: the same input gives the same ids.
    REQUIRE(run_repnet("export " + quote(sample_dataset()) + " --project person --link shared-affiliation -o " +
                       quote(dir / "q.graphml"))
                .exit_code == 0);
    CHECK(read_text(dir / "q.graphml") == g);
}

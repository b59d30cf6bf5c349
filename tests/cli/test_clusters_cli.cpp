// `repnet clusters`, and the cluster attribute `analyze` writes.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

// Two co-defendant pairs, a trio tied through two cases, and h, who shares no prosecution.
std::string small_dataset() {
    auto pros = [](const char* id, const char* extra = "") {
        return entity(id, "prosecution", id, std::string(", \"prosecution\": {\"kind\": \"criminal\"") + extra + "}");
    };
    std::string people;
    for (const char* p : {"a", "b", "c", "d", "e", "f", "g", "h"}) people += entity(p, "person", p) + ",";
    return dataset_json(people + pros("p1", ", \"severity\": \"imprisonment\", \"decided\": \"2020-05-01\"") + "," +
                            pros("p2") + "," + pros("p3", ", \"severity\": \"fine\"") + "," + pros("p4"),
                        relation("a", "p1", "defendant_in") + "," + relation("b", "p1", "defendant_in") + "," +
                            relation("c", "p2", "defendant_in") + "," + relation("d", "p2", "defendant_in") + "," +
                            relation("d", "p3", "defendant_in") + "," + relation("e", "p3", "defendant_in") + "," +
                            relation("f", "p4", "defendant_in") + "," + relation("g", "p4", "defendant_in"));
}

}  // namespace

TEST_CASE("clusters: table, JSON and CSV", "[cli][clusters]") {
    const auto dir = scratch_dir("cli-clusters");
    write_text(dir / "d.json", small_dataset());
    const auto t = run_repnet("clusters " + quote(dir / "d.json"));
    INFO(t.output);
    REQUIRE(t.exit_code == 0);
    CHECK(t.output.find("cluster 0: 3 people") != std::string::npos);  // c, d, e
    CHECK(t.output.find("cluster 1: 2 people, peak severity imprisonment (11), 2020-05-01 to 2020-05-01") !=
          std::string::npos);
    CHECK(t.output.find("cluster 2: 2 people") != std::string::npos);  // f, g: no severity, ranked after a, b

    const auto j = run_repnet("clusters --json " + quote(dir / "d.json"));
    REQUIRE(j.exit_code == 0);
    rapidjson::Document doc;
    doc.Parse(j.output.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["algorithm"].GetString()) == "leiden");
    CHECK(std::string(doc["quality_function"].GetString()) == "modularity");
    CHECK(doc["count"].GetUint() == 4);  // h alone
    CHECK(doc["clusters"][1]["members"][0]["id"].GetString() == std::string("a"));
    CHECK(doc["modularity"].GetDouble() > 0.5);

    const auto c = run_repnet("clusters --csv " + quote(dir / "d.json"));
    REQUIRE(c.exit_code == 0);
    CHECK(c.output.rfind("cluster,size,member_id,member_name,member_type,", 0) == 0);
    CHECK(c.output.find("\r\n1,2,a,a,person,p1,,,,2020-05-01,2020-05-01,imprisonment,11,1\r\n") != std::string::npos);
    CHECK(c.output.find("\r\n1,2,b,b,person,p1,,,,2020-05-01,2020-05-01,imprisonment,11,1\r\n") != std::string::npos);

    for (const char* algorithm : {"louvain", "components", "kcore"}) {
        const auto r =
            run_repnet(std::string("clusters --json --algorithm ") + algorithm + " " + quote(dir / "d.json"));
        INFO(algorithm << r.output);
        CHECK(r.exit_code == 0);
    }
}

TEST_CASE("clusters: usage errors exit with 1", "[cli][clusters]") {
    CHECK(run_repnet("clusters --help").exit_code == 0);
    CHECK(run_repnet("clusters --algorithm spectral").exit_code == 1);
    CHECK(run_repnet("clusters --resolution 0").exit_code == 1);
    CHECK(run_repnet("clusters --resolution nan").exit_code == 1);
    CHECK(run_repnet("clusters --link judge").exit_code == 1);
    CHECK(run_repnet("clusters --algorithm kcore --k 0").exit_code == 1);
    CHECK(run_repnet("clusters --json --csv").exit_code == 1);
    CHECK(run_repnet("clusters --view graph --link court").exit_code == 1);
    CHECK(run_repnet("clusters /nonexistent.json").exit_code == 2);
}

TEST_CASE("clusters: same seed, byte-identical output, written atomically with -o", "[cli][clusters]") {
    const auto dir = scratch_dir("cli-clusters-det");
    for (const char* extra : {"", "--link court:90d,article:90d,movement ", "--algorithm louvain --seed 7 ",
                              "--view graph --resolution 1.5 "}) {
        INFO(extra);
        const auto a = run_repnet(std::string("clusters --json ") + extra + "-o " + quote(dir / "a.json"));
        const auto b = run_repnet(std::string("clusters --json ") + extra + "-o " + quote(dir / "b.json"));
        REQUIRE(a.exit_code == 0);
        REQUIRE(b.exit_code == 0);
        CHECK_FALSE(read_text(dir / "a.json").empty());
        CHECK(read_text(dir / "a.json") == read_text(dir / "b.json"));
    }
}

TEST_CASE("analyze: every person node carries its cluster, numbered as in the table", "[cli][clusters]") {
    const auto dir = scratch_dir("cli-analyze-clusters");
    write_text(dir / "d.json", small_dataset());
    REQUIRE(run_repnet("analyze " + quote(dir / "d.json") + " -o " + quote(dir / "out")).exit_code == 0);
    const std::string xml = read_text(dir / "out" / "graph.graphml");
    CHECK(xml.find("<key id=\"v_cluster\" for=\"node\" attr.name=\"cluster\" attr.type=\"long\"/>") !=
          std::string::npos);
    // NetworkX reads the attribute back: people have it, prosecutions do not.
    const auto nx = run(std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/exports/graphml_to_json.py") +
                        " " + quote(dir / "out" / "graph.graphml"));
    REQUIRE(nx.exit_code == 0);
    rapidjson::Document g;
    g.Parse(nx.output.c_str());
    REQUIRE_FALSE(g.HasParseError());
    CHECK(g["nodes"]["a"]["cluster"].GetInt() == 1);
    CHECK(g["nodes"]["b"]["cluster"].GetInt() == 1);
    CHECK(g["nodes"]["d"]["cluster"].GetInt() == 0);
    CHECK(g["nodes"]["g"]["cluster"].GetInt() == 2);
    CHECK(g["nodes"]["h"]["cluster"].GetInt() == 3);
    CHECK_FALSE(g["nodes"]["p1"].HasMember("cluster"));

    rapidjson::Document report;
    report.Parse(read_text(dir / "out" / "report.json").c_str());
    REQUIRE_FALSE(report.HasParseError());
    REQUIRE(report.HasMember("clusters"));
    CHECK(report["clusters"]["clusters"][1]["members"][1]["id"].GetString() == std::string("b"));
    CHECK(report["clusters"]["clusters"][1]["cluster"].GetInt() == 1);
}

TEST_CASE("export --project person writes the person network as an undirected weighted graph", "[cli][clusters]") {
    const auto dir = scratch_dir("cli-project");
    write_text(dir / "d.json", small_dataset());
    const auto r = run_repnet("export " + quote(dir / "d.json") + " --project person -o " + quote(dir / "p.graphml"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const auto nx = run(std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/exports/graphml_to_json.py") +
                        " " + quote(dir / "p.graphml"));
    REQUIRE(nx.exit_code == 0);
    rapidjson::Document g;
    g.Parse(nx.output.c_str());
    REQUIRE_FALSE(g.HasParseError());
    CHECK_FALSE(g["directed"].GetBool());
    CHECK(g["nodes"].MemberCount() == 8);  // people only
    CHECK(g["edges"].Size() == 4);         // a-b, c-d, d-e, f-g
    for (const auto& e : g["edges"].GetArray()) {
        CHECK(e["data"]["weight"].GetDouble() == 1.0);
        CHECK(e["data"]["shared_prosecutions"].GetInt() == 1);
    }
    CHECK(
        run_repnet("export " + quote(dir / "d.json") + " --project person --link judge -o " + quote(dir / "x.graphml"))
            .exit_code == 1);
    CHECK(run_repnet("export " + quote(dir / "d.json") + " --project organisation -o " + quote(dir / "x.graphml"))
              .exit_code == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "x.graphml"));
}

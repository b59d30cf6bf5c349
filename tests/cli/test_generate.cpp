// repnet generate end to end, and edge lists as the DATASET of other commands.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("generate writes dataset.json and edges.tsv, byte-identical for a seed", "[cli][generate]") {
    const auto dir = scratch_dir("cli-generate");
    const auto a = run_repnet("generate --people 400 --seed 5 -o " + quote(dir / "a"));
    INFO(a.output);
    REQUIRE(a.exit_code == 0);
    CHECK(a.output.find("generated ") != std::string::npos);
    REQUIRE(run_repnet("generate --people 400 --seed 5 -o " + quote(dir / "b")).exit_code == 0);
    REQUIRE(run_repnet("generate --people 400 --seed 6 -o " + quote(dir / "c")).exit_code == 0);
    for (const char* f : {"dataset.json", "edges.tsv"}) {
        CHECK(read_text(dir / "a" / f) == read_text(dir / "b" / f));
        CHECK(read_text(dir / "a" / f) != read_text(dir / "c" / f));
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir / "a"))  // no temporary files left
        CHECK((entry.path().filename() == "dataset.json" || entry.path().filename() == "edges.tsv"));

    const auto v = run_repnet("validate " + quote(dir / "a" / "dataset.json"));
    INFO(v.output);
    CHECK(v.exit_code == 0);
    CHECK(v.output.find("0 rejected") != std::string::npos);

    // The edge list is a DATASET for every command.
    const auto s = run_repnet("stats " + quote(dir / "a" / "edges.tsv"));
    INFO(s.output);
    CHECK(s.exit_code == 0);
    CHECK(s.output.find("records rejected: 0") != std::string::npos);
    CHECK(run_repnet("export " + quote(dir / "a" / "edges.tsv") + " -o " + quote(dir / "g.graphml")).exit_code == 0);
}

TEST_CASE("generate and edge-list errors map to exit codes", "[cli][generate]") {
    const auto dir = scratch_dir("cli-generate-errors");
    CHECK(run_repnet("generate --people 5 -o " + quote(dir / "x")).exit_code == 1);
    CHECK(run_repnet("generate -o " + quote(dir / "x")).exit_code == 1);  // --people is required
    CHECK_FALSE(std::filesystem::exists(dir / "x" / "dataset.json"));
    write_text(dir / "bad.tsv", "a b\nb c nope\n");
    const auto r = run_repnet("stats " + quote(dir / "bad.tsv"));
    CHECK(r.exit_code == 2);
    CHECK(r.output.find((dir / "bad.tsv").string() + ":2:5:") != std::string::npos);
}

TEST_CASE("the edge-list loader and its simple view agree with NetworkX", "[cli][generate][networkx]") {
    const auto dir = scratch_dir("cli-generate-nx");
    REQUIRE(run_repnet("generate --people 1500 --seed 9 -o " + quote(dir)).exit_code == 0);
    const auto ours = run(std::string(REPNET_BINARY) + " stats --json " + quote(dir / "edges.tsv") + " 2>/dev/null");
    const auto oracle =
        run(std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/loaders/edge_list_summary.py") + " " +
            quote(dir / "edges.tsv"));
    INFO(ours.output << "\n" << oracle.output);
    REQUIRE(ours.exit_code == 0);
    REQUIRE(oracle.exit_code == 0);
    rapidjson::Document a, b;
    a.Parse(ours.output.c_str());
    b.Parse(oracle.output.c_str());
    REQUIRE_FALSE(a.HasParseError());
    REQUIRE_FALSE(b.HasParseError());
    const auto& s = a["summary"];
    CHECK(s["nodes"].GetUint64() == b["nodes"].GetUint64());
    CHECK(s["edges"].GetUint64() == b["edges"].GetUint64());
    CHECK(s["components"].GetUint64() == b["components"].GetUint64());
    CHECK(s["isolated_nodes"].GetUint64() == b["isolated_nodes"].GetUint64());
    CHECK(b["edges"].GetUint64() > b["simple_edges"].GetUint64());  // parallel edges are there
    CHECK(b["isolated_nodes"].GetUint64() > 0);
    CHECK(b["components"].GetUint64() > 1);
}

// repnet generate end to end, and edge lists as the DATASET of other commands.
#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) { return run(std::string(REPNET_BINARY) + " " + args); }

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

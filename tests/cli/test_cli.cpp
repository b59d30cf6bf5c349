// The repnet executable end to end: exit codes, outputs, determinism.
#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("every command answers --help", "[cli]") {
    for (const char* cmd : {"", "validate ", "stats ", "export ", "analyze "}) {
        const auto r = run_repnet(std::string(cmd) + "--help");
        INFO(cmd << r.output);
        CHECK(r.exit_code == 0);
        CHECK(r.output.find("Usage") != std::string::npos);
    }
}

TEST_CASE("usage errors exit with 1", "[cli]") {
    CHECK(run_repnet("").exit_code == 1);
    CHECK(run_repnet("frobnicate").exit_code == 1);
    CHECK(run_repnet("export " + quote(sample_dataset())).exit_code == 1);  // -o is required
    CHECK(run_repnet("export " + quote(sample_dataset()) + " --format pdf -o x").exit_code == 1);
    CHECK(run_repnet("stats --no-such-flag").exit_code == 1);
}

TEST_CASE("input errors exit with 2 and name the place", "[cli]") {
    const auto dir = scratch_dir("cli-bad");
    write_text(dir / "bad.json", dataset_json(entity("a", "persn", "A")));
    const auto r = run_repnet("validate " + quote(dir / "bad.json"));
    CHECK(r.exit_code == 2);
    CHECK(r.output.find((dir / "bad.json").string() + ":3:") != std::string::npos);
    CHECK(r.output.find("unknown entity type 'persn'") != std::string::npos);
    CHECK(run_repnet("stats /nonexistent/dataset.json").exit_code == 2);

    // Nothing is written when the input is bad.
    const auto out = dir / "out";
    CHECK(run_repnet("analyze " + quote(dir / "bad.json") + " -o " + quote(out)).exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(out / "graph.graphml"));
    CHECK(run_repnet("export " + quote(dir / "bad.json") + " -o " + quote(dir / "x.graphml")).exit_code == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "x.graphml"));

    // --lenient loads the rest; validate still fails because something was rejected.
    const auto lenient = run_repnet("validate --lenient " + quote(dir / "bad.json"));
    CHECK(lenient.exit_code == 2);
    CHECK(lenient.output.find("rejected entity 'a'") != std::string::npos);
    CHECK(run_repnet("stats --lenient " + quote(dir / "bad.json")).exit_code == 0);
}

TEST_CASE("validate, stats and export on the sample dataset", "[cli]") {
    const auto v = run_repnet("validate " + quote(sample_dataset()));
    INFO(v.output);
    CHECK(v.exit_code == 0);
    CHECK(v.output.find("entities : 9 loaded, 0 merged, 0 rejected") != std::string::npos);
    CHECK(v.output.find("relations: 12 loaded, 1 merged, 0 rejected") != std::string::npos);

    const auto s = run_repnet("stats " + quote(sample_dataset()));
    INFO(s.output);
    CHECK(s.exit_code == 0);
    CHECK(s.output.find("9 nodes, 15 edges") != std::string::npos);
    CHECK(s.output.find("dates: 2019 to 2021-02-10") != std::string::npos);
    CHECK(s.output.find("records rejected: 0") != std::string::npos);

    const auto dir = scratch_dir("cli-export");
    const auto e = run_repnet("export " + quote(sample_dataset()) + " --format graphml -o " + quote(dir / "g.graphml"));
    CHECK(e.exit_code == 0);
    CHECK(read_text(dir / "g.graphml").find("<graphml") != std::string::npos);
}

TEST_CASE("analyze writes graph.graphml and report.json, byte-identical across runs", "[cli]") {
    const auto dir = scratch_dir("cli-analyze");
    const auto a = run_repnet("analyze " + quote(sample_dataset()) + " -o " + quote(dir / "a"));
    INFO(a.output);
    REQUIRE(a.exit_code == 0);
    CHECK(a.output.find("9 nodes, 15 edges") != std::string::npos);
    const auto b = run_repnet("analyze " + quote(sample_dataset()) + " -o " + quote(dir / "b"));
    REQUIRE(b.exit_code == 0);
    for (const char* f : {"graph.graphml", "report.json"}) {
        const std::string x = read_text(dir / "a" / f), y = read_text(dir / "b" / f);
        CHECK_FALSE(x.empty());
        CHECK(x == y);
    }
    CHECK(read_text(dir / "a" / "report.json").find("\"rejections\": []") != std::string::npos);
}

TEST_CASE("the built-in default dataset runs without arguments", "[cli]") {
    const auto dir = scratch_dir("cli-default");
    const auto r = run("cd " + quote(dir) + " && " + std::string(REPNET_BINARY) + " analyze -o out");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(std::filesystem::exists(dir / "out" / "graph.graphml"));
    CHECK(std::filesystem::exists(dir / "out" / "report.json"));
}

TEST_CASE("an output that cannot be written exits with 4 in every command", "[cli]") {
    const auto dir = scratch_dir("cli-io");
    write_text(dir / "file", "not a directory");
    const std::string sample = quote(sample_dataset());
    const auto blocked = [&](const std::string& name) { return quote(dir / "file" / name); };
    const std::vector<std::string> commands = {
        "export " + sample + " --format graphml -o " + blocked("g.graphml"),
        "export " + sample + " --format gexf -o " + blocked("g.gexf"),
        "analyze " + sample + " -o " + blocked("out"),
        "clusters " + sample + " -o " + blocked("c.txt"),
        "centrality " + sample + " --measure degree --csv -o " + blocked("c.csv"),
        "centrality " + sample + " --measure degree --csv=" + blocked("c.csv"),
        "centrality " + sample + " --measure degree --timings " + blocked("t.json"),
        "generate --people 20 -o " + blocked("gen"),
    };
    for (const auto& c : commands) {
        const auto r = run_repnet(c);
        INFO(c << "\n" << r.output);
        CHECK(r.exit_code == 4);
        CHECK(r.output.find("cannot write") != std::string::npos);
    }
}

TEST_CASE("a parameter out of range names the parameter, not a flag, and exits with 1", "[cli]") {
    const auto r = run_repnet("clusters " + quote(sample_dataset()) + " --resolution 0");
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("resolution must be a positive finite number, got 0") != std::string::npos);
}

// repnet validate: the merge summary line, --verbose, and the review warnings with
// file:line:column (docs/dataset-format.md, "What validate reports").
#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

std::string ent(const std::string& id, const std::string& type, const std::string& extra = "") {
    return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"name\": \"" + id + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"1\"}]}";
}

std::string rel(const std::string& source, const std::string& target, const std::string& type,
                const std::string& extra = "") {
    return "{\"source\": \"" + source + "\", \"target\": \"" + target + "\", \"type\": \"" + type + "\"" + extra +
           ", \"evidence\": [{\"source\": \"s\", \"locator\": \"1\"}]}";
}

}  // namespace

TEST_CASE("validate prints one merge line, and the merges with --verbose", "[cli][validate]") {
    const auto example = source_dir() / "docs" / "examples" / "version-2.json";
    const auto r = run_repnet("validate " + quote(example));
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("merged: 0 entities, 1 relations (--verbose lists them)\n") != std::string::npos);
    CHECK(r.output.find("merged into 'rel-4'") == std::string::npos);
    CHECK(r.output.find("warning") == std::string::npos);
    const auto v = run_repnet("validate --verbose " + quote(example));
    CHECK(v.exit_code == 0);
    CHECK(v.output.find("version-2.json:37:5: relation rel-5 merged into 'rel-4'") != std::string::npos);
}

TEST_CASE("validate warns about unknown attributes, near-duplicates and generic brokers with their places",
          "[cli][validate]") {
    // Two groups of three people joined only through a generic police entity: it is the top broker.
    std::string entities = ent("police", "authority", ", \"generic\": true") + ",\n" + ent("x", "organisation") +
                           ",\n" + ent("y", "organisation");
    std::string relations;
    for (const char* p : {"a1", "a2", "a3", "b1", "b2", "b3"}) {
        entities += ",\n" + ent(p, "person");
        relations += rel(p, p[0] == 'a' ? "x" : "y", "member_of") + ",\n";
    }
    relations += rel("police", "a1", "detained", ", \"date\": \"2019\", \"attributes\": {\"mood\": \"bad\"}") + ",\n" +
                 rel("police", "b1", "detained", ", \"date\": \"2019\"") + ",\n" +
                 rel("x", "b1", "detained", ", \"date\": \"2019-05\"");
    const std::string text =
        "{\"repnet_dataset\": 2,\n\"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}],\n"
        "\"entities\": [\n" +
        entities + "],\n\"relations\": [\n" + relations + "]}";
    const auto dir = scratch_dir("validate-warnings");
    write_text(dir / "d.json", text);
    const auto r = run_repnet("validate " + quote(dir / "d.json"));
    INFO(r.output);
    CHECK(r.exit_code == 0);
    const std::string file = (dir / "d.json").string();
    // entities: lines 4-12; relations from line 14 (six member_of, then the three actions).
    CHECK(r.output.find(file + ":20:") != std::string::npos);  // the 'mood' attribute
    CHECK(r.output.find("unknown attribute 'mood' for relation type 'detained'") != std::string::npos);
    CHECK(r.output.find(file + ":22:1: warning: near-duplicate: 'detained' of 'b1'") != std::string::npos);
    CHECK(r.output.find("(" + file + ":21:1)") != std::string::npos);
    CHECK(r.output.find(file + ":4: warning: generic entity 'police' would rank among the top 10 brokers") !=
          std::string::npos);
    CHECK(r.output.find("valid (3 warnings to review)") != std::string::npos);
}

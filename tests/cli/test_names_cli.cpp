// repnet find / duplicates, the duplicate section of validate, and name resolution in the commands that take a
// name (docs/names.md), end to end.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

std::string stdout_of(const std::string& args, int expected_exit = 0) {
    const auto dir = scratch_dir("names-cli");
    const auto r = run(std::string(REPNET_BINARY) + " " + args + " 2>/dev/null >" + quote(dir / "out"));
    REQUIRE(r.exit_code == expected_exit);
    return read_text(dir / "out");
}

}  // namespace

TEST_CASE("find: ranked matches with score and reason, exit 2 and the nearest names when nothing matches", "[cli]") {
    const std::string cyr = stdout_of("find 'Макс Бокаев' --json");
    rapidjson::Document doc;
    doc.Parse(cyr.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc["matches"].Size() >= 1);
    CHECK(std::string(doc["matches"][0]["id"].GetString()) == "k17.p.bokayev-max");
    CHECK(std::string(doc["matches"][0]["reason"].GetString()) == "Cyrillic transliteration");
    CHECK(doc["matches"][0]["score"].GetDouble() > 0.9);

    const std::string both = stdout_of("find Matayev --type person");
    CHECK(both.find("k17.p.matayev-seytkazy") != std::string::npos);
    CHECK(both.find("k17.p.matayev-asset") != std::string::npos);
    CHECK(both.find("ambiguous") != std::string::npos);
    CHECK(stdout_of("find Bokayev --top 1").find("surname only") != std::string::npos);

    const auto none = run_repnet("find 'Romano Reikhartzky'");
    CHECK(none.exit_code == 2);
    CHECK(none.output.find("nearest names: Roman Reikhert") != std::string::npos);
    CHECK(run_repnet("find Bokayev --type nonsense").exit_code == 1);
}

TEST_CASE("commands taking a name resolve any spelling, print the resolution, refuse ambiguity", "[cli]") {
    const auto r = run_repnet("timeline --person 'Maks Bokaev'");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("--person: 'Maks Bokaev' \u2192 Max Bokayev (variant spelling)") != std::string::npos);
    const auto amb = run_repnet("timeline --person Matayev");
    CHECK(amb.exit_code == 2);
    CHECK(amb.output.find("k17.p.matayev-seytkazy") != std::string::npos);
    CHECK(amb.output.find("k17.p.matayev-asset") != std::string::npos);
    const auto esc = run_repnet("escalation --from 'Серикжан Билаш'");
    CHECK(esc.exit_code == 0);
    CHECK(esc.output.find("Serikzhan Bilash (Cyrillic transliteration)") != std::string::npos);
    CHECK(run_repnet("centrality --measure pagerank --personalize 'Roman Reichert' --top 1").exit_code == 0);
    const auto missing = run_repnet("timeline --person 'Nobody At All'");
    CHECK(missing.exit_code == 1);
    CHECK(missing.output.find("nearest names:") != std::string::npos);
}

TEST_CASE("duplicates and validate list variant namesakes with both file:line, distinct_from silences a pair",
          "[cli]") {
    const auto dir = scratch_dir("names-dups");
    write_text(dir / "d.json",
               dataset_json(entity("p.a", "person", "Max Bokayev") + ",\n" + entity("p.b", "person", "Maks Bokaev") +
                            ",\n" + entity("p.c", "person", "Zhanbolat Mamay") + ",\n" +
                            entity("p.d", "person", "Janbolat Mamai", R"(, "distinct_from": ["p.c"])")));
    const std::string text = stdout_of("duplicates " + quote(dir / "d.json"));
    CHECK(text.find("1 likely duplicate pair(s)") != std::string::npos);
    CHECK(text.find("variant spelling: p.a 'Max Bokayev' at " + (dir / "d.json").string() +
                    ":3 ~ p.b 'Maks Bokaev' at " + (dir / "d.json").string() + ":4") != std::string::npos);
    CHECK(text.find("p.d") == std::string::npos);
    const std::string json = stdout_of("duplicates --json " + quote(dir / "d.json"));
    rapidjson::Document doc;
    doc.Parse(json.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    REQUIRE(doc.Size() == 1);
    CHECK(std::string(doc[0]["b"]["location"].GetString()) == (dir / "d.json").string() + ":4");
    const std::string v = stdout_of("validate " + quote(dir / "d.json"));
    CHECK(v.find("1 likely duplicate pair(s)") != std::string::npos);
    CHECK(v.find("valid") != std::string::npos);
    // the shipped dataset's reviewed pairs are recorded: nothing left to review
    CHECK(stdout_of("duplicates").find("0 likely duplicate pair(s)") != std::string::npos);
}

// repnet timeline / escalation / risk and the temporal GraphML keys, end to end.
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

rapidjson::Document parse_json(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    return doc;
}

std::string stdout_of(const std::string& args) {
    const auto dir = scratch_dir("temporal-cli");
    const auto r = run(std::string(REPNET_BINARY) + " " + args + " 2>/dev/null >" + quote(dir / "out"));
    REQUIRE(r.exit_code == 0);
    return read_text(dir / "out");
}

}  // namespace

TEST_CASE("timeline: one row per event with its citations, imprecise dates as intervals, --json, --csv and -o",
          "[cli]") {
    const auto example = source_dir() / "docs" / "examples" / "version-2.json";
    const auto text = run_repnet("timeline " + quote(example) + " --person 'Dana Example'");
    INFO(text.output);
    REQUIRE(text.exit_code == 0);
    CHECK(text.output.find("imprisonment (11), 48 months") != std::string::npos);
    CHECK(text.output.find("2021-05-01..2021-05-31") != std::string::npos);  // "2021-05", a month
    CHECK(text.output.find("r2 para 3: the March verdict, recalled") != std::string::npos);
    CHECK(text.output.find("defendant_in") == std::string::npos);
    CHECK(text.output.find("summary: 6 events") != std::string::npos);

    const auto doc = parse_json(stdout_of("timeline " + quote(example) + " --person p.dana --json"));
    const auto& events = doc["events"];
    REQUIRE(events.Size() == 6);
    CHECK(std::string(events[2]["relation"].GetString()) == "sentenced");
    CHECK(events[2]["citations"].Size() == 2);
    CHECK(std::string(events[2]["terms"].GetString()) == "48 months");
    CHECK(std::string(events[2]["prosecution"]["id"].GetString()) == "case.dana");
    CHECK(std::string(events[3]["first_day"].GetString()) == "2021-05-01");
    CHECK(std::string(events[3]["last_day"].GetString()) == "2021-05-31");
    CHECK(doc["days_to_peak"].GetInt() == 32);

    const auto dir = scratch_dir("timeline-csv");
    const auto r = run_repnet("timeline " + quote(example) + " --person p.dana --csv -o " + quote(dir / "t.csv"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.empty());
    const std::string csv = read_text(dir / "t.csv");
    CHECK(csv.rfind("person_id,person,date,first_day,last_day,period,order_unknown,relation,", 0) == 0);
    std::size_t lines = 0;
    for (char c : csv) lines += c == '\n';
    CHECK(lines == 7);                                    // header + 6 events
    CHECK(csv.find("rel-4 rel-5") == std::string::npos);  // merged on loading: one edge
    CHECK(csv.find("r1 para 5; r2 para 3") != std::string::npos);
    // -o without --json or --csv writes the text table, as in every table command.
    const auto to_file = run_repnet("timeline " + quote(example) + " --person p.dana -o " + quote(dir / "x"));
    CHECK(to_file.exit_code == 0);
    CHECK(to_file.output.empty());
    CHECK(read_text(dir / "x").find("summary: 6 events") != std::string::npos);
    CHECK(run_repnet("timeline " + quote(example) + " --person p.dana --csv --json").exit_code == 1);
}

TEST_CASE("timeline --csv neutralises cells a spreadsheet would run as formulas", "[cli]") {
    const auto dir = scratch_dir("timeline-csv-injection");
    write_text(dir / "d.json",
               "{\"repnet_dataset\": 2, \"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}],"
               " \"entities\": [{\"id\": \"p1\", \"type\": \"person\", \"name\": \"=HYPERLINK(1)\","
               " \"evidence\": [{\"source\": \"s\", \"locator\": \"@SUM(1+1)\"}]},"
               " {\"id\": \"a1\", \"type\": \"authority\", \"name\": \"+cmd|' /C calc'!A0\","
               " \"evidence\": [{\"source\": \"s\", \"locator\": \"1\"}]}],"
               " \"relations\": [{\"source\": \"a1\", \"target\": \"p1\", \"type\": \"detained\","
               " \"date\": \"2020-01-02\", \"severity\": \"questioning\","
               " \"evidence\": [{\"source\": \"s\", \"locator\": \"-2+3\", \"note\": \"=1+1\"}]}]}");
    const auto r = run_repnet("timeline " + quote(dir / "d.json") + " --person p1 --csv -o " + quote(dir / "t.csv"));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string csv = read_text(dir / "t.csv");
    // Every cell, quoted or not, starts with something other than = + - @ (a leading ' neutralises it).
    std::size_t cells = 0;
    bool quoted = false, cell_start = true;
    for (char c : csv) {
        if (cell_start && c == '"') {
            quoted = true;
            continue;
        }
        if (cell_start) {
            ++cells;
            INFO("cell " << cells << " of " << csv);
            CHECK(std::string("=+-@").find(c) == std::string::npos);
            cell_start = false;
        }
        if (quoted && c == '"') quoted = false;
        if (!quoted && (c == ',' || c == '\n')) cell_start = true;
    }
    CHECK(cells > 10);
    CHECK(csv.find("'=HYPERLINK") != std::string::npos);
    CHECK(csv.find("'+cmd") != std::string::npos);
}

TEST_CASE("timeline resolves any alias and prints the escalation", "[cli]") {
    const auto by_alias = run_repnet("timeline --person 'talgat  AYANOV'");
    INFO(by_alias.output);
    REQUIRE(by_alias.exit_code == 0);
    CHECK(by_alias.output.find("Talgat Ayan (person, k17.p.ayan-talgat)") != std::string::npos);
    CHECK(by_alias.output.find("2016-11") != std::string::npos);
    CHECK(by_alias.output.find("[escalation]") != std::string::npos);

    const auto doc = parse_json(stdout_of("timeline --person k21.p.bokayev-max --json"));
    CHECK(std::string(doc["person"]["id"].GetString()) == "k17.p.bokayev-max");
    // 2: the 2016 arrest (a whole-year date) and the November 2016 sentence are one period (format version 2,
    // dates as intervals); then the supervision after the release.
    CHECK(doc["escalation_steps"].GetInt() == 2);
    CHECK(std::string(doc["peak_severity"].GetString()) == "imprisonment");
    // Issue 11: his last action is the appeal court's rejection of his complaint (a dated 'appealed' row).
    CHECK(std::string(doc["last_action"].GetString()) == "2021-03-16");
    const auto& events = doc["events"];
    REQUIRE(events.Size() >= 5);
    for (rapidjson::SizeType i = 0; i < events.Size(); ++i) CHECK(events[i]["edge"]["sources"].GetStringLength() > 0);

    for (const char* cmd :
         {"timeline --person 'Nobody At All'", "timeline", "escalation --from 'Nobody'", "risk --damping 1.5",
          "risk --as-of 2021-13", "export -o /tmp/x.graphml --path 'Max Bokayev'"}) {
        const auto r = run_repnet(cmd);
        INFO(cmd << "\n" << r.output);
        CHECK(r.exit_code == 1);
    }
    CHECK(run_repnet("timeline --person 'Nobody At All'")
              .output.find("no entity has the id, name or alias 'Nobody At All'") != std::string::npos);
    CHECK(run_repnet("risk --damping 1.5").output.find("damping must be in [0, 1)") != std::string::npos);
    for (const char* cmd : {"timeline ", "escalation ", "risk "})
        CHECK(run_repnet(std::string(cmd) + "--help").exit_code == 0);
}

TEST_CASE("escalation prints dated paths, --json carries every step's provenance", "[cli]") {
    const auto text =
        run_repnet("escalation --from k17.case.bokayev-ayan-2016 --to k21.auth.atyrau-penitentiary --dated-only");
    INFO(text.output);
    REQUIRE(text.exit_code == 0);
    CHECK(text.output.find("arrives 2021-02-19 in 2 steps") != std::string::npos);

    const auto doc = parse_json(stdout_of("escalation --from 'Max Bokayev' --dated-only --json"));
    CHECK(doc["params"]["dated_only"].GetBool());
    const auto& arrivals = doc["arrivals"];
    REQUIRE(arrivals.Size() == doc["reached"].GetUint());
    std::string last;
    for (rapidjson::SizeType i = 0; i < arrivals.Size(); ++i) {
        const auto& a = arrivals[i];
        const std::string date = a["arrival"].IsNull() ? "" : a["arrival"].GetString();
        CHECK(date >= last);  // ISO dates of one precision family compare as text; starts come first
        if (!date.empty()) last = date;
        for (rapidjson::SizeType k = 0; k < a["path"].Size(); ++k) {
            CHECK_FALSE(a["path"][k]["moment"].IsNull());
            CHECK(a["path"][k]["sources"].GetStringLength() > 0);
        }
    }
}

TEST_CASE("risk ranks, explains and repeats itself byte for byte", "[cli]") {
    const std::string a = stdout_of("risk --top 5 --json");
    CHECK(a == stdout_of("risk --top 5 --json"));
    const auto doc = parse_json(a);
    CHECK(doc["converged"].GetBool());
    REQUIRE(doc["people"]["ranking"].Size() == 5);
    CHECK(doc["people"]["excluded"]["imprisoned"].GetUint() > 0);
    for (rapidjson::SizeType i = 0; i < 5; ++i) {
        const auto& e = doc["people"]["ranking"][i];
        CHECK(e["node"]["type"] == "person");
        CHECK(e["max_action_rank"].GetInt() <= 6);
        CHECK(e["explanation"].GetStringLength() > 0);
        CHECK(e["percentile"].GetDouble() < 100);
        if (i) CHECK(e["percentile"].GetDouble() <= doc["people"]["ranking"][i - 1]["percentile"].GetDouble());
    }
    CHECK(doc["groups"]["excluded"]["banned"].GetUint() > 0);
    const auto text = run_repnet("risk --top 3 --seed-min-rank 9 --half-life 1");
    INFO(text.output);
    CHECK(text.exit_code == 0);
    CHECK(text.output.find("PEOPLE: ") < text.output.find("GROUPS: "));
    CHECK(run_repnet("risk --types person").output.find("GROUPS") == std::string::npos);
    CHECK(run_repnet("risk --types nobody").exit_code == 1);
    CHECK(run_repnet("risk --horizon 2w").exit_code == 1);
    const auto dir = scratch_dir("risk-csv");
    REQUIRE(run_repnet("risk --csv --top 4 -o " + quote(dir / "risk.csv")).exit_code == 0);
    const std::string csv = read_text(dir / "risk.csv");
    CHECK(csv.rfind("section,rank,id,name,type,percentile,score,max_action_rank,explanation\n", 0) == 0);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 9);
}

TEST_CASE("risk --as-of: a fact from a later report leaves the output byte-identical", "[cli]") {
    const auto dir = scratch_dir("risk-future");
    std::filesystem::copy(source_dir() / "data" / "kazakhstan", dir / "kz");
    const std::string before = stdout_of("risk " + quote(dir / "kz") + " --as-of 2021-03-31 --json --top 50");
    const auto doc = parse_json(before);
    REQUIRE(doc["people"]["ranking"].Size() > 0);
    const std::string top = doc["people"]["ranking"][0]["node"]["id"].GetString();
    // A later report charges the top person and ties a new person to them; another fact is dated after the date.
    write_text(dir / "kz" / "60-future.json",
               "{\"repnet_dataset\": 1, \"sources\": [{\"id\": \"kz-future\", \"publisher\": \"test\", "
               "\"title\": \"later\", \"period\": {\"start\": \"2024-01\", \"end\": \"2024-03\"}}],\n"
               "\"entities\": [{\"id\": \"fut.p\", \"type\": \"person\", \"name\": \"Future Person\", "
               "\"evidence\": [{\"source\": \"kz-future\", \"locator\": \"p1\"}]}],\n"
               "\"relations\": [{\"source\": \"fut.p\", \"target\": \"" +
                   top +
                   "\", \"type\": \"associate_of\", \"evidence\": [{\"source\": \"kz-future\", \"locator\": "
                   "\"p2\"}]},\n{\"source\": \"k21.auth.atyrau-penitentiary\", \"target\": \"" +
                   top +
                   "\", \"type\": \"charged\", \"date\": \"2020-05-01\", \"severity\": \"criminal_charge\", "
                   "\"evidence\": [{\"source\": \"kz-future\", \"locator\": \"p3\"}]}]}\n");
    REQUIRE(run_repnet("validate " + quote(dir / "kz")).exit_code == 0);
    CHECK(stdout_of("risk " + quote(dir / "kz") + " --as-of 2021-03-31 --json --top 50") == before);
    // Seen after the report was published, the charge takes the person out of the ranking.
    const auto later = parse_json(stdout_of("risk " + quote(dir / "kz") + " --as-of 2024-06-30 --json --top 500"));
    REQUIRE(later["people"]["ranking"].Size() > 0);
    for (rapidjson::SizeType i = 0; i < later["people"]["ranking"].Size(); ++i)
        CHECK(later["people"]["ranking"][i]["node"]["id"].GetString() != top);
}

TEST_CASE("analyze writes the temporal node keys, export --path flags the path's edges", "[cli]") {
    const auto dir = scratch_dir("temporal-graphml");
    REQUIRE(run_repnet("analyze -o " + quote(dir)).exit_code == 0);
    const std::string graphml = read_text(dir / "graph.graphml");
    for (const char* key : {"first_action", "last_action", "peak_severity", "escalation_steps", "risk", "at_risk_rank"})
        CHECK(graphml.find(std::string("attr.name=\"") + key + "\"") != std::string::npos);
    const auto report = parse_json(read_text(dir / "report.json"));
    CHECK(report["at_risk"]["people"]["ranking"].Size() > 0);
    CHECK_FALSE(report["at_risk"].HasMember("groups"));

    const auto file = dir / "path.graphml";
    const auto r =
        run_repnet("export --path 'k17.case.bokayev-ayan-2016,k21.auth.atyrau-penitentiary' -o " + quote(file));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    // NetworkX reads the flags back: exactly the edges of the path `escalation` reports are on_path.
    const auto py =
        run(std::string(REPNET_PYTHON) + " -c \"import networkx as nx; g = nx.read_graphml('" + file.string() +
            "', force_multigraph=True); print(' '.join(sorted(k for u, v, k, d in g.edges(keys=True, data=True) if "
            "d['on_path'])))\"");
    INFO(py.output);
    REQUIRE(py.exit_code == 0);
    const auto doc =
        parse_json(stdout_of("escalation --from k17.case.bokayev-ayan-2016 --to k21.auth.atyrau-penitentiary --json"));
    const auto& path = doc["arrivals"][0]["path"];
    REQUIRE(path.Size() >= 2);
    std::vector<std::string> ids;
    for (rapidjson::SizeType k = 0; k < path.Size(); ++k) ids.push_back(path[k]["id"].GetString());
    std::sort(ids.begin(), ids.end());
    std::string expected;
    for (const auto& id : ids) expected += (expected.empty() ? "" : " ") + id;
    CHECK(py.output == expected + "\n");
    CHECK(graphml.find("e_on_path") == std::string::npos);  // analyze has no path
}

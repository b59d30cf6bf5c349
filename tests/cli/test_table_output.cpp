// cli/table_output: every table command has --json, --csv and -o FILE with one meaning; CSV cells a spreadsheet
// would run are neutralised; text on the terminal never carries control characters from the data; old option
// spellings still work and are hidden from --help.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <regex>

#include "support/test_support.hpp"

using namespace repnet::test;

namespace {

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

bool has_raw_controls(const std::string& s) {
    return s.find('\x1b') != std::string::npos || s.find('\x07') != std::string::npos ||
           s.find("\xc2\x9b") != std::string::npos;
}

// The sample dataset with names that are both a formula and a terminal attack.
std::filesystem::path hostile_sample(const std::filesystem::path& dir) {
    std::string text = read_text(sample_dataset());
    auto replace_all = [&](const std::string& from, const std::string& to) {
        for (std::size_t i; (i = text.find(from)) != std::string::npos;) text.replace(i, from.size(), to);
    };
    const std::string evil = "=SUM(1+1) \\u001b[31mRED\\u001b]0;title\\u0007 \\u009b2J";
    replace_all("\"Aigerim Example\"", "\"" + evil + " Aigerim\"");
    replace_all("\"Dana Example\"", "\"" + evil + " Dana\"");
    // A second record of Aigerim under another id, spelt differently (the same name would be merged on loading):
    // `duplicates` has a pair to print.
    const std::string dana = "{\"id\": \"p.dana\"";
    REQUIRE(text.find(dana) != std::string::npos);
    text.insert(text.find(dana), "{\"id\": \"p.aigerim2\", \"type\": \"person\", \"name\": \"" + evil +
                                     " Aigerimm\", \"evidence\": [{\"source\": \"sample\", \"locator\": "
                                     "\"para 1\"}]},\n    ");
    replace_all("\"Example City Police\"", "\"" + evil + " Police\"");
    replace_all("\"Case against Aigerim and Bolat\"", "\"" + evil + " Case\"");
    const auto file = dir / "evil\x1b[31m.json";
    write_text(file, text);
    return file;
}

struct TableCommand {
    std::string name, args;     // args after the dataset
    bool names_in_text = true;  // the text table prints entity names (stats prints counts only)
    bool prints_data = true;    // prints any text from the dataset (backtest prints only numbers)
};

std::vector<TableCommand> table_commands() {
    return {
        {"timeline", "--person p.aigerim"},
        {"risk", ""},
        {"escalation", "--from auth.police"},
        {"clusters", "--all"},
        {"centrality", "--measure degree --top 20"},
        {"stats", "", false},
        {"find", ""},  // QUERY goes first: see command_line
        {"duplicates", ""},
        {"backtest", "--as-of 2020-06-01", false, false},
    };
}

std::string command_line(const TableCommand& c, const std::filesystem::path& data, const std::string& more) {
    if (c.name == "find") return "find p.aigerim " + quote(data) + " " + more;
    return c.name + " " + quote(data) + " " + c.args + " " + more;
}

}  // namespace

TEST_CASE("every table command writes --csv and --json to -o FILE and nothing to the terminal", "[cli][table_output]") {
    const auto dir = scratch_dir("table-output");
    const auto data = hostile_sample(dir);
    for (const auto& c : table_commands()) {
        const auto csv_file = dir / (c.name + ".csv"), json_file = dir / (c.name + ".json");
        const auto csv = run_repnet(command_line(c, data, "--csv -o " + quote(csv_file)));
        INFO(c.name << "\n" << csv.output);
        CHECK(csv.exit_code == 0);
        CHECK(csv.output.empty());
        const std::string table = read_text(csv_file);
        const auto first_line = table.substr(0, table.find_first_of("\r\n"));
        CHECK(std::count(first_line.begin(), first_line.end(), ',') >= 2);  // a header row
        CHECK(table.find('\n') < table.size() - 1);                         // and at least one data row
        if (c.names_in_text) {
            // Formula injection neutralised (OWASP): the cell starts with a quote, never with '='.
            CHECK(table.find("'=SUM(1+1)") != std::string::npos);
            CHECK_FALSE(std::regex_search(table, std::regex("(^|[,\n])=SUM")));
        }
        const auto json = run_repnet(command_line(c, data, "--json -o " + quote(json_file)));
        CHECK(json.exit_code == 0);
        CHECK(json.output.empty());
        rapidjson::Document doc;
        doc.Parse(read_text(json_file).c_str());
        CHECK_FALSE(doc.HasParseError());
        // Text to a file, and the two formats together refused.
        const auto text = run_repnet(command_line(c, data, "-o " + quote(dir / (c.name + ".txt"))));
        CHECK(text.exit_code == 0);
        CHECK(std::filesystem::file_size(dir / (c.name + ".txt")) > 0);
        CHECK(run_repnet(command_line(c, data, "--json --csv")).exit_code == 1);
        // --csv takes no value except in centrality's old --csv=FILE.
        if (c.name != "centrality") CHECK(run_repnet(command_line(c, data, "--csv=x.csv")).exit_code == 1);
        const auto help = run_repnet(c.name + " --help");
        CHECK(help.output.find("--json") != std::string::npos);
        CHECK(help.output.find("--csv") != std::string::npos);
        CHECK(help.output.find("-o,--output") != std::string::npos);
    }
}

TEST_CASE("terminal output of every table command escapes control characters from the data", "[cli][table_output]") {
    const auto dir = scratch_dir("table-terminal");
    const auto data = hostile_sample(dir);
    auto commands = table_commands();
    commands.push_back({"validate", ""});
    for (const auto& c : commands) {
        if (!c.prints_data) continue;
        const auto r = run_repnet(command_line(c, data, ""));
        INFO(c.name << "\n" << r.output);
        CHECK(r.exit_code == 0);
        CHECK_FALSE(has_raw_controls(r.output));
        CHECK(r.output.find("\\x1b[31m") != std::string::npos);  // the data was printed, escaped
        if (c.names_in_text) CHECK(r.output.find("\\x1b[31mRED\\x1b]0;title\\x07") != std::string::npos);
    }
    // Error messages that quote data: find with nothing matching names the nearest (hostile) names.
    const auto none = run_repnet("find " + quote("Zzyzx \x1b[2J") + " " + quote(data));
    INFO(none.output);
    CHECK(none.exit_code == 2);
    CHECK_FALSE(has_raw_controls(none.output));
    CHECK(none.output.find("\\x1b[2J") != std::string::npos);
}

TEST_CASE("old option spellings still work and are hidden from --help", "[cli][table_output]") {
    const auto dir = scratch_dir("table-aliases");
    // --tol and --max-iter (centrality, risk), --iterations (clusters): the same output as the new names.
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"centrality --measure pagerank --tol 1e-6 --max-iter 500",
         "centrality --measure pagerank --tolerance 1e-6 "
         "--max-iterations 500"},
        {"risk --tol 1e-6 --max-iter 50 --csv", "risk --tolerance 1e-6 --max-iterations 50 --csv"},
        {"clusters --iterations 1 --csv", "clusters --max-iterations 1 --csv"},
    };
    for (const auto& [old_form, new_form] : pairs) {
        const auto a = run_repnet(old_form), b = run_repnet(new_form);
        INFO(old_form << "\n" << a.output);
        CHECK(a.exit_code == 0);
        CHECK(b.exit_code == 0);
        CHECK(a.output == b.output);
    }
    // The aliases take effect: two iterations do not converge where the default does.
    CHECK(run_repnet("centrality --measure pagerank --max-iter 2").exit_code == 2);
    // centrality's old --csv=FILE writes the file and prints the tables, as before.
    const auto legacy = run_repnet("centrality --measure degree --csv=" + quote(dir / "c.csv"));
    CHECK(legacy.exit_code == 0);
    CHECK(legacy.output.find("degree") != std::string::npos);
    CHECK(read_text(dir / "c.csv").rfind("id,name,type,", 0) == 0);
    CHECK(run_repnet("centrality --measure degree --csv=" + quote(dir / "d.csv") + " -o " + quote(dir / "e.csv"))
              .exit_code == 1);
    // The old `--csv FILE` with a space: FILE is read as the DATASET; a missing one gets a hint, exit 1.
    const auto spaced = run_repnet("centrality --measure degree --csv " + quote(dir / "new.csv"));
    CHECK(spaced.exit_code == 1);
    CHECK(spaced.output.find("--csv -o FILE") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "new.csv"));
    // Hidden from --help: only the new names are listed.
    for (const char* command : {"centrality", "risk"}) {
        const auto help = run_repnet(std::string(command) + " --help").output;
        INFO(help);
        CHECK(help.find("--tolerance") != std::string::npos);
        CHECK(help.find("--max-iterations") != std::string::npos);
        CHECK(help.find("--tol ") == std::string::npos);
        CHECK(help.find("--max-iter ") == std::string::npos);
    }
    const auto help = run_repnet("clusters --help").output;
    CHECK(help.find("--max-iterations") != std::string::npos);
    CHECK(help.find(" --iterations") == std::string::npos);
}

TEST_CASE("centrality --with adds cluster and risk columns, city and role come from the attributes",
          "[cli][table_output]") {
    const auto dir = scratch_dir("centrality-with");
    const std::string data = quote(sample_dataset());
    REQUIRE(run_repnet("centrality " + data + " --measure degree --csv -o " + quote(dir / "plain.csv")).exit_code == 0);
    REQUIRE(
        run_repnet("centrality " + data + " --measure degree --with cluster,risk --csv -o " + quote(dir / "with.csv"))
            .exit_code == 0);
    const std::string plain = read_text(dir / "plain.csv"), with = read_text(dir / "with.csv");
    CHECK(plain.rfind("id,name,type,city,role,degree,", 0) == 0);
    CHECK(with.rfind("id,name,type,city,role,cluster,risk_score,risk_percentile,degree,", 0) == 0);
    CHECK(plain.find("\np.aigerim,Aigerim Example,person,Almaty,activist,") != std::string::npos);
    CHECK(plain.find("\np.bolat,Bolat Example,person,,journalist,") != std::string::npos);
    // Aigerim and Bolat are co-defendants: one cluster, the same number in both rows.
    const std::regex row("\np\\.(aigerim|bolat),[^,]*,person,[^,]*,[^,]*,([0-9]+),");
    std::vector<std::string> clusters;
    for (auto it = std::sregex_iterator(with.begin(), with.end(), row); it != std::sregex_iterator(); ++it)
        clusters.push_back((*it)[2]);
    REQUIRE(clusters.size() == 2);
    CHECK(clusters[0] == clusters[1]);
    // A court is in no cluster of people: an empty cell.
    CHECK(with.find("\ncourt.city,Example City Court,court,,,,") != std::string::npos);
    const auto json = run_repnet("centrality " + data + " --measure degree --with risk --json");
    rapidjson::Document doc;
    doc.Parse(json.output.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(doc["nodes"][0].HasMember("risk_score"));
    CHECK_FALSE(doc["nodes"][0].HasMember("cluster"));
    CHECK(run_repnet("centrality " + data + " --with colour").exit_code == 1);
}

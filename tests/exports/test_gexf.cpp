// GEXF 1.3 export: the date rule, the palette, schema validity (RELAX NG and
// the patched XSD) and a read-back through NetworkX as the oracle.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "engine/errors.hpp"
#include "exports/atomic_export.hpp"
#include "exports/gexf.hpp"
#include "exports/hostile_dataset.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/json_output.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// Every date rule at once. The period runs from 2015-01-01 (mov's start) to
// 2021-12-31 (the year-precision fine).
std::string timeline_dataset() {
    return dataset_json(
        entity("police", "authority", "Police") + "," + entity("p1", "person", "One") + "," +
            entity("p2", "person", "Two", ", \"dates\": {\"start\": \"2018-06\"}") + "," +
            entity("mov", "movement", "Movement", ", \"dates\": {\"start\": \"2015\", \"end\": \"2018-05\"}") + "," +
            entity("case", "prosecution", "Case",
                   ", \"prosecution\": {\"kind\": \"criminal\", \"opened\": \"2020-02\", \"decided\": \"2021-07-15\"}"),
        relation("police", "p1", "detained",
                 ", \"id\": \"day\", \"date\": \"2021-03-04\", \"severity\": \"administrative_detention\"") +
            "," +
            relation("police", "p1", "detained",
                     ", \"id\": \"month\", \"date\": \"2021-05\", \"severity\": \"administrative_detention\"") +
            "," + relation("police", "p1", "fined", ", \"id\": \"year\", \"date\": \"2021\", \"severity\": \"fine\"") +
            "," + relation("police", "p2", "fined", ", \"id\": \"early\", \"date\": \"2017\", \"severity\": \"fine\"") +
            "," + relation("p1", "mov", "member_of", ", \"id\": \"interval\", \"date\": \"2019-03/2019-04\"") + "," +
            relation("p1", "p2", "associate_of", ", \"id\": \"undated\"") + "," +
            relation("p1", "case", "defendant_in", ", \"id\": \"defendant\"") + "," +
            relation("police", "p1", "restricted",
                     ", \"id\": \"open\", \"start\": \"2021-11\", \"severity\": \"restriction\""));
}

struct Exported {
    Dataset dataset;
    std::filesystem::path file;
};

Exported export_text(const std::string& dataset_text, const std::string& name) {
    const auto dir = scratch_dir(name);
    write_text(dir / "d.json", dataset_text);
    Exported x{load_dataset(dir / "d.json"), dir / "out.gexf"};
    export_gexf(x.file, x.dataset.graph, node_table(x.dataset.graph), edge_table(x.dataset.graph));
    return x;
}

Exported export_path(const std::filesystem::path& dataset, const std::string& name) {
    const auto dir = scratch_dir(name);
    Exported x{load_dataset(dataset), dir / "out.gexf"};
    export_gexf(x.file, x.dataset.graph, node_table(x.dataset.graph), edge_table(x.dataset.graph));
    return x;
}

// The (numeric) id of the first <attribute> with this title.
std::string attribute_id(const std::string& xml, const std::string& title) {
    const std::size_t at = xml.find("\" title=\"" + title + "\"");
    if (at == std::string::npos) return "(none)";
    const std::size_t open = xml.rfind("id=\"", at);
    return xml.substr(open + 4, at - open - 4);
}

std::filesystem::path gexf_schemas() {
    return shared_dir() / "schemas" / "gexf";
}

CommandResult relaxng(const std::filesystem::path& file) {
    return run(std::string(REPNET_XMLLINT) + " --noout --nonet --relaxng " + quote(gexf_schemas() / "gexf.rng") + " " +
               quote(file));
}

CommandResult xsd(const std::filesystem::path& file) {
    return run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " +
               quote(gexf_schemas() / "patched-viz-ns" / "gexf.xsd") + " " + quote(file));
}

// The schemas live beside the checkout (../shared); in a clone elsewhere the schema test case says SKIPPED
// (as the GraphML schema test and the provenance test do) and the other cases leave out validation.
bool schemas_present() {
    return std::filesystem::exists(gexf_schemas() / "gexf.rng");
}

void check_valid(const std::filesystem::path& file) {
    if (!schemas_present()) return;
    const auto r = relaxng(file);
    INFO("RELAX NG: " << r.output.substr(0, 2000));
    CHECK(r.exit_code == 0);
    const auto x = xsd(file);
    INFO("XSD: " << x.output.substr(0, 2000));
    CHECK(x.exit_code == 0);
}

rapidjson::Document read_with_networkx(const std::filesystem::path& file) {
    return read_json_output(std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/exports/gexf_to_json.py") +
                            " " + quote(file));
}

// What XML 1.0 can carry of a string: C0 controls other than tab, newline and
// carriage return, and U+FFFE/U+FFFF, are dropped (docs/exports.md, "Text").
std::string xml_representable(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        if (s.compare(i, 3, "\xef\xbf\xbe") == 0 || s.compare(i, 3, "\xef\xbf\xbf") == 0) {
            i += 2;
            continue;
        }
        out += s[i];
    }
    return out;
}

// NetworkX's value for a typed cell: absent when the cell is empty.
void check_cell(const rapidjson::Value& data, const Column& column, const Cell& cell) {
    INFO("column " << column.name);
    if (std::holds_alternative<std::monostate>(cell)) {
        CHECK_FALSE(data.HasMember(column.name.c_str()));
        return;
    }
    REQUIRE(data.HasMember(column.name.c_str()));
    const rapidjson::Value& v = data[column.name.c_str()];
    switch (column.type) {
        case ColumnType::boolean:
            REQUIRE(v.IsBool());
            CHECK(v.GetBool() == std::get<bool>(cell));
            break;
        case ColumnType::integer:
            REQUIRE(v.IsInt64());
            CHECK(v.GetInt64() == std::get<std::int64_t>(cell));
            break;
        case ColumnType::real:
            REQUIRE(v.IsNumber());
            CHECK(v.GetDouble() == std::get<double>(cell));
            break;
        case ColumnType::text:
            REQUIRE(v.IsString());
            CHECK(std::string(v.GetString(), v.GetStringLength()) == xml_representable(std::get<std::string>(cell)));
            break;
    }
}

// Every node, edge and attribute value NetworkX reads equals what the graph holds.
void check_networkx_agrees(const std::filesystem::path& file, const Graph& g) {
    const rapidjson::Document doc = read_with_networkx(file);
    const AttributeTable nodes = node_table(g);
    const AttributeTable edges = edge_table(g);
    CHECK(doc["directed"].GetBool());
    CHECK(std::string(doc["graph"]["mode"].GetString()) == "dynamic");
    REQUIRE(doc["nodes"].MemberCount() == g.node_count());
    REQUIRE(doc["edges"].Size() == g.edge_count());
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const std::string id = g.str(g.node(v).id);
        INFO("node " << id);
        REQUIRE(doc["nodes"].HasMember(id.c_str()));
        const rapidjson::Value& data = doc["nodes"][id.c_str()];
        CHECK(std::string(data["label"].GetString(), data["label"].GetStringLength()) ==
              xml_representable(g.str(g.node(v).name)));
        for (const Column& c : nodes.columns())
            if (c.name != "label") check_cell(data, c, c.cells[v]);
        const RgbColor color = node_type_color(g.node_type_name(v));
        CHECK(data["viz"]["color"]["r"].GetInt() == color.r);
        CHECK(data["viz"]["color"]["g"].GetInt() == color.g);
        CHECK(data["viz"]["color"]["b"].GetInt() == color.b);
    }
    std::map<std::string, const rapidjson::Value*> by_id;
    for (const auto& e : doc["edges"].GetArray()) by_id[e["data"]["id"].GetString()] = &e;
    REQUIRE(by_id.size() == g.edge_count());
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        const std::string id = g.str(d.id);
        INFO("edge " << id);
        REQUIRE(by_id.count(id));
        const rapidjson::Value& x = *by_id[id];
        CHECK(std::string(x["source"].GetString()) == g.str(g.node(d.source).id));
        CHECK(std::string(x["target"].GetString()) == g.str(g.node(d.target).id));
        const rapidjson::Value& data = x["data"];
        CHECK(std::string(data["label"].GetString()) == g.edge_type_name(e));
        CHECK(data["weight"].GetDouble() == d.weight);
        for (const Column& c : edges.columns())
            if (c.name != "weight") check_cell(data, c, c.cells[e]);
    }
}

std::string spell_of(const rapidjson::Value& data) {
    REQUIRE(data.HasMember("spells"));
    REQUIRE(data["spells"].Size() == 1);
    return std::string(data["spells"][0][0].GetString()) + "/" + data["spells"][0][1].GetString();
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t i = 0; (i = text.find(from, i)) != std::string::npos; i += to.size())
        text.replace(i, from.size(), to);
    return text;
}

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("a date becomes the first or last day it covers", "[exports][gexf]") {
    auto d = [](const char* text) { return *parse_date(text); };
    CHECK(first_day(d("2021")).str() == "2021-01-01");
    CHECK(last_day(d("2021")).str() == "2021-12-31");
    CHECK(first_day(d("2021-03")).str() == "2021-03-01");
    CHECK(last_day(d("2021-03")).str() == "2021-03-31");
    CHECK(last_day(d("2021-04")).str() == "2021-04-30");
    CHECK(last_day(d("2021-02")).str() == "2021-02-28");
    CHECK(last_day(d("2020-02")).str() == "2020-02-29");  // leap year
    CHECK(last_day(d("2000-02")).str() == "2000-02-29");  // divisible by 400
    CHECK(last_day(d("1900-02")).str() == "1900-02-28");  // divisible by 100, not 400
    CHECK(first_day(d("2021-03-04")).str() == "2021-03-04");
    CHECK(last_day(d("2021-03-04")).str() == "2021-03-04");
    CHECK(first_day(PartialDate{}).empty());
    CHECK(last_day(PartialDate{}).empty());
}

TEST_CASE("node colours come from a fixed palette", "[exports][gexf]") {
    CHECK(node_type_color("person") == RgbColor{78, 121, 167});
    CHECK(node_type_color("authority") == RgbColor{225, 87, 89});
    CHECK(node_type_color("prosecution") == RgbColor{237, 201, 72});
    // Built-in types are told apart.
    const char* types[] = {"person",  "movement", "organisation", "court", "authority",
                           "company", "media",    "prosecution",  "event", "unidentified"};
    for (const char* a : types)
        for (const char* b : types)
            if (std::string(a) != b) CHECK_FALSE(node_type_color(a) == node_type_color(b));
    // A type a dataset adds: FNV-1a("party") mod 8 = 7 (computed independently in Python).
    CHECK(node_type_color("party") == RgbColor{215, 181, 166});
}

TEST_CASE("GEXF header, attribute declarations and edge kinds", "[exports][gexf]") {
    const Exported x = export_text(hostile_dataset(), "gexf-header");
    const std::string xml = read_text(x.file);
    CHECK(xml.find("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">") == 39);
    CHECK(xml.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" start=\"2021-01-01\" "
                   "end=\"2022-01-01\">") != std::string::npos);
    CHECK(xml.find("schemaLocation") == std::string::npos);
    CHECK(xml.find("lastmodifieddate") == std::string::npos);
    CHECK(xml.find("\" title=\"age\" type=\"long\"/>") != std::string::npos);
    CHECK(xml.find("\" title=\"score\" type=\"double\"/>") != std::string::npos);
    CHECK(xml.find("\" title=\"active\" type=\"boolean\"/>") != std::string::npos);
    CHECK(xml.find("\" title=\"severity_rank\" type=\"long\"/>") != std::string::npos);
    CHECK(xml.find("\" title=\"from_prosecution_record\" type=\"boolean\"/>") != std::string::npos);
    // label and weight are GEXF's own attributes, not repeated as attvalues.
    CHECK(xml.find("title=\"label\"") == std::string::npos);
    CHECK(xml.find("title=\"weight\"") == std::string::npos);
    // Weight 1 is GEXF's default and left out (written out, an all-1 column is typed boolean by Gephi Lite).
    CHECK(xml.find("kind=\"detained\" label=\"detained\">") != std::string::npos);
    CHECK(xml.find("kind=\"fined\" label=\"fined\" weight=\"2.5\"") != std::string::npos);
    // The second detention between the same two nodes gets its own Gephi edge type, so Gephi keeps both.
    CHECK(xml.find("kind=\"detained #2\" label=\"detained\">") != std::string::npos);
    CHECK(xml.find("weight=\"1\"") == std::string::npos);
    CHECK(xml.find("<attvalue for=\"" + attribute_id(xml, "active") + "\" value=\"false\"/>") != std::string::npos);
    CHECK(xml.find("<description>Sources:\ns: p, \"t\"</description>") !=
          std::string::npos);  // one text event for Gephi
}

TEST_CASE("GEXF validates against the RELAX NG grammar and the patched XSD", "[exports][gexf][schema]") {
    if (!schemas_present()) REPNET_SKIP(gexf_schemas() << " is absent, so GEXF schema validation cannot run");
    SECTION("hostile strings") {
        check_valid(export_text(hostile_dataset(), "gexf-valid-hostile").file);
    }
    SECTION("every date rule") {
        check_valid(export_text(timeline_dataset(), "gexf-valid-timeline").file);
    }
    SECTION("the sample dataset") {
        check_valid(export_path(sample_dataset(), "gexf-valid-sample").file);
    }
    SECTION("the Kazakhstan dataset") {
        check_valid(export_path(source_dir() / "data" / "kazakhstan", "gexf-valid-kz").file);
    }
    SECTION("a dataset without any date: no spells, still valid") {
        const Exported x = export_text(dataset_json(entity("a", "person", "A") + "," + entity("b", "court", "B"),
                                                    relation("a", "b", "associate_of")),
                                       "gexf-valid-undated");
        const std::string xml = read_text(x.file);
        CHECK(xml.find("<spells>") == std::string::npos);
        CHECK(xml.find("timeformat=\"date\">") != std::string::npos);
        check_valid(x.file);
    }
    SECTION("the validators do reject what breaks the rules") {
        const Exported x = export_text(timeline_dataset(), "gexf-invalid");
        const std::string xml = read_text(x.file);
        // A month-precision time is not an xsd:date.
        const auto month = x.file.parent_path() / "month.gexf";
        write_text(month, replace_all(xml, "start=\"2021-05-01\"", "start=\"2021-05\""));
        REQUIRE(read_text(month) != xml);
        CHECK(relaxng(month).exit_code == 3);
        CHECK(xsd(month).exit_code == 3);
        // The namespace must be exactly http://gexf.net/1.3.
        const auto www = x.file.parent_path() / "www.gexf";
        write_text(www, replace_all(xml, "xmlns=\"http://gexf.net/1.3\"", "xmlns=\"http://www.gexf.net/1.3\""));
        CHECK(relaxng(www).exit_code == 3);
        CHECK(xsd(www).exit_code == 3);
    }
}

TEST_CASE("dates become spells that play the timeline", "[exports][gexf][networkx]") {
    const Exported x = export_text(timeline_dataset(), "gexf-timeline");
    const rapidjson::Document doc = read_with_networkx(x.file);
    CHECK(std::string(doc["graph"]["start"].GetString()) == "2015-01-01");
    CHECK(std::string(doc["graph"]["end"].GetString()) == "2022-01-01");
    std::map<std::string, std::string> edge;
    for (const auto& e : doc["edges"].GetArray()) edge[e["data"]["id"].GetString()] = spell_of(e["data"]);
    // A spell ends at the start of the day after its last day: Gephi reads a date as 00:00 of that day.
    CHECK(edge["day"] == "2021-03-04/2021-03-05");    // appears on its day, the whole of it
    CHECK(edge["month"] == "2021-05-01/2021-06-01");  // a month: first to last day
    CHECK(edge["year"] == "2021-01-01/2022-01-01");   // a year: first to last day
    CHECK(edge["early"] == "2017-01-01/2018-01-01");
    CHECK(edge["interval"] == "2019-03-01/2019-05-01");  // START/END: first day of START, last of END
    CHECK(edge["open"] == "2021-11-01/2022-01-01");      // an open end runs to the end of the period
    CHECK(edge["undated"] == "2015-01-01/2022-01-01");   // an undated tie spans the whole period
    CHECK(edge["defendant"] == "2015-01-01/2022-01-01");
    const auto& n = doc["nodes"];
    CHECK(spell_of(n["police"]) == "2015-01-01/2022-01-01");  // undated node: whole period
    CHECK(spell_of(n["p1"]) == "2015-01-01/2022-01-01");
    CHECK(spell_of(n["p2"]) == "2017-01-01/2022-01-01");    // own 2018-06/, widened to its 2017 fine
    CHECK(spell_of(n["mov"]) == "2015-01-01/2019-05-01");   // own 2015/2018-05, widened to the 2019 membership
    CHECK(spell_of(n["case"]) == "2020-02-01/2022-01-01");  // a prosecution from its opening on
    // The original text is kept as attributes.
    for (const auto& e : doc["edges"].GetArray())
        if (std::string(e["data"]["id"].GetString()) == "month")
            CHECK(std::string(e["data"]["date"].GetString()) == "2021-05");
    CHECK(std::string(n["p2"]["start"].GetString()) == "2018-06");
    CHECK(std::string(n["case"]["opened"].GetString()) == "2020-02");
}

TEST_CASE("GEXF reads back in NetworkX with the same nodes, edges and values", "[exports][gexf][networkx]") {
    SECTION("hostile strings") {
        const Exported x = export_text(hostile_dataset(), "gexf-nx-hostile");
        check_networkx_agrees(x.file, x.dataset.graph);
        const rapidjson::Document doc = read_with_networkx(x.file);
        CHECK(doc["multigraph"].GetBool());
        const auto& p1 = doc["nodes"]["p1"];
        CHECK(std::string(p1["label"].GetString()) == kHostile);  // forbidden controls gone, the rest exact
        CHECK(std::string(p1["aliases"].GetString()) == "Ерлан <&> \"Ер\"");
        CHECK(std::string(p1["note"].GetString()) == "a&b]]>");
        CHECK(std::string(doc["nodes"]["police"]["label"].GetString()) == "Police \"Қ\" <dept>");
    }
    SECTION("timeline") {
        const Exported x = export_text(timeline_dataset(), "gexf-nx-timeline");
        check_networkx_agrees(x.file, x.dataset.graph);
    }
    SECTION("sample") {
        const Exported x = export_path(sample_dataset(), "gexf-nx-sample");
        check_networkx_agrees(x.file, x.dataset.graph);
    }
    SECTION("Kazakhstan") {
        const Exported x = export_path(source_dir() / "data" / "kazakhstan", "gexf-nx-kz");
        check_networkx_agrees(x.file, x.dataset.graph);
    }
}

TEST_CASE("repnet export --format gexf", "[exports][gexf][cli]") {
    const auto dir = scratch_dir("gexf-cli");
    SECTION("the built-in Kazakhstan dataset, valid and byte-identical across runs") {
        const auto a = run_repnet("export --format gexf -o " + quote(dir / "a.gexf"));
        INFO(a.output);
        REQUIRE(a.exit_code == 0);
        const auto b = run_repnet("export --format gexf -o " + quote(dir / "b.gexf"));
        REQUIRE(b.exit_code == 0);
        CHECK(read_text(dir / "a.gexf") == read_text(dir / "b.gexf"));
        check_valid(dir / "a.gexf");
        // The built-in dataset is data/kazakhstan compiled in.
        const Exported x = export_path(source_dir() / "data" / "kazakhstan", "gexf-cli-kz");
        CHECK(read_text(dir / "a.gexf") == read_text(x.file));
    }
    SECTION("--strict-graphml is a usage error with gexf") {
        CHECK(run_repnet("export " + quote(sample_dataset()) + " --format gexf --strict-graphml -o " +
                         quote(dir / "x.gexf"))
                  .exit_code == 1);
        CHECK_FALSE(std::filesystem::exists(dir / "x.gexf"));
    }
    SECTION("bad input: exit 2, nothing written") {
        write_text(dir / "bad.json", dataset_json(entity("a", "persn", "A")));
        CHECK(
            run_repnet("export " + quote(dir / "bad.json") + " --format gexf -o " + quote(dir / "x.gexf")).exit_code ==
            2);
        CHECK_FALSE(std::filesystem::exists(dir / "x.gexf"));
    }
}

TEST_CASE("a failed GEXF export leaves no file behind", "[exports][gexf]") {
    const Dataset d = load_dataset(sample_dataset());
    check_export_is_atomic("gexf-atomic", "out.gexf", "</gexf>", [&](const std::filesystem::path& path) {
        export_gexf(path, d.graph, node_table(d.graph), edge_table(d.graph));
    });
}

TEST_CASE("repnet analyze writes graph.gexf, byte-identical across runs", "[exports][gexf][cli]") {
    const auto dir = scratch_dir("gexf-analyze");
    const auto a = run_repnet("analyze " + quote(sample_dataset()) + " -o " + quote(dir / "a"));
    INFO(a.output);
    REQUIRE(a.exit_code == 0);
    CHECK(a.output.find((dir / "a" / "graph.gexf").string()) != std::string::npos);
    const auto b = run_repnet("analyze " + quote(sample_dataset()) + " -o " + quote(dir / "b"));
    REQUIRE(b.exit_code == 0);
    const std::string gexf = read_text(dir / "a" / "graph.gexf");
    CHECK(gexf == read_text(dir / "b" / "graph.gexf"));
    // The analysis columns travel too, typed.
    CHECK(gexf.find("\" title=\"component\" type=\"long\"/>") != std::string::npos);
    CHECK(gexf.find("<attvalue for=\"" + attribute_id(gexf, "component") + "\" value=\"0\"/>") != std::string::npos);
    check_valid(dir / "a" / "graph.gexf");
    const rapidjson::Document doc = read_with_networkx(dir / "a" / "graph.gexf");
    CHECK(doc["nodes"].MemberCount() == 9);
    CHECK(doc["edges"].Size() == 15);
    for (const auto& n : doc["nodes"].GetObject()) CHECK(n.value["component"].IsInt64());
}

// Gephi import check: every GraphML and GEXF export, read as Gephi reads it
// with its default import settings (tests/exports/gephi/GephiImport.java, a
// transcription of Gephi's importers run on the JDK's StAX parser and, when
// installed, on Woodstox, which Gephi ships), keeps every edge and every value.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "algorithms/projection/person_links.hpp"
#include "algorithms/projection/person_network_graph.hpp"
#include "exports/gephi_names.hpp"
#include "exports/gexf.hpp"
#include "exports/graphml.hpp"
#include "loaders/dataset_loader.hpp"
#include "loaders/edge_list.hpp"
#include "support/json_output.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

const char* kWoodstox = "/usr/share/java/woodstox-core.jar:/usr/share/java/stax2-api.jar";

bool have_java() {
    return run("java -version").exit_code == 0 && run("javac -version").exit_code == 0;
}

// GephiImport.java compiled once per test run (compiling takes seconds, a run a fraction of one).
std::filesystem::path compiled_checker() {
    static const std::filesystem::path dir = [] {
        const auto d = scratch_dir("gephi-import-classes");
        const auto r = run("javac -d " + quote(d) + " " + quote(source_dir() / "tests/exports/gephi/GephiImport.java"));
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        return d;
    }();
    return dir;
}
bool have_woodstox() {
    return std::filesystem::exists("/usr/share/java/woodstox-core.jar");
}

// What Gephi holds after importing `file`, as printed by GephiImport.java.
rapidjson::Document gephi_import(const std::string& format, const std::filesystem::path& file, bool woodstox) {
    const auto out = file.parent_path() / (file.filename().string() + (woodstox ? ".wstx.json" : ".jdk.json"));
    const std::string cp = compiled_checker().string() + (woodstox ? std::string(":") + kWoodstox : "");
    return read_json_output("java -cp " + quote(cp) + " GephiImport " + format + " " + quote(file), out);
}

// Counts the values Gephi lost or changed for one element; `skip` is the
// column Gephi holds as a property (node label, edge weight).
int compare_values(const AttributeTable& table, const std::vector<std::string>& names, std::size_t row,
                   const rapidjson::Value& values, const std::string& skip, std::vector<std::string>& report) {
    int changed = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const Column& c = table.columns()[i];
        const Cell& cell = c.cells[row];
        if (c.name == skip || std::holds_alternative<std::monostate>(cell)) continue;
        // Gephi sets nothing for empty text (ImporterGraphML 318/530; AttributeUtils.parse returns null for ""),
        // so an empty string and no value are the same to it.
        if (const auto* t = std::get_if<std::string>(&cell); t && t->empty()) continue;
        const auto it = values.FindMember(names[i].c_str());
        bool same = it != values.MemberEnd();
        if (same) {
            const rapidjson::Value& v = it->value;
            if (const auto* b = std::get_if<bool>(&cell))
                same = v.IsBool() && v.GetBool() == *b;
            else if (const auto* n = std::get_if<std::int64_t>(&cell))
                same = v.IsInt64() && v.GetInt64() == *n;
            else if (const auto* d = std::get_if<double>(&cell))
                same = v.IsNumber() && v.GetDouble() == *d;
            else
                same = v.IsString() && v.GetString() == std::get<std::string>(cell);
        }
        if (!same) {
            ++changed;
            if (report.size() < 10) report.push_back(names[i] + " = " + cell_text(cell));
        }
    }
    return changed;
}

// Milliseconds since 1970-01-01T00:00Z at the start of a calendar day (H. Hinnant's days_from_civil).
long long day_start_ms(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + static_cast<long long>(doe) - 719468) * 86400000LL;
}

struct Loss {
    std::size_t lost_edges = 0;
    int changed_values = 0;
    std::vector<std::string> report;
};

// Compares Gephi's view with the graph and tables that were written.
Loss compare(const Graph& g, const AttributeTable& nodes, const AttributeTable& edges, const rapidjson::Document& doc) {
    Loss loss;
    const auto node_names = written_column_names(nodes, ElementClass::node);
    const auto edge_names = written_column_names(edges, ElementClass::edge);
    std::map<std::string, const rapidjson::Value*> by_id;
    for (const auto& n : doc["nodes"].GetArray()) by_id[n["id"].GetString()] = &n;
    REQUIRE(by_id.size() == g.node_count());
    const Column* label = nodes.find("label");
    for (NodeId v = 0; v < g.node_count(); ++v) {
        const auto it = by_id.find(g.str(g.node(v).id));
        REQUIRE(it != by_id.end());
        const rapidjson::Value& n = *it->second;
        const std::string expected_label = label ? cell_text(label->cells[v]) : "";
        if (!expected_label.empty() && !(n["label"].IsString() && n["label"].GetString() == expected_label)) {
            ++loss.changed_values;
            loss.report.push_back("label of " + g.str(g.node(v).id));
        }
        loss.changed_values += compare_values(nodes, node_names, v, n["values"], "label", loss.report);
    }
    const auto& out = doc["edges"].GetArray();
    loss.lost_edges = g.edge_count() - std::min<std::size_t>(g.edge_count(), out.Size());
    if (out.Size() != g.edge_count()) return loss;
    // Without merges Gephi keeps the edges in file order.
    const Column* weight = edges.find("weight");
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const rapidjson::Value& x = out[e];
        CHECK(x["merged"].GetInt() == 1);
        if (!g.str(g.edge(e).id).empty()) CHECK(x["id"].GetString() == g.str(g.edge(e).id));
        // Gephi keeps an edge weight as a float (ImporterGraphML.parseFloat, ImporterGEXF Float.parseFloat).
        if (weight && std::holds_alternative<double>(weight->cells[e])) {
            const double w = std::get<double>(weight->cells[e]);
            if (x["weight"].GetDouble() != static_cast<double>(static_cast<float>(w))) {
                ++loss.changed_values;
                loss.report.push_back("weight of edge " + std::to_string(e));
            }
        }
        loss.changed_values += compare_values(edges, edge_names, e, x["values"], "weight", loss.report);
        // GEXF: the spell Gephi parses covers every instant of the days the edge's date names.
        const DateRange& when = g.edge(e).when;
        if (x.HasMember("spell_start") && !when.start.empty() && !when.end.empty()) {
            const PartialDate a = first_day(when.start), b = last_day(when.end);
            const long long from = day_start_ms(a.year, a.month, a.day);
            const long long to = day_start_ms(b.year, b.month, b.day) + 86400000LL - 1;
            if (!(x["spell_start"].GetInt64() <= from && x["spell_end"].GetInt64() >= to)) {
                ++loss.changed_values;
                loss.report.push_back("spell of edge " + g.str(g.edge(e).id) + " does not cover " + when.str());
            }
        }
    }
    return loss;
}

void check_both_parsers(const std::string& format, const std::filesystem::path& file, const Graph& g,
                        const AttributeTable& nodes, const AttributeTable& edges) {
    for (const bool woodstox : {false, true}) {
        if (woodstox && !have_woodstox()) {
            WARN("NOTE: Woodstox is not installed (libwoodstox-java); checked with the JDK's parser only");
            continue;
        }
        const rapidjson::Document doc = gephi_import(format, file, woodstox);
        const Loss loss = compare(g, nodes, edges, doc);
        std::string report;
        for (const auto& r : loss.report) report += r + "\n";
        INFO(file << " through " << doc["parser"].GetString() << ":\n" << report);
        CHECK(doc["issues"].Size() == 0);
        CHECK(doc["edge_drafts"].GetUint() == g.edge_count());
        CHECK(loss.lost_edges == 0);
        CHECK(loss.changed_values == 0);
    }
}

// xs:NMTOKEN: letters, digits, '.', '-', '_', ':' (and non-ASCII name characters).
bool nmtoken(const std::string& s) {
    if (s.empty()) return false;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (!(c >= 0x80 || std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == ':')) return false;
    }
    return true;
}

void validate(const std::filesystem::path& file, const Graph& g, bool gexf) {
    const auto schemas = shared_dir() / "schemas";
    if (!std::filesystem::exists(schemas / "graphml" / "graphml.xsd")) {
        WARN("NOTE: " << schemas << " is absent, so schema validation cannot run");
        return;
    }
    if (!gexf) {
        for (EdgeId e = 0; e < g.edge_count(); ++e) {
            if (!nmtoken(g.str(g.edge(e).id))) {
                // Edge-list ids (empty) and projection ids ('~') are fixed on other branches ("loaders", "outputs").
                WARN("NOTE: no schema validation of " << file << ": edge id '" << g.str(g.edge(e).id)
                                                      << "' is not an NMTOKEN");
                return;
            }
        }
    }
    const std::string schema = gexf ? "--relaxng " + quote(schemas / "gexf" / "gexf.rng")
                                    : "--schema " + quote(source_dir() / "exports/schemas/graphml-gephi.xsd");
    const auto r = run(std::string(REPNET_XMLLINT) + " --noout --nonet " + schema + " " + quote(file));
    INFO(r.output.substr(0, 2000));
    CHECK(r.exit_code == 0);
}

void check_exports(const Graph& g, const AttributeTable& nodes, const AttributeTable& edges, const std::string& name,
                   bool undirected = false) {
    const auto dir = scratch_dir("gephi-" + name);
    GraphmlOptions options;
    options.undirected = undirected;
    export_graphml(dir / "g.graphml", g, nodes, edges, options);
    SECTION("GraphML") {
        validate(dir / "g.graphml", g, false);
        check_both_parsers("graphml", dir / "g.graphml", g, nodes, edges);
    }
    if (!undirected) {
        export_gexf(dir / "g.gexf", g, nodes, edges);
        SECTION("GEXF") {
            validate(dir / "g.gexf", g, true);
            check_both_parsers("gexf", dir / "g.gexf", g, nodes, edges);
        }
    }
}

}  // namespace

TEST_CASE("Gephi's default import keeps every edge and value of every export", "[exports][gephi]") {
    if (!have_java()) {
        REPNET_SKIP("no java and javac, so the Gephi import check cannot run");
    }
    SECTION("the Kazakhstan dataset") {
        const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
        check_exports(d.graph, node_table(d.graph), edge_table(d.graph), "kz");
    }
    SECTION("the Kazakhstan person projection") {
        const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
        const Graph p = person_network_graph(d.graph, person_network(d.graph));
        check_exports(p, node_table(p), edge_table(p), "kz-person", true);
    }
    SECTION("a generated 1,000-person network and its edge list") {
        const auto dir = scratch_dir("gephi-generated");
        const auto r = run(std::string(REPNET_BINARY) + " generate --people 1000 --seed 7 -o " + quote(dir));
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        SECTION("dataset") {
            const Dataset d = load_dataset(dir / "dataset.json");
            check_exports(d.graph, node_table(d.graph), edge_table(d.graph), "gen");
        }
        SECTION("edge list") {
            const Dataset d = load_edge_list(dir / "edges.tsv");
            check_exports(d.graph, node_table(d.graph), edge_table(d.graph), "gen-edges");
        }
    }
}

TEST_CASE("the Gephi import check sees what the old representation lost", "[exports][gephi]") {
    if (!have_java()) {
        REPNET_SKIP("no java and javac, so the Gephi import check cannot run");
    }
    // --strict-graphml has no edge types, so Gephi merges parallel edges: the check must notice.
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const auto dir = scratch_dir("gephi-strict");
    GraphmlOptions strict;
    strict.strict = true;
    const AttributeTable nodes = node_table(d.graph), edges = edge_table(d.graph);
    export_graphml(dir / "s.graphml", d.graph, nodes, edges, strict);
    const rapidjson::Document doc = gephi_import("graphml", dir / "s.graphml", false);
    const Loss loss = compare(d.graph, nodes, edges, doc);
    CHECK(loss.lost_edges > 0);
}

namespace {

// What docs/exports.md ("Text") says Gephi keeps of a GraphML <data> value: the
// value split at the characters written as references (CR, DEL, C1, U+2028,
// U+2029), whitespace-only pieces dropped; nothing if the rest is empty or
// equals "null" in any case.
std::optional<std::string> documented_gephi_value(const std::string& s) {
    std::vector<std::string> pieces(1);
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        if (c == '\r' || c == 0x7F)
            n = 1;
        else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F)
            n = 2;
        else if (s.compare(i, 3, "\xe2\x80\xa8") == 0 || s.compare(i, 3, "\xe2\x80\xa9") == 0)
            n = 3;
        if (n) {
            pieces.push_back(s.substr(i, n));
            pieces.emplace_back();
            i += n;
        } else {
            pieces.back() += s[i++];
        }
    }
    std::string kept;
    for (const auto& p : pieces)
        if (p.find_first_not_of(" \t\n\r") != std::string::npos) kept += p;
    std::string lower = kept;
    for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (kept.empty() || lower == "null") return std::nullopt;
    return kept;
}

}  // namespace

TEST_CASE("what Gephi cannot receive is exactly what the documentation lists", "[exports][gephi]") {
    if (!have_java()) {
        REPNET_SKIP("no java and javac, so the Gephi import check cannot run");
    }
    const std::vector<std::string> values = {
        "a &  & b <c> \"d\"\t'e'\nf",  // kept whole (CDATA)
        "tab\there\r\ncrlf",           // the carriage return is lost
        "a\xe2\x80\xa8 ",              // the space after U+2028 is lost
        "x \xc2\x85 \xc2\x85 y",       // the space between the two NELs is lost, the outer ones kept
        "null",
        "Null",
        "   ",
        "nullx",
        "Қазақстан \xf0\x9f\x98\x80",
    };
    std::string entities;
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string escaped;
        for (const char ch : values[i]) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') escaped += '\\';
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                escaped += buf;
            } else {
                escaped += ch;
            }
        }
        std::string id = "v";
        id += std::to_string(i);
        if (i) entities += ",";
        entities += entity(id, "person", id, ", \"attributes\": {\"note\": \"" + escaped + "\"}");
    }
    const auto dir = scratch_dir("gephi-documented");
    write_text(dir / "d.json", dataset_json(entities));
    const Dataset d = load_dataset(dir / "d.json");
    const AttributeTable nodes = node_table(d.graph), edges = edge_table(d.graph);
    export_graphml(dir / "g.graphml", d.graph, nodes, edges);
    for (const bool woodstox : {false, true}) {
        if (woodstox && !have_woodstox()) continue;
        const rapidjson::Document doc = gephi_import("graphml", dir / "g.graphml", woodstox);
        INFO(doc["parser"].GetString());
        REQUIRE(doc["nodes"].Size() == values.size());
        int lossy = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto& v = doc["nodes"][static_cast<rapidjson::SizeType>(i)]["values"];
            const std::optional<std::string> got =
                v.HasMember("note") ? std::optional<std::string>(v["note"].GetString()) : std::nullopt;
            INFO("value " << i);
            CHECK(got == documented_gephi_value(values[i]));
            lossy += got != values[i];
        }
        CHECK(lossy == 6);  // all but the first, "nullx" and the Kazakh/emoji one
    }
}

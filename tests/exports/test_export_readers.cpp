// Hostile strings round-trip exactly through the graph libraries people open
// repnet's exports with: NetworkX (GraphML, GEXF), igraph (GraphML) and
// graphology, Gephi Lite's parsers (GraphML, GEXF; npm packages installed by
// tests/exports/node/install.sh into the build tree).
#include <rapidjson/document.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <tuple>

#include "exports/gexf.hpp"
#include "exports/graphml.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/json_output.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string json_escape(const std::string& s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += ch;
        }
    }
    return out;
}

std::vector<std::string> hostile_strings() {
    std::vector<std::string> v = {
        "<tag> & \"double\" 'single'",
        "&gt; &quot; literal entity text, a  &  &  b",
        "tab\there\tand\nnewline\r\ncrlf\rcr",
        "nel\xc2\x85line sep\xe2\x80\xa8para sep\xe2\x80\xa9"
        "end",
        "emoji \xf0\x9f\x98\x80 \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 Қазақстан Ұлттық Қауіпсіздік Комитеті ғ ө "
        "ү і ң һ",
        "null",
        "INF",
        "Infinity",
        "-inf",
        "NaN",
        "1e3",
        "=1+2",
        "=HYPERLINK(\"http://x\")",
        "true",
        "0",
        "]]> cdata end",
        "trailing spaces  ",
    };
    // 16,400 characters: 656 times a 25-character unit with markup, a tab, "]]>" and U+2028.
    std::string big;
    for (int i = 0; i < 656; ++i) big += "Қ <b>&amp;</b>\t\"x\" ]]> \xe2\x80\xa8 ";
    v.push_back(big);
    return v;
}

// Built by appending: GCC 12's -Wrestrict misfires on "n" + std::to_string(i) at -O2.
std::string node_id(std::size_t i) {
    std::string id = "n";
    id += std::to_string(i);
    return id;
}

struct Written {
    std::vector<std::string> strings;
    std::filesystem::path graphml, gexf;
    std::vector<std::tuple<std::string, std::string, std::string>> edges;  // source, target, how (sorted)
};

Written write_hostile() {
    Written w;
    w.strings = hostile_strings();
    std::string entities, relations;
    for (std::size_t i = 0; i < w.strings.size(); ++i) {
        const std::string id = node_id(i), s = json_escape(w.strings[i]);
        if (i) entities += ",";
        entities += entity(id, "person", s, ", \"attributes\": {\"note\": \"" + s + "\"}");
        if (i) {
            if (i > 1) relations += ",";
            relations += relation("n0", id, "associate_of", ", \"attributes\": {\"how\": \"" + s + "\"}");
            w.edges.emplace_back("n0", id, w.strings[i]);
        }
    }
    std::sort(w.edges.begin(), w.edges.end());
    const auto dir = scratch_dir("hostile-readers");
    write_text(dir / "d.json", dataset_json(entities, relations));
    const Dataset d = load_dataset(dir / "d.json");
    // The dataset holds the strings as given (so the round trip below is not vacuous).
    for (std::size_t i = 0; i < w.strings.size(); ++i) REQUIRE(d.graph.str(d.graph.node(i).name) == w.strings[i]);
    w.graphml = dir / "h.graphml";
    w.gexf = dir / "h.gexf";
    export_graphml(w.graphml, d.graph, node_table(d.graph), edge_table(d.graph));
    export_gexf(w.gexf, d.graph, node_table(d.graph), edge_table(d.graph));
    return w;
}

// nodes: {id: {label_key: ..., "note": ...}}; edges: [{source, target, <data_key>: {"how": ...}}]
void check_round_trip(const Written& w, const rapidjson::Document& doc, const char* data_key, const char* reader) {
    INFO(reader);
    for (std::size_t i = 0; i < w.strings.size(); ++i) {
        const std::string id = node_id(i);
        INFO("node " << id);
        REQUIRE(doc["nodes"].HasMember(id.c_str()));
        const auto& n = doc["nodes"][id.c_str()];
        REQUIRE(n.HasMember("label"));
        REQUIRE(n.HasMember("note"));
        CHECK(std::string(n["label"].GetString()) == w.strings[i]);
        CHECK(std::string(n["note"].GetString()) == w.strings[i]);
    }
    std::vector<std::tuple<std::string, std::string, std::string>> edges;
    for (const auto& e : doc["edges"].GetArray()) {
        const auto& data = e[data_key];
        edges.emplace_back(e["source"].GetString(), e["target"].GetString(),
                           data.HasMember("how") ? data["how"].GetString() : "(missing)");
    }
    std::sort(edges.begin(), edges.end());
    CHECK(edges == w.edges);
}

// The folder with graphology and read_graph.cjs installed, or nothing (having said SKIPPED).
std::optional<std::filesystem::path> graphology_reader() {
    if (run("node --version").exit_code != 0 || run("npm --version").exit_code != 0) {
        WARN("SKIPPED: node or npm is not installed, so graphology cannot be run");
        return std::nullopt;
    }
    const auto modules = std::filesystem::path(REPNET_BINARY_DIR) / "tests" / "node-readers";
    const auto install = run("sh " + quote(source_dir() / "tests/exports/node/install.sh") + " " + quote(modules));
    if (install.exit_code != 0) {
        WARN("SKIPPED: npm ci failed (no registry access?):\n" << install.output);
        return std::nullopt;
    }
    return modules;
}

}  // namespace

TEST_CASE("hostile strings round-trip through NetworkX and igraph", "[exports][readers]") {
    const Written w = write_hostile();
    const std::string py = std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/exports") + "/";
    check_round_trip(w,
                     read_json_output(py + "graphml_to_json.py " + quote(w.graphml), w.graphml.string() + ".nx.json"),
                     "data", "NetworkX GraphML");
    check_round_trip(w, read_json_output(py + "gexf_to_json.py " + quote(w.gexf), w.gexf.string() + ".nx.json"), "data",
                     "NetworkX GEXF");
    check_round_trip(w, read_json_output(py + "igraph_to_json.py " + quote(w.graphml), w.graphml.string() + ".ig.json"),
                     "data", "igraph GraphML");
}

TEST_CASE("hostile strings round-trip through graphology (Gephi Lite's parsers)", "[exports][readers][graphology]") {
    const auto modules = graphology_reader();
    if (!modules) return;
    const Written w = write_hostile();
    const std::string node = "node " + quote(*modules / "read_graph.cjs") + " ";
    check_round_trip(w, read_json_output(node + "graphml " + quote(w.graphml), w.graphml.string() + ".gy.json"),
                     "attributes", "graphology GraphML");
    check_round_trip(w, read_json_output(node + "gexf " + quote(w.gexf), w.gexf.string() + ".gy.json"), "attributes",
                     "graphology GEXF");
}

TEST_CASE("Gephi Lite types weight as a number and the day columns as dates", "[exports][readers][graphology]") {
    const auto modules = graphology_reader();
    if (!modules) return;
    // The Kazakhstan dataset: every relation has weight 1, the case Gephi Lite typed as boolean
    // when the ones were written out. A second dataset mixes weights 1 and 2.
    const auto dir = scratch_dir("gephi-lite-types");
    const Dataset kz = load_dataset(source_dir() / "data" / "kazakhstan");
    std::string entities = entity("a", "person", "A") + "," + entity("b", "person", "B");
    std::string relations = relation("a", "b", "associate_of", ", \"weight\": 2") + "," +
                            relation("b", "a", "associate_of", ", \"date\": \"2020-01-02\"");
    write_text(dir / "mixed.json", dataset_json(entities, relations));
    const Dataset mixed = load_dataset(dir / "mixed.json");
    const std::string node = "node " + quote(*modules / "read_graph.cjs") + " ";
    for (const auto& [name, d] : {std::pair<const char*, const Dataset*>{"kazakhstan", &kz}, {"mixed", &mixed}}) {
        const auto graphml = dir / (std::string(name) + ".graphml");
        const auto gexf = dir / (std::string(name) + ".gexf");
        export_graphml(graphml, d->graph, node_table(d->graph), edge_table(d->graph));
        export_gexf(gexf, d->graph, node_table(d->graph), edge_table(d->graph));
        for (const auto& [format, file] : {std::pair{"graphml", graphml}, std::pair{"gexf", gexf}}) {
            INFO(name << " " << format);
            const auto doc = read_json_output(node + format + " " + quote(file), file.string() + ".gy.json");
            const auto& types = doc["edgeFieldTypes"];
            // GEXF leaves out weight 1 (its default), so an all-1 graph has no weight column there.
            if (std::string(format) == "graphml" || std::string(name) == "mixed") {
                REQUIRE(types.HasMember("weight"));
                CHECK(std::string(types["weight"].GetString()) == "number");
            }
            for (const char* day : {"first_day", "last_day"}) {
                REQUIRE(types.HasMember(day));
                CHECK(std::string(types[day].GetString()) == "date");
            }
            // The weights themselves: 2 where written, the declared default (1.0) elsewhere.
            for (const auto& e : doc["edges"].GetArray()) {
                const auto& a = e["attributes"];
                if (!a.HasMember("weight")) continue;
                const double w = a["weight"].IsString() ? std::stod(a["weight"].GetString()) : a["weight"].GetDouble();
                CHECK((w == 1.0 || w == 2.0));
            }
        }
    }
}

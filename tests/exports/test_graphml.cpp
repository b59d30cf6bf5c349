#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "algorithms/projection/person_network_graph.hpp"
#include "engine/errors.hpp"
#include "exports/atomic_export.hpp"
#include "exports/graphml.hpp"
#include "exports/hostile_dataset.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/json_output.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

struct Exported {
    Dataset dataset;
    std::filesystem::path file;
};

Exported export_to(const std::string& dataset_text, const std::string& name, bool strict = false) {
    const auto dir = scratch_dir(name);
    write_text(dir / "d.json", dataset_text);
    Exported x{load_dataset(dir / "d.json"), dir / "out.graphml"};
    GraphmlOptions options;
    options.strict = strict;
    export_graphml(x.file, x.dataset.graph, node_table(x.dataset.graph), edge_table(x.dataset.graph), options);
    return x;
}

// The GraphML schema extended through its own edge.extra.attrib hook with the label attribute Gephi reads:
// the shipped file as is (its schemaLocation is relative, reaching ../shared beside the repository).
std::filesystem::path gephi_extension_schema() {
    return source_dir() / "exports" / "schemas" / "graphml-gephi.xsd";
}

}  // namespace

TEST_CASE("GraphML: keys are typed and booleans are true/false", "[exports][graphml]") {
    const Exported x = export_to(hostile_dataset(), "typed");
    const std::string xml = read_text(x.file);
    CHECK(xml.find("<key id=\"v_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"v_type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"v_age\" for=\"node\" attr.name=\"age\" attr.type=\"long\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"v_score\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>") != std::string::npos);
    CHECK(xml.find("<key id=\"v_active\" for=\"node\" attr.name=\"active\" attr.type=\"boolean\"/>") !=
          std::string::npos);
    CHECK(xml.find("<key id=\"e_type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>") != std::string::npos);
    // Weight 1 is the key's declared default and left out of the edges that have it.
    CHECK(xml.find("<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" "
                   "attr.type=\"double\"><default>1.0</default></key>") != std::string::npos);
    CHECK(xml.find("<data key=\"v_active\">false</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"v_active\">true</data>") != std::string::npos);
    CHECK(xml.find("label=\"detained\"") != std::string::npos);
    CHECK(xml.find("<graph ") != std::string::npos);
}

TEST_CASE("GraphML validates against the GraphML schema", "[exports][graphml][schema]") {
    const auto schemas = shared_dir() / "schemas" / "graphml";
    if (!std::filesystem::exists(schemas / "graphml.xsd")) {
        REPNET_SKIP(schemas << " is absent, so schema validation cannot run");
    }
    SECTION("default output, with the label extension, against the extended schema") {
        const Exported x = export_to(hostile_dataset(), "schema-ext");
        const auto xsd = gephi_extension_schema();
        const auto r =
            run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " + quote(xsd) + " " + quote(x.file));
        INFO(r.output);
        CHECK(r.exit_code == 0);
        // ... and the unmodified schema rejects exactly that extension.
        const auto plain = run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " +
                               quote(schemas / "graphml.xsd") + " " + quote(x.file));
        CHECK(plain.exit_code == 3);
        CHECK(plain.output.find("attribute 'label'") != std::string::npos);
    }
    SECTION("strict output against the unmodified schema") {
        const Exported x = export_to(hostile_dataset(), "schema-strict", true);
        const auto r = run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " + quote(schemas / "graphml.xsd") +
                           " " + quote(x.file));
        INFO(r.output);
        CHECK(r.exit_code == 0);
    }
    SECTION("the sample dataset") {
        const auto dir = scratch_dir("schema-sample");
        const Dataset d = load_dataset(sample_dataset());
        GraphmlOptions strict;
        strict.strict = true;
        export_graphml(dir / "s.graphml", d.graph, node_table(d.graph), edge_table(d.graph), strict);
        const auto r = run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " + quote(schemas / "graphml.xsd") +
                           " " + quote(dir / "s.graphml"));
        INFO(r.output);
        CHECK(r.exit_code == 0);
    }
}

TEST_CASE("the person projection export validates against the GraphML schema", "[exports][graphml][schema]") {
    const auto schemas = shared_dir() / "schemas" / "graphml";
    if (!std::filesystem::exists(schemas / "graphml.xsd")) {
        WARN("SKIPPED: " << schemas << " is absent, so schema validation cannot run");
        return;
    }
    const auto dir = scratch_dir("schema-person");
    const Dataset d = load_dataset(sample_dataset());
    PersonLinkParams params;
    params.extra = *link_rule_set("shared-affiliation");  // as --link shared-affiliation,court,movement
    params.extra.push_back(LinkRule{LinkKind::court, std::nullopt, 0.5});
    params.extra.push_back(LinkRule{LinkKind::movement, std::nullopt, 0.5});
    const Graph p = person_network_graph(d.graph, person_network(d.graph, params));
    REQUIRE(p.edge_count() > 0);
    GraphmlOptions options;
    options.undirected = true;
    export_graphml(dir / "p.graphml", p, node_table(p), edge_table(p), options);
    options.strict = true;
    export_graphml(dir / "strict.graphml", p, node_table(p), edge_table(p), options);
    const auto ext = run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " + quote(gephi_extension_schema()) +
                         " " + quote(dir / "p.graphml"));
    INFO(ext.output);
    CHECK(ext.exit_code == 0);
    const auto plain = run(std::string(REPNET_XMLLINT) + " --noout --nonet --schema " + quote(schemas / "graphml.xsd") +
                           " " + quote(dir / "strict.graphml"));
    INFO(plain.output);
    CHECK(plain.exit_code == 0);
}

TEST_CASE("GraphML reads back in NetworkX with the same nodes, edges and values", "[exports][graphml][networkx]") {
    const Exported x = export_to(hostile_dataset(), "networkx");
    const Graph& g = x.dataset.graph;
    const rapidjson::Document doc =
        read_json_output(std::string(REPNET_PYTHON) + " " + quote(source_dir() / "tests/exports/graphml_to_json.py") +
                         " " + quote(x.file));
    CHECK(doc["multigraph"].GetBool());
    CHECK(doc["directed"].GetBool());
    CHECK(doc["nodes"].MemberCount() == g.node_count());
    REQUIRE(doc["edges"].Size() == g.edge_count());

    const auto& p1 = doc["nodes"]["p1"];
    // Hostile text round-trips exactly; the control characters XML forbids are gone.
    CHECK(std::string(p1["label"].GetString()) == kHostile);
    CHECK(std::string(p1["aliases"].GetString()) == "Ерлан <&> \"Ер\"");
    CHECK(std::string(p1["type"].GetString()) == "person");
    CHECK(p1["age"].IsInt64());
    CHECK(p1["age"].GetInt64() == 41);
    CHECK(p1["score"].GetDouble() == 2.5);
    CHECK(p1["active"].IsBool());
    CHECK(p1["active"].GetBool() == false);
    CHECK(doc["nodes"]["p2"]["active"].GetBool() == true);
    CHECK(doc["nodes"]["p2"]["score"].GetDouble() == 1.0);
    CHECK(std::string(p1["note"].GetString()) == "a&b]]>");  // U+000B is not XML 1.0: dropped
    CHECK(std::string(p1["sources"].GetString()) == "s para 1");

    // The three police -> p1 edges (two of them the same relation) all survive.
    int police_p1 = 0, detained = 0;
    for (const auto& e : doc["edges"].GetArray()) {
        if (std::string(e["source"].GetString()) != "police") continue;
        ++police_p1;
        const std::string type = e["data"]["type"].GetString();
        if (type == "detained") {
            ++detained;
            CHECK(std::string(e["data"]["severity"].GetString()) == "administrative_detention");
            CHECK(e["data"]["severity_rank"].GetInt64() == 5);
        }
        if (type == "fined") {
            CHECK(e["data"]["weight"].GetDouble() == 2.5);
            CHECK(std::string(e["data"]["date"].GetString()) == "2021");
        }
    }
    CHECK(police_p1 == 3);
    CHECK(detained == 2);
}

TEST_CASE("a failed export leaves no file behind", "[exports][graphml]") {
    const Dataset d = load_dataset(sample_dataset());
    check_export_is_atomic("atomic", "out.graphml", "</graphml>", [&](const std::filesystem::path& path) {
        export_graphml(path, d.graph, node_table(d.graph), edge_table(d.graph));
    });
}

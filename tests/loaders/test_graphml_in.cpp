// GraphML and GEXF in (loaders/graphml_in.hpp): repnet's own exports come back as the same
// typed graph; graphs from Gephi and NetworkX load with their attributes; hostile XML is
// refused with a location.
#include <catch2/catch.hpp>
#include <sstream>

#include "engine/errors.hpp"
#include "engine/evidence_text.hpp"
#include "exports/attribute_table.hpp"
#include "exports/gexf.hpp"
#include "exports/graphml.hpp"
#include "loaders/graphml_in.hpp"
#include "loaders/load_any.hpp"
#include "support/graph_signature.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// Same nodes and edges (types, names, dates, attributes, prosecutions) and, per element, the
// same evidence as the exports show it (source and locator items, notes).
void check_same(const Graph& expected, const Graph& actual) {
    SignatureParts parts;
    parts.evidence = false;
    const std::string a = graph_signature(expected, parts), b = graph_signature(actual, parts);
    INFO(first_difference(a, b));
    CHECK(a == b);
    REQUIRE(expected.node_count() == actual.node_count());
    REQUIRE(expected.edge_count() == actual.edge_count());
    for (NodeId v = 0; v < expected.node_count(); ++v) {
        CHECK(provenance_text(expected, expected.node(v).evidence) == provenance_text(actual, actual.node(v).evidence));
        CHECK(evidence_notes_text(expected, expected.node(v).evidence) ==
              evidence_notes_text(actual, actual.node(v).evidence));
    }
    for (EdgeId e = 0; e < expected.edge_count(); ++e) {
        CHECK(provenance_text(expected, expected.edge(e).evidence) == provenance_text(actual, actual.edge(e).evidence));
        CHECK(evidence_notes_text(expected, expected.edge(e).evidence) ==
              evidence_notes_text(actual, actual.edge(e).evidence));
    }
}

}  // namespace

TEST_CASE("graphml in: the Kazakhstan dataset round-trips repnet -> GraphML or GEXF -> repnet",
          "[loaders][graphml_in]") {
    const bool gexf = GENERATE(false, true);
    const std::string file = gexf ? "kz.gexf" : "kz.graphml";
    INFO(file);
    const Dataset original = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = original.graph;
    std::ostringstream out;
    if (gexf)
        write_gexf(out, g, node_table(g), edge_table(g));
    else
        write_graphml(out, g, node_table(g), edge_table(g));
    const Dataset back = load_graph_xml_text(file, out.str());
    CHECK(back.report.rejections.empty());
    check_same(g, back.graph);
}

TEST_CASE("graphml in: a hand-made GraphML with typed keys, defaults, undirected and parallel edges",
          "[loaders][graphml_in]") {
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="age" attr.type="int"><default>30</default></key>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="edge" attr.name="trusted" attr.type="boolean"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="d0">Alice</data><data key="d1">41</data></node>
    <node id="b"/>
    <edge source="a" target="b"><data key="d2">2.5</data><data key="d3">true</data></edge>
    <edge source="a" target="b" directed="true"/>
  </graph>
</graphml>
)";
    const Dataset d = load_graph_xml_text("g.graphml", text);
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 2);
    CHECK(g.str(g.node(0).name) == "Alice");
    CHECK(g.str(g.node(1).name) == "b");
    CHECK(g.node_type_name(0) == "node");
    CHECK(std::get<std::int64_t>(find_attr(g, g.node(0).attributes, "age")->value) == 41);
    CHECK(std::get<std::int64_t>(find_attr(g, g.node(1).attributes, "age")->value) == 30);  // the default
    REQUIRE(g.edge_count() == 2);                                                           // parallel edges kept
    CHECK(g.edge(0).weight == 2.5);
    CHECK(std::get<bool>(find_attr(g, g.edge(0).attributes, "trusted")->value));
    CHECK(find_attr(g, g.edge(0).attributes, "undirected"));
    CHECK_FALSE(find_attr(g, g.edge(1).attributes, "undirected"));
    CHECK(g.str(g.edge(1).id) == "e1");
}

TEST_CASE("graphml in: a Gephi-style GEXF with attvalues, spells and weights", "[loaders][graphml_in]") {
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node"><attribute id="0" title="city" type="string"><default>Almaty</default></attribute>
      <attribute id="1" title="score" type="float"/></attributes>
    <attributes class="edge"><attribute id="0" title="kind" type="string"/></attributes>
    <nodes>
      <node id="n1" label="One"><attvalues><attvalue for="1" value="0.5"/></attvalues>
        <spells><spell start="2019-01-01" end="2019-06-30"/><spell start="2020-01-01" end="2020-12-31"/></spells></node>
      <node id="n2" label="Two"><attvalues><attvalue for="0" value="Astana"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="x" source="n1" target="n2" weight="3" start="2019-03-01"><attvalues><attvalue for="0" value="ally"/></attvalues></edge>
      <edge id="y" source="n2" target="n1" type="undirected"/>
    </edges>
  </graph>
</gexf>
)";
    const Dataset d = load_graph_xml_text("g.gexf", text);
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 2);
    CHECK(g.str(g.node(0).name) == "One");
    CHECK(g.node(0).dates.str() == "2019-01-01/2020-12-31");
    CHECK(std::get<double>(find_attr(g, g.node(0).attributes, "score")->value) == 0.5);
    CHECK(g.str(std::get<StrValue>(find_attr(g, g.node(0).attributes, "city")->value).id) == "Almaty");
    CHECK(g.str(std::get<StrValue>(find_attr(g, g.node(1).attributes, "city")->value).id) == "Astana");
    REQUIRE(g.edge_count() == 2);
    CHECK(g.edge(0).weight == 3);
    CHECK(g.edge(0).when.start.str() == "2019-03-01");
    CHECK(g.str(std::get<StrValue>(find_attr(g, g.edge(0).attributes, "kind")->value).id) == "ally");
    CHECK(find_attr(g, g.edge(1).attributes, "undirected"));
}

TEST_CASE("graphml in: a GraphML written by NetworkX loads", "[loaders][graphml_in]") {
    const auto dir = scratch_dir("nx-graphml");
    const auto file = dir / "karate.graphml";
    const CommandResult r = run(std::string(REPNET_PYTHON) +
                                " -c 'import networkx as nx, sys\n"
                                "g = nx.karate_club_graph()\n"
                                "nx.set_edge_attributes(g, 1.5, \"strength\")\n"
                                "g.add_edge(0, 1, strength=2.0)\n"
                                "nx.write_graphml(nx.MultiGraph(g), sys.argv[1])' " +
                                quote(file));
    if (r.exit_code != 0 && r.output.find("No module named") != std::string::npos)
        REPNET_SKIP("networkx is not installed: " + r.output);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const Dataset d = load_dataset_any(file);
    const Graph& g = d.graph;
    CHECK(g.node_count() == 34);
    CHECK(g.edge_count() == 78);  // 78 karate edges; the extra 0-1 edge of a Graph replaced one, of a MultiGraph none
    const Attribute* club = find_attr(g, g.node(0).attributes, "club");
    REQUIRE(club);
    CHECK(g.str(std::get<StrValue>(club->value).id) == "Mr. Hi");
    REQUIRE(find_attr(g, g.edge(0).attributes, "strength"));
    CHECK(std::get<double>(find_attr(g, g.edge(0).attributes, "strength")->value) == 2.0);
    CHECK(find_attr(g, g.edge(0).attributes, "undirected"));
}

TEST_CASE("graphml in: hostile XML is refused with file:line:column", "[loaders][graphml_in]") {
    struct Bad {
        std::string name, text;
        std::size_t line;
        std::string says;
    };
    const std::string head = "<?xml version=\"1.0\"?>\n";
    const std::vector<Bad> cases = {
        {"billion laughs",
         head + "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                "\"&lol;&lol;&lol;&lol;\">]>\n<graphml>&lol2;</graphml>",
         2, "DOCTYPE"},
        {"external entity", head + "<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml>&x;</graphml>",
         2, "DOCTYPE"},
        {"deep nesting", head + "<graphml>\n" + std::string(1000, '<') + "", 3, ""},
        {"truncated", head + "<graphml><graph><node id=\"a\">", 2, "malformed XML"},
        {"bad utf-8", head + "<graphml><graph><node id=\"\xC3\x28\"/></graph></graphml>", 2, "malformed XML"},
        {"wrong root", head + "<html/>", 2, "expected <graphml> or <gexf>"},
        {"unknown endpoint",
         head + "<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/></graph></graphml>", 3,
         "'zz' is no node"},
        {"bad typed value",
         head + "<graphml><key id=\"k\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/><graph>\n<node id=\"a\"><data "
                "key=\"k\">x1</data></node></graph></graphml>",
         3, "declared an integer"},
        {"key without id", head + "<graphml>\n<key for=\"node\" attr.name=\"n\"/></graphml>", 3, "<key> without id"},
        {"gexf attribute without id",
         head + "<gexf><graph><attributes class=\"node\">\n<attribute title=\"n\"/></attributes></graph></gexf>", 3,
         "<attribute> without id"},
        {"empty", "", 1, "malformed XML"},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const InputError e = input_error([&] { load_graph_xml_text("h.graphml", c.text); });
        CHECK(e.where().file == "h.graphml");
        CHECK(e.where().line == c.line);
        CHECK(e.where().column > 0);
        CHECK_THAT(e.message(), Catch::Contains(c.says));
    }
    std::string deep = head + "<graphml>";
    for (int i = 0; i < 100; ++i) deep += "<graph>";
    const InputError e = input_error([&] { load_graph_xml_text("h.graphml", deep); });
    CHECK_THAT(e.message(), Catch::Contains("nested deeper than 64"));
}

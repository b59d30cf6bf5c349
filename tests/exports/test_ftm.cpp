// repnet -> FollowTheMoney -> repnet: the Kazakhstan dataset comes back as the same graph.
#include <catch2/catch.hpp>
#include <sstream>

#include "exports/ftm.hpp"
#include "loaders/dataset_loader.hpp"
#include "loaders/ftm.hpp"
#include "support/graph_signature.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string ftm_text(const Graph& g) {
    std::ostringstream out;
    write_ftm(out, g);
    return out.str();
}

}  // namespace

TEST_CASE("ftm export: the Kazakhstan dataset round-trips through FtM", "[exports][ftm]") {
    const Dataset original = load_dataset(source_dir() / "data" / "kazakhstan");
    REQUIRE(original.graph.edge_count() > 100);
    const std::string text = ftm_text(original.graph);
    const Dataset back = load_ftm_text("kazakhstan.ftm.json", text);
    CHECK(back.report.rejections.empty());
    CHECK(back.report.skipped.empty());
    CHECK(back.report.entities.loaded == original.graph.node_count());
    CHECK(back.report.relations.loaded == original.graph.edge_count());
    const std::string expected = graph_signature(original.graph);
    const std::string actual = graph_signature(back.graph);
    INFO(first_difference(expected, actual));
    CHECK(expected == actual);
    // Every cited source comes back with its publisher and title.
    for (const auto& s : back.graph.sources()) {
        const auto i = original.graph.find_source(back.graph.str(s.id));
        REQUIRE(i);
        const Source& o = original.graph.sources()[*i];
        CHECK(original.graph.str(o.publisher) == back.graph.str(s.publisher));
        CHECK(original.graph.str(o.title) == back.graph.str(s.title));
        CHECK(o.published == s.published);
    }
}

TEST_CASE("ftm export: deterministic, one entity per line, FtM schemata", "[exports][ftm]") {
    const Dataset d = load_dataset(sample_dataset());
    const std::string a = ftm_text(d.graph);
    CHECK(a == ftm_text(d.graph));
    std::istringstream lines(a);
    std::string line;
    std::size_t n = 0;
    while (std::getline(lines, line)) {
        ++n;
        CHECK(line.rfind("{\"id\":", 0) == 0);
        CHECK(line.find("\"schema\":") != std::string::npos);
    }
    CHECK(n == d.graph.node_count() + d.graph.edge_count());
    CHECK(a.find("\"schema\":\"Person\"") != std::string::npos);
}

TEST_CASE("ftm export: typed attributes, weights and colliding ids survive", "[exports][ftm]") {
    Graph g;
    Source s;
    s.id = g.strings().intern("src");
    s.publisher = g.strings().intern("Pub");
    s.title = g.strings().intern("Title");
    const SourceIndex src = g.add_source(s);
    auto node = [&](const char* id, const char* type) {
        NodeData n;
        n.id = g.strings().intern(id);
        n.name = g.strings().intern(std::string("Name ") + id);
        n.type = g.vocabulary().entity_types.add(type);
        n.evidence.push_back({src, g.strings().intern("p 1"), kNoString});
        return g.add_node(n);
    };
    const NodeId a = node("a", "person"), b = node("x", "court");
    g.node(a).attributes.push_back({g.strings().intern("fine_amount"), 100.0});
    g.node(a).attributes.push_back({g.strings().intern("count"), std::int64_t{100}});
    g.node(a).attributes.push_back({g.strings().intern("suspended"), true});
    g.node(a).attributes.push_back({g.strings().intern("city"), StrValue{g.strings().intern("12")}});
    EdgeData e;
    e.source = b;
    e.target = a;
    e.id = g.strings().intern("x");  // the court's id too
    e.type = g.vocabulary().relation_types.add("sentenced");
    e.weight = 2.5;
    e.severity = Severity::imprisonment;
    e.when.start = *parse_date("2020-01");
    e.evidence.push_back({src, g.strings().intern("p 2"), g.strings().intern("a note")});
    g.add_edge(e);
    const Dataset back = load_ftm_text("t.ftm", ftm_text(g));
    const std::string expected = graph_signature(g), actual = graph_signature(back.graph);
    INFO(first_difference(expected, actual));
    CHECK(expected == actual);
}

TEST_CASE("ftm export: repnet export --format ftm writes a file the loader reads", "[exports][ftm]") {
    const auto dir = scratch_dir("ftm-cli");
    const auto out = dir / "sample.ftm.json";
    const CommandResult r =
        run(std::string(REPNET_BINARY) + " export " + quote(sample_dataset()) + " --format ftm -o " + quote(out));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const CommandResult v = run(std::string(REPNET_BINARY) + " validate " + quote(out));
    INFO(v.output);
    CHECK(v.exit_code == 0);
    const Dataset d = load_dataset(sample_dataset());
    CHECK(graph_signature(load_ftm(out).graph) == graph_signature(d.graph));
}

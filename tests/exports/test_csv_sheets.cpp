// CSV sheets out (exports/csv_sheets.hpp) and back in (loaders/csv_sheets.hpp): the same graph, compared field by
// field, for the Kazakhstan dataset, the template, and text a spreadsheet would run as a formula.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "exports/csv_sheets.hpp"
#include "loaders/csv_sheets.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

std::string value_text(const Graph& g, const AttrValue& v) {
    if (auto b = std::get_if<bool>(&v)) return *b ? "bool:true" : "bool:false";
    if (auto i = std::get_if<std::int64_t>(&v)) return "int:" + std::to_string(*i);
    if (auto d = std::get_if<double>(&v)) return "double:" + std::to_string(*d);
    return "str:" + g.str(std::get<StrValue>(v).id);
}

std::vector<std::string> attributes(const Graph& g, const std::vector<Attribute>& attrs) {
    std::vector<std::string> out;
    for (const auto& a : attrs) out.push_back(g.str(a.key) + "=" + value_text(g, a.value));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> evidence(const Graph& g, const std::vector<Evidence>& ev) {
    std::vector<std::string> out;
    for (const auto& e : ev)
        out.push_back(g.str(g.sources()[e.source].id) + " | " + g.str(e.locator) + " | " +
                      (e.note == kNoString ? "" : g.str(e.note)));
    return out;
}

std::vector<std::string> strings(const Graph& g, const std::vector<StrId>& ids) {
    std::vector<std::string> out;
    for (StrId s : ids) out.push_back(g.str(s));
    return out;
}

std::string opt_node(const Graph& g, const std::optional<NodeId>& v) {
    return v ? g.str(g.node(*v).id) : "";
}

// Every field of every source, node and edge, matched by id.
void check_same_graph(const Graph& a, const Graph& b) {
    REQUIRE(a.sources().size() == b.sources().size());
    for (std::size_t i = 0; i < a.sources().size(); ++i) {
        const Source& x = a.sources()[i];
        const Source& y = b.sources()[i];
        CHECK(a.str(x.id) == b.str(y.id));
        CHECK(a.str(x.publisher) == b.str(y.publisher));
        CHECK(a.str(x.title) == b.str(y.title));
        CHECK(x.period == y.period);
        CHECK(x.published == y.published);
        CHECK((x.file == kNoString ? "" : a.str(x.file)) == (y.file == kNoString ? "" : b.str(y.file)));
        CHECK((x.url == kNoString ? "" : a.str(x.url)) == (y.url == kNoString ? "" : b.str(y.url)));
    }
    REQUIRE(a.node_count() == b.node_count());
    for (NodeId v = 0; v < a.node_count(); ++v) {
        const NodeData& x = a.node(v);
        INFO("node " << a.str(x.id));
        const auto w = b.find_id(a.str(x.id));
        REQUIRE(w);
        const NodeData& y = b.node(*w);
        CHECK(a.str(y.id) != "");
        CHECK(a.str(x.id) == b.str(y.id));
        CHECK(a.node_type_name(v) == b.node_type_name(*w));
        CHECK(a.str(x.name) == b.str(y.name));
        CHECK(strings(a, x.aliases) == strings(b, y.aliases));
        CHECK(x.generic == y.generic);
        CHECK(x.dates == y.dates);
        CHECK(strings(a, x.distinct_from) == strings(b, y.distinct_from));
        CHECK(attributes(a, x.attributes) == attributes(b, y.attributes));
        CHECK(evidence(a, x.evidence) == evidence(b, y.evidence));
        REQUIRE(x.prosecution.has_value() == y.prosecution.has_value());
        if (x.prosecution) {
            const auto& p = *x.prosecution;
            const auto& q = *y.prosecution;
            CHECK(a.str(p.kind) == b.str(q.kind));
            CHECK(strings(a, p.articles) == strings(b, q.articles));
            CHECK(p.opened == q.opened);
            CHECK(p.decided == q.decided);
            CHECK((p.outcome == kNoString ? "" : a.str(p.outcome)) == (q.outcome == kNoString ? "" : b.str(q.outcome)));
            CHECK((p.sentence == kNoString ? "" : a.str(p.sentence)) ==
                  (q.sentence == kNoString ? "" : b.str(q.sentence)));
            CHECK(p.severity == q.severity);
        }
    }
    REQUIRE(a.edge_count() == b.edge_count());
    std::map<std::string, EdgeId> by_id;
    for (EdgeId e = 0; e < b.edge_count(); ++e) by_id[b.str(b.edge(e).id)] = e;
    CHECK(by_id.size() == b.edge_count());
    for (EdgeId e = 0; e < a.edge_count(); ++e) {
        const EdgeData& x = a.edge(e);
        INFO("edge " << a.str(x.id));
        REQUIRE(by_id.count(a.str(x.id)));
        const EdgeId f = by_id[a.str(x.id)];
        const EdgeData& y = b.edge(f);
        CHECK(a.str(a.node(x.source).id) == b.str(b.node(y.source).id));
        CHECK(a.str(a.node(x.target).id) == b.str(b.node(y.target).id));
        CHECK(a.edge_type_name(e) == b.edge_type_name(f));
        CHECK(x.when == y.when);
        CHECK(x.severity == y.severity);
        CHECK(x.weight == y.weight);
        CHECK(x.from_prosecution_field == y.from_prosecution_field);
        CHECK(opt_node(a, x.prosecution) == opt_node(b, y.prosecution));
        CHECK(attributes(a, x.attributes) == attributes(b, y.attributes));
        CHECK(evidence(a, x.evidence) == evidence(b, y.evidence));
    }
}

}  // namespace

TEST_CASE("csv sheets round trip: the Kazakhstan dataset -> sheets -> the same graph", "[exports][csv_sheets]") {
    const Dataset original = load_dataset(source_dir() / "data/kazakhstan");
    const auto dir = scratch_dir("csv-sheets-kz");
    export_csv_sheets(dir, original.graph);
    const Dataset back = load_csv_sheets(dir);
    CHECK(back.report.rejected_total() == 0);
    CHECK(back.report.warnings.empty());
    check_same_graph(original.graph, back.graph);
}

TEST_CASE("csv sheets round trip: the template", "[exports][csv_sheets]") {
    const Dataset original = load_csv_sheets(source_dir() / "data/templates");
    const auto dir = scratch_dir("csv-sheets-template");
    export_csv_sheets(dir, original.graph);
    check_same_graph(original.graph, load_csv_sheets(dir).graph);
}

TEST_CASE("csv sheets: formula text is neutralised in the file and read back unchanged", "[exports][csv_sheets]") {
    const std::string json = R"J({"repnet_dataset": 2,
      "sources": [{"id": "s", "publisher": "=HYPERLINK(\"http://x\")", "title": "@SUM(A1)"}],
      "entities": [
        {"id": "a", "type": "person", "name": "=cmd|' /C calc'!A0", "aliases": ["'=quoted", "-5"],
         "attributes": {"city": "+city", "birth_year": -5},
         "evidence": [{"source": "s", "locator": "\tpara 1", "note": "'@already"}]},
        {"id": "b", "type": "person", "name": "Plain, \"quoted\" name", "evidence": [{"source": "s", "locator": "p"}]}],
      "relations": [{"source": "a", "target": "b", "type": "relative_of", "weight": 2.5,
                     "evidence": [{"source": "s", "locator": "p", "note": "line one\nline two"}]}]
})J";
    const Dataset original = load_dataset_texts("f.json", {{"f.json", json}});
    std::ostringstream entities;
    write_entities_sheet(entities, original.graph);
    // In the file no cell starts with a formula character.
    CHECK(entities.str().find(",=") == std::string::npos);
    CHECK(entities.str().find("'=cmd") != std::string::npos);
    CHECK(entities.str().find(",-5,") != std::string::npos);       // a number is data, not neutralised
    CHECK(entities.str().find("''=quoted") != std::string::npos);  // one more apostrophe, removed on reading
    const auto dir = scratch_dir("csv-sheets-formula");
    export_csv_sheets(dir, original.graph);
    check_same_graph(original.graph, load_csv_sheets(dir).graph);
}

TEST_CASE("repnet export --format csv -o DIR writes the four sheets, which load as a dataset",
          "[exports][csv_sheets]") {
    const auto dir = scratch_dir("csv-sheets-cli");
    const auto out = dir / "sheets";
    CommandResult r =
        run(std::string(REPNET_BINARY) + " export " + quote(sample_dataset()) + " --format csv -o " + quote(out));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    for (const char* sheet : {"entities.csv", "relations.csv", "prosecutions.csv", "sources.csv"})
        CHECK(std::filesystem::is_regular_file(out / sheet));
    r = run(std::string(REPNET_BINARY) + " validate " + quote(out));
    CHECK(r.exit_code == 0);
    check_same_graph(load_dataset(sample_dataset()).graph, load_csv_sheets(out).graph);
    // graphml-only options are refused.
    CHECK(run(std::string(REPNET_BINARY) + " export --format csv --strict-graphml -o " + quote(dir / "x")).exit_code ==
          1);
}

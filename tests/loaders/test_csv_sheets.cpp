// The spreadsheet CSV sheets (loaders/csv_sheets.hpp): the same Dataset as the equivalent JSON, every row
// accounted for, and every malformed case an InputError at the sheet's file:line:column naming the column.
#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "loaders/csv_sheets.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

const std::string kSources =
    "id,publisher,title,published\n"
    "r1,Human Rights Watch,Kazakhstan report,2021-04-01\n";
const std::string kEntities =
    "id,type,name,aliases,city,role,source,locator,note\n"
    "p.dana,person,Dana Example,Dana E.|Дана,Almaty,journalist,r1,para 2,a journalist\n"
    "p.dana,,,,,,r1,para 3,\n"
    "court.almaly,court,Almaly District Court,,Almaty,,r1,para 5,\n"
    "police.almaty,authority,Almaty city police,,,,r1,para 4,\n";
const std::string kProsecutions =
    "id,name,kind,articles,court,brought_by,opened,decided,severity,charge,source,locator\n"
    "case.dana,Dana Example case (2021),criminal,274|174,court.almaly,police.almaty,2021-02,2021-03-15,"
    "imprisonment,false information,r1,para 5\n";
const std::string kRelations =
    "date,actor,target,type,severity,prosecution,source,locator,note,term_months\n"
    "2021-02-11,Almaty city police,Dana Example,detained,pre_trial_detention,case.dana,r1,para 4,held,\n"
    "2021-03-15,court.almaly,p.dana,sentenced,imprisonment,case.dana,r1,para 5,\"four years, in a colony\",48\n"
    "2021-03-15,court.almaly,p.dana,sentenced,imprisonment,case.dana,r1,para 6,recalled,48\n";

std::vector<NamedText> sheets(std::string relations = kRelations, std::string entities = kEntities) {
    return {{"d/sources.csv", kSources},
            {"d/entities.csv", std::move(entities)},
            {"d/prosecutions.csv", kProsecutions},
            {"d/relations.csv", std::move(relations)}};
}

std::string attribute_text(const Graph& g, const std::vector<Attribute>& attrs, const std::string& key) {
    for (const auto& a : attrs)
        if (g.str(a.key) == key) {
            if (auto i = std::get_if<std::int64_t>(&a.value)) return "int:" + std::to_string(*i);
            if (auto s = std::get_if<StrValue>(&a.value)) return "str:" + g.str(s->id);
            if (auto b = std::get_if<bool>(&a.value)) return *b ? "bool:true" : "bool:false";
            return "num";
        }
    return "";
}

}  // namespace

TEST_CASE("csv sheets: entities, prosecutions, relations and sources load as the JSON format would",
          "[loaders][csv_sheets]") {
    const Dataset d = load_csv_sheet_texts("d", sheets());
    const Graph& g = d.graph;
    REQUIRE(g.node_count() == 4);
    const NodeId dana = *g.find_id("p.dana");
    CHECK(g.str(g.node(dana).name) == "Dana Example");
    CHECK(g.node(dana).aliases.size() == 2);
    CHECK(g.node(dana).evidence.size() == 2);  // the continuation row adds one evidence item
    CHECK(attribute_text(g, g.node(dana).attributes, "city") == "str:Almaty");
    CHECK(attribute_text(g, g.node(dana).attributes, "role") == "str:journalist");
    const NodeId pros = *g.find_id("case.dana");
    REQUIRE(g.node(pros).prosecution);
    CHECK(g.node(pros).prosecution->articles.size() == 2);
    CHECK(g.node(pros).prosecution->severity == Severity::imprisonment);
    CHECK(attribute_text(g, g.node(pros).attributes, "charge") == "str:false information");
    // heard_by and brought_by derived from the prosecution's court and brought_by, then the two actions, the
    // second sentenced row merged into the first (same type, actor, target and date).
    REQUIRE(g.edge_count() == 4);
    CHECK(d.report.derived_edges == 2);
    const EdgeData& detained = g.edge(2);
    CHECK(g.edge_type_name(2) == "detained");
    CHECK(detained.source == *g.find_id("police.almaty"));  // resolved by name
    CHECK(detained.target == dana);
    REQUIRE(detained.prosecution);
    CHECK(*detained.prosecution == pros);
    const EdgeData& sentenced = g.edge(3);
    CHECK(sentenced.evidence.size() == 2);
    CHECK(g.str(sentenced.evidence[0].note) == "four years, in a colony");
    CHECK(attribute_text(g, sentenced.attributes, "term_months") == "int:48");
    CHECK(g.sources().size() == 1);
    CHECK(g.sources()[0].published.str() == "2021-04-01");
    // Every row accounted for.
    CHECK(d.report.sources.loaded == 1);
    CHECK(d.report.entities.loaded == 4);
    CHECK(d.report.entities.merged == 1);
    CHECK(d.report.relations.loaded == 2);
    CHECK(d.report.relations.merged == 1);
    CHECK(d.report.rejected_total() == 0);
    REQUIRE(d.report.node_sites.size() == 4);
    CHECK(d.report.node_location(dana).str() == "d/entities.csv:2");
    CHECK(d.report.node_location(*g.find_id("police.almaty")).line == 5);
}

TEST_CASE("csv sheets: semicolon delimiter, a byte order mark, CRLF and quoted line breaks", "[loaders][csv_sheets]") {
    std::string entities =
        "\xEF\xBB\xBFid;type;name;source;locator;note\r\n"
        "p.a;person;\"Smith; Anna\";r1;p 1;\"two\r\nlines\"\r\n"
        "p.b;person;Bob;r1;p 2;\r\n";
    std::string relations = "actor;target;type;source;locator\r\np.a;Bob;relative_of;r1;p 3\r\n";
    const Dataset d = load_csv_sheet_texts(
        "d", {{"d/sources.csv", kSources}, {"d/entities.csv", entities}, {"d/relations.csv", relations}});
    REQUIRE(d.graph.node_count() == 2);
    CHECK(d.graph.str(d.graph.node(0).name) == "Smith; Anna");
    CHECK(d.graph.str(d.graph.node(0).evidence[0].note) == "two\r\nlines");
    CHECK(d.graph.edge_count() == 1);
}

TEST_CASE("csv sheets: a cell neutralised against formulas reads back as written", "[loaders][csv_sheets]") {
    CHECK(csv_unneutralise("'=1+2") == "=1+2");
    CHECK(csv_unneutralise("'-5") == "-5");
    CHECK(csv_unneutralise("''=x") == "'=x");
    CHECK(csv_unneutralise("'quoted'") == "'quoted'");
    CHECK(csv_unneutralise("=x") == "=x");
    std::string entities = kEntities + "p.eq,person,'=HYPERLINK(1),,,,r1,para 9,'@note\n";
    const Dataset d = load_csv_sheet_texts("d", sheets(kRelations, entities));
    const NodeId v = *d.graph.find_id("p.eq");
    CHECK(d.graph.str(d.graph.node(v).name) == "=HYPERLINK(1)");
    CHECK(d.graph.str(d.graph.node(v).evidence[0].note) == "@note");
}

TEST_CASE("csv sheets: malformed cases are errors at file:line:column naming the column", "[loaders][csv_sheets]") {
    struct Case {
        std::string relations, where, says;
    };
    const std::string head = "date,actor,target,type,severity,source,locator\n";
    const std::vector<Case> cases{
        {head + "2021-02-30,p.dana,p.dana,warned,warning,r1,p1\n", "d/relations.csv:2:1",
         "column 'date': date: '2021-02-30' is not a valid date"},
        {head + "2021,Nobody Known,p.dana,warned,warning,r1,p1\n", "d/relations.csv:2:6",
         "column 'actor': unknown entity 'Nobody Known'"},
        {head + "2021,police.almaty,p.dana,frobbed,warning,r1,p1\n", "d/relations.csv:2:27",
         "column 'type': unknown relation type 'frobbed'"},
        {head + "2021,police.almaty,p.dana,warned,scary,r1,p1\n", "d/relations.csv:2:34",
         "column 'severity': severity 'scary' is not on the ladder"},
        {head + "2021,police.almaty,p.dana,warned,warning,r9,p1\n", "d/relations.csv:2:42",
         "column 'source': unknown source 'r9'"},
        {head + "2021,police.almaty,p.dana,warned,warning,r1\n", "d/relations.csv:2:42",
         "the row has 6 fields; the header has 7"},
        {head + "2021,police.almaty,p.dana,warned,warning,r1,p1,extra\n", "d/relations.csv:2:48",
         "field 8 has no header column"},
        {head + "2021,,p.dana,warned,warning,r1,p1\n", "d/relations.csv:2:6", "column 'actor' is empty"},
        {head + "2021,\"police.almaty,p.dana,warned,warning,r1,p1\n", "d/relations.csv:2:6",
         "quoted field never closed"},
        {head + "2021,police\"x\",p.dana,warned,warning,r1,p1\n", "d/relations.csv:2:12",
         "a quote inside an unquoted field"},
        {"date,actor,type,source,locator\n", "d/relations.csv:1:1", "the header has no column 'target'"},
        {"date,actor,target,type,type,source,locator\n", "d/relations.csv:1:24", "column 'type' appears twice"},
        {head + "2021,police.almaty,p.d\xC3\x28na,warned,warning,r1,p1\n", "d/relations.csv:2:23",
         "invalid UTF-8 (byte 0xC3)"},
    };
    for (const auto& c : cases) {
        INFO(c.relations);
        const InputError e = input_error([&] { load_csv_sheet_texts("d", sheets(c.relations)); });
        CHECK(e.where().str() == c.where);
        CHECK_THAT(e.message(), Catch::Matchers::Contains(c.says));
    }
}

TEST_CASE("csv sheets: an unknown name lists the nearest names, an ambiguous one the candidates",
          "[loaders][csv_sheets]") {
    const std::string head = "date,actor,target,type,severity,source,locator\n";
    InputError e = input_error(
        [&] { load_csv_sheet_texts("d", sheets(head + "2021,Almaty city polise,p.dana,warned,warning,r1,p1\n")); });
    CHECK_THAT(e.message(), Catch::Matchers::Contains("nearest names: Almaty city police (police.almaty)"));
    const std::string entities = kEntities + "o.dana,organisation,Dana Example,,,,r1,para 7,\n";
    e = input_error([&] {
        load_csv_sheet_texts("d", sheets(head + "2021,police.almaty,Dana Example,warned,warning,r1,p1\n", entities));
    });
    CHECK(e.where().str() == "d/relations.csv:2:20");
    CHECK_THAT(e.message(), Catch::Matchers::Contains("p.dana, o.dana"));
}

TEST_CASE("csv sheets: with lenient loading every row is loaded, merged or rejected with its place",
          "[loaders][csv_sheets]") {
    const std::string relations =
        "date,actor,target,type,severity,source,locator\n"
        "2021,police.almaty,p.dana,warned,warning,r1,p1\n"
        "2021,police.almaty,p.dana,warned,warning,r1,p2\n"
        "2021-13,police.almaty,p.dana,warned,warning,r1,p1\n"
        ",police.almaty,p.dana,warned,warning,r1,p1,x\n"
        "2022,police.almaty,p.dana,warned,warning,r1,p1\n";
    LoadOptions options;
    options.lenient = true;
    const Dataset d = load_csv_sheet_texts("d", sheets(relations), options);
    CHECK(d.report.relations.loaded == 2);
    CHECK(d.report.relations.merged == 1);
    CHECK(d.report.relations.rejected == 2);
    REQUIRE(d.report.rejections.size() == 2);
    std::vector<std::string> places;
    for (const auto& r : d.report.rejections) places.push_back(r.where.str());
    CHECK(std::find(places.begin(), places.end(), "d/relations.csv:4:1") != places.end());
    CHECK(std::find(places.begin(), places.end(), "d/relations.csv:5:44") != places.end());
    CHECK(d.graph.edge_count() == 4);  // 2 derived + 2 loaded
}

TEST_CASE("csv sheets: the template in data/templates loads, with an example of every type", "[loaders][csv_sheets]") {
    const Dataset d = load_csv_sheets(source_dir() / "data/templates");
    const Graph& g = d.graph;
    CHECK(d.report.rejected_total() == 0);
    CHECK(d.report.warnings.empty());
    CHECK(d.report.entities.merged == 1);  // the person's second citation
    std::vector<std::size_t> nodes(g.vocabulary().entity_types.size()), edges(g.vocabulary().relation_types.size());
    for (const auto& n : g.nodes()) ++nodes[n.type];
    for (const auto& e : g.edges()) ++edges[e.type];
    for (std::size_t t = 0; t < nodes.size(); ++t) {
        INFO(g.vocabulary().entity_types.name(TypeId(t)));
        CHECK(nodes[t] > 0);
    }
    for (std::size_t t = 0; t < edges.size(); ++t) {
        INFO(g.vocabulary().relation_types.name(TypeId(t)));
        CHECK(edges[t] > 0);
    }
    // The same folder through loader selection, and one sheet naming its siblings.
    CHECK(load_csv_sheets(source_dir() / "data/templates/relations.csv").graph.edge_count() == g.edge_count());
}

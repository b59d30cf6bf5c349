#include <catch2/catch.hpp>

#include "exports/attribute_table.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("node table: sources and notes, each item once, 'para 1' kept beside 'para 12'",
          "[exports][attribute_table]") {
    const std::string person =
        "{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\", \"aliases\": [\"Ay\", \"Aa\"], \"evidence\": ["
        "{\"source\": \"s\", \"locator\": \"para 12\", \"note\": \"arrested\"},"
        "{\"source\": \"s\", \"locator\": \"para 1\", \"note\": \"fined\"}]}";
    const Dataset d = load_dataset_texts("t", {{"t.json", dataset_json(person)}});
    const AttributeTable t = node_table(d.graph);
    REQUIRE(t.rows() == 1);
    CHECK(cell_text(t.find("label")->cells[0]) == "A");
    CHECK(cell_text(t.find("type")->cells[0]) == "person");
    CHECK(cell_text(t.find("aliases")->cells[0]) == "Ay; Aa");
    CHECK(cell_text(t.find("sources")->cells[0]) == "s para 12; s para 1");
    CHECK(cell_text(t.find("notes")->cells[0]) == "arrested | fined");
    CHECK(std::holds_alternative<std::monostate>(t.find("start")->cells[0]));  // undated: no value
}

TEST_CASE("edge table: one row per edge with type, weight, dates and severity", "[exports][attribute_table]") {
    const Dataset d = load_dataset(sample_dataset());
    const AttributeTable t = edge_table(d.graph);
    REQUIRE(t.rows() == d.graph.edge_count());
    for (EdgeId e = 0; e < d.graph.edge_count(); ++e) {
        CHECK(cell_text(t.find("type")->cells[e]) == d.graph.edge_type_name(e));
        CHECK(std::get<double>(t.find("weight")->cells[e]) == d.graph.edge(e).weight);
        const Severity s = d.graph.edge(e).severity;
        if (s == Severity::none)
            CHECK(std::holds_alternative<std::monostate>(t.find("severity_rank")->cells[e]));
        else
            CHECK(std::get<std::int64_t>(t.find("severity_rank")->cells[e]) == severity_rank(s));
    }
}

TEST_CASE("column names are made safe and unique", "[exports][attribute_table]") {
    AttributeTable t(2);
    CHECK(t.add("two words", ColumnType::text).name == "two_words");
    CHECK(t.add("two words", ColumnType::text).name == "attr_two_words");
    CHECK(t.add("", ColumnType::text).name == "_");
    t.add_real("x", {1.5, 2.0});
    t.add_integer("n", {3});
    CHECK(cell_text(t.find("x")->cells[1]) == "2");
    CHECK(cell_text(t.find("n")->cells[0]) == "3");
    CHECK(std::holds_alternative<std::monostate>(t.find("n")->cells[1]));
    CHECK(cell_text(Cell(true)) == "true");
    CHECK(cell_text(Cell(0.1)) == "0.1");
    CHECK(cell_text(Cell{}).empty());
}

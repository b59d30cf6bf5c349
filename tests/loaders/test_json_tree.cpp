#include <catch2/catch.hpp>

#include "loaders/json_tree.hpp"

using namespace repnet;

TEST_CASE("every JSON value knows where it starts", "[loaders][json]") {
    const std::string text = "{\n  \"a\": [1, -2.5e3, \"x\\\"y\"],\n  \"Қазақ\": {\"t\": true, \"n\": null}\n}";
    JsonDocument doc("f.json", text);
    const JsonValue& root = doc.root();
    REQUIRE(root.is_object());
    const JsonValue* a = root.find("a");
    REQUIRE(a);
    CHECK(doc.locate(a->offset).line == 2);
    CHECK(doc.locate(a->offset).column == 8);
    REQUIRE(a->items.size() == 3);
    CHECK(a->items[0].kind == JsonValue::Kind::integer);
    CHECK(doc.locate(a->items[1].offset).column == 12);
    CHECK(a->items[1].number == -2500.0);
    CHECK(a->items[2].string == "x\"y");
    CHECK(doc.locate(a->items[2].offset).column == 20);
    const JsonMember* k = root.find_member("Қазақ");
    REQUIRE(k);
    CHECK(doc.locate(k->key_offset).line == 3);
    CHECK(doc.locate(k->key_offset).column == 3);
    // Columns count characters, not bytes: the 5 Kazakh letters take 10 bytes but 5 columns.
    CHECK(doc.locate(k->value.find("t")->offset).column == 18);
}

TEST_CASE("syntax errors carry a location", "[loaders][json]") {
    try {
        JsonDocument doc("f.json", "{\"a\": 1,\n \"b\": }");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.where().line == 2);
        CHECK(e.where().column == 7);
        CHECK(e.message().find("malformed JSON") != std::string::npos);
    }
}

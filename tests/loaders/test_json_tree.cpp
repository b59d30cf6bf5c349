#include <catch2/catch.hpp>

#include "loaders/json_tree.hpp"
#include "support/test_support.hpp"

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

namespace {

InputError parse_error(const std::string& text) {
    try {
        JsonDocument doc("f.json", text);
    } catch (const InputError& e) {
        return e;
    }
    FAIL("no error for " << text.substr(0, 60));
    throw;
}

}  // namespace

TEST_CASE("numbers are converted exactly and range-checked", "[loaders][json]") {
    JsonDocument doc(
        "f.json",
        "[0e76, 0.0e76, 0e-76, -0.0, 1e-5, 0.1, 9007199254740993, 18446744073709551616, 1.7976931348623157e308]");
    const auto& a = doc.root().items;
    REQUIRE(a.size() == 9);
    CHECK(a[0].number == 0.0);
    CHECK(a[1].number == 0.0);
    CHECK(a[2].number == 0.0);
    CHECK(a[3].number == 0.0);
    CHECK(a[4].number == 1e-5);
    CHECK(a[5].number == 0.1);
    CHECK(a[6].kind == JsonValue::Kind::integer);
    CHECK(a[6].integer == 9007199254740993);
    CHECK(a[7].kind == JsonValue::Kind::number);
    CHECK(a[7].number == 18446744073709551616.0);
    CHECK(a[8].number == 1.7976931348623157e308);
    CHECK(doc.locate(a[1].offset).column == 8);

    const InputError big = parse_error("{\"w\":\n  1e400}");
    CHECK(big.where().line == 2);
    CHECK(big.where().column == 3);
    const InputError tiny = parse_error("[1, 1e-400]");
    CHECK(tiny.where().column == 5);
    CHECK_THAT(tiny.message(), Catch::Contains("outside the range of a double"));
    CHECK(parse_error("[1.8e308]").where().column == 2);
}

TEST_CASE("nesting is limited, without recursion", "[loaders][json]") {
    for (const std::string open : {"[", "{\"a\":"}) {
        std::string deep;
        for (int i = 0; i < 30000; ++i) deep += open;
        const InputError e = parse_error(deep);
        CHECK(e.where().line == 1);
        CHECK(e.where().column == 512 * open.size() + 1);
        CHECK_THAT(e.message(), Catch::Contains("nesting deeper than 512 levels"));
    }
    const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
    CHECK_NOTHROW(JsonDocument("f.json", ok));
}

TEST_CASE("text ending inside a UTF-8 character is an encoding error, read within bounds", "[loaders][json]") {
    for (const std::string text : {"\"AAAAAAAAAAAAAAAAAAAA\xf4", "\"A\xe2\x82", "[\"\xd0"}) {
        // A copy with no spare capacity after the last byte, so an over-read reaches ASan's red zone.
        const InputError e = parse_error(std::string(text.data(), text.size()));
        CHECK(e.where().line == 1);
        CHECK_THAT(e.message(), Catch::Contains("malformed JSON"));
    }
}

TEST_CASE("a UTF-8 byte order mark is skipped, other encodings are errors", "[loaders][json]") {
    JsonDocument doc("f.json", "\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE(doc.root().is_object());
    CHECK(doc.root().find("a")->integer == 1);
    CHECK(parse_error("\xFF\xFE{\x00}\x00").where().column == 1);
}

TEST_CASE("streamed arrays hand over their items one at a time", "[loaders][json]") {
    const std::string text = "{\"keep\": [1], \"items\": [{\"x\": 1}, 2, [3]], \"after\": true}";
    JsonDocument doc("f.json", std::string_view(text), {"items"});
    REQUIRE(doc.root().find("items"));
    CHECK(doc.root().find("items")->items.empty());
    CHECK(doc.root().find("items")->streamed_items == 3);  // counted, so the loader can size its storage
    CHECK(doc.root().find("keep")->streamed_items == 0);
    CHECK(doc.root().find("keep")->items.size() == 1);
    CHECK(doc.root().find("after")->boolean);
    std::vector<std::size_t> offsets;
    std::vector<JsonValue::Kind> kinds;
    doc.for_each_item("items", [&](const JsonValue& v) {
        offsets.push_back(v.offset);
        kinds.push_back(v.kind);
    });
    CHECK(kinds ==
          std::vector<JsonValue::Kind>{JsonValue::Kind::object, JsonValue::Kind::integer, JsonValue::Kind::array});
    CHECK(offsets == std::vector<std::size_t>{24, 34, 37});
    CHECK_THROWS_AS(doc.for_each_item("items", [](const JsonValue&) { throw InputError({"x"}, "stop"); }), InputError);
}

TEST_CASE("locations stay exact across the position index's checkpoints", "[loaders][json]") {
    // A long one-line array of multi-byte strings, then pretty-printed lines: offsets fall on
    // both sides of every 64 KiB checkpoint, some inside a UTF-8 character.
    std::string text = "{\"a\": [";
    for (int i = 0; i < 12000; ++i)
        text.append(i ? ", " : "").append("\"Қазақ ").append(std::to_string(i)).append("\"");
    text += "],\n \"b\": [\n";
    for (int i = 0; i < 20000; ++i) text.append(i ? ",\n  " : "  ").append(std::to_string(i));
    text += "\n]}";
    REQUIRE(text.size() > 3 * 65536);
    JsonDocument doc("f.json", text);
    JsonDocument::LineCursor cursor;
    // In order, then back to the middle (the cursor starts again from a checkpoint).
    for (std::size_t offset :
         {std::size_t{0}, std::size_t{65535}, std::size_t{65536}, std::size_t{65537}, std::size_t{131071},
          std::size_t{131072}, text.size() / 2, text.size() - 1, text.size(), text.size() / 2, std::size_t{70000}}) {
        INFO("offset " << offset);
        const auto [line, column] = repnet::test::text_position(text, offset);
        CHECK(doc.locate(offset).line == line);
        CHECK(doc.locate(offset).column == column);
        CHECK(doc.line_of(offset) == line);
        CHECK(doc.line_of(offset, cursor) == line);
    }
    // A cursor from another document starts again too.
    JsonDocument other("g.json", std::string("{\n\n\"a\": 1}"));
    CHECK(other.line_of(9, cursor) == 3);
    CHECK(doc.line_of(text.size(), cursor) == repnet::test::text_position(text, text.size()).first);
    const JsonValue* b = doc.root().find("b");
    REQUIRE(b);
    REQUIRE(b->items.size() == 20000);
    CHECK(doc.locate(b->items.back().offset).line == 20002);
    CHECK(doc.locate(b->items.back().offset).column == 3);
    const JsonValue* a = doc.root().find("a");
    REQUIRE(a);
    CHECK(doc.locate(a->items.back().offset).column ==
          repnet::test::text_position(text, a->items.back().offset).second);
}

TEST_CASE("a text exactly one checkpoint long, and the empty text, locate", "[loaders][json]") {
    std::string text = "[\"";
    text.append(65536 - 4, 'x').append("\"]");
    REQUIRE(text.size() == 65536);
    JsonDocument doc("f.json", text);
    CHECK(doc.locate(text.size()).column == 65537);
    CHECK(doc.line_of(text.size()) == 1);
    try {
        JsonDocument empty("e.json", std::string());
        FAIL("empty text parsed");
    } catch (const InputError& e) {
        CHECK(e.where().line == 1);
        CHECK(e.where().column == 1);
    }
}

TEST_CASE("streaming releases the text behind each pass, and the whole text after it", "[loaders][json]") {
    std::string text = "{\"entities\": [";
    const int n = 20000;
    const std::size_t step = 64 * 1024;
    for (int i = 0; i < n; ++i)
        text.append(i ? "," : "").append("{\"id\": \"e").append(std::to_string(i)).append("\"}");
    text += "]}";
    REQUIRE(text.size() > 4 * step);
    std::vector<std::pair<std::size_t, std::size_t>> released;
    JsonDocument doc(
        "f.json", std::string_view(text), {"entities"},
        [&](std::size_t begin, std::size_t end) { released.emplace_back(begin, end); }, step);
    // Indexing and the first parse each release in steps and then everything.
    REQUIRE(released.size() >= 4);
    CHECK(released.back() == std::make_pair(std::size_t{0}, text.size()));
    released.clear();
    int seen = 0;
    bool released_too_early = false;  // the text an item was parsed from, released before it was handed over
    doc.for_each_item("entities", [&](const JsonValue& v) {
        for (const auto& range : released) released_too_early |= range.second > v.offset;
        ++seen;
    });
    CHECK_FALSE(released_too_early);
    CHECK(seen == n);
    REQUIRE(released.size() >= 2);
    for (std::size_t i = 0; i + 1 < released.size(); ++i) {
        CHECK(released[i].second - released[i].first >= step);
        CHECK(released[i].second <= text.size());
    }
    CHECK(released.back() == std::make_pair(std::size_t{0}, text.size()));
}

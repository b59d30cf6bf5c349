// One test per kind of bad input: each must name the file, the line and
// column of the offending value, and what was expected.
#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// Line and column (1-based, in characters) where `needle` first occurs in `text`.
std::pair<std::size_t, std::size_t> position_of(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return text_position(text, at);
}

// A dataset where the police (b) detain A (a), with `fields` added to the detention.
std::string one_detention(const std::string& fields) {
    return dataset_json(entity("a", "person", "A") + "," + entity("b", "authority", "Police"),
                        relation("b", "a", "detained", fields));
}

// Loads `text` from a file and expects an InputError at `needle` mentioning `expected`.
void expect_error_at(const std::string& text, const std::string& needle, const std::string& expected) {
    const auto dir = scratch_dir("bad");
    const auto file = dir / "bad.json";
    write_text(file, text);
    try {
        load_dataset(file);
        FAIL("no error for: " << expected);
    } catch (const InputError& e) {
        INFO(e.what());
        const auto [line, column] = position_of(text, needle);
        CHECK(e.where().file == file.string());
        CHECK(e.where().line == line);
        CHECK(e.where().column == column);
        CHECK(e.message().find(expected) != std::string::npos);
        CHECK(std::string(e.what()).rfind(
                  file.string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ", 0) == 0);
    }
}

}  // namespace

TEST_CASE("malformed JSON is located", "[loaders][errors]") {
    const std::string text =
        "{\"repnet_dataset\": 1,\n \"entities\": [\n  {\"id\": \"a\",, \"type\": \"person\"}\n]}\n";
    expect_error_at(text, ", \"type\"", "malformed JSON");
}

TEST_CASE("invalid UTF-8 is rejected", "[loaders][errors]") {
    const std::string text = "{\"repnet_dataset\": 1, \"x\": \"\xff\"}";
    const auto file = scratch_dir("utf8") / "bad.json";
    write_text(file, text);
    CHECK_THROWS_AS(load_dataset(file), InputError);
}

TEST_CASE("unknown entity type", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "persn", "A"));
    expect_error_at(text, "\"persn\"", "unknown entity type 'persn'; expected one of: person,");
}

TEST_CASE("unknown relation type", "[loaders][errors]") {
    const std::string text =
        dataset_json(entity("a", "person", "A") + "," + entity("b", "person", "B"), relation("a", "b", "befriended"));
    expect_error_at(text, "\"befriended\"", "unknown relation type 'befriended'; expected one of: member_of,");
}

TEST_CASE("relation to an unknown id", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "person", "A"), relation("a", "nobody", "associate_of"));
    expect_error_at(text, "\"nobody\"", "unknown entity 'nobody'");
}

TEST_CASE("duplicate id", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "person", "A") + ",\n" + entity("a", "court", "Court"));
    // The error points at the second "a".
    expect_error_at(text, "\"a\", \"type\": \"court\"", "duplicate id 'a'; first defined at");
}

TEST_CASE("impossible date", "[loaders][errors]") {
    expect_error_at(one_detention(", \"date\": \"2021-02-30\""), "\"2021-02-30\"", "day 30 does not exist in 2021-02");
}

TEST_CASE("interval that ends before it starts", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "person", "A") + "," + entity("m", "movement", "M"),
                                          relation("a", "m", "member_of", ", \"date\": \"2021-05/2020\""));
    expect_error_at(text, "\"2021-05/2020\"", "before it starts");
}

TEST_CASE("severity outside the ladder", "[loaders][errors]") {
    expect_error_at(one_detention(", \"severity\": \"very_bad\""), "\"very_bad\"",
                    "severity 'very_bad' is not on the ladder; expected one of: warning,");
}

TEST_CASE("unknown field names are errors, not silently dropped", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "person", "A", ", \"alises\": [\"AA\"]"));
    expect_error_at(text, "\"alises\"", "unknown field 'alises'");
}

TEST_CASE("missing evidence and unknown sources", "[loaders][errors]") {
    const std::string no_evidence =
        "{\"repnet_dataset\": 1, \"entities\": [{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\"}]}";
    expect_error_at(no_evidence, "{\"id\"", "missing required field 'evidence'");
    const std::string bad_source =
        "{\"repnet_dataset\": 1, \"sources\": [{\"id\": \"s\", \"publisher\": \"p\", \"title\": \"t\"}], \"entities\": "
        "[{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\", \"evidence\": [{\"source\": \"nope\", \"locator\": "
        "\"para 1\"}]}]}";
    expect_error_at(bad_source, "\"nope\"", "unknown source 'nope'; expected one of: s");
}

TEST_CASE("wrong JSON types are named", "[loaders][errors]") {
    const std::string text = dataset_json(entity("a", "person", "A", ", \"aliases\": \"AA\""));
    expect_error_at(text, "\"AA\"", "found a string; expected an array");
    const std::string version = "{\"repnet_dataset\": 3}";
    expect_error_at(version, "3}", "'repnet_dataset' must be 1 or 2");
}

TEST_CASE("lenient loading keeps valid records and accounts for the rest", "[loaders][errors]") {
    const std::string text =
        dataset_json(entity("a", "person", "A") + ",\n" + entity("b", "persn", "B") + ",\n" +
                         entity("c", "person", "C") + ",\n" + entity("a", "person", "A again"),
                     relation("a", "c", "associate_of") + ",\n" + relation("a", "b", "associate_of") + ",\n" +
                         relation("a", "c", "associate_of", ", \"date\": \"2021-13\""));
    const auto file = scratch_dir("lenient") / "d.json";
    write_text(file, text);
    CHECK_THROWS_AS(load_dataset(file), InputError);
    LoadOptions lenient;
    lenient.lenient = true;
    const Dataset d = load_dataset(file, lenient);
    CHECK(d.graph.node_count() == 2);
    CHECK(d.graph.edge_count() == 1);
    CHECK(d.report.entities.loaded == 2);
    CHECK(d.report.entities.rejected == 2);
    CHECK(d.report.relations.loaded == 1);
    CHECK(d.report.relations.rejected == 2);
    REQUIRE(d.report.rejections.size() == 4);
    CHECK(d.report.rejections[0].reason.find("unknown entity type 'persn'") != std::string::npos);
    CHECK(d.report.rejections[0].where.line == 4);
    CHECK(d.report.rejections[1].reason.find("duplicate id 'a'") != std::string::npos);
    CHECK(d.report.rejections[2].reason.find("unknown entity 'b'") != std::string::npos);
    CHECK(d.report.rejections[3].reason.find("month 13") != std::string::npos);
}

TEST_CASE("a malformed file in a directory is rejected whole under --lenient", "[loaders][errors]") {
    const auto dir = scratch_dir("lenient-dir");
    write_text(dir / "a.json", dataset_json(entity("a", "person", "A")));
    write_text(dir / "b.json", "{\"repnet_dataset\": 1, \"entities\": [");
    LoadOptions lenient;
    lenient.lenient = true;
    const Dataset d = load_dataset(dir, lenient);
    CHECK(d.graph.node_count() == 1);
    REQUIRE(d.report.rejections.size() == 1);
    CHECK(d.report.rejections[0].kind == RecordKind::file);
    CHECK(d.report.rejections[0].where.file == (dir / "b.json").string());
}

TEST_CASE("a missing path is an input error", "[loaders][errors]") {
    CHECK_THROWS_AS(load_dataset("/nonexistent/repnet/dataset.json"), InputError);
}

// Loader selection (loaders/load_any.hpp): by extension and content, forced by name, and a clear refusal.
#include <catch2/catch.hpp>

#include "engine/errors.hpp"
#include "loaders/load_any.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("load_any: the format is told by extension and content", "[loaders][load_any]") {
    const auto dir = scratch_dir("load-any");
    CHECK(detect_input_format(source_dir() / "data/templates").name == "csv");
    CHECK(detect_input_format(source_dir() / "data/templates/entities.csv").name == "csv");
    CHECK(detect_input_format(source_dir() / "data/kazakhstan").name == "json");
    CHECK(detect_input_format(sample_dataset()).name == "json");
    write_text(dir / "edges.tsv", "a\tb\n");
    CHECK(detect_input_format(dir / "edges.tsv").name == "edges");
    write_text(dir / "noext", "  {\"repnet_dataset\": 2}");
    CHECK(detect_input_format(dir / "noext").name == "json");
    CHECK(load_dataset_any(source_dir() / "data/templates").graph.node_count() > 0);
}

TEST_CASE("load_any: an unsupported file lists the formats, --input-format forces one", "[loaders][load_any]") {
    const auto dir = scratch_dir("load-any-bad");
    write_text(dir / "cases.xlsx", "PK\x03\x04");
    write_text(dir / "cases.csv", "when,who\n2021,x\n");
    for (const char* name : {"cases.xlsx", "cases.csv"}) {
        INFO(name);
        try {
            load_dataset_any(dir / name);
            FAIL("expected an InputError");
        } catch (const InputError& e) {
            CHECK(e.where().file == (dir / name).string());
            for (const auto& f : input_formats())
                CHECK_THAT(e.message(), Catch::Matchers::Contains(std::string(f.name)));
        }
    }
    // Forced: the edge list reader reads the .csv as two-field lines and fails on its first line.
    CHECK_THROWS_AS(load_dataset_any(dir / "cases.csv", {}, "edges"), InputError);
    CHECK_THROWS_AS(load_dataset_any(dir / "cases.csv", {}, "xlsx"), InvalidArgument);
    write_text(dir / "list.dat", "a b\nb c\n");
    CHECK(load_dataset_any(dir / "list.dat", {}, "edges").graph.edge_count() == 2);
}

#include <catch2/catch.hpp>

#include "engine/evidence_text.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

// One person whose evidence cites "para 12" before "para 1" of the same source, with notes.
Dataset evidence_dataset() {
    const std::string person =
        "{\"id\": \"a\", \"type\": \"person\", \"name\": \"A\", \"evidence\": ["
        "{\"source\": \"s\", \"locator\": \"para 12\", \"note\": \"arrested\"},"
        "{\"source\": \"s\", \"locator\": \"para 1\", \"note\": \"fined\"},"
        "{\"source\": \"s\", \"locator\": \"para 12\", \"note\": \"arrested\"}]}";
    return load_dataset_texts("evidence", {{"evidence.json", dataset_json(person)}});
}

}  // namespace

TEST_CASE("provenance text de-duplicates exactly: 'para 1' survives next to 'para 12'", "[engine][evidence]") {
    const Dataset d = evidence_dataset();
    const NodeData& a = d.graph.node(*d.graph.find_id("a"));
    // The substring test this replaced dropped "s para 1", a substring of "s para 12".
    CHECK(provenance_text(d.graph, a.evidence) == "s para 12; s para 1");
}

TEST_CASE("evidence notes: each distinct note once, in order, joined by ' | '", "[engine][evidence]") {
    const Dataset d = evidence_dataset();
    const NodeData& a = d.graph.node(*d.graph.find_id("a"));
    CHECK(evidence_notes_text(d.graph, a.evidence) == "arrested | fined");
    CHECK(evidence_notes_text(d.graph, {}).empty());
    CHECK(provenance_text(d.graph, {}).empty());
}

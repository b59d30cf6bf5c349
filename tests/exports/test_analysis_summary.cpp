// The summary analyze prints, written to a stream: every section, generic entities left out
// of the rankings unless asked for, data made safe for a terminal.
#include <catch2/catch.hpp>
#include <sstream>

#include "exports/analysis_summary.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("the analyze summary names every section and the files written", "[exports][summary]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const AnalysisResults r = analyze(d.graph, AnalysisParams{});
    std::ostringstream left_out, included;
    write_analysis_summary(left_out, d, r, "out", false);
    write_analysis_summary(included, d, r, "out", true);
    for (const char* line : {"  records: ", "  graph:   ", "  dates:   ", "  clusters: ", "  most ties (distinct",
                             "  brokers (betweenness):", "  people at risk (", "  wrote:   out/graph.graphml"})
        CHECK(left_out.str().find(line) != std::string::npos);
    CHECK(left_out.str().find('\x1b') == std::string::npos);
}

TEST_CASE("the analyze summary leaves a generic hub out of its rankings unless asked", "[exports][summary]") {
    // A generic police entity tied to everyone: the most tied node and the top broker.
    std::string entities = entity("police", "authority", "Some police", ", \"generic\": true");
    std::string relations;
    // Built by appending: GCC 12's -Wrestrict misfires on "," + std::string at -O2.
    for (const char* p : {"a", "b", "c", "d"}) {
        std::string name = "Person ";
        name += p;
        entities += ",";
        entities += entity(p, "person", name);
        relations += relation("police", p, "detained");
        relations += ",";
    }
    relations += relation("a", "b", "associate_of");
    const auto dir = scratch_dir("summary-generic");
    write_text(dir / "g.json", dataset_json(entities, relations));
    const Dataset d = load_dataset(dir / "g.json");
    const AnalysisResults r = analyze(d.graph, AnalysisParams{});
    std::ostringstream left_out, included;
    write_analysis_summary(left_out, d, r, "out", false);
    write_analysis_summary(included, d, r, "out", true);
    CHECK(left_out.str().find("Some police") == std::string::npos);
    CHECK(left_out.str().find("(generic entities left out of these rankings") != std::string::npos);
    CHECK(included.str().find("4  Some police (authority)") != std::string::npos);
    CHECK(included.str().find("(generic entities left out") == std::string::npos);
}

#include <catch2/catch.hpp>
#include <sstream>

#include "engine/errors.hpp"
#include "exports/report_json.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("the report: header, sources, load account and summary", "[exports][report_json]") {
    const Dataset d = load_dataset(sample_dataset());
    const GraphSummary s = summarize(d.graph);
    const rapidjson::Document doc = make_report(d, s);
    CHECK(doc["repnet_report"].GetInt() == 1);
    CHECK(std::string(doc["dataset"].GetString()) == d.name);
    CHECK(doc["sources"].Size() == d.graph.sources().size());
    CHECK(doc["summary"]["nodes"].GetUint64() == d.graph.node_count());
    CHECK(doc["summary"]["edges"].GetUint64() == d.graph.edge_count());
    CHECK(doc["load"].IsObject());

    std::ostringstream out;
    write_json(out, doc);
    rapidjson::Document back;
    back.Parse(out.str().c_str());
    REQUIRE_FALSE(back.HasParseError());
    CHECK(static_cast<const rapidjson::Value&>(back) == static_cast<const rapidjson::Value&>(doc));
    CHECK(out.str().find("\n    ") != std::string::npos);  // pretty-printed
}

TEST_CASE("export_json: written whole, or an IoError naming the file", "[exports][report_json]") {
    const auto dir = scratch_dir("report-json");
    rapidjson::Document doc(rapidjson::kObjectType);
    doc.AddMember("x", 1, doc.GetAllocator());
    export_json(dir / "r.json", doc);
    CHECK(read_text(dir / "r.json").find("\"x\": 1") != std::string::npos);
    try {
        export_json(dir / "missing" / "r.json", doc);
        FAIL("no exception");
    } catch (const IoError& e) {
        CHECK(e.path() == dir / "missing" / "r.json");
    }
}

// repnet report (exports/report_html): the payload the page reads, the page's self-containment, and the page
// itself in headless Chromium (tests/exports/report/check_report.cjs, driven by puppeteer-core from npm).
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <sstream>

#include "algorithms/analysis.hpp"
#include "exports/report_html.hpp"
#include "loaders/load_any.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

namespace {

const Dataset& kazakhstan() {
    static const Dataset d = load_dataset_any(source_dir() / "data" / "kazakhstan");
    return d;
}

std::string page_of(const Dataset& d) {
    std::ostringstream out;
    write_report_html(out, d, analyze(d.graph));
    return out.str();
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
    const auto a = text.find(open);
    REQUIRE(a != std::string::npos);
    const auto b = text.find(close, a + open.size());
    REQUIRE(b != std::string::npos);
    return text.substr(a + open.size(), b - a - open.size());
}

CommandResult run_repnet(const std::string& args) {
    return run(std::string(REPNET_BINARY) + " " + args);
}

}  // namespace

TEST_CASE("the report payload carries the name keys, timelines and tables the page reads", "[exports][report]") {
    const Dataset& d = kazakhstan();
    const AnalysisResults r = analyze(d.graph);
    const rapidjson::Document p = report_payload(d, r);
    REQUIRE(p.HasMember("at_risk"));
    REQUIRE(p.HasMember("clusters"));
    REQUIRE(p.HasMember("centrality"));
    const auto& ids = p["node_ids"];
    REQUIRE(ids.Size() == d.graph.node_count());
    const auto& keys = p["search"]["keys"];
    REQUIRE(keys.Size() == d.graph.node_count());
    // Max Bokayev's keys hold the variant "bokaev", the key of the Cyrillic "Бокаев" letter by letter.
    NodeId bokayev = d.graph.node_count();
    for (NodeId v = 0; v < d.graph.node_count(); ++v)
        if (std::string(d.graph.str(d.graph.node(v).name)) == "Max Bokayev") bokayev = v;
    REQUIRE(bokayev < d.graph.node_count());
    std::string bokayev_keys = " ";
    bokayev_keys += keys[bokayev].GetString();
    bokayev_keys += " ";
    CHECK(bokayev_keys.find(" bokaev ") != std::string::npos);
    const auto& letters = p["search"]["letters"];
    std::string cyrillic;
    for (const char* letter : {"б", "о", "к", "а", "е", "в"}) cyrillic += letters[letter].GetString();
    CHECK(cyrillic == "bokaev");
    // The variant rules are those of names::variant_token: "ye" -> "e", "zh" -> "j".
    bool ye = false, zh = false;
    for (const auto& rule : p["search"]["variant_rules"].GetArray()) {
        ye = ye || (std::string(rule[0].GetString()) == "ye" && std::string(rule[1].GetString()) == "e");
        zh = zh || (std::string(rule[0].GetString()) == "zh" && std::string(rule[1].GetString()) == "j");
    }
    CHECK(ye);
    CHECK(zh);
    // His timeline, every action with its citation.
    const auto& timelines = p["timelines"];
    REQUIRE(timelines.HasMember(std::to_string(bokayev).c_str()));
    const auto& events = timelines[std::to_string(bokayev).c_str()]["events"];
    REQUIRE(events.Size() >= 5);
    for (const auto& e : events.GetArray()) CHECK(std::string(e["edge"]["sources"].GetString()).find("para") != 0);
    // Column tables: one cell per node and per edge.
    for (const auto& column : p["nodes"]["values"].GetArray()) CHECK(column.Size() == d.graph.node_count());
    CHECK(p["edges"]["source"].Size() == d.graph.edge_count());
}

TEST_CASE("the report page is self-contained, deterministic and carries its payload's checksum", "[exports][report]") {
    const std::string page = page_of(kazakhstan());
    CHECK(page == page_of(kazakhstan()));
    const std::string payload = between(page, "<script type=\"application/json\" id=\"repnet-data\">", "</script>");
    CHECK(between(page, "<meta name=\"repnet-payload-sha256\" content=\"", "\"") == sha256_hex(payload));
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    rapidjson::Document parsed;
    parsed.Parse(payload.c_str(), payload.size());
    CHECK_FALSE(parsed.HasParseError());
    // Nothing is loaded from elsewhere: no external script, style sheet, image or frame.
    for (const char* ref : {"<script src", "<link", "<img", "<iframe", "@import", "url(http"})
        CHECK(page.find(ref) == std::string::npos);
    CHECK(page.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("repnet report opens in headless Chromium: offline, drawn, searchable", "[exports][report][browser]") {
    std::string chromium;
    for (const char* candidate : {"chromium", "chromium-browser", "google-chrome"}) {
        const CommandResult which = run(std::string("command -v ") + candidate);
        if (which.exit_code == 0) {
            chromium = which.output.substr(0, which.output.find('\n'));
            break;
        }
    }
    if (chromium.empty()) REPNET_SKIP("no Chromium installed (Debian package chromium; ./dev installs it)");
    if (run("node --version").exit_code != 0) REPNET_SKIP("node is not installed, so puppeteer-core cannot run");
    const auto modules = std::filesystem::path(REPNET_BINARY_DIR) / "tests" / "report-browser";
    const auto install = run("sh " + quote(source_dir() / "tests/exports/report/install.sh") + " " + quote(modules));
    if (install.exit_code != 0)
        REPNET_SKIP("npm ci of puppeteer-core failed (no registry access?):\n" << install.output);
    // Screenshots stay in the build tree as test artefacts.
    const auto shots = std::filesystem::path(REPNET_BINARY_DIR) / "tests" / "report-screenshots";
    std::filesystem::create_directories(shots);
    const auto dir = scratch_dir("report-browser");
    auto check = [&](const std::string& dataset, const std::string& name, const std::string& query,
                     const std::string& expected) {
        const auto html = dir / (name + ".html");
        const CommandResult made = run_repnet("report " + dataset + " -o " + quote(html));
        INFO(made.output);
        REQUIRE(made.exit_code == 0);
        const CommandResult r =
            run("node " + quote(modules / "check_report.cjs") + " " + quote(chromium) + " " + quote(html) + " " +
                quote(shots / name) + " " + quote(query) + " " + quote(expected) + " 2>&1");
        INFO(name << ": " << r.output);
        CHECK(r.exit_code == 0);
        CHECK(r.output.find("\"requests\":1") != std::string::npos);
        std::cout << name << ": " << std::filesystem::file_size(html) << " bytes; " << r.output;
        CHECK(std::filesystem::exists(shots / (name + "-network.png")));
        CHECK(std::filesystem::exists(shots / (name + "-dossier.png")));
    };
    SECTION("the Kazakhstan dataset: Бокаев finds Max Bokayev") {
        check("", "kazakhstan", "Бокаев", "Max Bokayev");
    }
    SECTION("a generated network of 10,000 people") {
        const CommandResult g = run_repnet("generate --people 10000 -o " + quote(dir / "gen10k"));
        REQUIRE(g.exit_code == 0);
        check(quote(dir / "gen10k" / "dataset.json"), "generated-10000", "Person 42", "Person 42");
    }
}

// Duplicate detection: 20 variant duplicates planted in a copy of the Kazakhstan dataset are all reported, with
// file:line; the distinct namesakes the dataset records (distinct_from) are not; and the loader honours
// distinct_from (never merges such a pair, rejects unknown ids).
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "names/duplicates.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::names;

namespace {

// (planted name, the entity it duplicates): spellings the loader's exact-name merge does not catch.
const std::vector<std::pair<std::string, std::string>> kPlanted = {
    {"Maks Bokaev", "k17.p.bokayev-max"},
    {"Janbolat Mamai", "k17.p.mamay-zhanbolat"},
    {"Serikjan Bilash", "k21.p.bilash-serikzhan"},
    {"Roman Reichert", "k21.p.reikhert-roman"},
    {"Мухтар Аблязов", "k17.p.ablyazov-mukhtar"},
    {"Асет Матаев", "k17.p.matayev-asset"},
    {"Nursultan Nazarbaev", "k18a.p.nazarbayev"},
    {"Vladlen Tsoy", "k18a.p.tsoi-vladlen"},
    {"Yuriy Dorokhov", "k18c.p.dorokhov-yuri"},
    {"Asaf Guliev", "k17.p.guliyev-asaf"},
    {"Kenzhenaish Rakhimbayeva", "k18a.p.rahimbaeva-kenzhenaish"},
    {"Lukpan Ahmedyarov", "k21.p.akhmedyarov-lukpan"},
    {"Dmitriy Sinyavskiy", "k18a.p.sinyavsky-dimitry"},
    {"Zhanmurat Ashtayev", "k21.p.ashtaev-zhanmurat"},
    {"Kassym-Zhomart Tokaev", "k23.p.tokayev-kassym-jomart"},
    {"Olesya Halabuzar", "k17.p.khalabuzar-olesya"},
    {"Stanislav Voitsekhovskiy", "k18c.p.voitsekhovsky-stanislav"},
    {"Bauyrjan Azanov", "k18c.p.azanov-bauyrzhan"},
    {"Ramazan Esergepov", "k17.p.yesergepov-ramazan"},
    {"Ерлан Балтабай", "k21.p.baltabay-yerlan"},
};

std::vector<NamedText> kazakhstan_texts() {
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(test::source_dir() / "data" / "kazakhstan"))
        if (e.path().extension() == ".json") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    std::vector<NamedText> files;
    for (const auto& p : paths) files.push_back({p.filename().string(), test::read_text(p)});
    return files;
}

std::set<std::pair<std::string, std::string>> pairs_by_id(const Graph& g, const std::vector<DuplicatePair>& pairs) {
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& p : pairs) {
        std::string a = g.str(g.node(p.a).id), b = g.str(g.node(p.b).id);
        out.emplace(std::min(a, b), std::max(a, b));
    }
    return out;
}

}  // namespace

TEST_CASE("20 planted variant duplicates are all reported, the recorded namesakes never", "[names][duplicates]") {
    auto files = kazakhstan_texts();
    const Dataset base = load_dataset_texts("kazakhstan", files);
    const auto base_pairs = pairs_by_id(base.graph, find_duplicates(NameMatcher(base.graph)));

    std::string planted;
    for (std::size_t i = 0; i < kPlanted.size(); ++i)
        planted += (i ? ",\n" : "") + std::string("{\"id\": \"plant.") + std::to_string(i) +
                   "\", \"type\": \"person\", \"name\": \"" + kPlanted[i].first +
                   "\", \"evidence\": [{\"source\": \"kz-2021-q1\", \"locator\": \"planted\"}]}";
    files.push_back({"90-planted.json", "{\"repnet_dataset\": 1, \"entities\": [" + planted + "]}"});
    const Dataset d = load_dataset_texts("kazakhstan+planted", files);
    const Graph& g = d.graph;
    REQUIRE(d.report.entities.merged == base.report.entities.merged);  // the loader merged none of the plants
    const auto dups = find_duplicates(NameMatcher(g));
    const auto found = pairs_by_id(g, dups);
    for (std::size_t i = 0; i < kPlanted.size(); ++i) {
        const std::string plant = "plant." + std::to_string(i);
        INFO(kPlanted[i].first << " ~ " << kPlanted[i].second);
        CHECK(found.count({std::min(plant, kPlanted[i].second), std::max(plant, kPlanted[i].second)}) == 1);
    }
    // every reported pair names both records' file:line
    for (const auto& p : dups) {
        CHECK(d.report.node_location(p.a).line > 0);
        CHECK(d.report.node_location(p.b).line > 0);
    }
    const NodeId plant0 = *g.find_id("plant.0");
    CHECK(d.report.node_location(plant0).str() == "90-planted.json:1");

    // The namesakes recorded distinct are reported neither with nor without the plants.
    std::size_t recorded = 0;
    for (NodeId v = 0; v < g.node_count(); ++v)
        for (StrId other : g.node(v).distinct_from) {
            ++recorded;
            const std::string a = g.str(g.node(v).id), b = g.str(g.node(*g.find_id(g.str(other))).id);
            INFO(a << " distinct_from " << b);
            CHECK(found.count({std::min(a, b), std::max(a, b)}) == 0);
            CHECK(base_pairs.count({std::min(a, b), std::max(a, b)}) == 0);
        }
    CHECK(recorded > 0);
    // Without the record they would be reported: the check above is not vacuous.
    std::vector<NamedText> stripped;
    for (auto f : kazakhstan_texts()) {
        for (std::size_t at; (at = f.text.find("\"distinct_from\"")) != std::string::npos;) {
            const std::size_t end = f.text.find(']', at);
            std::size_t begin = f.text.rfind(',', at);
            f.text.erase(begin, end + 1 - begin);
        }
        stripped.push_back(f);
    }
    const Dataset s = load_dataset_texts("stripped", stripped);
    CHECK(pairs_by_id(s.graph, find_duplicates(NameMatcher(s.graph))).size() > base_pairs.size());
}

TEST_CASE("distinct_from: the loader never merges the pair, and rejects unknown ids", "[names][duplicates]") {
    const std::string two = test::entity("p.a", "person", "Nazira Lesova") + "," +
                            test::entity("p.b", "person", "Nazira Lesova", R"(, "distinct_from": ["p.a"])");
    const Dataset d = load_dataset_texts("t", {{"t.json", test::dataset_json(two)}});
    CHECK(d.graph.node_count() == 2);
    CHECK(d.report.entities.merged == 0);
    CHECK(recorded_distinct(d.graph, 0, 1));
    CHECK(find_duplicates(NameMatcher(d.graph)).empty());
    // without it they are one person
    const std::string same =
        test::entity("p.a", "person", "Nazira Lesova") + "," + test::entity("p.b", "person", "Nazira Lesova");
    CHECK(load_dataset_texts("t", {{"t.json", test::dataset_json(same)}}).graph.node_count() == 1);

    const std::string bad = test::entity("p.a", "person", "A Name", R"(, "distinct_from": ["p.nobody"])");
    try {
        load_dataset_texts("t", {{"t.json", test::dataset_json(bad)}});
        FAIL("expected an InputError");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()).find("distinct_from names unknown entity 'p.nobody'") != std::string::npos);
        CHECK(e.where().line == 3);
    }
}

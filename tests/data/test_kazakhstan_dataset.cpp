// The shipped Kazakhstan dataset (data/kazakhstan/): it loads with no rejected
// record, it covers every report substantially, and every citation points at a
// paragraph of its report that names what it cites (docs/datasets/kazakhstan.md,
// "Provenance rule").
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "algorithms/centrality/generic.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "support/test_support.hpp"
#include "support/timeline_duplicates.hpp"

namespace {

using namespace repnet;

std::filesystem::path kazakhstan_dir() {
    return test::source_dir() / "data" / "kazakhstan";
}

const Dataset& kazakhstan() {
    static const Dataset d = load_dataset(kazakhstan_dir(), LoadOptions{.lenient = true});
    return d;
}

// ASCII letters folded to lower case; typographic apostrophes and quotes made plain,
// so "Shymkent’s" in a report matches "Shymkent's" in an alias.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x99") == 0 || s.compare(i, 3, "\xE2\x80\x98") == 0) {  // ’ ‘
            out += '\'';
            i += 2;
        } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) {  // “ ”
            out += '"';
            i += 2;
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
        }
    }
    return out;
}

// A report's paragraphs: its non-empty lines, numbered from 1 (index 0 is unused).
std::vector<std::string> paragraphs(const std::string& text) {
    std::vector<std::string> out{""};
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (std::any_of(line.begin(), line.end(), [](unsigned char c) { return !std::isspace(c); }))
            out.push_back(fold(line));
    return out;
}

bool unnamed(const Graph& g, NodeId v) {
    const auto& t = g.node_type_name(v);
    return t == "prosecution" || t == "unidentified";
}

// The strings that count as naming node v: its name and aliases (those of every
// record merged into it), and for a person the last word of each (the surname).
std::vector<std::string> mention_keys(const Graph& g, NodeId v) {
    const NodeData& n = g.node(v);
    std::vector<std::string> names{fold(g.str(n.name))};
    for (StrId a : n.aliases) names.push_back(fold(g.str(a)));
    if (g.node_type_name(v) == "person") {
        const std::size_t count = names.size();
        for (std::size_t i = 0; i < count; ++i) {
            const auto space = names[i].find_last_of(' ');
            if (space != std::string::npos) names.push_back(names[i].substr(space + 1));
        }
    }
    return names;
}

// Whether `text` contains `word` not glued to a letter or digit on either side
// ("ILI" is not found in "facilitate"; "Kushakbayev" is found in "Kushakbayev’s").
bool contains_word(const std::string& text, const std::string& word) {
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool open_before = at == 0 || !alnum(text[at - 1]) || !alnum(word.front());
        const std::size_t end = at + word.size();
        const bool open_after = end == text.size() || !alnum(text[end]) || !alnum(word.back());
        if (open_before && open_after) return true;
    }
    return false;
}

// A name is mentioned where it occurs as written, or where every one of its words
// (at most three) does: "police in Almaty" and "police officers ... Almaty" both
// name the entity "Almaty police".
bool names_node(const Graph& g, NodeId v, const std::string& paragraph) {
    for (const auto& key : mention_keys(g, v)) {
        if (key.empty()) continue;
        if (contains_word(paragraph, key)) return true;
        std::istringstream words(key);
        std::vector<std::string> parts;
        for (std::string w; words >> w;) parts.push_back(w);
        if (parts.size() >= 2 && parts.size() <= 3 &&
            std::all_of(parts.begin(), parts.end(), [&](const std::string& w) { return contains_word(paragraph, w); }))
            return true;
    }
    return false;
}

// A prosecution or unidentified node is mentioned where its own name or an alias is
// (aliases quote the report's own description, e.g. "an unknown man"), or where a
// named entity it is linked to is (defendant, court, authority, complainant, victim,
// movement), looking through other unnamed nodes: an unidentified attacker is
// mentioned where the person it attacked is.
bool mentions(const Graph& g, NodeId v, const std::string& paragraph, int depth = 2) {
    if (names_node(g, v, paragraph)) return true;
    if (!unnamed(g, v) || depth == 0) return false;
    auto linked = [&](NodeId w) {
        return unnamed(g, w) ? mentions(g, w, paragraph, depth - 1) : names_node(g, w, paragraph);
    };
    for (EdgeId e : g.out_edges(v))
        if (linked(g.edge(e).target)) return true;
    for (EdgeId e : g.in_edges(v))
        if (linked(g.edge(e).source)) return true;
    return false;
}

// Resolves a locator ("para N") to its folded paragraph; returns nullptr and explains in `why` on failure.
const std::string* locate(const Graph& g, const Evidence& ev,
                          const std::map<SourceIndex, std::vector<std::string>>& reports, std::string& why) {
    const std::string& locator = g.str(ev.locator);
    const std::string& source = g.str(g.sources()[ev.source].id);
    if (locator.rfind("para ", 0) != 0 || locator.size() == 5 || locator.size() > 11 ||
        !std::all_of(locator.begin() + 5, locator.end(), [](unsigned char c) { return std::isdigit(c); })) {
        why = source + " locator '" + locator + "' is not 'para N'";
        return nullptr;
    }
    const auto& paras = reports.at(ev.source);
    const std::size_t n = std::stoul(locator.substr(5));
    if (n < 1 || n >= paras.size()) {
        why = source + " " + locator + " is past the report's " + std::to_string(paras.size() - 1) + " paragraphs";
        return nullptr;
    }
    return &paras[n];
}

// Every citation of every node and edge of g checked against the report paragraphs;
// returns one line per problem and counts the citations checked.
using Reports = std::map<SourceIndex, std::vector<std::string>>;
std::vector<std::string> provenance_problems(const Graph& g, const Reports& reports, std::size_t& checked) {
    std::vector<std::string> problems;
    for (NodeId v = 0; v < g.node_count(); ++v) {
        for (const auto& ev : g.node(v).evidence) {
            ++checked;
            std::string why;
            const std::string* para = locate(g, ev, reports, why);
            if (!para)
                problems.push_back("entity " + g.str(g.node(v).id) + ": " + why);
            else if (!mentions(g, v, *para))
                problems.push_back("entity " + g.str(g.node(v).id) + ": " + g.str(g.sources()[ev.source].id) + " " +
                                   g.str(ev.locator) + " does not name it");
        }
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const EdgeData& d = g.edge(e);
        for (const auto& ev : d.evidence) {
            ++checked;
            std::string why;
            const std::string* para = locate(g, ev, reports, why);
            const std::string what = "relation " + g.str(d.id) + " (" + g.str(g.node(d.source).id) + " " +
                                     g.edge_type_name(e) + " " + g.str(g.node(d.target).id) + ")";
            if (!para)
                problems.push_back(what + ": " + why);
            else if (!mentions(g, d.source, *para) && !mentions(g, d.target, *para))
                problems.push_back(what + ": " + g.str(g.sources()[ev.source].id) + " " + g.str(ev.locator) +
                                   " names neither endpoint");
        }
    }
    return problems;
}

}  // namespace

TEST_CASE("the Kazakhstan dataset loads with no rejected record", "[data][kazakhstan]") {
    REQUIRE_NOTHROW(load_dataset(kazakhstan_dir()));  // strict mode: the first bad record would throw
    const Dataset& d = kazakhstan();
    for (const auto& r : d.report.rejections) UNSCOPED_INFO(r.where.str() << ": " << r.reason);
    CHECK(d.report.rejected_total() == 0);
    CHECK(d.report.sources.loaded == 5);
    CHECK(d.report.entities.merged > 0);  // the same actors recur across reports
}

TEST_CASE("the Kazakhstan dataset covers every report: entities and relations per report and type",
          "[data][kazakhstan]") {
    const Graph& g = kazakhstan().graph;
    // report -> type -> count; a node or edge counts once for every report it cites.
    std::map<std::string, std::map<std::string, int>> nodes, edges;
    for (NodeId v = 0; v < g.node_count(); ++v) {
        std::set<SourceIndex> cited;
        for (const auto& ev : g.node(v).evidence) cited.insert(ev.source);
        for (SourceIndex s : cited) ++nodes[g.str(g.sources()[s].id)][g.node_type_name(v)];
    }
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        std::set<SourceIndex> cited;
        for (const auto& ev : g.edge(e).evidence) cited.insert(ev.source);
        for (SourceIndex s : cited) ++edges[g.str(g.sources()[s].id)][g.edge_type_name(e)];
    }
    auto total = [](const std::map<std::string, int>& m) {
        int n = 0;
        for (const auto& [_, c] : m) n += c;
        return n;
    };
    std::ostringstream out;
    out << "Kazakhstan dataset: " << g.node_count() << " entities, " << g.edge_count() << " relations\n";
    for (const auto& s : g.sources()) {
        const std::string id = g.str(s.id);
        out << "  " << id << ": " << total(nodes[id]) << " entities (";
        for (const auto& [t, c] : nodes[id]) out << ' ' << t << '=' << c;
        out << " ), " << total(edges[id]) << " relations (";
        for (const auto& [t, c] : edges[id]) out << ' ' << t << '=' << c;
        out << " )\n";
    }
    std::cout << out.str() << std::flush;

    CHECK(g.node_count() >= 300);
    CHECK(g.edge_count() >= 400);
    for (const auto& s : g.sources()) {
        const std::string id = g.str(s.id);
        INFO("report " << id);
        CHECK(total(nodes[id]) >= 40);
        CHECK(total(edges[id]) >= 40);
        // every report documents people, proceedings against them and dated actions
        CHECK(nodes[id]["person"] >= 5);
        CHECK(nodes[id]["prosecution"] >= 5);
        CHECK(edges[id]["defendant_in"] >= 5);
        CHECK(edges[id]["detained"] + edges[id]["sentenced"] + edges[id]["fined"] + edges[id]["charged"] >= 5);
    }
}

TEST_CASE("every Kazakhstan locator points at a paragraph of its report that names what it cites",
          "[provenance][data][kazakhstan]") {
    const auto seeds = test::shared_dir() / "seeds";
    if (!std::filesystem::is_directory(seeds)) {
        REPNET_SKIP("the report texts are not at " << seeds.string() << "; provenance cannot be checked without them");
    }
    const Graph& g = kazakhstan().graph;
    std::map<SourceIndex, std::vector<std::string>> reports;
    for (SourceIndex s = 0; s < g.sources().size(); ++s) {
        const auto& src = g.sources()[s];
        INFO("source " << g.str(src.id));
        REQUIRE(src.file != kNoString);
        const auto file = seeds / g.str(src.file);
        REQUIRE(std::filesystem::is_regular_file(file));
        reports[s] = paragraphs(test::read_text(file));
        CHECK(reports[s].size() > 40);
    }

    std::size_t checked = 0;
    const std::vector<std::string> problems = provenance_problems(g, reports, checked);
    std::cout << "provenance: " << checked << " citations checked, " << problems.size() << " problems\n";
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
    CHECK(checked > 1000);
}

TEST_CASE("the provenance rule catches what it should", "[data]") {
    // A report of three paragraphs (the blank line does not count) and a tiny dataset citing it.
    const auto paras = paragraphs(
        "Ann Smith was detained by police in Almaty.\n\n   \nThe weather was fine.\nAn unknown man attacked her.\n");
    REQUIRE(paras.size() == 4);
    CHECK(contains_word(fold("Kushakbayev\xE2\x80\x99s trial"), "kushakbayev"));
    CHECK_FALSE(contains_word("facilitate", "ili"));
    CHECK(contains_word("the ili case", "ili"));
    auto load = [](const std::string& locator_of_ann, const std::string& locator_of_police) {
        const std::string ev = ", \"evidence\": [{\"source\": \"s\", \"locator\": \"";
        return load_dataset_texts(
            "t",
            {{"t.json",
              test::dataset_json(
                  "{\"id\": \"ann\", \"type\": \"person\", \"name\": \"Ann Smith\"" + ev + locator_of_ann +
                      "\"}]},"
                      "{\"id\": \"pol\", \"type\": \"authority\", \"name\": \"Almaty police\"" +
                      ev + locator_of_police +
                      "\"}]},"
                      "{\"id\": \"case\", \"type\": \"prosecution\", \"name\": \"Case A\", \"prosecution\": {\"kind\": "
                      "\"administrative\"}" +
                      ev +
                      "para 1\"}]},"
                      "{\"id\": \"who\", \"type\": \"unidentified\", \"name\": \"unknown man\"" +
                      ev + "para 3\"}]}",
                  test::relation("ann", "case", "defendant_in") + "," + test::relation("who", "ann", "attacked"))}});
    };
    std::size_t checked = 0;
    {
        const Dataset d = load("para 1", "para 1");
        // relations from test::relation cite "para 1", which names Ann
        CHECK(provenance_problems(d.graph, {{0, paras}}, checked).empty());
        CHECK(checked == 6);
    }
    {
        const Dataset d = load("para 2", "para 9");  // Ann is not in para 2; there is no para 9
        const auto problems = provenance_problems(d.graph, {{0, paras}}, checked);
        REQUIRE(problems.size() == 2);
        CHECK_THAT(problems[0], Catch::Contains("entity ann") && Catch::Contains("does not name it"));
        CHECK_THAT(problems[1], Catch::Contains("entity pol") && Catch::Contains("past the report's 3 paragraphs"));
    }
    {
        const Dataset d = load("Para 1", "para 1");
        const auto problems = provenance_problems(d.graph, {{0, paras}}, checked);
        REQUIRE(problems.size() == 1);
        CHECK_THAT(problems[0], Catch::Contains("is not 'para N'"));
    }
}

// Issue 11, "one event, many reports": every person's timeline has one row per event. Two rows with the same relation
// type, the same date interval and the same actor family (the action's prosecution if set, else its actor) describe
// the same event and should have been written identically so the loader merges them. The check runs on the data as
// it is, without the timeline's own same-event merging.
TEST_CASE("no Kazakhstan timeline shows an event twice", "[data][kazakhstan]") {
    const Graph& g = kazakhstan().graph;
    const auto twice = test::timeline_duplicates(g);
    for (const auto& t : twice)
        UNSCOPED_INFO(g.str(g.node(t.person).name)
                      << ": " << g.edge_type_name(t.first) << " " << g.edge(t.first).when.str() << " twice");
    CHECK(twice.empty());
    std::size_t rows = 0, people = 0;
    for (NodeId v = 0; v < g.node_count(); ++v) {
        if (g.node_type_name(v) != "person") continue;
        const PersonTimeline t = person_timeline(g, v);
        rows += t.events.size() + t.undated.size();
        people += t.empty() ? 0 : 1;
    }
    CHECK(people > 80);  // the walk saw the dataset's people
    CHECK(rows > 150);
}

// `repnet validate` on the shipped dataset prints no warning: no unknown or mistyped attribute, no attribute conflict
// in a merge, no near-duplicate action, and no generic entity among the top brokers.
TEST_CASE("the Kazakhstan dataset has nothing for a curator to review", "[data][kazakhstan]") {
    const Dataset d = load_dataset(kazakhstan_dir(), LoadOptions{.review = true});
    for (const auto& r : d.report.review) UNSCOPED_INFO(r.where.str() << ": " << r.reason);
    CHECK(d.report.review.empty());
    CHECK(generic_brokers(d.graph).empty());
    std::size_t generic = 0;
    for (const NodeData& n : d.graph.nodes()) generic += n.generic ? 1 : 0;
    CHECK(generic >= 12);  // the generic police, "the authorities" and the ten unidentified perpetrators
}

// The name matcher on small datasets: each query type, its reason and score, and explicit ambiguity.
#include <catch2/catch.hpp>

#include "names/matcher.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::names;

namespace {

Dataset people() {
    const std::string entities = test::entity("p.bokayev", "person", "Max Bokayev") + "," +
                                 test::entity("p.mamay", "person", "Zhanbolat Mamay", R"(, "aliases": ["Mamai"])") +
                                 "," + test::entity("p.matayev-s", "person", "Seytkazy Matayev") + "," +
                                 test::entity("p.matayev-a", "person", "Asset Matayev") + "," +
                                 test::entity("p.reikhert", "person", "Roman Reikhert") + "," +
                                 test::entity("p.kushakbayev", "person", "Nurbek Kushakbayev") + "," +
                                 test::entity("o.bokayev", "organisation", "Bokayev Foundation");
    return load_dataset_texts("people", {{"people.json", test::dataset_json(entities)}});
}

std::string id_of(const Graph& g, const NameMatch& m) {
    return g.str(g.node(m.node).id);
}

}  // namespace

TEST_CASE("every query type finds the person, with its reason and score", "[names]") {
    const Dataset d = people();
    const Graph& g = d.graph;
    const NameMatcher m(g);
    struct Case {
        const char* query;
        const char* id;
        const char* reason;
        double score;
    };
    for (const Case& c : {
             Case{"Max Bokayev", "p.bokayev", "exact name", score::exact_name},
             Case{"bokayev   MAX", "p.bokayev", "exact name", score::exact_name},
             Case{"Mamai", "p.mamay", "alias", score::alias},
             Case{"Maks Bokaev", "p.bokayev", "variant spelling", score::variant},
             Case{"Janbolat Mamai", "p.mamay", "variant spelling", score::variant},
             Case{"Макс Бокаев", "p.bokayev", "Cyrillic transliteration", score::cyrillic_variant},
             Case{"M. Bokayev", "p.bokayev", "initials", score::initials},
             Case{"Roman Reichert", "p.reikhert", "edit distance 1", score::edit1},
             Case{"Nurbek Kushkabayev", "p.kushakbayev", "edit distance 1", score::edit1},
             Case{"Nurbek Kuhsakbaev", "p.kushakbayev", "edit distance 1", score::edit1},
             Case{"Kushakbayev", "p.kushakbayev", "surname only", score::surname_only},
             Case{"Бокаев", "p.bokayev", "surname only (Cyrillic transliteration)", score::surname_only},
             Case{"p.mamay", "p.mamay", "id", score::id},
         }) {
        INFO(c.query);
        FindOptions o;
        o.type = g.vocabulary().entity_types.find("person");
        const auto found = m.find(c.query, o);
        REQUIRE_FALSE(found.empty());
        CHECK(id_of(g, found.front()) == c.id);
        CHECK(found.front().reason == c.reason);
        CHECK(found.front().score == Approx(c.score));
    }
}

TEST_CASE("a typo is allowed only on long names, at most two edits", "[names]") {
    const Dataset d = people();
    const NameMatcher m(d.graph);
    CHECK(m.find("Max Bokaeyv").size() == 1);         // one transposition in a 7-letter name
    CHECK(m.find("Max Bkoaeyv").empty());             // two edits in a 7-letter name
    CHECK(m.find("Mux Bokayev").empty());             // a 3-letter token takes no edit
    CHECK(m.find("Nurbek Kusakbayevo").size() == 1);  // two edits in a 10-letter name
    CHECK(m.find("Nurbk Kusakbayevo").empty());       // three in all
}

TEST_CASE("a surname two people share returns both, ranked, and resolve() says ambiguous", "[names]") {
    const Dataset d = people();
    const Graph& g = d.graph;
    const NameMatcher m(g);
    const auto found = m.find("Matayev");
    REQUIRE(found.size() == 2);
    CHECK(found[0].score == found[1].score);
    CHECK(found[0].reason == "surname only");
    const Resolution r = m.resolve("Matayev");
    CHECK(r.kind == Resolution::Kind::ambiguous);
    CHECK(r.matches.size() == 2);
    // a first name or initial makes it unique
    const Resolution a = m.resolve("A. Matayev");
    REQUIRE(a.kind == Resolution::Kind::unique);
    CHECK(id_of(g, a.matches.front()) == "p.matayev-a");
    // "Bokayev" is the person's surname but only the first word of the organisation's name: not a tie
    const Resolution b = m.resolve("Bokayev");
    REQUIRE(b.kind == Resolution::Kind::unique);
    CHECK(id_of(g, b.matches.front()) == "p.bokayev");
    CHECK(m.resolve("Bokayev", g.vocabulary().entity_types.find("organisation")).kind == Resolution::Kind::none);
}

TEST_CASE("no match: nothing found, and the nearest names suggested", "[names]") {
    const Dataset d = people();
    const Graph& g = d.graph;
    const NameMatcher m(g);
    CHECK(m.find("Vladimir Nobody").empty());
    const Resolution r = m.resolve("Romano Reikhartzky");
    REQUIRE(r.kind == Resolution::Kind::none);
    REQUIRE(r.suggestions.size() == 3);
    CHECK(id_of(g, r.suggestions.front()) == "p.reikhert");
}

// Keyed pseudonyms and the redaction of names in free text (names/pseudonymise.hpp, docs/sharing.md).
#include <catch2/catch.hpp>
#include <regex>

#include "engine/errors.hpp"
#include "loaders/dataset_loader.hpp"
#include "names/pseudonymise.hpp"

using namespace repnet;

namespace {

const std::string kKey = "0123456789abcdef0123456789abcdef";
const std::string kOtherKey = "fedcba9876543210fedcba9876543210";

// Two co-defendants, a relative sharing a surname, a party, their case and an action with a note naming them.
const std::string kDataset = R"({"repnet_dataset": 1,
 "sources": [{"id": "s1", "publisher": "Monitor", "title": "Report on Max Bokayev", "file": "r.txt"}],
 "entities": [
  {"id": "p.max-bokayev", "type": "person", "name": "Max Bokayev", "aliases": ["Макс Бокаев"],
   "attributes": {"role": "activist"}, "evidence": [{"source": "s1", "locator": "para 1", "note": "Bokayev's own words"}]},
  {"id": "p.talgat-ayan", "type": "person", "name": "Talgat Ayan", "aliases": ["Talgat Ayanov"],
   "evidence": [{"source": "s1", "locator": "para 2"}]},
  {"id": "p.aliya-nur", "type": "person", "name": "Aliya Nurlanova", "evidence": [{"source": "s1", "locator": "para 3"}]},
  {"id": "p.dana-nur", "type": "person", "name": "Dana Nurlanova", "evidence": [{"source": "s1", "locator": "para 3"}]},
  {"id": "o.street-party", "type": "organisation", "name": "Street Party", "evidence": [{"source": "s1", "locator": "para 4"}]},
  {"id": "c.bokayev-case", "type": "prosecution", "name": "Criminal case against Max Bokayev and Talgat Ayanov",
   "prosecution": {"kind": "criminal"}, "evidence": [{"source": "s1", "locator": "para 5"}]}
 ],
 "relations": [
  {"id": "r.bokayev-charged", "source": "c.bokayev-case", "target": "p.max-bokayev", "type": "charged",
   "severity": "criminal_charge", "date": "2016-05",
   "evidence": [{"source": "s1", "locator": "para 6", "note": "Бокаев and Ayanov charged; the Nurlanova sisters watched"}]},
  {"source": "p.talgat-ayan", "target": "o.street-party", "type": "member_of",
   "evidence": [{"source": "s1", "locator": "para 7", "note": "Ayan's party"}]}
 ]})";

Graph load(const std::string& text) {
    return load_dataset_texts("test", {{"test.json", text}}, {}).graph;
}

const NodeData& by_name_prefix(const Graph& g, const std::string& type, std::size_t nth = 0) {
    for (NodeId v = 0; v < g.node_count(); ++v)
        if (g.node_type_name(v) == type && nth-- == 0) return g.node(v);
    FAIL("no node of type " << type);
    return g.node(0);
}

std::string all_text(const Graph& g) {
    std::string out;
    for (const NodeData& n : g.nodes()) {
        out += g.str(n.id) + "\n" + g.str(n.name) + "\n";
        for (StrId a : n.aliases) out += g.str(a) + "\n";
        for (const Evidence& e : n.evidence) out += g.str(e.note) + "\n";
        for (const Attribute& a : n.attributes)
            if (auto* s = std::get_if<StrValue>(&a.value)) out += g.str(s->id) + "\n";
    }
    for (const EdgeData& e : g.edges()) {
        out += g.str(e.id) + "\n";
        for (const Evidence& ev : e.evidence) out += g.str(ev.note) + "\n";
    }
    for (const Source& s : g.sources()) out += g.str(s.title) + "\n";
    return out;
}

}  // namespace

TEST_CASE("pseudonyms replace person names, ids and aliases, other entities keep theirs", "[names][pseudonymise]") {
    Graph g = load(kDataset);
    const names::PseudonymiseResult r = names::pseudonymise(g, kKey);
    CHECK(r.entities == 4);
    const std::regex name_form("Person [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    const std::regex id_form("person-[0-9a-hjkmnp-tv-z]{12}");
    for (std::size_t i = 0; i < 4; ++i) {
        const NodeData& person = by_name_prefix(g, "person", i);
        CHECK(std::regex_match(g.str(person.name), name_form));
        CHECK(std::regex_match(g.str(person.id), id_form));
        CHECK(person.aliases.empty());
    }
    CHECK(g.str(by_name_prefix(g, "organisation").name) == "Street Party");
    CHECK(g.str(by_name_prefix(g, "organisation").id) == "o.street-party");
    CHECK(by_name_prefix(g, "person").attributes.size() == 1);  // role kept
}

TEST_CASE("no name, alias, spelling variant or surname of a person survives in any text", "[names][pseudonymise]") {
    Graph g = load(kDataset);
    names::pseudonymise(g, kKey);
    const std::string text = all_text(g);
    for (const char* word : {"Max", "Bokayev", "Бокаев", "Макс", "Talgat", "Ayan", "Ayanov", "Nurlanova", "Aliya",
                             "Dana", "bokayev", "ayan"})
        CHECK(text.find(word) == std::string::npos);
    const std::string bokayev = g.str(by_name_prefix(g, "person", 0).name);
    const std::string ayan = g.str(by_name_prefix(g, "person", 1).name);
    const NodeData& prosecution = by_name_prefix(g, "prosecution");
    CHECK(g.str(prosecution.name) == "Criminal case against " + bokayev + " and " + ayan);
    CHECK(g.str(prosecution.id).rfind("e-", 0) == 0);  // its id contained a name
    // Possessive kept, the Cyrillic spelling recognised, a surname shared by two people made neutral.
    CHECK(g.str(by_name_prefix(g, "person", 0).evidence[0].note) == bokayev + "'s own words");
    CHECK(g.str(g.edge(0).evidence[0].note) == bokayev + " and " + ayan + " charged; the [person] sisters watched");
    CHECK(g.str(g.edge(1).evidence[0].note) == ayan + "'s party");
    CHECK(g.str(g.sources()[0].title) == "Report on " + bokayev);
    CHECK(g.str(g.edge(0).id).rfind("r-", 0) == 0);
}

TEST_CASE("pseudonyms are stable for one key, unrelated across keys, and join spellings", "[names][pseudonymise]") {
    Graph a = load(kDataset), b = load(kDataset), c = load(kDataset);
    names::pseudonymise(a, kKey);
    names::pseudonymise(b, kKey);
    names::pseudonymise(c, kOtherKey);
    CHECK(all_text(a) == all_text(b));
    for (std::size_t i = 0; i < 4; ++i) {
        const std::string in_a = a.str(by_name_prefix(a, "person", i).name);
        CHECK(all_text(c).find(in_a.substr(7)) == std::string::npos);
    }
    // A partner's dataset spelling the name differently (word order, variant, Cyrillic) gets the same pseudonym.
    std::string partner = kDataset;
    partner.replace(partner.find("\"Max Bokayev\""), 13, "\"Bokaev Max\"");
    Graph d = load(partner);
    names::pseudonymise(d, kKey);
    CHECK(d.str(by_name_prefix(d, "person", 0).name) == a.str(by_name_prefix(a, "person", 0).name));
    // The code itself: HMAC-SHA-256 under the key, 12 base32 characters, different per domain.
    CHECK(names::pseudonym_code(kKey, "person", "bokaev maks") == names::pseudonym_code(kKey, "person", "bokaev maks"));
    CHECK(names::pseudonym_code(kKey, "person", "bokaev maks") != names::pseudonym_code(kKey, "media", "bokaev maks"));
    CHECK(names::pseudonym_code(kKey, "person", "x").size() == 12);
}

TEST_CASE("pseudonymise refuses a short key and an unknown type", "[names][pseudonymise]") {
    Graph g = load(kDataset);
    CHECK_THROWS_AS(names::pseudonymise(g, "short key"), InvalidArgument);
    names::PseudonymiseParams params;
    params.types = {"persn"};
    CHECK_THROWS_AS(names::pseudonymise(g, kKey, params), InvalidArgument);
    params.types = {"person", "organisation"};
    names::pseudonymise(g, kKey, params);
    CHECK(g.str(by_name_prefix(g, "organisation").name).rfind("Organisation ", 0) == 0);
}

#include <catch2/catch.hpp>

#include "loaders/name_key.hpp"

using namespace repnet;

TEST_CASE("name keys: ASCII case and white space", "[loaders][names]") {
    CHECK(name_key("  Aigerim \t Example ") == "aigerim example");
    CHECK(name_key("ABC") == name_key("abc"));
    CHECK(name_key(" \t ").empty());
}

TEST_CASE("name keys: full Unicode case folding and canonical equivalence", "[loaders][names]") {
    CHECK(name_key("ÉMILE") == name_key("émile"));
    CHECK(name_key("E\xCC\x81MILE") == name_key("\xC3\xA9mile"));      // E + U+0301 vs precomposed é
    CHECK(name_key("АЙГЕРІМ") == name_key("айгерім"));                 // Cyrillic, Kazakh І/і
    CHECK(name_key("STRASSE") == name_key("straße"));                  // full folding: ß -> ss
    CHECK(name_key("Émile\xE2\x80\x83Zoé") == name_key("émile zoé"));  // U+2003 EM SPACE collapses
    CHECK(name_key("\xC2\xA0\xE3\x80\x80").empty());                   // NBSP, ideographic space
    CHECK(name_key("émile") != name_key("emile"));                     // accents are not dropped
}

TEST_CASE("nfc composes decomposed text and leaves the rest alone", "[loaders][names]") {
    CHECK(nfc("E\xCC\x81mile") == "\xC3\x89mile");
    CHECK(nfc("\xC3\x89mile") == "\xC3\x89mile");
    CHECK(nfc("plain") == "plain");
    CHECK(nfc("Айгерім") == "Айгерім");
}

#include <catch2/catch.hpp>

#include "exports/xml_text.hpp"

using namespace repnet;

TEST_CASE("markup characters are escaped", "[exports][xml]") {
    CHECK(xml_escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&apos;");
}

TEST_CASE("tab, newline and carriage return survive as character references", "[exports][xml]") {
    CHECK(xml_escape("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
}

TEST_CASE("characters XML 1.0 forbids are removed, others kept", "[exports][xml]") {
    CHECK(xml_escape(std::string("a\x01\x08\x0b\x0c\x1f" "b", 7)) == "ab");
    CHECK(xml_escape(std::string("x\0y", 3)) == "xy");
    CHECK(xml_escape("\xef\xbf\xbe\xef\xbf\xbfz") == "z");  // U+FFFE, U+FFFF
    CHECK(xml_escape("Қазақстан Ұлттық ғ ө ү і ң һ") == "Қазақстан Ұлттық ғ ө ү і ң һ");
    CHECK(xml_escape("\x7f") == "\x7f");
}

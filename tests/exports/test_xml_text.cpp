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
    CHECK(xml_escape(std::string("a\x01\x08\x0b\x0c\x1f"
                                 "b",
                                 7)) == "ab");
    CHECK(xml_escape(std::string("x\0y", 3)) == "xy");
    CHECK(xml_escape("\xef\xbf\xbe\xef\xbf\xbfz") == "z");  // U+FFFE, U+FFFF
    CHECK(xml_escape("Қазақстан Ұлттық ғ ө ү і ң һ") == "Қазақстан Ұлттық ғ ө ү і ң һ");
    CHECK(xml_escape("\xc2\xa0") == "\xc2\xa0");  // U+00A0 is ordinary text
}

TEST_CASE("DEL, C1 controls and line separators become character references", "[exports][xml]") {
    CHECK(xml_escape("\x7f") == "&#127;");
    CHECK(xml_escape("a\xc2\x85"
                     "b\xc2\x80\xc2\x9f") == "a&#133;b&#128;&#159;");  // U+0085 NEL, U+0080, U+009F
    CHECK(xml_escape("a\xe2\x80\xa8"
                     "b\xe2\x80\xa9") == "a&#8232;b&#8233;");  // U+2028, U+2029
}

TEST_CASE("element text: plain when nothing needs escaping", "[exports][xml]") {
    CHECK(xml_element_text("plain text, \"quoted\" 'too'\twith tab\nand newline") ==
          "plain text, \"quoted\" 'too'\twith tab\nand newline");
    CHECK(xml_element_text("") == "");
    CHECK(xml_element_text("Қазақстан 😀") == "Қазақстан 😀");
}

TEST_CASE("element text: markup as one CDATA section, references between sections", "[exports][xml]") {
    CHECK(xml_element_text("a > \"b\" & c") == "<![CDATA[a > \"b\" & c]]>");
    CHECK(xml_element_text("x]]>y") == "<![CDATA[x]]]]><![CDATA[>y]]>");
    CHECK(xml_element_text("a\r\nb") == "<![CDATA[a]]>&#13;<![CDATA[\nb]]>");
    CHECK(xml_element_text("<\xe2\x80\xa8 \xc2\x85") == "<![CDATA[<]]>&#8232;<![CDATA[ ]]>&#133;");
    CHECK(xml_element_text(std::string("a\x01<", 3)) == "<![CDATA[a<]]>");
    // Long text goes into CDATA even without markup: the JDK splits long plain text at buffer boundaries.
    const std::string long_text(5000, ' ');
    CHECK(xml_element_text("x" + long_text) == "<![CDATA[x" + long_text + "]]>");
}

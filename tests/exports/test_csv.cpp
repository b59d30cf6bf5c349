#include <catch2/catch.hpp>

#include "exports/csv.hpp"

using namespace repnet;

TEST_CASE("CSV text fields: RFC 4180 quoting", "[exports][csv]") {
    CHECK(csv_text("plain") == "plain");
    CHECK(csv_text("") == "");
    CHECK(csv_text("a,b") == "\"a,b\"");
    CHECK(csv_text("say \"no\"") == "\"say \"\"no\"\"\"");
    CHECK(csv_text("two\nlines") == "\"two\nlines\"");
    CHECK(csv_text("cr\rhere") == "\"cr\rhere\"");
}

TEST_CASE("CSV text fields: formula injection is neutralised (OWASP)", "[exports][csv]") {
    CHECK(csv_text("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_text("+1") == "'+1");
    CHECK(csv_text("-2+3") == "'-2+3");
    CHECK(csv_text("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_text("\tx") == "'\tx");
    CHECK(csv_text("\rx") == "\"'\rx\"");
    CHECK(csv_text("a=b") == "a=b");  // only the first character matters
}

TEST_CASE("CSV text fields: NUL bytes are removed", "[exports][csv]") {
    CHECK(csv_text(std::string("a\0b", 3)) == "ab");
    CHECK(csv_text(std::string("\0=x", 3)) == "'=x");  // removed before the formula check
}

TEST_CASE("CSV numbers: shortest round-trip form, not neutralised", "[exports][csv]") {
    CHECK(csv_number(0.1) == "0.1");
    CHECK(csv_number(-0.5) == "-0.5");
    CHECK(csv_number(3) == "3");
}

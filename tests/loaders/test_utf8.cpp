#include <catch2/catch.hpp>
#include <string>

#include "loaders/utf8.hpp"

using namespace repnet;

TEST_CASE("invalid_utf8_offset finds the first byte that is not well-formed UTF-8", "[loaders][utf8]") {
    CHECK(invalid_utf8_offset("plain ascii") == std::string_view::npos);
    CHECK(invalid_utf8_offset("Қазақстан \xf0\x9f\x98\x80") == std::string_view::npos);
    CHECK(invalid_utf8_offset("ab\xff") == 2);                     // never used in UTF-8
    CHECK(invalid_utf8_offset("a\xc0\xaf") == 1);                  // overlong '/'
    CHECK(invalid_utf8_offset("a\xed\xa0\x80") == 1);              // a surrogate
    CHECK(invalid_utf8_offset("a\xf4\x90\x80\x80") == 1);          // above U+10FFFF
    CHECK(invalid_utf8_offset("ab\xe2\x82") == 2);                 // cut short
    CHECK(invalid_utf8_offset(std::string_view("a\0b", 3)) == 1);  // NUL
    CHECK(invalid_utf8_offset("\xe2\x82\xac \x80") == 4);          // a lone continuation byte
}

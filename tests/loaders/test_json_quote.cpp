#include <catch2/catch.hpp>

#include "loaders/json_quote.hpp"

using namespace repnet;

TEST_CASE("json_quoted writes a JSON string literal", "[loaders][json]") {
    CHECK(json_quoted("plain") == "\"plain\"");
    CHECK(json_quoted("a \"q\" \\ b") == "\"a \\\"q\\\" \\\\ b\"");
    CHECK(json_quoted("tab\tnl\n") == "\"tab\\u0009nl\\u000A\"");
    CHECK(json_quoted("Қ") == "\"Қ\"");
}

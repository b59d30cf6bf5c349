// cli/suggest: edit distance and the nearest command to a mistyped one.
#include <catch2/catch.hpp>

#include "cli/suggest.hpp"

using namespace repnet::cli;

TEST_CASE("edit_distance counts insertions, deletions and substitutions", "[cli][suggest]") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("timelin", "timeline") == 1);
    CHECK(edit_distance("stast", "stats") == 2);
    CHECK(edit_distance("flaw", "lawn") == 2);
    CHECK(edit_distance("same", "same") == 0);
}

TEST_CASE("nearest_name suggests a close command and nothing for a distant word", "[cli][suggest]") {
    const std::vector<std::string> commands = {"validate", "stats", "export", "timeline", "risk", "report"};
    CHECK(nearest_name("timelin", commands) == "timeline");
    CHECK(nearest_name("tiemline", commands) == "timeline");
    CHECK(nearest_name("rsk", commands) == "risk");
    CHECK(nearest_name("exprot", commands) == "export");
    CHECK(nearest_name("time", commands) == "timeline");  // a prefix
    CHECK(nearest_name("reprot", commands) == "report");
    CHECK_FALSE(nearest_name("frobnicate", commands).has_value());
    CHECK_FALSE(nearest_name("", commands).has_value());
    CHECK_FALSE(nearest_name("x", commands).has_value());
}

TEST_CASE("unknown_command_message names the word and the suggestion, or lists the commands", "[cli][suggest]") {
    const std::vector<std::string> commands = {"stats", "timeline"};
    CHECK(unknown_command_message("timelin", commands) == "unknown command 'timelin'; did you mean 'timeline'?");
    const std::string far = unknown_command_message("frobnicate", commands);
    CHECK(far.find("unknown command 'frobnicate'; the commands are: stats, timeline") == 0);
}

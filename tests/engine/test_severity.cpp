#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "engine/severity.hpp"

using namespace repnet;

// The ladder itself is engine/severity.cpp's table; these tests check what must hold of any
// ladder, and pin a few rungs that documentation and datasets rely on.

TEST_CASE("every severity label reads back to itself, ranked labels first", "[engine][severity]") {
    const auto labels = severity_labels();
    REQUIRE(labels.size() == 19);
    std::set<std::string_view> seen;
    int last_rank = 0;
    bool unranked_seen = false;
    for (const std::string_view label : labels) {
        INFO(std::string(label));
        CHECK(seen.insert(label).second);
        const auto s = parse_severity(label);
        REQUIRE(s);
        CHECK(severity_name(*s) == label);
        const int rank = severity_rank(*s);
        if (rank == 0) {
            unranked_seen = true;
        } else {
            // ranked labels come first, ranks 1, 2, ... 11 in ladder order
            CHECK_FALSE(unranked_seen);
            CHECK(rank == last_rank + 1);
            last_rank = rank;
        }
    }
    CHECK(last_rank == 11);
    CHECK(severity_name(Severity::none) == "");
    CHECK(severity_rank(Severity::none) == 0);
}

TEST_CASE("the severity ladder's known rungs", "[engine][severity]") {
    const auto rank = [](std::string_view label) {
        const auto s = parse_severity(label);
        REQUIRE(s);
        return severity_rank(*s);
    };
    CHECK(rank("warning") == 1);
    CHECK(rank("fine") == 4);
    CHECK(rank("criminal_charge") == 7);
    CHECK(rank("pre_trial_detention") == 10);
    CHECK(rank("imprisonment") == 11);
    CHECK(rank("house_arrest") < rank("pre_trial_detention"));
    CHECK(rank("administrative_detention") < rank("criminal_charge"));
    for (const char* unranked : {"physical_attack", "release", "acquittal", "trial", "appeal"}) {
        INFO(unranked);
        CHECK(rank(unranked) == 0);
    }
}

TEST_CASE("unknown severity labels are not parsed", "[engine][severity]") {
    CHECK_FALSE(parse_severity("torture"));
    CHECK_FALSE(parse_severity("Warning"));
    CHECK_FALSE(parse_severity(""));
}

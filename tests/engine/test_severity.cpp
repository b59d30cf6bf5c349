#include <catch2/catch.hpp>

#include "engine/severity.hpp"

using namespace repnet;

TEST_CASE("the severity ladder ranks actions 1 to 11", "[engine][severity]") {
    const char* ladder[] = {"warning",
                            "questioning",
                            "search",
                            "fine",
                            "administrative_detention",
                            "restriction",
                            "criminal_charge",
                            "house_arrest",
                            "restriction_of_freedom",
                            "pre_trial_detention",
                            "imprisonment"};
    for (int i = 0; i < 11; ++i) {
        auto s = parse_severity(ladder[i]);
        REQUIRE(s);
        CHECK(severity_rank(*s) == i + 1);
        CHECK(severity_name(*s) == ladder[i]);
    }
}

TEST_CASE("unranked labels have rank 0, unknown labels are not parsed", "[engine][severity]") {
    for (const char* label :
         {"physical_attack", "release", "acquittal", "case_closed", "amnesty", "parole", "trial", "appeal"}) {
        auto s = parse_severity(label);
        REQUIRE(s);
        CHECK(severity_rank(*s) == 0);
    }
    CHECK_FALSE(parse_severity("torture"));
    CHECK_FALSE(parse_severity("Warning"));
    CHECK_FALSE(parse_severity(""));
    CHECK(severity_labels().size() == 19);
}

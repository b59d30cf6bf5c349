#include <catch2/catch.hpp>

#include "engine/date.hpp"

using namespace repnet;

TEST_CASE("dates keep the precision they were given", "[engine][date]") {
    CHECK(parse_date("2021")->precision == DatePrecision::year);
    CHECK(parse_date("2021-03")->precision == DatePrecision::month);
    CHECK(parse_date("2021-03-04")->precision == DatePrecision::day);
    CHECK(parse_date("2021")->str() == "2021");
    CHECK(parse_date("2021-03")->str() == "2021-03");
    CHECK(parse_date("2021-03-04")->str() == "2021-03-04");
}

TEST_CASE("impossible dates are rejected with a reason", "[engine][date]") {
    std::string why;
    CHECK_FALSE(parse_date("2021-02-29", &why));
    CHECK(why.find("day 29 does not exist in 2021-02") != std::string::npos);
    CHECK(parse_date("2020-02-29"));  // leap year
    CHECK_FALSE(parse_date("1900-02-29"));
    CHECK(parse_date("2000-02-29"));
    CHECK_FALSE(parse_date("2021-13", &why));
    CHECK(why.find("month 13") != std::string::npos);
    CHECK_FALSE(parse_date("2021-00"));
    CHECK_FALSE(parse_date("2021-04-31"));
    CHECK_FALSE(parse_date("21-03-04"));
    CHECK_FALSE(parse_date("2021/03/04"));
    CHECK_FALSE(parse_date("2021-3-4"));
    CHECK_FALSE(parse_date("1800", &why));
    CHECK(why.find("outside") != std::string::npos);
    CHECK_FALSE(parse_date(""));
}

TEST_CASE("coarser dates order before finer dates in the same period", "[engine][date]") {
    CHECK(parse_date("2021")->sort_key() < parse_date("2021-01")->sort_key());
    CHECK(parse_date("2021-01")->sort_key() < parse_date("2021-01-01")->sort_key());
    CHECK(parse_date("2021-12-31")->sort_key() < parse_date("2022")->sort_key());
}

TEST_CASE("intervals", "[engine][date]") {
    auto r = parse_date_range("2021-03/2021-05");
    REQUIRE(r);
    CHECK(r->start.str() == "2021-03");
    CHECK(r->end.str() == "2021-05");
    CHECK(r->str() == "2021-03/2021-05");
    auto open = parse_date_range("2021-03/");
    REQUIRE(open);
    CHECK(open->end.empty());
    CHECK(open->str() == "2021-03/");
    auto point = parse_date_range("2021-03-04");
    REQUIRE(point);
    CHECK(point->is_point());
    CHECK(point->str() == "2021-03-04");
    std::string why;
    CHECK_FALSE(parse_date_range("2021-05/2021-03", &why));
    CHECK(why.find("before it starts") != std::string::npos);
    CHECK_FALSE(parse_date_range("/"));
}

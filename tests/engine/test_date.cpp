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

TEST_CASE("calendar-day arithmetic: days_from_civil and civil_from_days are inverses", "[engine][date]") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2005, 1, 1) == 12784);
    for (std::int64_t z = -800000; z <= 800000; z += 997) {
        const CivilDate c = civil_from_days(z);
        REQUIRE(days_from_civil(c.year, c.month, c.day) == z);
        REQUIRE(c.month >= 1);
        REQUIRE(c.month <= 12);
        REQUIRE(c.day >= 1);
        REQUIRE(int(c.day) <= days_in_month(c.year, int(c.month)));
    }
    const CivilDate leap = civil_from_days(days_from_civil(2020, 2, 29));
    CHECK(leap.year == 2020);
    CHECK(leap.month == 2u);
    CHECK(leap.day == 29u);
}

TEST_CASE("a partial date covers whole days: first and last day, as dates and day numbers", "[engine][date]") {
    const auto d = [](const char* s) { return *parse_date(s); };
    CHECK(first_day(d("2021")).str() == "2021-01-01");
    CHECK(last_day(d("2021")).str() == "2021-12-31");
    CHECK(last_day(d("2020-02")).str() == "2020-02-29");
    CHECK(last_day(d("1900-02")).str() == "1900-02-28");
    CHECK(first_day(PartialDate{}).empty());
    CHECK(earliest_day(d("2016")) == earliest_day(d("2016-01-01")));
    CHECK(latest_day(d("2016")) == earliest_day(d("2016-12-31")));
    CHECK(latest_day(d("2016-11")) - earliest_day(d("2016-11")) == 29);
    CHECK(latest_day(d("2016-11-05")) == earliest_day(d("2016-11-05")));
}

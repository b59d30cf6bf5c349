#pragma once
// Calendar dates with the precision the source gave: a year, a month or a day.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace repnet {

enum class DatePrecision : std::uint8_t { none = 0, year = 1, month = 2, day = 3 };

struct PartialDate {
    std::int16_t year = 0;
    std::uint8_t month = 0;  // 0 when precision < month
    std::uint8_t day = 0;    // 0 when precision < day
    DatePrecision precision = DatePrecision::none;

    bool empty() const { return precision == DatePrecision::none; }
    // ISO 8601 at the stored precision: "2021", "2021-03", "2021-03-04"; "" if empty.
    std::string str() const;
    // Orders by (year, month, day) with missing parts as 0, so "2021" < "2021-03" < "2021-03-04".
    std::int32_t sort_key() const { return year * 10000 + month * 100 + day; }
    friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Days in a month of the Gregorian calendar (month 1-12).
int days_in_month(int year, int month);

// ---- Calendar-day arithmetic: the one home for it (proleptic Gregorian, days since 1970-01-01) ----

// H. Hinnant's days_from_civil ("chrono-Compatible Low-Level Date Algorithms"): month 1-12, day 1-31.
std::int32_t days_from_civil(int year, unsigned month, unsigned day);

struct CivilDate {
    int year = 1970;
    unsigned month = 1, day = 1;
};
// The inverse, H. Hinnant's civil_from_days.
CivilDate civil_from_days(std::int64_t days);

// The first and the last calendar day a partial date covers, at day precision:
// "2021" -> 2021-01-01 .. 2021-12-31, "2021-02" -> 2021-02-01 .. 2021-02-28. An empty date stays empty.
PartialDate first_day(const PartialDate& date);
PartialDate last_day(const PartialDate& date);

// The same as day numbers (days since 1970-01-01); the date must not be empty.
std::int32_t earliest_day(const PartialDate& date);
std::int32_t latest_day(const PartialDate& date);

// A date as the interval of days it denotes (days since 1970-01-01, both ends included):
// "2019" = 2019-01-01 .. 2019-12-31, "2019-03" = 2019-03-01 .. 2019-03-31, a day = itself.
// This is how every ordering treats a date of year or month precision.
struct DayInterval {
    std::int32_t first = 0, last = 0;
    friend bool operator==(const DayInterval&, const DayInterval&) = default;
};
DayInterval day_interval(const PartialDate& date);  // the date must not be empty
inline bool overlaps(const DayInterval& a, const DayInterval& b) {
    return a.first <= b.last && b.first <= a.last;
}

// Days from a to b, only when both are day-precise (a gap is never computed from an
// imprecise date); nullopt otherwise.
std::optional<std::int32_t> days_between(const PartialDate& a, const PartialDate& b);

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1900-2100, real calendar days).
// Returns nullopt and sets *why if the text is not such a date.
std::optional<PartialDate> parse_date(std::string_view text, std::string* why = nullptr);

// An interval; a single date has start == end; an undated thing has both empty.
struct DateRange {
    PartialDate start;
    PartialDate end;
    bool empty() const { return start.empty() && end.empty(); }
    bool is_point() const { return !start.empty() && start == end; }
    // "2021-03-04", "2021-03/2021-05", "2021-03/" or "".
    std::string str() const;
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

// Parses a date or an interval "START/END" (either side may be empty, not both).
std::optional<DateRange> parse_date_range(std::string_view text, std::string* why = nullptr);

}  // namespace repnet

#include "engine/date.hpp"

#include <cstdio>

namespace repnet {
namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

std::optional<PartialDate> fail(std::string* why, std::string message) {
    if (why) *why = std::move(message);
    return std::nullopt;
}

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDate c;
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2));
    return c;
}

PartialDate first_day(const PartialDate& date) {
    if (date.empty()) return date;
    PartialDate d = date;
    if (d.precision < DatePrecision::month) d.month = 1;
    if (d.precision < DatePrecision::day) d.day = 1;
    d.precision = DatePrecision::day;
    return d;
}

PartialDate last_day(const PartialDate& date) {
    if (date.empty()) return date;
    PartialDate d = date;
    if (d.precision < DatePrecision::month) d.month = 12;
    if (d.precision < DatePrecision::day) d.day = static_cast<std::uint8_t>(days_in_month(d.year, d.month));
    d.precision = DatePrecision::day;
    return d;
}

std::int32_t earliest_day(const PartialDate& date) {
    return days_from_civil(date.year, date.month == 0 ? 1u : date.month, date.day == 0 ? 1u : date.day);
}

std::int32_t latest_day(const PartialDate& date) {
    const PartialDate d = last_day(date);
    return days_from_civil(d.year, d.month, d.day);
}

DayInterval day_interval(const PartialDate& date) {
    return {earliest_day(date), latest_day(date)};
}

std::optional<std::int32_t> days_between(const PartialDate& a, const PartialDate& b) {
    if (a.precision != DatePrecision::day || b.precision != DatePrecision::day) return std::nullopt;
    return earliest_day(b) - earliest_day(a);
}

std::string PartialDate::str() const {
    char buf[16];
    switch (precision) {
        case DatePrecision::none:
            return {};
        case DatePrecision::year:
            std::snprintf(buf, sizeof buf, "%04d", int(year));
            break;
        case DatePrecision::month:
            std::snprintf(buf, sizeof buf, "%04d-%02d", int(year), int(month));
            break;
        case DatePrecision::day:
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(year), int(month), int(day));
            break;
    }
    return buf;
}

std::optional<PartialDate> parse_date(std::string_view text, std::string* why) {
    const std::string expected = "expected an ISO 8601 date YYYY, YYYY-MM or YYYY-MM-DD";
    PartialDate d;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return fail(why, expected);
    if (!all_digits(text.substr(0, 4))) return fail(why, expected);
    const int year = to_int(text.substr(0, 4));
    if (year < 1900 || year > 2100) return fail(why, "year " + std::to_string(year) + " is outside 1900-2100");
    d.year = static_cast<std::int16_t>(year);
    d.precision = DatePrecision::year;
    if (text.size() >= 7) {
        if (text[4] != '-' || !all_digits(text.substr(5, 2))) return fail(why, expected);
        const int month = to_int(text.substr(5, 2));
        if (month < 1 || month > 12) return fail(why, "month " + std::to_string(month) + " does not exist");
        d.month = static_cast<std::uint8_t>(month);
        d.precision = DatePrecision::month;
    }
    if (text.size() == 10) {
        if (text[7] != '-' || !all_digits(text.substr(8, 2))) return fail(why, expected);
        const int day = to_int(text.substr(8, 2));
        if (day < 1 || day > days_in_month(year, d.month))
            return fail(why, "day " + std::to_string(day) + " does not exist in " + std::string(text.substr(0, 7)));
        d.day = static_cast<std::uint8_t>(day);
        d.precision = DatePrecision::day;
    }
    return d;
}

std::string DateRange::str() const {
    if (empty()) return {};
    if (is_point()) return start.str();
    return start.str() + "/" + end.str();
}

std::optional<DateRange> parse_date_range(std::string_view text, std::string* why) {
    DateRange r;
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        auto d = parse_date(text, why);
        if (!d) return std::nullopt;
        r.start = r.end = *d;
        return r;
    }
    const auto a = text.substr(0, slash), b = text.substr(slash + 1);
    if (a.empty() && b.empty()) {
        if (why) *why = "an interval needs a start or an end";
        return std::nullopt;
    }
    if (!a.empty()) {
        auto d = parse_date(a, why);
        if (!d) return std::nullopt;
        r.start = *d;
    }
    if (!b.empty()) {
        auto d = parse_date(b, why);
        if (!d) return std::nullopt;
        r.end = *d;
    }
    if (!r.start.empty() && !r.end.empty() && r.end.sort_key() < r.start.sort_key()) {
        if (why) *why = "interval ends (" + r.end.str() + ") before it starts (" + r.start.str() + ")";
        return std::nullopt;
    }
    return r;
}

}  // namespace repnet

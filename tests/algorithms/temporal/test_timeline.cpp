#include <catch2/catch.hpp>
#include <set>

#include "algorithms/temporal/temporal_order.hpp"
#include "algorithms/temporal/timeline.hpp"
#include "algorithms/temporal/tiny_temporal_graph.hpp"
#include "loaders/dataset_loader.hpp"
#include "support/test_support.hpp"

using namespace repnet;
using namespace repnet::test;

TEST_CASE("the order rule: earliest possible day, coarser first", "[algorithms][temporal]") {
    auto key = [](const char* s) { return parse_date(s)->sort_key(); };
    CHECK(key("2020") < key("2020-01"));
    CHECK(key("2020-01") < key("2020-01-01"));
    CHECK(key("2020-01-01") < key("2020-01-02"));
    CHECK(key("2020-01-31") < key("2020-02"));
    CHECK(key("2019-12-31") < key("2020"));
    CHECK(anchor_date(*parse_date_range("2016-11/2018-03")).str() == "2016-11");
    CHECK(anchor_date(*parse_date_range("/2021-02-04")).str() == "2021-02-04");
    CHECK(earliest_day(*parse_date("1970-01-01")) == 0);
    CHECK(earliest_day(*parse_date("2000-03-01")) == 11017);
    CHECK(earliest_day(*parse_date("2016")) == earliest_day(*parse_date("2016-01-01")));
    CHECK(earliest_day(*parse_date("2016-11")) - earliest_day(*parse_date("2016")) == 305);
}

// Format version 2 (issue 11): dates are intervals, so the 2020 warning and everything in March 2020 are one
// period ("same period, order unknown") and one escalation step; defendant_in is a role, never a row.
TEST_CASE("a timeline orders mixed precision, marks escalations and de-escalations", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId p = t.node("p"), police = t.node("police", "authority"), court = t.node("court", "court"),
                 other = t.node("other");
    const NodeId cas = t.node("case", "prosecution");
    const EdgeId detain = t.edge(police, p, "detained", "2020-03-05", "administrative_detention");  // 5
    const EdgeId fine = t.edge(court, p, "fined", "2020-03", "fine");                               // 4
    const EdgeId warn = t.edge(police, p, "warned", "2020", "warning");                             // 1
    const EdgeId listing = t.edge(police, p, "restricted", "2020-03", "restriction");  // 6, same date as the fine
    const EdgeId charge = t.edge(cas, p, "charged", "", "criminal_charge");            // undated
    t.edge(p, cas, "defendant_in", "", "imprisonment");                                // a role, not a row
    const EdgeId release = t.edge(cas, p, "released", "2021-01-01", "release");
    const EdgeId supervision = t.edge(court, p, "restricted", "2021-01-01", "restriction");
    const EdgeId second = t.edge(court, p, "restricted", "2021-06", "restriction");
    t.edge(police, other, "detained", "2019", "imprisonment");  // someone else's
    t.edge(p, other, "associate_of");                           // not an action
    const PersonTimeline tl = person_timeline(t.g, p);
    REQUIRE(tl.events.size() == 7);
    CHECK(tl.events[0].edge == warn);
    CHECK(tl.events[1].edge == fine);  // 2020-03 before 2020-03-05; same date by edge id
    CHECK(tl.events[2].edge == listing);
    CHECK(tl.events[3].edge == detain);
    CHECK(tl.events[4].edge == release);
    CHECK(tl.events[5].edge == supervision);
    CHECK(tl.events[6].edge == second);
    REQUIRE(tl.undated.size() == 1);
    CHECK(tl.undated[0].edge == charge);
    CHECK(tl.undated[0].actor == cas);
    // Periods: 2020 (warning, fine, listing, detention: all overlap the year), 2021-01-01, 2021-06.
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(tl.events[i].period == 0);
        CHECK(tl.events[i].order_unknown);
    }
    CHECK(tl.events[4].period == 1);
    CHECK(tl.events[5].period == 1);
    CHECK(tl.events[6].period == 2);
    CHECK_FALSE(tl.events[6].order_unknown);
    // Levels: 2020: 6 (one step, at the restriction); 2021-01-01: release drops to 0 then restriction 6:
    // a step; 2021-06: 6, no step.
    CHECK_FALSE(tl.events[0].escalation);
    CHECK_FALSE(tl.events[1].escalation);
    CHECK(tl.events[2].escalation);
    CHECK_FALSE(tl.events[3].escalation);
    CHECK(tl.events[4].de_escalation);
    CHECK(tl.events[5].escalation);
    CHECK_FALSE(tl.events[6].escalation);
    CHECK(tl.events[3].level_after == 6);
    CHECK(tl.escalation_steps == 2);
    CHECK(tl.de_escalations == 1);
    CHECK(tl.peak == Severity::criminal_charge);  // from the undated charge (defendant_in is no row)
    CHECK(tl.peak_date.empty());
    CHECK_FALSE(tl.days_to_peak);
    CHECK(tl.first_action.str() == "2020");
    CHECK(tl.last_action.str() == "2021-06");
    // Without the undated peak, the peak is dated and timed from the first action.
    const PersonTimeline o = person_timeline(t.g, other);
    CHECK(o.events.size() == 1);
    CHECK(o.escalation_steps == 1);
    CHECK(o.peak_date.str() == "2019");
    CHECK(*o.days_to_peak == 0);
    // The prosecution has no actions against it (defendant_in counts for the defendant).
    CHECK(person_timeline(t.g, cas).empty());
    const auto all = all_timelines(t.g);
    REQUIRE(all.size() == t.g.node_count());
    CHECK(all[p].escalation_steps == 2);
    CHECK(all[p].events.size() == 7);
}

TEST_CASE("overlapping dates are one period, a gap in days only between day-precise dates", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId p = t.node("p"), police = t.node("police", "authority"), court = t.node("court", "court");
    // Bilash's case in issue 11: a 2019 house arrest and a 2019-03 detention; the order is unknown.
    const EdgeId house = t.edge(court, p, "restricted", "2019", "house_arrest");
    const EdgeId detained = t.edge(police, p, "detained", "2019-03-10", "pre_trial_detention");
    const EdgeId later = t.edge(court, p, "sentenced", "2020-02-01", "imprisonment");
    const PersonTimeline tl = person_timeline(t.g, p);
    REQUIRE(tl.events.size() == 3);
    CHECK(tl.events[0].edge == house);
    CHECK(tl.events[1].edge == detained);
    CHECK(tl.events[0].order_unknown);
    CHECK(tl.events[1].order_unknown);
    CHECK(tl.events[0].period == tl.events[1].period);
    CHECK(tl.events[2].edge == later);
    CHECK_FALSE(tl.events[2].order_unknown);
    CHECK(tl.escalation_steps == 2);  // the 2019 period (10), then 11
    CHECK(tl.peak_date.str() == "2020-02-01");
    CHECK_FALSE(tl.days_to_peak);  // the first action is a whole year: no gap in days is made up

    TinyGraph u;
    const NodeId q = u.node("q"), police2 = u.node("police", "authority"), court2 = u.node("court", "court");
    u.edge(police2, q, "detained", "2019-03-10", "questioning");
    u.edge(court2, q, "sentenced", "2019-05-09", "imprisonment");
    const PersonTimeline ul = person_timeline(u.g, q);
    REQUIRE(ul.days_to_peak);
    CHECK(*ul.days_to_peak == 60);
    CHECK(days_between(*parse_date("2019-03-10"), *parse_date("2019-05")) == std::nullopt);
    CHECK(day_interval(*parse_date("2019-02")).last - day_interval(*parse_date("2019-02")).first == 27);
}

TEST_CASE("one event, one row: same type, dates and actor family", "[algorithms][temporal]") {
    TinyGraph t;
    const NodeId p = t.node("p"), court = t.node("court", "court");
    const NodeId cas = t.prosecution("case");
    const EdgeId by_court = t.edge(court, p, "sentenced", "2016-11", "imprisonment");
    t.g.edge(by_court).prosecution = cas;
    const EdgeId by_case = t.edge(cas, p, "sentenced", "2016-11", "imprisonment");
    t.g.edge(by_case).prosecution = cas;
    const EdgeId other = t.edge(court, p, "sentenced", "2017-11", "imprisonment");
    const PersonTimeline tl = person_timeline(t.g, p);
    REQUIRE(tl.events.size() == 2);
    CHECK(tl.events[0].edge == by_court);
    REQUIRE(tl.events[0].same_event.size() == 1);
    CHECK(tl.events[0].same_event[0] == by_case);
    CHECK(tl.events[1].edge == other);
    CHECK(person_timeline(t.g, p, TimelineParams{false}).events.size() == 3);
}

TEST_CASE("Kazakhstan: the land-reform protest leaders from the 2016 sentences to the 2021 supervision",
          "[algorithms][temporal]") {
    const Dataset d = load_dataset(source_dir() / "data" / "kazakhstan");
    const Graph& g = d.graph;
    auto first = [&](const PersonTimeline& t, const char* relation, Severity s, const char* date) -> std::ptrdiff_t {
        for (std::size_t i = 0; i < t.events.size(); ++i)
            if (g.edge_type_name(t.events[i].edge) == relation && t.events[i].severity == s &&
                t.events[i].date.str() == date)
                return static_cast<std::ptrdiff_t>(i);
        return -1;
    };
    const PersonTimeline bokayev = person_timeline(g, *g.find_id("k21.p.bokayev-max"));  // a merged id resolves
    const auto arrest = first(bokayev, "detained", Severity::pre_trial_detention, "2016");
    const auto sentence = first(bokayev, "sentenced", Severity::imprisonment, "2016-11");
    const auto release = first(bokayev, "released", Severity::release, "2021-02-04");
    const auto supervision = first(bokayev, "restricted", Severity::restriction, "2021-02-18");
    const auto warning = first(bokayev, "warned", Severity::warning, "2021-02-19");
    REQUIRE(arrest >= 0);
    REQUIRE(sentence >= 0);
    REQUIRE(release >= 0);
    REQUIRE(supervision >= 0);
    REQUIRE(warning >= 0);
    CHECK(arrest < sentence);
    CHECK(sentence < release);
    CHECK(release < supervision);
    CHECK(supervision < warning);
    // Format version 2: the 2016 arrest (a whole-year date) and the November 2016 sentence are one period, order
    // unknown, so one escalation step (at the sentence) and no invented gap in days (was 305, from 1 January).
    CHECK(bokayev.events[arrest].order_unknown);
    CHECK(bokayev.events[arrest].period == bokayev.events[sentence].period);
    CHECK_FALSE(bokayev.events[arrest].escalation);
    CHECK(bokayev.events[sentence].escalation);
    CHECK(bokayev.peak == Severity::imprisonment);
    CHECK(bokayev.peak_date.str() == "2016-11");
    CHECK_FALSE(bokayev.days_to_peak);
    CHECK(bokayev.de_escalations == 1);
    CHECK(bokayev.escalation_steps == 2);  // the 2016 period (detention, prison), supervision after release
    CHECK(bokayev.first_action.str() == "2016");
    // Issue 11: the appeal court's rejection of his complaint (16 March 2021) is a dated action; the police forcing
    // him to call off his 28 February 2021 demonstration is a fact about the event, not a restriction of him.
    CHECK(bokayev.last_action.str() == "2021-03-16");
    CHECK(first(bokayev, "appealed", Severity::appeal, "2021-03-16") > warning);
    CHECK(first(bokayev, "restricted", Severity::restriction, "2021-02-28") == -1);

    // Talgat Ayan: the sentence and the ban on public activities after release, both given in November 2016; since
    // issue 11 the ban is a term of the one sentence row (three reports cite it) rather than a row of its own.
    const PersonTimeline ayan = person_timeline(g, *g.find_id("k17.p.ayan-talgat"));
    const auto ayan_sentence = first(ayan, "sentenced", Severity::imprisonment, "2016-11");
    REQUIRE(ayan_sentence == 0);
    const EdgeData& verdict = g.edge(ayan.events[0].edge);
    std::set<SourceIndex> reports;
    for (const Evidence& e : verdict.evidence) reports.insert(e.source);
    CHECK(reports.size() == 3);
    auto term = [&](std::string_view key) -> std::int64_t {
        for (const Attribute& a : verdict.attributes)
            if (g.str(a.key) == key) return std::get<std::int64_t>(a.value);
        return -1;
    };
    CHECK(term("term_months") == 60);
    CHECK(term("activity_ban_months") == 36);
    CHECK(ayan.peak == Severity::imprisonment);
    CHECK(ayan.escalation_steps == 1);
}

// cli/progress: the progress lines of long commands, with a clock the test controls.
#include <catch2/catch.hpp>
#include <sstream>

#include "cli/progress.hpp"

using namespace repnet::cli;

TEST_CASE("progress as plain lines: stage starts, every further 10%, stage times", "[cli][progress]") {
    std::ostringstream out;
    double now = 0;
    ProgressPrinter p(out, false, "repnet analyze", [&] { return now; });
    p("loading", 0);
    now = 2;
    p("betweenness", 0);
    for (int i = 1; i <= 20; ++i) {
        now = 2 + i;
        p("betweenness", i / 20.0);
    }
    now = 30;
    p.finish();
    const std::string s = out.str();
    CHECK(s.find("repnet analyze: loading\n") == 0);
    CHECK(s.find("repnet analyze: loading done in 2 s\n") != std::string::npos);
    CHECK(s.find("repnet analyze: betweenness\n") != std::string::npos);
    // Halfway after 10 s: about 10 s left.
    CHECK(s.find("repnet analyze: betweenness 50% (10 s, about 10 s left)\n") != std::string::npos);
    CHECK(s.find("betweenness 5%") == std::string::npos);  // between tenths: no line
    CHECK(s.find("repnet analyze: betweenness done in 28 s\n") != std::string::npos);
    CHECK(s.find('\r') == std::string::npos);
}

TEST_CASE("progress on a terminal: one line redrawn, at most ten times a second", "[cli][progress]") {
    std::ostringstream out;
    double now = 0;
    ProgressPrinter p(out, true, "repnet analyze", [&] { return now; });
    p("leiden", 0);
    now = 0.05;
    p("leiden", 0.1);  // too soon after the last draw
    now = 4;
    p("leiden", 0.5);
    p.finish();
    const std::string s = out.str();
    CHECK(s.find("\r\033[Krepnet analyze: leiden 0% (0 s)") != std::string::npos);
    CHECK(s.find("leiden 10%") == std::string::npos);
    CHECK(s.find("\r\033[Krepnet analyze: leiden 50% (4 s, about 4 s left)") != std::string::npos);
    CHECK(s.size() >= 4);
    CHECK(s.substr(s.size() - 4) == "\r\033[K");  // the line is cleared at the end
    CHECK(s.find('\n') == std::string::npos);
}

TEST_CASE("progress: stage names are made terminal-safe, durations readable", "[cli][progress]") {
    std::ostringstream out;
    ProgressPrinter p(out, false, "x", [] { return 0.0; });
    p("bad\033]0;title\007stage", 0);
    CHECK(out.str().find('\033') == std::string::npos);
    CHECK(duration_text(5.4) == "5 s");
    CHECK(duration_text(185) == "3 min 05 s");
    CHECK(duration_text(3720) == "1 h 02 min");
    CHECK(duration_text(-1) == "0 s");
}

#pragma once
// How far a long command got, on stderr: a RunContext progress callback that prints the
// stage, its percent and the estimated time left. On a terminal one line is redrawn in
// place (at most ten times a second); elsewhere (a file, a pipe, a log) plain lines are
// printed: one when a stage starts, one per further 10% of it, and each stage's time.
#include <chrono>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace repnet::cli {

class ProgressPrinter {
public:
    using Clock = std::function<double()>;  // seconds since any fixed point
    // `prefix` starts every line ("repnet analyze"); `terminal` picks the redrawn line.
    ProgressPrinter(std::ostream& out, bool terminal, std::string prefix, Clock clock = {});

    // The RunContext::progress callback: `fraction` of `stage` is done (0 when it starts).
    void operator()(std::string_view stage, double fraction);
    // Ends the last stage (its time) and, on a terminal, the redrawn line.
    void finish();

private:
    void end_stage(double now);
    std::ostream& out_;
    bool terminal_;
    std::string prefix_;
    Clock clock_;
    std::string stage_;
    double stage_start_ = 0, last_draw_ = -1;
    int last_decile_ = 0;
    bool line_open_ = false;
};

// "12 s", "3 min 05 s", "1 h 02 min": a duration for the progress line.
std::string duration_text(double seconds);

// True when file descriptor `fd` is a terminal.
bool is_terminal(int fd);

}  // namespace repnet::cli

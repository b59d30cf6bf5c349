#include "cli/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

#include "exports/terminal_text.hpp"

namespace repnet::cli {

std::string duration_text(double seconds) {
    const auto s = static_cast<long long>(std::llround(std::max(0.0, seconds)));
    char buf[64];
    if (s < 60)
        std::snprintf(buf, sizeof buf, "%lld s", s);
    else if (s < 3600)
        std::snprintf(buf, sizeof buf, "%lld min %02lld s", s / 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld h %02lld min", s / 3600, (s % 3600) / 60);
    return buf;
}

bool is_terminal(int fd) {
    return ::isatty(fd) == 1;
}

ProgressPrinter::ProgressPrinter(std::ostream& out, bool terminal, std::string prefix, Clock clock)
    : out_(out), terminal_(terminal), prefix_(std::move(prefix)), clock_(std::move(clock)) {
    if (!clock_) {
        const auto start = std::chrono::steady_clock::now();
        clock_ = [start] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    }
}

void ProgressPrinter::end_stage(double now) {
    if (stage_.empty()) return;
    if (terminal_) {
        out_ << "\r\033[K";
        line_open_ = false;
    } else {
        out_ << prefix_ << ": " << stage_ << " done in " << duration_text(now - stage_start_) << "\n";
    }
    stage_.clear();
}

void ProgressPrinter::operator()(std::string_view stage, double fraction) {
    const double now = clock_();
    fraction = std::isfinite(fraction) ? std::min(1.0, std::max(0.0, fraction)) : 0.0;
    if (stage != stage_) {
        end_stage(now);
        stage_ = terminal_safe(std::string(stage));
        stage_start_ = now;
        last_decile_ = 0;
        last_draw_ = -1;
        if (!terminal_) out_ << prefix_ << ": " << stage_ << "\n";
    }
    const double elapsed = now - stage_start_;
    // The time left, once enough of the stage is done to say (a linear estimate).
    std::string eta;
    if (fraction >= 0.02 && fraction < 1)
        eta = ", about " + duration_text(elapsed * (1 - fraction) / fraction) + " left";
    const int percent = static_cast<int>(fraction * 100);
    if (terminal_) {
        if (last_draw_ >= 0 && now - last_draw_ < 0.1 && fraction < 1) return;
        last_draw_ = now;
        out_ << "\r\033[K" << prefix_ << ": " << stage_ << " " << percent << "% (" << duration_text(elapsed) << eta
             << ")" << std::flush;
        line_open_ = true;
    } else {
        const int decile = static_cast<int>(fraction * 10);
        if (decile <= last_decile_ || fraction >= 1) return;
        last_decile_ = decile;
        out_ << prefix_ << ": " << stage_ << " " << percent << "% (" << duration_text(elapsed) << eta << ")\n";
    }
}

void ProgressPrinter::finish() {
    end_stage(clock_());
    out_ << std::flush;
}

}  // namespace repnet::cli

#pragma once
// Process CPU time and wall time together: the bench programs report CPU seconds because the
// machine they run on is often shared, and wall seconds beside them.
#include <time.h>

#include <chrono>

namespace repnet::bench {

struct Clock {
    double cpu = 0, wall = 0;
};

inline Clock now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return {double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec),
            std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count()};
}

// The fastest of `repeat` runs of body() by CPU time (the first of equal ones), with its wall
// time: on a shared machine, other work only ever adds time.
template <class Body>
Clock best_of(int repeat, Body&& body) {
    Clock best{1e300, 1e300};
    for (int r = 0; r < repeat; ++r) {
        const Clock start = now();
        body();
        const Clock t = now();
        if (t.cpu - start.cpu < best.cpu) best = {t.cpu - start.cpu, t.wall - start.wall};
    }
    return best;
}

}  // namespace repnet::bench

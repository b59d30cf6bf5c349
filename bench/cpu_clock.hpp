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

}  // namespace repnet::bench

#pragma once
// How a long computation runs: on how many threads, whom it tells how far it got,
// and how it is asked to stop. Algorithms take one in their params struct, check
// `cancelled()` between units of work (sources, iterations) and throw Cancelled,
// so a caller can stop a long run cleanly; no global state.
#include <atomic>
#include <functional>
#include <string_view>

#include "engine/errors.hpp"

namespace repnet {

struct RunContext {
    // 0 = all hardware threads. Results never depend on it.
    unsigned threads = 0;
    // Called now and then with the stage ("betweenness", "leiden") and the fraction done, in [0, 1].
    // It may be called from any of the algorithm's threads, but never from two at once. Empty = silent.
    std::function<void(std::string_view stage, double fraction)> progress;
    // The caller's flag; once it is true the algorithm stops at its next check and throws Cancelled.
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void throw_if_cancelled(std::string_view stage) const {
        if (cancelled()) throw Cancelled(std::string(stage) + ": cancelled");
    }
    void report(std::string_view stage, double fraction) const {
        if (progress) progress(stage, fraction);
    }
};

}  // namespace repnet

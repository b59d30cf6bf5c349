#pragma once
// Ctrl-C as a request to stop: while an InterruptFlag lives, SIGINT sets a flag that a
// RunContext reads (the computation then throws Cancelled at its next check, exit 5);
// a second SIGINT ends the process at once. Its destructor (or release()) restores the
// previous handler, so the atomic-file writer's own cleanup handler takes over for writing.
#include <atomic>

namespace repnet::cli {

class InterruptFlag {
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag&) = delete;
    InterruptFlag& operator=(const InterruptFlag&) = delete;

    const std::atomic<bool>* flag() const;
    void release();

private:
    bool installed_ = false;
};

}  // namespace repnet::cli

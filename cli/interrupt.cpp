#include "cli/interrupt.hpp"

#include <csignal>

namespace repnet::cli {
namespace {

std::atomic<bool> g_interrupted{false};
struct sigaction g_previous {};

extern "C" void on_interrupt(int sig) {
    if (g_interrupted.exchange(true)) {  // the second Ctrl-C: stop now
        ::sigaction(sig, &g_previous, nullptr);
        ::raise(sig);
    }
}

}  // namespace

InterruptFlag::InterruptFlag() {
    static_assert(std::atomic<bool>::is_always_lock_free);
    g_interrupted.store(false);
    struct sigaction old {};
    if (::sigaction(SIGINT, nullptr, &old) != 0) return;
    if (old.sa_handler == SIG_IGN) return;  // started in the background with SIGINT ignored
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    g_previous = old;
    installed_ = ::sigaction(SIGINT, &sa, nullptr) == 0;
}

InterruptFlag::~InterruptFlag() {
    release();
}

const std::atomic<bool>* InterruptFlag::flag() const {
    return &g_interrupted;
}

void InterruptFlag::release() {
    if (!installed_) return;
    ::sigaction(SIGINT, &g_previous, nullptr);
    installed_ = false;
}

}  // namespace repnet::cli

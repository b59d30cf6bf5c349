#include "algorithms/centrality/common.hpp"

#include <cmath>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

#include "engine/errors.hpp"

namespace repnet::detail {

unsigned thread_count(unsigned requested, std::size_t work_items) {
    unsigned t = requested ? requested : std::max(1u, std::thread::hardware_concurrency());
    if (work_items < t) t = static_cast<unsigned>(std::max<std::size_t>(1, work_items));
    return t;
}

void run_threads(unsigned threads, const std::function<void(unsigned)>& body) {
    std::exception_ptr error;
    std::mutex m;
    auto guarded = [&](unsigned i) {
        try {
            body(i);
        } catch (...) {
            std::lock_guard lock(m);
            if (!error) error = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads > 0 ? threads - 1 : 0);
    for (unsigned i = 1; i < threads; ++i) pool.emplace_back(guarded, i);
    guarded(0);
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

void check_weights(const CsrGraph& graph, const char* measure) {
    for (const double w : graph.out_weights) {
        if (!(w > 0) || !std::isfinite(w)) {
            std::ostringstream msg;
            msg << measure << ": edge weights must be finite and > 0, found " << w;
            throw InputError({}, msg.str());
        }
    }
}

void check_epsilon_delta(double epsilon, double delta, const char* delta_name) {
    if (!(epsilon > 0 && epsilon < 1)) throw InvalidArgument("epsilon", "must be in (0, 1)", argument_text(epsilon));
    if (!(delta > 0 && delta < 1)) throw InvalidArgument(delta_name, "must be in (0, 1)", argument_text(delta));
}

std::vector<double> arc_distances(const CsrGraph& graph) {
    check_weights(graph, "weighted path measure");
    std::vector<double> d(graph.out_weights.size());
    for (std::size_t i = 0; i < d.size(); ++i) d[i] = 1.0 / graph.out_weights[i];
    return d;
}

}  // namespace repnet::detail

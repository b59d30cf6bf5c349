#pragma once
// Shared pieces of the centrality suite: the convergence report every
// iterative measure returns, and internals (threads, edge distances).
#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "engine/csr.hpp"

namespace repnet {

// What an iterative measure did. `converged` is false when max_iterations
// passed without the residual falling below the threshold (NetworkX raises
// PowerIterationFailedConvergence there); the values are then the last iterate.
struct IterationReport {
    std::uint32_t iterations = 0;
    bool converged = false;
    double residual = 0;   // the last convergence measure (see each measure for its norm)
    double threshold = 0;  // convergence when residual < threshold
    std::uint32_t max_iterations = 0;
};

namespace detail {

// The binary min-heap of (distance, node) that every Dijkstra loop of the suite uses (lazy deletion:
// a node may be pushed again with a shorter distance; the caller skips stale pops). Keeps its storage
// between sources.
class DistanceHeap {
public:
    void clear() { items_.clear(); }
    bool empty() const { return items_.empty(); }
    void push(double distance, std::uint32_t node) {
        items_.emplace_back(distance, node);
        std::push_heap(items_.begin(), items_.end(), std::greater<>());
    }
    // The nearest (distance, node); ties go to the larger node id, as std::greater on pairs orders them.
    std::pair<double, std::uint32_t> pop() {
        std::pop_heap(items_.begin(), items_.end(), std::greater<>());
        const auto top = items_.back();
        items_.pop_back();
        return top;
    }

private:
    std::vector<std::pair<double, std::uint32_t>> items_;
};

// Threads to use: `requested`, or the hardware's count when 0; never more than `work_items`, at least 1.
unsigned thread_count(unsigned requested, std::size_t work_items);

// Runs body(thread_index) on `threads` threads (the caller is thread 0) and joins them;
// the first exception thrown by any body is rethrown.
void run_threads(unsigned threads, const std::function<void(unsigned)>& body);

// Distance of each CSR arc, 1 / weight (out-adjacency order); throws InputError on a weight that is not finite and > 0.
std::vector<double> arc_distances(const CsrGraph& graph);

// Throws InputError unless every weight is finite and > 0.
void check_weights(const CsrGraph& graph, const char* measure);

// The sampled measures' bound: throws InvalidArgument unless epsilon and delta are both in
// (0, 1); `delta_name` is the measure's name for delta in its messages.
void check_epsilon_delta(double epsilon, double delta, const char* delta_name);

// A sampled measure's result, carrying the bound and the seed it was computed with.
template <class Result, class Params>
Result sampled_result(const Params& params) {
    Result r;
    r.epsilon = params.epsilon;
    r.delta = params.delta;
    r.seed = params.seed;
    return r;
}

}  // namespace detail
}  // namespace repnet

// Times the name matcher on a dataset: load, index build, and each query (median of repeated runs), so `find`
// can be measured after load on a generated million-entity dataset (bench/find.py drives it).
// Usage: repnet_find_bench DATASET [QUERY...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "loaders/dataset_loader.hpp"
#include "names/matcher.hpp"

namespace {
double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET [QUERY...]\n", argv[0]);
        return 1;
    }
    auto t0 = std::chrono::steady_clock::now();
    const repnet::Dataset d = repnet::load_dataset(argv[1]);
    std::printf("{\"entities\": %zu, \"load_ms\": %.1f", d.graph.node_count(), ms_since(t0));
    t0 = std::chrono::steady_clock::now();
    const repnet::names::NameMatcher matcher(d.graph);
    std::printf(", \"index_ms\": %.1f, \"queries\": [", ms_since(t0));
    for (int i = 2; i < argc; ++i) {
        std::vector<double> times;
        std::size_t found = 0;
        std::string top;
        for (int rep = 0; rep < 21; ++rep) {
            t0 = std::chrono::steady_clock::now();
            const auto m = matcher.find(argv[i]);
            times.push_back(ms_since(t0));
            found = m.size();
            top = m.empty() ? "" : d.graph.str(d.graph.node(m.front().node).name) + " (" + m.front().reason + ")";
        }
        std::sort(times.begin(), times.end());
        std::printf(
            "%s\n  {\"query\": \"%s\", \"median_ms\": %.3f, \"max_ms\": %.3f, \"matches\": %zu, \"top\": \"%s\"}",
            i > 2 ? "," : "", argv[i], times[times.size() / 2], times.back(), found, top.c_str());
    }
    std::printf("]}\n");
}

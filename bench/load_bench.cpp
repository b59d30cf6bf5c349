// Time to load each file given on the command line (loaders/load_any.hpp: the loader a
// DATASET path gets), best of N runs, loading only: no analysis, no validation report.
//   repnet_load_bench [--runs N] FILE...        (bench/load_formats.sh prepares the files)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "loaders/load_any.hpp"

int main(int argc, char** argv) {
    int runs = 1;
    int first = 1;
    if (argc > 2 && std::string(argv[1]) == "--runs") {
        runs = std::max(1, std::atoi(argv[2]));
        first = 3;
    }
    std::printf("%-40s %10s %10s %10s\n", "file", "nodes", "edges", "seconds");
    for (int i = first; i < argc; ++i) {
        double best = 1e300;
        std::size_t nodes = 0, edges = 0;
        try {
            for (int r = 0; r < runs; ++r) {
                const auto start = std::chrono::steady_clock::now();
                const repnet::Dataset d = repnet::load_dataset_any(argv[i]);
                best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
                nodes = d.graph.node_count();
                edges = d.graph.edge_count();
            }
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s: %s\n", argv[i], e.what());
            return 2;
        }
        std::printf("%-40s %10zu %10zu %10.2f\n", argv[i], nodes, edges, best);
    }
    return 0;
}

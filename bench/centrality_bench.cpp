// Times repnet's loading, view and iterative measures on an integer edge list, in CPU time
// (CLOCK_PROCESS_CPUTIME_ID: every thread of the process) and wall time, for bench/precision.py.
// Usage: repnet_centrality_bench EDGES [--load graph|bulk] [--measure LIST] [--threads T]
//          [--tolerance TOL] [--katz-alpha A] [--values PREFIX] [--repeat R]
//   --load graph  load_edge_list (typed Graph) then build_simple_csr of it (what `repnet centrality` does)
//   --load bulk   load_edge_list_csr (straight from the parsed text to the CSR view)
//   --values P    writes each measure as P.MEASURE.f64: little-endian doubles indexed by node id
//   --leiden N    also runs Leiden (N iterations, 0 = until stable; seed 1) on the view and writes its
//                 membership to P.leiden.u32 (with --values)
// Prints one JSON object on stdout; best (least CPU) of --repeat runs per stage.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "algorithms/centrality/suite.hpp"
#include "algorithms/community/community.hpp"
#include "bench/cpu_clock.hpp"
#include "engine/graph_csr.hpp"
#include "loaders/edge_list.hpp"

namespace {

using repnet::bench::best_of;
using repnet::bench::Clock;
using repnet::bench::now;

Clock since(const Clock& start) {
    const Clock t = now();
    return {t.cpu - start.cpu, t.wall - start.wall};
}

Clock best(const Clock& a, const Clock& b) {
    return a.cpu <= b.cpu ? a : b;
}

std::string json(const Clock& c) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "{\"cpu\": %.6f, \"wall\": %.6f}", c.cpu, c.wall);
    return buf;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: %s EDGES [--load graph|bulk] [--measure LIST] [--threads T] [--tolerance TOL] "
                     "[--katz-alpha A] [--values PREFIX] [--repeat R]\n",
                     argv[0]);
        return 1;
    }
    const std::string edges = argv[1];
    std::string load = "graph", values;
    std::vector<std::string> measures;
    unsigned threads = 1;
    int repeat = 1;
    double tolerance = 0, katz_alpha = 0;
    int leiden_iterations = -1;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--load")
            load = value;
        else if (flag == "--measure")
            measures = split(value);
        else if (flag == "--threads")
            threads = unsigned(std::stoul(value));
        else if (flag == "--tolerance")
            tolerance = std::stod(value);
        else if (flag == "--katz-alpha")
            katz_alpha = std::stod(value);
        else if (flag == "--values")
            values = value;
        else if (flag == "--repeat")
            repeat = std::max(1, std::stoi(value));
        else if (flag == "--leiden")
            leiden_iterations = std::stoi(value);
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            return 1;
        }
    }
    try {
        repnet::CsrGraph view;
        Clock load_time{1e300, 1e300}, view_time{1e300, 1e300};
        for (int r = 0; r < repeat; ++r) {
            Clock start = now();
            if (load == "bulk") {
                repnet::EdgeListCsrOptions o;
                o.threads = threads;
                auto loaded = repnet::load_edge_list_csr(edges, {}, o);
                load_time = best(load_time, since(start));
                view = std::move(loaded.view);
                view_time = {0, 0};
            } else {
                const repnet::Dataset d = repnet::load_edge_list(edges);
                load_time = best(load_time, since(start));
                start = now();
                view = repnet::build_simple_csr(d.graph);
                view_time = best(view_time, since(start));
                // Node ids are the integers 0..max (by-value numbering), so CSR node i is id i.
                for (std::uint32_t v = 0; v < view.node_count; ++v)
                    if (d.graph.strings().str(d.graph.node(view.to_graph_node[v]).id) != std::to_string(v))
                        throw std::runtime_error("the edge list is not numbered 0..max by value");
            }
        }
        std::printf("{\"nodes\": %u, \"edges\": %llu, \"load\": %s, \"view\": %s, \"measures\": {", view.node_count,
                    static_cast<unsigned long long>(view.edge_count()), json(load_time).c_str(),
                    json(view_time).c_str());
        const char* sep = "";
        for (const auto& name : measures) {
            repnet::CentralityOptions o;
            o.measures = {name};
            o.run.threads = threads;
            if (tolerance > 0) o.tolerance = tolerance;
            if (katz_alpha > 0) o.katz_alpha = katz_alpha;
            repnet::CentralitySuite suite;
            const Clock t = best_of(repeat, [&] { suite = repnet::compute_centrality(view, o); });
            const auto& m = suite.measures.front();
            std::printf("%s\"%s\": {\"time\": %s", sep, name.c_str(), json(t).c_str());
            if (m.report)
                std::printf(", \"iterations\": %u, \"residual\": %.3g, \"converged\": %s", m.report->iterations,
                            m.report->residual, m.report->converged ? "true" : "false");
            std::printf("}");
            sep = ", ";
            if (!values.empty()) {
                std::vector<double> by_id(view.node_count, 0.0);
                for (std::uint32_t v = 0; v < view.node_count; ++v) by_id[v] = m.value[v];
                std::ofstream out(values + "." + name + ".f64", std::ios::binary);
                out.write(reinterpret_cast<const char*>(by_id.data()), std::streamsize(by_id.size() * sizeof(double)));
            }
        }
        std::printf("}");
        if (leiden_iterations >= 0) {
            repnet::CommunityParams p;
            p.max_iterations = leiden_iterations;
            repnet::CommunityResult r;
            const Clock t = best_of(repeat, [&] { r = repnet::leiden(view, p); });
            const std::uint32_t communities = r.count();
            std::printf(", \"leiden\": {\"time\": %s, \"iterations\": %d, \"modularity\": %.6f, \"communities\": %u}",
                        json(t).c_str(), r.iterations, r.modularity, communities);
            if (!values.empty()) {
                std::ofstream out(values + ".leiden.u32", std::ios::binary);
                out.write(reinterpret_cast<const char*>(r.community.data()),
                          std::streamsize(r.community.size() * sizeof(std::uint32_t)));
            }
        }
        std::printf("}\n");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    }
    return 0;
}

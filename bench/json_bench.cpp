// The JSON dataset loader's speed against RapidJSON's own DOM parse of the same file, in MB/s of
// CPU time (CLOCK_PROCESS_CPUTIME_ID) and wall time; best of --repeat runs each.
// Usage: repnet_json_bench DATASET.json [REPEAT]
//   read          the file into memory (read_input_file, as the loader does)
//   rapidjson     rapidjson::Document::Parse of that text (the DOM, copying strings)
//   rapidjson insitu  ParseInsitu (strings left in the buffer; a lower bound for any DOM parse)
//   repnet load   load_dataset(path): read, parse, validate, build the typed Graph (validate's loading stage)
//   repnet load + review  the same with LoadOptions::review (what `repnet validate` asks for)
#include <rapidjson/document.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "bench/cpu_clock.hpp"
#include "loaders/dataset_loader.hpp"
#include "loaders/input_file.hpp"

namespace {

using repnet::bench::best_of;
using repnet::bench::Clock;
using repnet::bench::now;

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATASET.json [REPEAT]\n", argv[0]);
        return 1;
    }
    const std::filesystem::path path = argv[1];
    const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    try {
        std::string text;
        const Clock read =
            best_of(repeat, [&] { text = repnet::read_input_file(path, std::uintmax_t(8) << 30, "JSON"); });
        const double mb = double(text.size()) / 1e6;
        std::size_t members = 0;
        const Clock dom = best_of(repeat, [&] {
            rapidjson::Document d;
            d.Parse(text.data(), text.size());
            if (d.HasParseError()) throw std::runtime_error("RapidJSON: parse error");
            members = d.IsObject() ? d.MemberCount() : 0;
        });
        const Clock insitu = best_of(repeat, [&] {
            std::string copy = text;  // ParseInsitu writes into its buffer (the copy is timed too)
            rapidjson::Document d;
            d.ParseInsitu(copy.data());
            if (d.HasParseError()) throw std::runtime_error("RapidJSON: parse error");
        });
        std::size_t nodes = 0;
        const Clock load = best_of(repeat, [&] { nodes = repnet::load_dataset(path).graph.node_count(); });
        repnet::LoadOptions review;
        review.review = true;
        const Clock load_review = best_of(repeat, [&] { repnet::load_dataset(path, review); });
        const auto row = [&](const char* name, const Clock& c, bool last = false) {
            std::printf(
                "  \"%s\": {\"cpu\": %.4f, \"wall\": %.4f, \"cpu_mb_per_s\": %.1f, \"wall_mb_per_s\": %.1f}%s\n", name,
                c.cpu, c.wall, mb / c.cpu, mb / c.wall, last ? "" : ",");
        };
        std::printf("{\n  \"file\": \"%s\", \"megabytes\": %.3f, \"top_level_members\": %zu, \"nodes\": %zu,\n",
                    path.string().c_str(), mb, members, nodes);
        row("read", read);
        row("rapidjson_dom", dom);
        row("rapidjson_insitu", insitu);
        row("repnet_load", load);
        row("repnet_load_review", load_review, true);
        std::printf("}\n");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 2;
    }
    return 0;
}

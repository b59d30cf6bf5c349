// libFuzzer harness: the edge-list loader (loaders/edge_list.hpp) on arbitrary
// bytes, strict and lenient, with a small node limit so that the limit's path
// is reached too.
#include "fuzz_loader.hpp"
#include "loaders/edge_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return load_strict_and_lenient(data, size, [](std::string_view text, repnet::LoadOptions& options) {
        options.max_nodes = options.lenient ? 100000 : 1000;
        repnet::load_edge_list_text("fuzz.tsv", text, options);
    });
}

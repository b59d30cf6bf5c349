// libFuzzer harness: the edge-list loader (loaders/edge_list.hpp) on arbitrary
// bytes, strict and lenient, with a small node limit so that the limit's path
// is exercised too. Bad input must end in InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "loaders/edge_list.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const bool lenient : {false, true}) {
        repnet::LoadOptions options;
        options.lenient = lenient;
        options.max_nodes = lenient ? 100000 : 1000;
        try {
            repnet::load_edge_list_text("fuzz.tsv", text, options);
        } catch (const repnet::InputError&) {
        }
    }
    return 0;
}

// libFuzzer harness: the GraphML / GEXF loader (loaders/graphml_in.hpp, expat) on arbitrary
// bytes, strict and lenient. Bad input must end in InputError.
#include "fuzz_loader.hpp"
#include "loaders/graphml_in.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return load_strict_and_lenient(data, size, [](std::string_view text, repnet::LoadOptions& options) {
        repnet::load_graph_xml_text("fuzz.graphml", text, options);
    });
}

// libFuzzer harness: the JSON dataset loader (loaders/dataset_loader.hpp) on
// arbitrary bytes, strict and lenient. Bad input must end in InputError; any
// other exception, crash, hang, leak or sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "loaders/dataset_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<repnet::NamedText> files{{"fuzz.json", std::string(reinterpret_cast<const char*>(data), size)}};
    for (const bool lenient : {false, true}) {
        repnet::LoadOptions options;
        options.lenient = lenient;
        try {
            repnet::load_dataset_texts("fuzz", files, options);
        } catch (const repnet::InputError&) {
        }
    }
    return 0;
}

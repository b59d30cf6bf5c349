// libFuzzer harness: the JSON dataset loader (loaders/dataset_loader.hpp) on
// arbitrary bytes, strict and lenient. Bad input must end in InputError; any
// other exception, crash, hang, leak or sanitizer report is a finding.
#include <string>
#include <vector>

#include "fuzz_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return load_strict_and_lenient(data, size, [](std::string_view text, const repnet::LoadOptions& options) {
        const std::vector<repnet::NamedText> files{{"fuzz.json", std::string(text)}};
        repnet::load_dataset_texts("fuzz", files, options);
    });
}

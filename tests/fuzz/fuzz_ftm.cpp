// libFuzzer harness: the FollowTheMoney stream loader (loaders/ftm.hpp) on arbitrary
// bytes, strict and lenient. Bad input must end in InputError.
#include "fuzz_loader.hpp"
#include "loaders/ftm.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return load_strict_and_lenient(data, size, [](std::string_view text, repnet::LoadOptions& options) {
        repnet::load_ftm_text("fuzz.ftm", text, options);
    });
}

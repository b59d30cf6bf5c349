// libFuzzer harness: the FollowTheMoney stream loader (loaders/ftm.hpp) on arbitrary
// bytes, strict and lenient. Bad input must end in InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "loaders/ftm.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const bool lenient : {false, true}) {
        repnet::LoadOptions options;
        options.lenient = lenient;
        try {
            repnet::load_ftm_text("fuzz.ftm", text, options);
        } catch (const repnet::InputError&) {
        }
    }
    return 0;
}

#pragma once
// The body every loader harness shares: the input through `load` strict and then lenient.
// Bad input must end in InputError; any other exception, crash, hang, leak or sanitizer
// report is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "loaders/dataset_loader.hpp"

template <class Load>  // void(std::string_view text, repnet::LoadOptions& options)
int load_strict_and_lenient(const std::uint8_t* data, std::size_t size, Load&& load) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const bool lenient : {false, true}) {
        repnet::LoadOptions options;
        options.lenient = lenient;
        try {
            load(text, options);
        } catch (const repnet::InputError&) {
        }
    }
    return 0;
}

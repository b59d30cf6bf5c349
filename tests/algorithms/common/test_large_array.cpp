#include <catch2/catch.hpp>
#include <cstdint>

#include "algorithms/common/large_array.hpp"

using namespace repnet;

TEST_CASE("large arrays: any size, written and read back", "[algorithms][common]") {
    for (const std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(1000), std::size_t(3) << 20}) {
        LargeArray a(count);
        CHECK(a.size() == count);
        for (std::size_t i = 0; i < count; ++i) a.data()[i] = double(i);
        double sum = 0;
        for (std::size_t i = 0; i < count; ++i) sum += a.data()[i];
        CHECK(sum == (count == 0 ? 0.0 : double(count) * double(count - 1) / 2));
    }
    // 24 MB and more: aligned to 2 MiB, so whole huge pages cover it.
    LargeArray big(std::size_t(3) << 20);
    CHECK(reinterpret_cast<std::uintptr_t>(big.data()) % (std::size_t(2) << 20) == 0);
}

TEST_CASE("large arrays: an impossible size throws bad_alloc", "[algorithms][common]") {
    CHECK_THROWS_AS(LargeArray(SIZE_MAX / 4), std::bad_alloc);
}

#include <catch2/catch.hpp>
#include <cstdint>
#include <numeric>

#include "engine/large_array.hpp"

using namespace repnet;

TEST_CASE("large arrays: any size, written and read back", "[engine][large_array]") {
    for (const std::size_t count : {std::size_t(0), std::size_t(1), std::size_t(1000), std::size_t(3) << 20}) {
        LargeArray<double> a(count);
        CHECK(a.size() == count);
        for (std::size_t i = 0; i < count; ++i) a[i] = double(i);
        double sum = 0;
        for (std::size_t i = 0; i < count; ++i) sum += a.data()[i];
        CHECK(sum == (count == 0 ? 0.0 : double(count) * double(count - 1) / 2));
    }
    // 24 MB and more: aligned to 2 MiB, so whole huge pages cover it.
    LargeArray<double> big(std::size_t(3) << 20);
    CHECK(reinterpret_cast<std::uintptr_t>(big.data()) % (std::size_t(2) << 20) == 0);
    struct Pair {
        std::uint32_t a, b;
    };
    LargeArray<Pair> pairs(std::size_t(1) << 20);
    CHECK(reinterpret_cast<std::uintptr_t>(pairs.data()) % (std::size_t(2) << 20) == 0);
}

TEST_CASE("large arrays: an impossible size throws bad_alloc", "[engine][large_array]") {
    CHECK_THROWS_AS(LargeArray<double>(SIZE_MAX / 4), std::bad_alloc);
    CHECK_THROWS_AS(LargeArray<std::uint32_t>(SIZE_MAX / 2), std::bad_alloc);
    // The allocator refuses a count whose size overflows before asking for memory (a size that
    // fits but cannot be had aborts under AddressSanitizer instead of throwing).
    CHECK_THROWS_AS(LargeAllocator<double>().allocate(SIZE_MAX / 4), std::bad_alloc);
}

TEST_CASE("large vectors: a std::vector in every other way", "[engine][large_array]") {
    LargeVector<std::uint64_t> v;
    for (std::uint64_t i = 0; i < 100000; ++i) v.push_back(i);
    CHECK(v.size() == 100000);
    CHECK(std::accumulate(v.begin(), v.end(), std::uint64_t(0)) == std::uint64_t(100000) * 99999 / 2);
    // Values given to assign or resize are written; only a bare resize leaves elements unwritten.
    v.assign(std::size_t(1) << 19, 7);
    CHECK(std::all_of(v.begin(), v.end(), [](std::uint64_t x) { return x == 7; }));
    CHECK(reinterpret_cast<std::uintptr_t>(v.data()) % (std::size_t(2) << 20) == 0);
    v.resize(v.size() + 10, 3);
    CHECK(v.back() == 3);
    const LargeVector<std::uint64_t> copy = v;
    CHECK(copy == v);
    LargeVector<std::uint64_t> moved = std::move(v);
    CHECK(moved == copy);
}

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

#include "algorithms/common/prng.hpp"

using namespace repnet;

TEST_CASE("SplitMix64 gives Vigna's reference sequence", "[algorithms][common][prng]") {
    // splitmix64.c, seed 1234567.
    SplitMix64 rng(1234567);
    CHECK(rng.next() == 6457827717110365317ULL);
    CHECK(rng.next() == 3203168211198807973ULL);
    CHECK(rng.next() == 9817491932198370423ULL);
    std::uint64_t state = 1234567;
    CHECK(splitmix64(state) == 6457827717110365317ULL);
}

TEST_CASE("bounded draws stay in range and cover it", "[algorithms][common][prng]") {
    SplitMix64 rng(42);
    std::vector<int> lemire(7, 0), remainder(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const auto a = rng.below(7), b = rng.below_by_remainder(7);
        REQUIRE(a < 7);
        REQUIRE(b < 7);
        ++lemire[a];
        ++remainder[b];
    }
    for (int c : lemire) CHECK(c > 800);  // 1000 expected each; 800 is > 6 standard deviations away
    for (int c : remainder) CHECK(c > 800);
    CHECK(rng.below(1) == 0);
    const double u = rng.unit();
    CHECK(u >= 0.0);
    CHECK(u < 1.0);
}

TEST_CASE("uniform_below is Lemire's method on any word source", "[algorithms][common][prng]") {
    // A source that returns 2^63 then 0: 2^63 * 3 >> 64 = 1, with low bits 2^63 >= threshold, accepted.
    std::uint64_t words[] = {std::uint64_t(1) << 63, 0};
    int i = 0;
    CHECK(uniform_below([&] { return words[i++]; }, 3) == 1);
    CHECK(i == 1);
    // The same seed gives the same draws through SplitMix64::below and uniform_below.
    SplitMix64 a(9), b(9);
    for (int k = 0; k < 100; ++k) REQUIRE(a.below(1000) == uniform_below([&] { return b.next(); }, 1000));
}

TEST_CASE("shuffle is a seeded permutation", "[algorithms][common][prng]") {
    std::vector<int> x{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, y = x;
    SplitMix64(5).shuffle(std::span<int>(x));
    SplitMix64(5).shuffle(std::span<int>(y));
    CHECK(x == y);
    std::vector<int> sorted = x;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    CHECK(x != sorted);  // seed 5 moves something (a fixed, checked outcome)
}

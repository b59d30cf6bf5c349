#pragma once
// The generator's own pseudo-random numbers, so that a seed gives the same
// network on every platform and standard library (std::uniform_*_distribution
// is implementation-defined). Integer arithmetic only: no floating point, no libm.
//
//   SplitMix64   — Steele, Lea & Flood, "Fast splittable pseudorandom number
//                  generators", OOPSLA 2014; used only to expand the seed.
//   xoshiro256** — Blackman & Vigna, "Scrambled linear pseudorandom number
//                  generators", ACM TOMS 47(4), 2021; the stream itself.
//   below(n)     — Lemire, "Fast random integer generation in an interval",
//                  ACM TOMACS 29(1), 2019 (multiply-shift with rejection, unbiased).
#include <array>
#include <cstdint>

#include "algorithms/common/prng.hpp"

namespace repnet::generators {

using repnet::splitmix64;

class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        std::uint64_t x = seed;
        for (auto& w : s_) w = splitmix64(x);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform in [0, n); n must be > 0.
    std::uint64_t below(std::uint64_t n) {
        return uniform_below([this] { return next(); }, n);
    }

    // True with probability num/den.
    bool chance(std::uint64_t num, std::uint64_t den) { return below(den) < num; }

    // A heavy-tailed count in [1, 2^max_exp]: g ~ Geometric(1/2) capped at max_exp, then
    // uniform in [1, 2^g]. P(X > x) falls off as about 1/x (a power law with exponent 2).
    std::uint64_t heavy(unsigned max_exp) {
        unsigned g = 0;
        while (g < max_exp && (next() >> 63)) ++g;
        return 1 + below(std::uint64_t(1) << g);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> s_{};
};

}  // namespace repnet::generators

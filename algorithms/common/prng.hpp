#pragma once
// The one pseudo-random generator of the algorithms: SplitMix64 (Steele, Lea & Flood,
// "Fast splittable pseudorandom number generators", OOPSLA 2014; the generator of
// java.util.SplittableRandom), with Lemire's exactly uniform bounded integers (Lemire,
// "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019).
// Written out, not taken from <random>, so a seed gives the same sequence with every
// compiler and standard library (std::uniform_int_distribution is implementation-defined).
// Used by Leiden/Louvain, approximate betweenness, and to seed the generator's xoshiro256**.
#include <cstdint>
#include <limits>
#include <span>
#include <utility>

namespace repnet {

// One SplitMix64 step: advances `state` and returns the next output (Vigna's splitmix64.c).
inline std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Uniform in [0, bound) from a source of uniform 64-bit words; bound > 0. Lemire's
// multiply-shift with rejection: exactly uniform, usually one multiplication.
template <typename NextWord>
std::uint64_t uniform_below(NextWord&& next, std::uint64_t bound) {
    unsigned __int128 m = static_cast<unsigned __int128>(next()) * bound;
    auto low = static_cast<std::uint64_t>(m);
    if (low < bound) {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = static_cast<unsigned __int128>(next()) * bound;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() { return splitmix64(state_); }

    // Uniform in [0, bound); bound > 0 (Lemire).
    std::uint64_t below(std::uint64_t bound) {
        return uniform_below([this] { return next(); }, bound);
    }

    // Uniform in [0, bound); bound > 0, by rejecting the top partial range and taking the
    // remainder. Also exactly uniform; approximate betweenness has always drawn this way, and
    // keeps it so that a seed gives the same sample as before.
    std::uint64_t below_by_remainder(std::uint64_t bound) {
        constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - max % bound;
        for (;;) {
            const std::uint64_t x = next();
            if (x < limit) return x % bound;
        }
    }

    // Uniform in [0, 1): the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Fisher-Yates.
    template <typename T>
    void shuffle(std::span<T> items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::uint64_t state_;
};

}  // namespace repnet

#pragma once
// The pseudo-random generator of the community algorithms: SplitMix64
// (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number
// generators"; the generator of java.util.SplittableRandom). It is written out
// here, not taken from <random>, so a seed gives the same sequence with every
// compiler and standard library: std::uniform_int_distribution and friends are
// implementation-defined. Bounded integers use Lemire's multiply-and-reject
// method (Lemire 2019, "Fast random integer generation in an interval"), which
// is exactly uniform; reals take the top 53 bits.
#include <cstdint>
#include <span>
#include <utility>

namespace repnet {

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); bound > 0.
    std::uint64_t below(std::uint64_t bound) {
        unsigned __int128 m = static_cast<unsigned __int128>(next()) * bound;
        auto low = static_cast<std::uint64_t>(m);
        if (low < bound) {
            const std::uint64_t threshold = -bound % bound;
            while (low < threshold) {
                m = static_cast<unsigned __int128>(next()) * bound;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }

    // Uniform in [0, 1).
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

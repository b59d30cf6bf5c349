#include "engine/large_array.hpp"

#include <cstdint>
#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace repnet {

namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
}

void* allocate_large(std::size_t bytes) {
    if (bytes > SIZE_MAX - kHugePage) throw std::bad_alloc();
    // aligned_alloc wants a size that is a multiple of the alignment.
    const bool huge = bytes >= kHugePage;
    const std::size_t alignment = huge ? kHugePage : alignof(std::max_align_t);
    const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;
    void* p = std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (huge) ::madvise(p, rounded, MADV_HUGEPAGE);  // advice only: a refusal changes nothing
#endif
    return p;
}

void release_large(void* p) noexcept {
    std::free(p);
}

}  // namespace repnet

#pragma once
// Arrays of tens of megabytes: the Lanczos basis (24 vectors of n doubles, 55 MB on a
// 285,000-node graph), the CSR view's arcs and the scratch of building it. Allocated without
// touching their pages, and on Linux aligned to 2 MiB and advised as candidates for
// transparent huge pages (MADV_HUGEPAGE), so filling one costs tens of page faults instead of
// thousands: 18% of the eigenvector measure's time on the 1m bench graph went to page faults
// of its basis before, and 45% of loading the 1m edge list went to faults and zeroing. Where
// the kernel declines, the memory works the same with ordinary pages.
#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

namespace repnet {

// `bytes` of uninitialised memory, 2 MiB aligned and advised for huge pages from 2 MiB on;
// free with release_large. Throws std::bad_alloc when memory runs out.
void* allocate_large(std::size_t bytes);
void release_large(void* p) noexcept;

// A std::vector allocator with the same memory, whose resize leaves new elements of a trivial
// type uninitialised (a CSR array is written whole right after it is sized, so zeroing it first
// was a wasted pass over memory).
template <class T>
struct LargeAllocator {
    using value_type = T;
    LargeAllocator() = default;
    template <class U>
    LargeAllocator(const LargeAllocator<U>&) noexcept {}
    T* allocate(std::size_t count) {
        if (count > SIZE_MAX / sizeof(T)) throw std::bad_alloc();
        return static_cast<T*>(allocate_large(count * sizeof(T)));
    }
    void deallocate(T* p, std::size_t) noexcept { release_large(p); }
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;  // default-initialised: no zeroing for trivial types
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    template <class U>
    bool operator==(const LargeAllocator<U>&) const noexcept {
        return true;
    }
};

// `count` uninitialised elements of a trivial type.
template <class T>
class LargeArray {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    explicit LargeArray(std::size_t count) : data_(LargeAllocator<T>().allocate(count)), size_(count) {}
    T* data() { return data_.get(); }
    const T* data() const { return data_.get(); }
    std::size_t size() const { return size_; }
    T& operator[](std::size_t i) { return data_.get()[i]; }
    const T& operator[](std::size_t i) const { return data_.get()[i]; }

private:
    struct Release {
        void operator()(T* p) const { release_large(p); }
    };
    std::unique_ptr<T, Release> data_;
    std::size_t size_ = 0;
};

template <class T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

}  // namespace repnet

#pragma once
// Scratch arrays of tens of megabytes for iterative methods (the Lanczos basis: 24 vectors of n
// doubles, 55 MB on a 285,000-node graph). Allocated without touching their pages, and on Linux
// aligned to 2 MiB and advised as candidates for transparent huge pages (MADV_HUGEPAGE), so
// filling one costs tens of page faults instead of thousands: 18% of the eigenvector measure's
// time on the 1m bench graph went to page faults of its basis before. Where the kernel declines,
// the array works the same with ordinary pages.
#include <cstddef>
#include <cstdlib>
#include <memory>

namespace repnet {

class LargeArray {
public:
    // `count` uninitialised doubles; throws std::bad_alloc when memory runs out.
    explicit LargeArray(std::size_t count);
    double* data() { return data_.get(); }
    const double* data() const { return data_.get(); }
    std::size_t size() const { return size_; }

private:
    struct Free {
        void operator()(double* p) const { std::free(p); }
    };
    std::unique_ptr<double, Free> data_;
    std::size_t size_ = 0;
};

}  // namespace repnet

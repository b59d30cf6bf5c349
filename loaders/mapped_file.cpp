#include "loaders/mapped_file.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "engine/errors.hpp"
#include "loaders/input_file.hpp"

namespace repnet {
namespace {

// Only async-signal-safe calls: write and _exit.
extern "C" void input_shrank(int) {
    static const char message[] =
        "repnet: an input file shrank while it was being read (changed by another program); nothing was written\n";
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, message, sizeof message - 1);
    ::_exit(2);
}

// Installed while SIGBUS has no handler of its own (a test harness may have one); installing
// it twice sets the same handler twice.
void install_sigbus_handler() {
    struct sigaction old {};
    if (::sigaction(SIGBUS, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) return;
    struct sigaction sa {};
    sa.sa_handler = input_shrank;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGBUS, &sa, nullptr);
}

std::size_t page_size() {
    static const std::size_t size = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    return size;
}

}  // namespace

MappedFile::MappedFile(const std::filesystem::path& path, std::uintmax_t max_size, const char* what) {
    const OpenInputFile f = open_input_file(path, max_size, what);
    if (f.size == 0) return;  // mmap refuses a length of 0; the text is empty
    void* p = ::mmap(nullptr, static_cast<std::size_t>(f.size), PROT_READ, MAP_PRIVATE, f.fd, 0);
    if (p == MAP_FAILED)
        throw InputError(SourceLocation{path.string()}, std::string("cannot map for reading: ") + std::strerror(errno));
    install_sigbus_handler();
    // The passes read front to back: read ahead generously.
    ::madvise(p, static_cast<std::size_t>(f.size), MADV_SEQUENTIAL);
    data_ = static_cast<const char*>(p);
    size_ = static_cast<std::size_t>(f.size);
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
}

void MappedFile::release(std::size_t begin, std::size_t end) const {
    end = std::min(end, size_);
    const std::size_t page = page_size();
    const std::size_t first = (begin + page - 1) / page * page;
    // The last page of the file may be partial: it is released with the end of the text.
    const std::size_t last = end == size_ ? end : end / page * page;
    if (first >= last) return;
    // Unmodified pages of a private file mapping are dropped, not lost: a later read
    // faults them in again from the file.
    ::madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

}  // namespace repnet

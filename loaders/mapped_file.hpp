#pragma once
// A regular input file mapped read-only, for a loader that parses a large file several times:
// the kernel pages the text in as a pass reaches it, and release() hands pages back once a
// pass is past them, so the file's size no longer adds to the peak memory of loading (read
// into a string, it was a third of that peak). A released page that is touched again (an
// error located behind the cursor, the next pass) is read back from the page cache.
//
// Should another program truncate the file while it is mapped, touching a page past the new
// end raises SIGBUS: a MappedFile installs a handler (if SIGBUS has none) that says so on
// standard error and exits with status 2, an input error, instead of dumping core.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace repnet {

class MappedFile {
public:
    // The same checks as read_input_file (a regular file of at most max_size bytes, `what`
    // describing it in messages); throws InputError naming the path.
    MappedFile(const std::filesystem::path& path, std::uintmax_t max_size, const char* what);
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::string_view text() const { return {data_, size_}; }
    // Gives back the whole pages that lie inside the byte range [begin, end) of text().
    void release(std::size_t begin, std::size_t end) const;

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace repnet

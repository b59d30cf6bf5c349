#include "loaders/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "engine/errors.hpp"

namespace repnet {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& message) {
    throw InputError(SourceLocation{path.string()}, message);
}

std::string describe_errno(int err) {
    switch (err) {
        case ENOENT:
            return "no such file or directory";
        case EACCES:
            return "permission denied";
        case ELOOP:
            return "too many levels of symbolic links (a symlink loop?)";
        case ENOTDIR:
            return "a component of the path is not a directory";
        case ENAMETOOLONG:
            return "file name too long";
        default:
            return std::strerror(err);
    }
}

const char* file_type_name(mode_t mode) {
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISDIR(mode)) return "a directory";
    return "not a regular file";
}

}  // namespace

OpenInputFile::~OpenInputFile() {
    if (fd >= 0) ::close(fd);
}

InputKind input_kind(const std::filesystem::path& path, const char* what) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) fail(path, describe_errno(errno) + "; expected " + what);
    if (S_ISREG(st.st_mode)) return InputKind::regular_file;
    if (S_ISDIR(st.st_mode)) return InputKind::directory;
    fail(path,
         std::string("is ") + file_type_name(st.st_mode) + "; expected " + what + " (a regular file or directory)");
}

OpenInputFile open_input_file(const std::filesystem::path& path, std::uintmax_t max_size, const char* what) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) fail(path, describe_errno(errno) + "; expected " + what);
    if (!S_ISREG(st.st_mode))
        fail(path, std::string("is ") + file_type_name(st.st_mode) + "; expected " + what + " (a regular file)");
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat, open does not wait for a writer.
    OpenInputFile f;
    f.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (f.fd < 0) fail(path, "cannot open for reading: " + describe_errno(errno));
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode))
        fail(path, std::string("is ") + file_type_name(st.st_mode) + "; expected " + what + " (a regular file)");
    f.size = static_cast<std::uintmax_t>(st.st_size);
    if (f.size > max_size)
        fail(path, "file is " + std::to_string(f.size) + " bytes, more than the limit of " + std::to_string(max_size) +
                       " bytes (raise it with --max-file-size)");
    return f;
}

std::string read_input_file(const std::filesystem::path& path, std::uintmax_t max_size, const char* what) {
    const OpenInputFile f = open_input_file(path, max_size, what);
    std::string text(static_cast<std::size_t>(f.size), '\0');
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::read(f.fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(path, "read error: " + describe_errno(errno));
        if (n == 0) break;  // the file shrank meanwhile
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    return text;
}

std::vector<std::filesystem::path> list_input_files(const std::filesystem::path& dir, const std::string& extension) {
    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec), end;
    if (ec) fail(dir, "cannot list the directory: " + describe_errno(ec.value()));
    for (; it != end; it.increment(ec)) {
        if (ec) fail(dir, "cannot list the directory: " + describe_errno(ec.value()));
        const auto& p = it->path();
        if (p.extension() != extension) continue;
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) fail(p, describe_errno(errno) + "; expected a regular file");
        if (!S_ISREG(st.st_mode))
            fail(p, std::string("is ") + file_type_name(st.st_mode) + "; expected a regular file");
        paths.push_back(p);
    }
    if (ec) fail(dir, "cannot list the directory: " + describe_errno(ec.value()));
    std::sort(paths.begin(), paths.end());
    return paths;
}

}  // namespace repnet

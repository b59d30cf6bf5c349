#pragma once
// Reading an input file safely: only regular files (a FIFO, device or socket
// would block or never end), no larger than a configurable limit, with every
// failure (missing, permission denied, symlink loop, I/O error) an InputError
// naming the path.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace repnet {

inline constexpr std::uintmax_t kDefaultMaxFileSize = std::uintmax_t(2) << 30;  // 2 GiB

// An open regular file (read-only, close-on-exec) and its size when opened; closes it on destruction.
struct OpenInputFile {
    int fd = -1;
    std::uintmax_t size = 0;
    OpenInputFile() = default;
    OpenInputFile(OpenInputFile&& o) noexcept : fd(o.fd), size(o.size) { o.fd = -1; }
    OpenInputFile& operator=(OpenInputFile&&) = delete;
    ~OpenInputFile();
};

// Opens a regular file of at most max_size bytes, with the checks of read_input_file. Throws InputError.
OpenInputFile open_input_file(const std::filesystem::path& path, std::uintmax_t max_size, const char* what);

// The whole content of a regular file of at most max_size bytes. `what` describes
// the expected content in messages ("a dataset file"). Throws InputError.
std::string read_input_file(const std::filesystem::path& path, std::uintmax_t max_size, const char* what);

// What a DATASET path is, checked with stat(2) before anything is opened.
enum class InputKind { regular_file, directory };
// Throws InputError for a missing path, a symlink loop, a denied permission, or
// anything but a regular file or directory.
InputKind input_kind(const std::filesystem::path& path, const char* what);

// The entries of a directory whose names end in `extension`, sorted by name;
// each must be a regular file (after following symlinks). Throws InputError.
std::vector<std::filesystem::path> list_input_files(const std::filesystem::path& dir, const std::string& extension);

}  // namespace repnet

#include "exports/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>
#include <random>
#include <streambuf>

#include "engine/errors.hpp"

namespace repnet {
namespace {

// ---- Temporary paths removed on SIGINT / SIGTERM / SIGHUP -----------------
// A fixed table, so the handler touches nothing but static memory and calls
// only async-signal-safe functions (unlink, rmdir, sigaction, raise).
enum SlotState : int { kFree = 0, kClaimed = 1, kFile = 2, kDirectory = 3 };
struct Slot {
    std::atomic<int> state{kFree};
    char path[4096];
};
std::array<Slot, 64> g_slots;
std::once_flag g_handlers_installed;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporaries_and_reraise(int sig) {
    for (auto& s : g_slots)
        if (s.state.load() == kFile) ::unlink(s.path);
    for (auto& s : g_slots)
        if (s.state.load() == kDirectory) ::rmdir(s.path);
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    ::sigaction(sig, &dfl, nullptr);
    ::raise(sig);
}

void install_handlers() {
    for (int sig : kSignals) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0) continue;
        // Leave an ignored signal ignored (nohup) and a caller's own handler alone.
        if (old.sa_handler != SIG_DFL || (old.sa_flags & SA_SIGINFO)) continue;
        struct sigaction sa {};
        sa.sa_handler = remove_temporaries_and_reraise;
        sigemptyset(&sa.sa_mask);
        for (int other : kSignals) sigaddset(&sa.sa_mask, other);
        ::sigaction(sig, &sa, nullptr);
    }
}

// Returns the slot index, or -1 when the table is full or the path too long
// (the file is then still written correctly, only not cleaned up on a signal).
int register_temporary(const std::filesystem::path& path, SlotState kind) {
    std::call_once(g_handlers_installed, install_handlers);
    const std::string& s = path.native();
    if (s.size() >= sizeof(Slot::path)) return -1;
    for (std::size_t i = 0; i < g_slots.size(); ++i) {
        int expected = kFree;
        if (g_slots[i].state.compare_exchange_strong(expected, kClaimed)) {
            std::memcpy(g_slots[i].path, s.c_str(), s.size() + 1);
            g_slots[i].state.store(kind);
            return static_cast<int>(i);
        }
    }
    return -1;
}

void unregister_temporary(int slot) {
    if (slot >= 0) g_slots[static_cast<std::size_t>(slot)].state.store(kFree);
}

// ---- Protected inputs ------------------------------------------------------
std::mutex g_protected_mutex;
std::vector<std::filesystem::path> g_protected;

// ---- An ostream over a file descriptor -------------------------------------
class FdBuf : public std::streambuf {
public:
    explicit FdBuf(int fd) : fd_(fd) { setp(buf_.data(), buf_.data() + buf_.size()); }
    int error() const { return error_; }

protected:
    int_type overflow(int_type ch) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain() {
        const char* p = pbase();
        while (p < pptr()) {
            const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0) {
                if (errno == EINTR) continue;
                error_ = errno;
                return false;
            }
            p += n;
        }
        setp(buf_.data(), buf_.data() + buf_.size());
        return true;
    }
    int fd_;
    int error_ = 0;
    std::array<char, 1 << 16> buf_{};
};

std::string errno_text(int e) {
    return e ? std::strerror(e) : "write failed";
}

// Creates `<target>.tmp-<pid>-XXXXXX` (six random letters and digits) with
// O_CREAT | O_EXCL | O_NOFOLLOW and mode 0666, so the kernel applies the umask
// and nothing that already exists at the name (a planted file or symlink) is
// opened. Returns the descriptor and sets `temp`, or -1 with errno set.
int create_temporary(const std::filesystem::path& dir, const std::filesystem::path& target, std::string& temp) {
    static const char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static std::atomic<std::uint64_t> counter{0};
    std::uint64_t state =
        (std::uint64_t(::getpid()) << 32) ^ std::random_device{}() ^ (counter.fetch_add(1) * 0x9E3779B97F4A7C15ull);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(6, 'x');
        for (char& c : suffix) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            c = kChars[(state >> 33) % (sizeof kChars - 1)];
        }
        temp = (dir / (target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" + suffix)).string();
        const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST) return fd;
    }
    return -1;
}

// Temporary files `<name>.tmp-<pid>-XXXXXX` left by a process that no longer
// exists (killed with SIGKILL) are removed; those of live processes are kept.
// With `directories`, staging directories of AtomicFileSet are removed too.
void remove_stale_temporaries(const std::filesystem::path& target, bool directories = false) {
    const std::string prefix = target.filename().string() + ".tmp-";
    std::error_code ec;
    std::filesystem::directory_iterator it(target.parent_path().empty() ? "." : target.parent_path(), ec);
    for (const std::filesystem::directory_iterator end; !ec && it != end; it.increment(ec)) {
        const std::filesystem::directory_entry& entry = *it;
        const std::string name = entry.path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        const std::string rest = name.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == std::string::npos || dash == 0 || rest.size() - dash - 1 != 6) continue;
        if (rest.find_first_not_of("0123456789") != dash) continue;
        const long pid = std::strtol(rest.c_str(), nullptr, 10);
        if (pid <= 0 || pid == ::getpid()) continue;
        if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            struct stat st {};
            if (::lstat(entry.path().c_str(), &st) != 0) continue;
            if (S_ISREG(st.st_mode)) {
                ::unlink(entry.path().c_str());
            } else if (directories && S_ISDIR(st.st_mode)) {
                std::error_code ignored;
                std::filesystem::remove_all(entry.path(), ignored);
            }
        }
    }
}

}  // namespace

void protect_from_overwrite(const std::filesystem::path& input) {
    std::error_code ec;
    if (!std::filesystem::exists(input, ec)) return;
    std::lock_guard<std::mutex> lock(g_protected_mutex);
    g_protected.push_back(input);
}

void refuse_protected_target(const std::filesystem::path& target) {
    std::lock_guard<std::mutex> lock(g_protected_mutex);
    for (const auto& input : g_protected) {
        std::error_code ec;
        if (std::filesystem::equivalent(input, target, ec) && !ec)
            throw UsageError("refusing to overwrite '" + target.string() + "': it is an input file (" + input.string() +
                             "); choose another output");
    }
}

void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
    refuse_protected_target(target);
    const std::filesystem::path dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    remove_stale_temporaries(target);

    // Keep the permission bits of the file being replaced; a new file gets 0666 minus the umask.
    std::optional<mode_t> mode;
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode)) throw IoError(target, "it is a directory");
        mode = existing.st_mode & 07777;
    }

    std::string temp;
    const int fd = create_temporary(dir, target, temp);
    if (fd < 0)
        throw IoError(target, "cannot create a temporary file in '" + dir.string() + "': " + std::strerror(errno));
    const int slot = register_temporary(temp, kFile);
    bool closed = false;
    try {
        FdBuf buf(fd);
        {
            std::ostream out(&buf);
            out.exceptions(std::ios::goodbit);
            try {
                write(out);
            } catch (const std::exception&) {
                // A writer that gave up because the stream failed: report the cause.
                if (buf.error())
                    throw IoError(target, errno_text(buf.error()) + (buf.error() == ENOSPC ? " (disk full)" : ""));
                throw;
            }
            out.flush();
            if (!out || buf.error())
                throw IoError(target, errno_text(buf.error()) + (buf.error() == ENOSPC ? " (disk full)" : ""));
        }
        if (mode && ::fchmod(fd, *mode) != 0)
            throw IoError(target, std::string("cannot set permissions: ") + std::strerror(errno));
        closed = true;
        if (::close(fd) != 0) throw IoError(target, std::strerror(errno));
        if (::rename(temp.c_str(), target.c_str()) != 0) throw IoError(target, std::strerror(errno));
        unregister_temporary(slot);
    } catch (...) {
        if (!closed) ::close(fd);
        ::unlink(temp.c_str());
        unregister_temporary(slot);
        throw;
    }
}

AtomicFileSet::AtomicFileSet(const std::filesystem::path& directory) : directory_(directory) {
    remove_stale_temporaries(directory / ".repnet-output", true);
    std::string temp = (directory / (".repnet-output.tmp-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    if (!::mkdtemp(temp.data()))
        throw IoError(directory, std::string("cannot create a temporary directory: ") + std::strerror(errno));
    staging_ = temp;
    slot_ = register_temporary(staging_, kDirectory);
}

AtomicFileSet::~AtomicFileSet() {
    std::error_code ignored;
    std::filesystem::remove_all(staging_, ignored);
    unregister_temporary(slot_);
}

void AtomicFileSet::add(const std::string& name, const std::function<void(std::ostream&)>& write) {
    refuse_protected_target(directory_ / name);
    try {
        write_file_atomically(staging_ / name, write);
    } catch (const IoError& e) {
        // Name the file the user asked for, not its staging copy.
        std::string reason = e.reason();
        const std::string staged = (staging_ / name).string(), shown = (directory_ / name).string();
        for (std::size_t i; (i = reason.find(staged)) != std::string::npos;) reason.replace(i, staged.size(), shown);
        throw IoError(directory_ / name, reason);
    }
    names_.push_back(name);
}

void AtomicFileSet::commit() {
    // Everything that can be checked is checked before the first rename.
    for (const auto& name : names_) {
        const auto target = directory_ / name;
        refuse_protected_target(target);
        struct stat st {};
        if (::lstat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) throw IoError(target, "it is a directory");
    }
    // Backups (hard links) of the files being replaced, so a failed rename can be undone.
    std::vector<bool> had_old(names_.size(), false);
    for (std::size_t i = 0; i < names_.size(); ++i) {
        const auto target = directory_ / names_[i];
        const auto backup = staging_ / (names_[i] + ".old");
        had_old[i] = ::link(target.c_str(), backup.c_str()) == 0;
        if (!had_old[i] && errno != ENOENT) {  // a file system without hard links: copy instead
            std::error_code ec;
            had_old[i] = std::filesystem::copy_file(target, backup, ec) && !ec;
        }
    }
    for (std::size_t i = 0; i < names_.size(); ++i) {
        const auto target = directory_ / names_[i];
        if (::rename((staging_ / names_[i]).c_str(), target.c_str()) == 0) continue;
        const int e = errno;
        for (std::size_t j = 0; j < i; ++j) {
            const auto undo = directory_ / names_[j];
            if (had_old[j])
                ::rename((staging_ / (names_[j] + ".old")).c_str(), undo.c_str());
            else
                ::unlink(undo.c_str());
        }
        throw IoError(target, std::string(std::strerror(e)) + "; the previous files are left as they were");
    }
}

}  // namespace repnet

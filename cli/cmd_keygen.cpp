// repnet keygen FILE: a new random key for --pseudonymise, readable by its owner only.
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"

namespace repnet::cli {
namespace {

constexpr std::size_t kKeyBytes = 32;  // 256 bits, the size of HMAC-SHA-256's output

std::string random_hex_key() {
    unsigned char bytes[kKeyBytes];
    std::size_t filled = 0;
    while (filled < kKeyBytes) {
        const ssize_t n = ::getrandom(bytes + filled, kKeyBytes - filled, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InternalError(std::string("getrandom failed: ") + std::strerror(errno));
        filled += static_cast<std::size_t>(n);
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : bytes) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
    }
    return hex + "\n";
}

}  // namespace

void add_keygen_command(CLI::App& app) {
    auto path = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("keygen", "Write a new random key for --pseudonymise (mode 0600)");
    cmd->add_option("FILE", *path, "Key file to create (an existing file is never replaced)")->required();
    cmd->callback([path] {
        // O_EXCL: losing the old key would change every pseudonym a partner already holds.
        const int fd = ::open(path->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            throw UsageError("keygen: '" + *path +
                             "' exists; a key is never replaced (pseudonyms made with it would change)");
        if (fd < 0) throw IoError(*path, std::strerror(errno));
        const std::string key = random_hex_key();
        const ssize_t written = ::write(fd, key.data(), key.size());
        const int saved = errno;
        const bool closed = ::close(fd) == 0;
        if (written != static_cast<ssize_t>(key.size()) || !closed) {
            ::unlink(path->c_str());
            throw IoError(*path, written < 0 ? std::strerror(saved) : "short write");
        }
        std::cerr << "wrote a new key to " << terminal_safe(*path)
                  << " (keep it private; the same key gives the same pseudonyms)\n";
    });
}

}  // namespace repnet::cli

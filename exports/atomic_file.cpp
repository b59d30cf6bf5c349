#include "exports/atomic_file.hpp"

#include <unistd.h>

#include <fstream>

#include "engine/errors.hpp"

namespace repnet {

void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write) {
    const std::filesystem::path temp = target.string() + ".tmp-" + std::to_string(::getpid());
    try {
        {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            if (!out) throw IoError(target, "cannot create " + temp.string());
            write(out);
            out.flush();
            if (!out) throw IoError(target, "write failed (disk full?)");
        }
        std::error_code ec;
        std::filesystem::rename(temp, target, ec);
        if (ec) throw IoError(target, ec.message());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw;
    }
}

}  // namespace repnet

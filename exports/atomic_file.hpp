#pragma once
// Writes a file so that readers see either the old file or the complete new
// one: the content goes to a temporary file beside the target, is flushed,
// and is renamed over the target only on success.
#include <filesystem>
#include <functional>
#include <ostream>

namespace repnet {

// Calls write(stream); on any exception the temporary file is removed and the
// exception propagates, leaving the target untouched. A failure to create, write
// or rename the file is an IoError naming `target`.
void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace repnet

#pragma once
// The all-or-nothing check the GraphML and GEXF export tests share: both write through
// exports/atomic_file, so a failed export leaves no file and a repeated one replaces the old file whole.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "engine/errors.hpp"
#include "support/test_support.hpp"

namespace repnet::test {

// `write(path)` exports to path. Into a missing folder it must throw IoError and leave no file;
// over an existing file it must replace it (the new file contains `closing`); neither may leave
// a temporary file. `scratch` names the test's scratch folder, `file` the exported file.
template <class Write>
void check_export_is_atomic(const std::string& scratch, const std::string& file, const std::string& closing,
                            const Write& write) {
    const auto dir = scratch_dir(scratch);
    const auto target = dir / "missing-subdir" / file;
    CHECK_THROWS_AS(write(target), IoError);
    CHECK_FALSE(std::filesystem::exists(target));
    // An existing file is replaced whole, never truncated in place.
    write_text(dir / file, "old");
    write(dir / file);
    CHECK(read_text(dir / file).find(closing) != std::string::npos);
    CHECK(leftover_temporary_files(dir) == 0);
}

}  // namespace repnet::test

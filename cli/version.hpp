#pragma once
// What `repnet --version` prints, fixed when the build is configured (cli/CMakeLists.txt).
#include <string>

namespace repnet::cli {

// "repnet 0.1.0 (commit 9171d20be28f, Release build)"; the commit is "unknown" in a checkout without git.
std::string version_text();

}  // namespace repnet::cli

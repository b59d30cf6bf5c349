#pragma once
// The key under which names and aliases are compared when resolving
// references and merging records: ASCII letters folded to lower case, runs of
// white space collapsed, leading and trailing space dropped. Non-ASCII letters
// (Cyrillic, Kazakh) are compared as written.
#include <string>
#include <string_view>

namespace repnet {

std::string name_key(std::string_view name);

}  // namespace repnet

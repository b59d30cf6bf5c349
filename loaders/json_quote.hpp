#pragma once
// JSON string literals for loaders that translate other formats (CSV sheets, ACLED) into
// the JSON dataset records the dataset loader reads.
#include <string>
#include <string_view>

namespace repnet {

// s as a JSON string literal with its quotes: '"' and '\' escaped, control characters as \u00XX,
// everything else (UTF-8 included) as is.
std::string json_quoted(std::string_view s);

}  // namespace repnet

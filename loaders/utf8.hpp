#pragma once
// UTF-8 well-formedness for the text loaders (edge lists, CSV): the JSON loader has RapidJSON's check.
#include <cstddef>
#include <string_view>

namespace repnet {

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates and code
// points above U+10FFFF included) or is NUL, or npos. O(n).
std::size_t invalid_utf8_offset(std::string_view text);

}  // namespace repnet

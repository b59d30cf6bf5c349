#pragma once
// Escaping for XML 1.0 text and attribute values. Characters XML 1.0 cannot
// carry at all (C0 controls other than tab, newline and carriage return;
// U+FFFE, U+FFFF) are removed. Tab, newline and carriage return are written
// as character references so that parsers do not normalise them away and
// the value round-trips exactly.
#include <string>
#include <string_view>

namespace repnet {

std::string xml_escape(std::string_view text);

}  // namespace repnet

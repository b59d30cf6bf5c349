#pragma once
// Text from a dataset made safe to print on a terminal: names, ids, type
// names and error messages can carry escape sequences (ANSI colours, OSC
// window titles, cursor movement) that a terminal would execute.
#include <string>
#include <string_view>

namespace repnet {

// Replaces every C0 control character (U+0000..U+001F, tab included), DEL,
// every C1 control (U+0080..U+009F), the line and paragraph separators
// U+2028/U+2029 and the bidirectional overrides U+202A..U+202E and
// U+2066..U+2069 with a visible escape: "\x1b", "\x7f", "\u0085", "\u202e".
// Bytes that are not valid UTF-8 become "\xff" and the like. Everything else,
// including the backslash, is copied unchanged. O(n).
std::string terminal_safe(std::string_view text);

// The same, but keeps line feeds: for multi-line messages (an input error with
// its excerpt). Each line is made safe on its own.
std::string terminal_safe_lines(std::string_view text);

}  // namespace repnet

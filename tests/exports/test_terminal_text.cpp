// exports/terminal_text: control characters from data never reach the terminal raw.
#include <catch2/catch.hpp>

#include "exports/terminal_text.hpp"

using namespace repnet;

TEST_CASE("terminal_safe escapes C0, DEL, C1, separators and bidi overrides", "[exports][terminal]") {
    CHECK(terminal_safe("plain name, Ä ö 中文 🙂") == "plain name, Ä ö 中文 🙂");
    CHECK(terminal_safe("\x1b[31mRED\x1b]0;title\x07") == "\\x1b[31mRED\\x1b]0;title\\x07");
    CHECK(terminal_safe(std::string("a\0b", 3)) == "a\\x00b");
    CHECK(terminal_safe("tab\there\r\n") == "tab\\x09here\\x0d\\x0a");
    CHECK(terminal_safe("del\x7f") == "del\\x7f");
    CHECK(terminal_safe("nel\xc2\x85 csi\xc2\x9b") == "nel\\u0085 csi\\u009b");
    CHECK(terminal_safe("ls\xe2\x80\xa8ps\xe2\x80\xa9") == "ls\\u2028ps\\u2029");
    CHECK(terminal_safe("rlo\xe2\x80\xae isolate\xe2\x81\xa6") == "rlo\\u202e isolate\\u2066");
    // Bytes that are not UTF-8 (a bare 0x9b is CSI on 8-bit terminals) are escaped byte by byte.
    CHECK(terminal_safe("bad\xff\x9b end") == "bad\\xff\\x9b end");
    CHECK(terminal_safe("cut \xe2\x80") == "cut \\xe2\\x80");
    CHECK(terminal_safe("overlong \xc0\xaf") == "overlong \\xc0\\xaf");
    CHECK(terminal_safe("surrogate \xed\xa0\x80") == "surrogate \\xed\\xa0\\x80");
    CHECK(terminal_safe("") == "");
}

TEST_CASE("terminal_safe_lines keeps line feeds and escapes the rest", "[exports][terminal]") {
    CHECK(terminal_safe_lines("file:1:2: bad\n  excerpt \x1b[2J\n") == "file:1:2: bad\n  excerpt \\x1b[2J\n");
    CHECK(terminal_safe_lines("no newline") == "no newline");
    CHECK(terminal_safe_lines("\x07\n\x07") == "\\x07\n\\x07");
}

#pragma once
// CSV fields, RFC 4180, safe to open in a spreadsheet. Every CSV repnet writes goes through here.
#include <string>
#include <string_view>

namespace repnet {

// A text field. NUL bytes are removed. Text a spreadsheet would run as a formula (it
// starts with =, +, -, @, a tab or a carriage return) gets a leading single quote, as
// OWASP's "CSV Injection" advises. The field is then quoted if it holds a comma, a
// double quote, CR or LF, with each double quote doubled.
std::string csv_text(std::string_view text);

// A number field: the shortest text that reads back to the same double. Not neutralised
// (a negative number is data, not a formula).
std::string csv_number(double value);

}  // namespace repnet

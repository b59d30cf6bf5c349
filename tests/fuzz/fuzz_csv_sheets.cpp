// libFuzzer harness: the spreadsheet CSV sheets loader (loaders/csv_sheets.hpp) and the ACLED loader
// (loaders/acled.hpp) on arbitrary bytes, strict or lenient. The input is split at form feeds (\f) into up to
// four sheets: sources, entities, prosecutions, relations (seeds: corpus/csv_sheets/, made by make_seeds.py);
// the whole input is also read as an ACLED export. Bad input must end in InputError; any other exception,
// crash, hang, leak or sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/acled.hpp"
#include "loaders/csv_sheets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    static const char* const names[] = {"sources.csv", "entities.csv", "prosecutions.csv", "relations.csv"};
    std::vector<repnet::NamedText> sheets;
    std::size_t start = 0;
    for (std::size_t i = 0; i < 4 && start <= text.size(); ++i) {
        std::size_t end = i == 3 ? text.size() : text.find('\f', start);
        if (end == std::string_view::npos) end = text.size();
        sheets.push_back({names[i], std::string(text.substr(start, end - start))});
        start = end + 1;
    }
    // Strict or lenient by the input's length, so that each input costs one load of each kind (the smoke run of
    // the test suite stays within its time limit on a busy machine).
    repnet::LoadOptions options;
    options.lenient = size % 2 == 1;
    try {
        repnet::load_csv_sheet_texts("fuzz", sheets, options);
    } catch (const repnet::InputError&) {
    }
    try {
        repnet::load_acled_text("fuzz.csv", text, options);
    } catch (const repnet::InputError&) {
    }
    return 0;
}

#include "cli/pseudonymise_option.hpp"

#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/errors.hpp"
#include "exports/terminal_text.hpp"
#include "names/pseudonymise.hpp"

namespace repnet::cli {
namespace {

constexpr std::size_t kMaxKeyFileBytes = 4096;

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

std::string read_key_file(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
        throw UsageError("--pseudonymise: '" + path +
                         "' is not a readable key file (make one with `repnet keygen FILE`)");
    if (static_cast<std::size_t>(info.st_size) > kMaxKeyFileBytes)
        throw UsageError("--pseudonymise: '" + path + "' is larger than " + std::to_string(kMaxKeyFileBytes) +
                         " bytes; is it a key file?");
    std::ifstream in(path, std::ios::binary);
    std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) throw UsageError("--pseudonymise: cannot read '" + path + "'");
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r' || key.back() == ' ' || key.back() == '\t'))
        key.pop_back();
    if (key.size() < names::kMinKeyBytes)
        throw UsageError("--pseudonymise: the key in '" + path + "' has " + std::to_string(key.size()) +
                         " bytes; at least " + std::to_string(names::kMinKeyBytes) +
                         " are needed (make one with `repnet keygen FILE`)");
    if (info.st_mode & (S_IRWXG | S_IRWXO))
        std::cerr << "repnet: warning: key file '" << terminal_safe(path)
                  << "' is readable by other users; anyone with the key can recompute pseudonyms from names "
                     "(chmod 600)\n";
    return key;
}

void PseudonymiseOption::add_to(CLI::App& command) {
    command.add_option("--pseudonymise,--pseudonymize", key_file,
                       "Replace names by keyed pseudonyms (HMAC-SHA-256 with the key in this file; see "
                       "docs/sharing.md)");
    command
        .add_option("--pseudonymise-types", types,
                    "With --pseudonymise: comma-separated entity types whose names are replaced")
        ->capture_default_str();
}

void PseudonymiseOption::apply(Dataset& dataset) const {
    if (key_file.empty()) return;
    names::PseudonymiseParams params;
    params.types = split_list(types);
    if (params.types.empty()) throw UsageError("--pseudonymise-types: expected at least one entity type");
    try {
        const names::Pseudonymiser pseudonymiser(dataset.graph, read_key_file(key_file), params);
        const names::PseudonymiseResult r = pseudonymiser.apply(dataset.graph);
        // The load report travels into report.json: its merge and rejection notes quote names and ids.
        for (auto* notes : {&dataset.report.merges, &dataset.report.rejections, &dataset.report.warnings})
            for (RecordNote& note : *notes) {
                note.id = pseudonymiser.id(note.id);
                note.reason = pseudonymiser.redact(note.reason);
            }
        std::cerr << "pseudonymised: " << r.entities << " entities (" << terminal_safe(types) << "), "
                  << r.texts_redacted << " texts redacted, " << r.ids_replaced << " ids replaced\n";
    } catch (const InvalidArgument& e) {
        if (e.parameter() == "types")
            throw UsageError("--pseudonymise-types: '" + e.value() + "' is not an entity type of the dataset");
        throw;
    }
}

}  // namespace repnet::cli

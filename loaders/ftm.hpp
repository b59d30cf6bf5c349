#pragma once
// Reads FollowTheMoney entity streams (docs/formats/followthemoney.md): NDJSON, one entity
// per line, {"id", "schema", "properties": {name: [strings]}}, as OpenSanctions and Aleph
// export them. Person, Organization, Company, PublicBody and LegalEntity become entities;
// Membership, Directorship, Employment, Ownership, Family, Associate and UnknownLink become
// dated relations; a Sanction becomes a dated `restricted` action by its authority against
// its entity. Records of other schemata are counted per schema in LoadReport::skipped (and
// a warning), never dropped silently. Fragments sharing an id are merged, as FtM does.
//
// Each line is parsed with the project's JSON reader (loaders/json_tree.hpp: iterative,
// exact numbers, UTF-8 validated). Errors are InputError at file:line:column, the line
// being the NDJSON line. Complexity O(bytes + records); memory: the text plus the parsed
// records (relations may name entities on later lines).
#include <filesystem>
#include <string>
#include <string_view>

#include "loaders/dataset_loader.hpp"

namespace repnet {

// True for paths the FtM reader takes by name: *.ftm, *.ndjson, *.jsonl, *.ftm.json.
bool is_ftm_path(const std::filesystem::path& path);

// True if text (the start of a file) looks like an FtM stream: its first non-blank line is
// a JSON object with a "schema" member, not a repnet dataset.
bool looks_like_ftm(std::string_view head);

// Throws InputError (missing file, the first bad line unless options.lenient).
Dataset load_ftm(const std::filesystem::path& path, const LoadOptions& options = {});

// The same, from text in memory; name is used in messages.
Dataset load_ftm_text(std::string name, std::string_view text, const LoadOptions& options = {});

}  // namespace repnet

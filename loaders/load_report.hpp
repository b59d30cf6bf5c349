#pragma once
// Accounts for every input record: loaded, merged into another, or rejected.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/errors.hpp"

namespace repnet {

enum class RecordKind { file, source, entity, relation };
const char* record_kind_name(RecordKind kind);

struct RecordNote {
    RecordKind kind = RecordKind::entity;
    std::string id;  // the record's id, or "" if it had none
    SourceLocation where;
    std::string reason;
};

struct RecordCounts {
    std::size_t loaded = 0, merged = 0, rejected = 0;
    std::size_t total() const { return loaded + merged + rejected; }
};

// Where a record starts: LoadReport::files[file], 1-based line.
struct RecordSite {
    std::uint32_t file = 0;
    std::uint32_t line = 0;
};

// Records of a kind a loader does not read (an FtM schema such as Vessel or Address), counted per kind.
struct SkippedRecords {
    std::string what;  // e.g. "FtM schema Vessel"
    std::size_t count = 0;
    SourceLocation first;  // where the first one is
};

struct LoadReport {
    std::vector<std::string> files;
    RecordCounts sources, entities, relations;
    std::size_t derived_edges = 0;  // edges made from prosecution fields (court, brought_by, complainants)
    std::vector<RecordNote> merges;
    std::vector<RecordNote> rejections;
    // Where each node's first entity record is, by NodeId (empty for inputs that are not JSON datasets).
    std::vector<RecordSite> node_sites;
    SourceLocation node_location(std::size_t node) const {
        if (node >= node_sites.size()) return {};
        return SourceLocation{files[node_sites[node].file], node_sites[node].line, 0};
    }
    // Accepted but suspicious, e.g. two ids that differ only in letter case.
    std::vector<RecordNote> warnings;
    // The curator's review list, printed by `repnet validate`: attribute conflicts in merged
    // records (always), and with LoadOptions::review unknown or mistyped attributes and
    // near-duplicate actions (both places named).
    std::vector<RecordNote> review;
    // Records read but not loaded because repnet has no mapping for their kind, per kind in order of first sight.
    std::vector<SkippedRecords> skipped;
    std::size_t rejected_total() const { return rejections.size(); }
};

}  // namespace repnet

#pragma once
// The machine-readable report of `repnet analyze`: what was loaded (every
// record accounted for), the graph summary, and each analysis' results.
// Built as a RapidJSON document so later analyses add their own sections.
#include <rapidjson/document.h>

#include <filesystem>
#include <ostream>

#include "algorithms/structure/graph_summary.hpp"
#include "loaders/dataset_loader.hpp"

namespace repnet {

rapidjson::Document make_report(const Dataset& dataset, const GraphSummary& summary);
// `repnet stats --json`: {"summary": ..., "load": ...}.
rapidjson::Document stats_document(const Dataset& dataset, const GraphSummary& summary);

rapidjson::Value load_report_json(const LoadReport& report, rapidjson::Document::AllocatorType& alloc);
rapidjson::Value summary_json(const GraphSummary& summary, rapidjson::Document::AllocatorType& alloc);

// Pretty-printed, UTF-8, key order as built; written through a temporary file.
void write_json(std::ostream& out, const rapidjson::Value& value);
void export_json(const std::filesystem::path& path, const rapidjson::Value& value);

}  // namespace repnet

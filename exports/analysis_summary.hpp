#pragma once
// The summary `repnet analyze` prints: records, graph, dates, clusters, types, the most
// connected and the brokers (generic entities left out unless asked for), sampling and
// Katz parameters, the first people at risk, and the files written. Data passes through
// terminal_safe, so names cannot move or recolour a terminal.
#include <filesystem>
#include <ostream>

#include "algorithms/analysis.hpp"
#include "loaders/dataset_loader.hpp"

namespace repnet {

void write_analysis_summary(std::ostream& out, const Dataset& dataset, const AnalysisResults& results,
                            const std::filesystem::path& dir, bool include_generic);

}  // namespace repnet

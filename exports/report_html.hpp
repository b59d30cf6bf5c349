#pragma once
// `repnet report`: one self-contained HTML page (docs/report.md). The page's scripts and styles are bundled from
// npm packages at build time (exports/report/web) and compiled into the executable; this writer inserts the data:
// a JSON payload made of the same JSON sections report.json has (load report, summary, centrality, clusters,
// at-risk), the node and edge attribute tables graph.graphml has, each person's timeline, and the name keys of
// names/name_key.hpp so the page's search matches names by the CLI's rules. Nothing in the page loads anything.
#include <rapidjson/document.h>

#include <ostream>
#include <string>

#include "algorithms/analysis.hpp"
#include "loaders/dataset_loader.hpp"

namespace repnet {

// The page's data. Deterministic: the same dataset gives the same bytes.
rapidjson::Document report_payload(const Dataset& dataset, const AnalysisResults& results);

// Hex SHA-256 of a text (the payload's checksum shown in the page's methods section).
std::string sha256_hex(std::string_view text);

// The whole page: the built template with the payload (and its checksum) inserted.
void write_report_html(std::ostream& out, const Dataset& dataset, const AnalysisResults& results);

}  // namespace repnet

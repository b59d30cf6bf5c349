#pragma once
// A graph as the spreadsheet CSV sheets the CSV loader reads (docs/formats/csv.md): sources.csv, entities.csv,
// prosecutions.csv and relations.csv, one evidence item per row, so that loading them gives the same graph.
#include <filesystem>
#include <ostream>

#include "engine/graph.hpp"

namespace repnet {

// One sheet's text. Cells go through csv_text (exports/csv.hpp), so text a spreadsheet would run as a formula
// gets a leading apostrophe, which the loader removes again (csv_unneutralise).
void write_sources_sheet(std::ostream& out, const Graph& g);
void write_entities_sheet(std::ostream& out, const Graph& g);
void write_prosecutions_sheet(std::ostream& out, const Graph& g);
void write_relations_sheet(std::ostream& out, const Graph& g);

// The four sheets into `dir` (created if missing), published together (AtomicFileSet): a failure leaves any
// previous sheets untouched. Throws IoError.
void export_csv_sheets(const std::filesystem::path& dir, const Graph& g);

// A text cell that reads back as `text`: csv_text, plus one more apostrophe for text that already starts with
// apostrophes before a formula character (which the loader would otherwise strip).
std::string csv_sheet_text(std::string_view text);

}  // namespace repnet

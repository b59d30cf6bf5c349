#pragma once
// Spreadsheet CSV sheets (docs/formats/csv.md): entities.csv, relations.csv and optionally prosecutions.csv and
// sources.csv, in one folder or as files sharing a prefix ("cases - entities.csv", "cases - relations.csv").
// Each row becomes a record of the JSON dataset format and goes through the same loader
// (loaders/dataset_loader.hpp), so a sheet gives the same Dataset as the equivalent JSON: the same ids,
// merges by name, checks, derived edges and load report; every error and report entry names the sheet's
// file:line:column and header column.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "loaders/dataset_loader.hpp"

namespace repnet {

// The sheets a path names: a directory holding entities.csv (any letter case), or one *.csv file whose name
// ends in entities / relations / prosecutions / sources (its siblings with the same prefix are the others).
// nullopt if the path is neither.
struct CsvSheetPaths {
    std::optional<std::filesystem::path> sources, entities, prosecutions, relations;
};
std::optional<CsvSheetPaths> find_csv_sheets(const std::filesystem::path& path);

// Loads the sheets at `path` (find_csv_sheets). Throws InputError (file:line:column) for a malformed sheet, or,
// without LoadOptions::lenient, for the first invalid row; with it, invalid rows are rejected and listed.
Dataset load_csv_sheets(const std::filesystem::path& path, const LoadOptions& options = {});

// The sheets as texts; each NamedText's name ends in sources.csv, entities.csv, prosecutions.csv or
// relations.csv (any letter case), which says which sheet it is.
Dataset load_csv_sheet_texts(std::string name, const std::vector<NamedText>& sheets, const LoadOptions& options = {});

// The leading apostrophe a CSV writer adds to neutralise a formula (exports/csv.hpp) is removed on reading: a cell
// "'=x" reads as "=x". A cell starting with two apostrophes before such a character keeps one ("''=x" is "'=x").
std::string csv_unneutralise(std::string text);

}  // namespace repnet

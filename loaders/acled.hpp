#pragma once
// ACLED event exports (Armed Conflict Location & Event Data Project, CSV with its documented column names:
// event_id_cnty, event_date, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, ...), read as a
// repnet dataset: each row an event entity, its actors entities, and the actions it records (arrests, attacks,
// interventions against protests) dated relations, every one citing the row (event_id_cnty) as evidence.
// The mapping is in docs/formats/acled.md.
#include <filesystem>
#include <string>
#include <string_view>

#include "loaders/dataset_loader.hpp"

namespace repnet {

// True if a CSV header line (the first line of the file) has ACLED's columns event_id_cnty, event_date and
// event_type.
bool is_acled_header(std::string_view first_line);

// Loads one ACLED CSV file. Errors are InputErrors at file:line:column naming the column; with
// LoadOptions::lenient invalid rows are rejected and listed.
Dataset load_acled(const std::filesystem::path& path, const LoadOptions& options = {});
Dataset load_acled_text(std::string name, std::string_view text, const LoadOptions& options = {});

}  // namespace repnet

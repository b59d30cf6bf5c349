#pragma once
// "Did you mean": the nearest of a list of names to a mistyped one (`repnet timelin`).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repnet::cli {

// Levenshtein distance (insertions, deletions, substitutions, each 1) between two byte strings. O(|a| * |b|).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The name in `names` nearest to `word` by edit distance, if it is close enough to be a typo: at most
// max(1, |word| / 3) edits away (a prefix of the name also counts: `time` for `timeline`). Ties go to the earlier
// name in the list.
std::optional<std::string> nearest_name(std::string_view word, const std::vector<std::string>& names);

// "unknown command 'timelin'; did you mean 'timeline'?" or, with nothing near, the list of commands.
std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands);

}  // namespace repnet::cli

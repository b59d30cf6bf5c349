#include "cli/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace repnet::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];  // row[i-1][j-1]
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::string> nearest_name(std::string_view word, const std::vector<std::string>& names) {
    if (word.empty()) return std::nullopt;
    const std::size_t limit = std::max<std::size_t>(1, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& name : names) {
        const bool prefix = word.size() >= 3 && name.size() > word.size() && name.compare(0, word.size(), word) == 0;
        const std::size_t d = prefix ? 1 : edit_distance(word, name);
        if (d < best_distance) {
            best_distance = d;
            best = name;
        }
    }
    return best;
}

std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands) {
    std::string message = "unknown command '";
    message.append(word).append("'");
    if (const auto near = nearest_name(word, commands)) return message + "; did you mean '" + *near + "'?";
    message += "; the commands are:";
    for (std::size_t i = 0; i < commands.size(); ++i) message.append(i ? ", " : " ").append(commands[i]);
    return message + " (repnet --help describes them)";
}

}  // namespace repnet::cli

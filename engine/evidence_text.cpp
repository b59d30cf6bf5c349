#include "engine/evidence_text.hpp"

#include <algorithm>

namespace repnet {
namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

void add_once(std::vector<std::string>& items, std::string item) {
    if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(std::move(item));
}

}  // namespace

std::string provenance_text(const Graph& graph, const std::vector<Evidence>& evidence) {
    std::vector<std::string> items;
    for (const auto& e : evidence)
        add_once(items, graph.str(graph.sources()[e.source].id) + " " + graph.str(e.locator));
    return joined(items, "; ");
}

std::string evidence_notes_text(const Graph& graph, const std::vector<Evidence>& evidence) {
    std::vector<std::string> notes;
    for (const auto& e : evidence)
        if (e.note != kNoString) add_once(notes, graph.str(e.note));
    return joined(notes, " | ");
}

}  // namespace repnet

#include "exports/gephi_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <numeric>
#include <set>
#include <string_view>
#include <utility>

#include "engine/date.hpp"

namespace repnet {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return out;
}

bool reserved(const std::string& lowered, ElementClass what) {
    static constexpr std::array<std::string_view, 12> node_names{"nodelabel", "x",    "y", "z", "xpos", "ypos",
                                                                 "zpos",      "size", "r", "g", "b",    "color"};
    static constexpr std::array<std::string_view, 6> edge_names{"label", "edgelabel", "r", "g", "b", "color"};
    if (what == ElementClass::node) return std::find(node_names.begin(), node_names.end(), lowered) != node_names.end();
    return std::find(edge_names.begin(), edge_names.end(), lowered) != edge_names.end();
}

}  // namespace

std::vector<std::string> written_column_names(const AttributeTable& table, ElementClass what) {
    std::set<std::string> taken;  // lower-cased
    for (const Column& c : table.columns()) taken.insert(lower(c.name));
    std::set<std::string> used;  // lower-cased names already given out
    std::vector<std::string> names;
    names.reserve(table.columns().size());
    for (const Column& c : table.columns()) {
        std::string name = c.name;
        if (reserved(lower(name), what) || used.count(lower(name))) {
            name.insert(0, kRenamePrefix);
            while (used.count(lower(name)) || taken.count(lower(name))) name.insert(0, kRenamePrefix);
        }
        used.insert(lower(name));
        names.push_back(std::move(name));
    }
    return names;
}

std::vector<std::string> gephi_edge_kinds(const Graph& g, bool undirected) {
    // Kinds only meet within a pair of endpoints, so edges are taken pair by pair (in edge order
    // within a pair) with a small set of the pair's kinds, instead of one ordered map keyed by
    // (pair, kind) strings over every edge: a 10^6-edge export spent its allocations there.
    const auto ends = [&](EdgeId e) {
        const EdgeData& d = g.edge(e);
        return undirected && d.target < d.source ? std::pair{d.target, d.source} : std::pair{d.source, d.target};
    };
    std::vector<EdgeId> order(g.edge_count());
    std::iota(order.begin(), order.end(), EdgeId{0});
    std::stable_sort(order.begin(), order.end(), [&](EdgeId x, EdgeId y) { return ends(x) < ends(y); });
    std::vector<std::string> kinds(g.edge_count());
    std::set<std::string> seen;  // kinds given in the current pair
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && ends(order[i]) != ends(order[i - 1])) seen.clear();
        const std::string& relation = g.edge_type_name(order[i]);
        std::string kind = relation;
        for (int k = 2; seen.count(kind); ++k) kind = relation + " #" + std::to_string(k);
        seen.insert(kind);
        kinds[order[i]] = std::move(kind);
    }
    return kinds;
}

AttributeTable with_day_columns(const Graph& g, const AttributeTable& edges) {
    AttributeTable out = edges;
    const bool dated =
        std::any_of(g.edges().begin(), g.edges().end(), [](const EdgeData& e) { return !e.when.empty(); });
    if (!dated || out.rows() != g.edge_count()) return out;
    Column& first = out.add("first_day", ColumnType::text);
    Column& last = out.add("last_day", ColumnType::text);
    for (EdgeId e = 0; e < g.edge_count(); ++e) {
        const DateRange& when = g.edge(e).when;
        if (!when.start.empty()) first.cells[e] = first_day(when.start).str();
        if (!when.end.empty()) last.cells[e] = last_day(when.end).str();
    }
    return out;
}

}  // namespace repnet

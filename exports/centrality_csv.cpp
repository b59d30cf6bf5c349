#include "exports/centrality_csv.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <iomanip>

#include "algorithms/common/ranking.hpp"
#include "exports/csv.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet {

void write_centrality_csv(std::ostream& out, const Graph& g, const CsrGraph& view, const CentralitySuite& suite) {
    const auto& types = g.vocabulary().entity_types;
    out << "id,name,type";
    for (const auto& m : suite.measures) out << "," << csv_text(m.name);
    const bool by_direction = view.directed && suite.find("degree");
    if (by_direction) out << ",in_degree,out_degree";
    for (std::uint16_t t = 0; t < suite.degree.type_count; ++t) out << "," << csv_text("degree_" + types.name(t));
    out << "\n";
    for (std::uint32_t v = 0; v < view.node_count; ++v) {
        const NodeId node = view.to_graph_node[v];
        out << csv_text(g.str(g.node(node).id)) << "," << csv_text(g.str(g.node(node).name)) << ","
            << csv_text(g.node_type_name(node));
        for (const auto& m : suite.measures) out << "," << csv_number(m.value[v]);
        if (by_direction) out << "," << csv_number(suite.degree.in[v]) << "," << csv_number(suite.degree.out[v]);
        for (std::uint16_t t = 0; t < suite.degree.type_count; ++t)
            out << "," << suite.degree.by_type[std::size_t(v) * suite.degree.type_count + t];
        out << "\n";
    }
}

namespace {

// Width in characters (UTF-8 code points), for aligning the table.
std::size_t display_width(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string& s, std::size_t width) {
    const std::size_t w = display_width(s);
    return w >= width ? s + " " : s + std::string(width - w, ' ');
}

}  // namespace

void write_ranking_table(std::ostream& out, const Graph& g, const CsrGraph& view, const std::vector<double>& value,
                         std::size_t top, bool include_generic) {
    std::vector<std::uint32_t> order;
    for (std::uint32_t v : rank_by_value(value))
        if (include_generic || !g.node(view.to_graph_node[v]).generic) order.push_back(v);
    const std::size_t rows = std::min(top, order.size());
    std::size_t name_width = 4, type_width = 4;
    for (std::size_t i = 0; i < rows; ++i) {
        const NodeId node = view.to_graph_node[order[i]];
        name_width = std::max(name_width, display_width(terminal_safe(g.str(g.node(node).name))));
        type_width = std::max(type_width, display_width(terminal_safe(g.node_type_name(node))));
    }
    out << "  " << std::setw(4) << "rank"
        << "  " << padded("name", name_width + 2) << padded("type", type_width + 2) << "value\n";
    for (std::size_t i = 0; i < rows; ++i) {
        const NodeId node = view.to_graph_node[order[i]];
        out << "  " << std::setw(4) << i + 1 << "  " << padded(terminal_safe(g.str(g.node(node).name)), name_width + 2)
            << padded(terminal_safe(g.node_type_name(node)), type_width + 2) << csv_number(value[order[i]]) << "\n";
    }
}

void export_centrality_timings(const std::filesystem::path& path, double load_seconds, double view_seconds,
                               const CentralitySuite& suite) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    doc.AddMember("load_seconds", load_seconds, a);
    doc.AddMember("view_seconds", view_seconds, a);
    rapidjson::Value measures(rapidjson::kObjectType);
    for (const auto& m : suite.measures)
        measures.AddMember(rapidjson::Value(m.name.c_str(), a), rapidjson::Value(m.seconds), a);
    doc.AddMember("measures", measures, a);
    export_json(path, doc);
}

}  // namespace repnet

#include "exports/centrality_csv.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <cmath>
#include <iomanip>

#include "algorithms/common/ranking.hpp"
#include "exports/csv.hpp"
#include "exports/report_json.hpp"
#include "exports/terminal_text.hpp"

namespace repnet {

namespace {

// A node's attribute `key` as text ("" when it has none): city and role in the node table.
std::string attribute_text(const Graph& g, NodeId v, StrId key) {
    if (key == kNoString) return {};
    for (const Attribute& a : g.node(v).attributes) {
        if (a.key != key) continue;
        if (const auto* s = std::get_if<StrValue>(&a.value)) return g.str(s->id);
        if (const auto* b = std::get_if<bool>(&a.value)) return *b ? "true" : "false";
        if (const auto* i = std::get_if<std::int64_t>(&a.value)) return std::to_string(*i);
        return csv_number(std::get<double>(a.value));
    }
    return {};
}

}  // namespace

void write_centrality_csv(std::ostream& out, const Graph& g, const CsrGraph& view, const CentralitySuite& suite,
                          const CentralityNodeColumns& extra) {
    const auto& types = g.vocabulary().entity_types;
    const StrId city = g.strings().find("city"), role = g.strings().find("role");
    out << "id,name,type,city,role";
    if (!extra.cluster.empty()) out << ",cluster";
    if (!extra.risk_score.empty()) out << ",risk_score,risk_percentile";
    for (const auto& m : suite.measures) out << "," << csv_text(m.name);
    const bool by_direction = view.directed && suite.find("degree");
    if (by_direction) out << ",in_degree,out_degree";
    for (std::uint16_t t = 0; t < suite.degree.type_count; ++t) out << "," << csv_text("degree_" + types.name(t));
    out << "\n";
    auto optional_number = [](double x) { return std::isnan(x) ? std::string() : csv_number(x); };
    for (std::uint32_t v = 0; v < view.node_count; ++v) {
        const NodeId node = view.to_graph_node[v];
        out << csv_text(g.str(g.node(node).id)) << "," << csv_text(g.str(g.node(node).name)) << ","
            << csv_text(g.node_type_name(node)) << "," << csv_text(attribute_text(g, node, city)) << ","
            << csv_text(attribute_text(g, node, role));
        if (!extra.cluster.empty()) out << "," << (extra.cluster[node] < 0 ? "" : std::to_string(extra.cluster[node]));
        if (!extra.risk_score.empty())
            out << "," << optional_number(extra.risk_score[node]) << ","
                << optional_number(extra.risk_percentile[node]);
        for (const auto& m : suite.measures) out << "," << csv_number(m.value[v]);
        if (by_direction) out << "," << csv_number(suite.degree.in[v]) << "," << csv_number(suite.degree.out[v]);
        for (std::uint16_t t = 0; t < suite.degree.type_count; ++t)
            out << "," << suite.degree.by_type[std::size_t(v) * suite.degree.type_count + t];
        out << "\n";
    }
}

rapidjson::Document centrality_document(const std::string& dataset, const std::string& view_text, const Graph& g,
                                        const CsrGraph& view, const CentralitySuite& suite,
                                        const CentralityNodeColumns& extra) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    auto str = [&](const std::string& x) { return rapidjson::Value(x.c_str(), rapidjson::SizeType(x.size()), a); };
    auto number_or_null = [](double x) {
        return std::isfinite(x) ? rapidjson::Value(x) : rapidjson::Value(rapidjson::kNullType);
    };
    doc.AddMember("repnet_centrality", 1, a);
    doc.AddMember("dataset", str(dataset), a);
    doc.AddMember("view", str(view_text), a);
    rapidjson::Value measures(rapidjson::kArrayType);
    for (const auto& m : suite.measures) {
        rapidjson::Value x(rapidjson::kObjectType);
        x.AddMember("name", str(m.name), a);
        if (m.report) {
            x.AddMember("iterations", m.report->iterations, a);
            x.AddMember("converged", m.report->converged, a);
            x.AddMember("residual", number_or_null(m.report->residual), a);
        }
        measures.PushBack(x, a);
    }
    doc.AddMember("measures", measures, a);
    const auto& types = g.vocabulary().entity_types;
    const StrId city = g.strings().find("city"), role = g.strings().find("role");
    const bool by_direction = view.directed && suite.find("degree");
    rapidjson::Value nodes(rapidjson::kArrayType);
    for (std::uint32_t v = 0; v < view.node_count; ++v) {
        const NodeId node = view.to_graph_node[v];
        rapidjson::Value x(rapidjson::kObjectType);
        x.AddMember("id", str(g.str(g.node(node).id)), a);
        x.AddMember("name", str(g.str(g.node(node).name)), a);
        x.AddMember("type", str(g.node_type_name(node)), a);
        if (std::string c = attribute_text(g, node, city); !c.empty()) x.AddMember("city", str(c), a);
        if (std::string r = attribute_text(g, node, role); !r.empty()) x.AddMember("role", str(r), a);
        if (!extra.cluster.empty())
            x.AddMember("cluster",
                        extra.cluster[node] < 0 ? rapidjson::Value(rapidjson::kNullType)
                                                : rapidjson::Value(static_cast<std::int64_t>(extra.cluster[node])),
                        a);
        if (!extra.risk_score.empty()) {
            x.AddMember("risk_score", number_or_null(extra.risk_score[node]), a);
            x.AddMember("risk_percentile", number_or_null(extra.risk_percentile[node]), a);
        }
        for (const auto& m : suite.measures) x.AddMember(str(m.name), number_or_null(m.value[v]), a);
        if (by_direction) {
            x.AddMember("in_degree", suite.degree.in[v], a);
            x.AddMember("out_degree", suite.degree.out[v], a);
        }
        if (suite.degree.type_count > 0) {
            rapidjson::Value by_type(rapidjson::kObjectType);
            for (std::uint16_t t = 0; t < suite.degree.type_count; ++t)
                by_type.AddMember(str(types.name(t)),
                                  rapidjson::Value(suite.degree.by_type[std::size_t(v) * suite.degree.type_count + t]),
                                  a);
            x.AddMember("degree_by_type", by_type, a);
        }
        nodes.PushBack(x, a);
    }
    doc.AddMember("nodes", nodes, a);
    return doc;
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

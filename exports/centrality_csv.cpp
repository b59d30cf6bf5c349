#include "exports/centrality_csv.hpp"

#include <rapidjson/document.h>

#include "exports/csv.hpp"
#include "exports/report_json.hpp"

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

#include "exports/centrality_json.hpp"

#include <algorithm>
#include <numeric>

#include "algorithms/common/ranking.hpp"

namespace repnet {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

rapidjson::Value text(const std::string& s, Alloc& a) {
    return rapidjson::Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
}

}  // namespace

void add_centrality_columns(AttributeTable& nodes, const CentralitySuite& suite) {
    for (const auto& m : suite.measures) {
        if (m.report && !m.report->converged)
            nodes.add(m.name, ColumnType::real);
        else
            nodes.add_real(m.name, m.value);
    }
}

rapidjson::Value centrality_json(const Graph& g, const CentralitySuite& suite, const std::string& view, Alloc& a,
                                 std::size_t top_n) {
    rapidjson::Value out(rapidjson::kObjectType);
    out.AddMember("view", text(view, a), a);
    rapidjson::Value measures(rapidjson::kObjectType);
    for (const auto& m : suite.measures) {
        rapidjson::Value v(rapidjson::kObjectType);
        if (m.report) {
            v.AddMember("iterations", m.report->iterations, a);
            v.AddMember("converged", m.report->converged, a);
            v.AddMember("residual", m.report->residual, a);
            v.AddMember("threshold", m.report->threshold, a);
        }
        if (m.name == "katz" && suite.katz) {
            v.AddMember("alpha", suite.katz->alpha, a);
            if (suite.katz->lambda_max > 0) {  // alpha chosen as fraction / lambda_max
                v.AddMember("lambda_max", suite.katz->lambda_max, a);
                v.AddMember("alpha_fraction", suite.katz->fraction, a);
            }
        }
        rapidjson::Value top(rapidjson::kArrayType);
        if (!m.report || m.report->converged) {
            const std::vector<NodeId> order = rank_by_value(m.value);
            for (std::size_t i = 0; i < std::min(top_n, order.size()); ++i) {
                const NodeId n = order[i];
                rapidjson::Value row(rapidjson::kObjectType);
                row.AddMember("id", text(g.str(g.node(n).id), a), a);
                row.AddMember("name", text(g.str(g.node(n).name), a), a);
                row.AddMember("type", text(g.node_type_name(n), a), a);
                row.AddMember("value", m.value[n], a);
                top.PushBack(row, a);
            }
        }
        v.AddMember("top", top, a);
        measures.AddMember(text(m.name, a), v, a);
    }
    out.AddMember("measures", measures, a);
    return out;
}

}  // namespace repnet

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
        // Sampled instead of exact: how, and the guarantee.
        if (m.name == "betweenness" && suite.approx) {
            rapidjson::Value s(rapidjson::kObjectType);
            s.AddMember("method", "Riondato-Kornaropoulos shortest-path sampling", a);
            s.AddMember("epsilon", suite.approx->epsilon, a);
            s.AddMember("delta", suite.approx->delta, a);
            s.AddMember("guarantee",
                        "with probability at least 1 - delta every value is within epsilon of exact (normalised)", a);
            s.AddMember("samples", suite.approx->samples, a);
            s.AddMember("seed", suite.approx->seed, a);
            v.AddMember("approximate", s, a);
        }
        if ((m.name == "closeness" || m.name == "harmonic") && suite.sampled_distance) {
            const SampledDistanceResult& d = *suite.sampled_distance;
            rapidjson::Value s(rapidjson::kObjectType);
            s.AddMember("method", "breadth-first searches from sampled sources, stratified by component", a);
            s.AddMember("epsilon", d.epsilon, a);
            s.AddMember("delta", d.delta, a);
            s.AddMember(
                "guarantee",
                rapidjson::StringRef(
                    m.name == "harmonic"
                        ? "with probability at least 1 - delta every value / (nodes - 1) is within epsilon of exact"
                        : "none stated: the distance sums are unbiased estimates (exact in exactly computed "
                          "components)"),
                a);
            s.AddMember("sources", d.sources, a);
            s.AddMember("sampled_components", d.sampled_components, a);
            s.AddMember("seed", d.seed, a);
            v.AddMember("approximate", s, a);
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

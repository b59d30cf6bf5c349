#include "exports/temporal_columns.hpp"

namespace repnet {

void add_temporal_columns(AttributeTable& nodes, const std::vector<PersonTimeline>& timelines, const RiskResult& risk) {
    Column& first = nodes.add("first_action", ColumnType::text);
    Column& last = nodes.add("last_action", ColumnType::text);
    Column& peak = nodes.add("peak_severity", ColumnType::text);
    Column& steps = nodes.add("escalation_steps", ColumnType::integer);
    for (std::size_t v = 0; v < nodes.rows() && v < timelines.size(); ++v) {
        const PersonTimeline& t = timelines[v];
        if (t.empty()) continue;
        if (!t.first_action.empty()) first.cells[v] = t.first_action.str();
        if (!t.last_action.empty()) last.cells[v] = t.last_action.str();
        if (t.peak != Severity::none) peak.cells[v] = std::string(severity_name(t.peak));
        steps.cells[v] = static_cast<std::int64_t>(t.escalation_steps);
    }
    nodes.add_real("risk", risk.score);
    Column& rank = nodes.add("at_risk_rank", ColumnType::integer);
    for (std::size_t i = 0; i < risk.ranking.size(); ++i)
        if (risk.ranking[i].node < rank.cells.size())
            rank.cells[risk.ranking[i].node] = static_cast<std::int64_t>(i + 1);
}

void add_path_column(AttributeTable& edges, const std::vector<PathStep>& path) {
    Column& on = edges.add("on_path", ColumnType::boolean);
    for (auto& cell : on.cells) cell = false;
    for (const auto& s : path)
        if (s.edge < on.cells.size()) on.cells[s.edge] = true;
}

}  // namespace repnet

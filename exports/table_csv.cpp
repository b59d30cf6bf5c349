#include "exports/table_csv.hpp"

#include <cmath>
#include <string>

#include "engine/evidence_text.hpp"
#include "exports/csv.hpp"
#include "exports/temporal_json.hpp"

namespace repnet {

void write_escalation_csv(std::ostream& out, const Graph& g, const EscalationResult& r,
                          const std::vector<NodeId>& targets) {
    out << "target_id,target,target_type,reached,arrival,steps,step,date,from_id,from,relation,direction,to_id,to,"
           "severity,severity_rank,citations\n";
    for (NodeId v : arrival_order(r, targets)) {
        const Arrival& a = r.arrival[v];
        std::string target = csv_text(g.str(g.node(v).id)) + "," + csv_text(g.str(g.node(v).name)) + "," +
                             csv_text(g.node_type_name(v)) + "," + (a.reached ? "true" : "false") + "," + a.date.str() +
                             ",";
        target += std::to_string(a.path.size());
        if (a.path.empty()) {
            out << target << ",,,,,,,,,,,\n";
            continue;
        }
        for (std::size_t i = 0; i < a.path.size(); ++i) {
            const PathStep& s = a.path[i];
            const EdgeData& d = g.edge(s.edge);
            const std::string date = !d.when.empty() ? d.when.str() : s.moment.str();
            out << target << "," << i + 1 << "," << date << "," << csv_text(g.str(g.node(s.from).id)) << ","
                << csv_text(g.str(g.node(s.from).name)) << "," << csv_text(g.edge_type_name(s.edge)) << ","
                << (s.forward ? "forward" : "backward") << "," << csv_text(g.str(g.node(s.to).id)) << ","
                << csv_text(g.str(g.node(s.to).name)) << ","
                << (d.severity == Severity::none ? std::string() : std::string(severity_name(d.severity))) << ","
                << (d.severity == Severity::none ? std::string() : std::to_string(severity_rank(d.severity))) << ","
                << csv_text(provenance_text(g, d.evidence)) << "\n";
        }
    }
}

void write_stats_csv(std::ostream& out, const Dataset& d, const GraphSummary& s) {
    out << "section,name,value\n";
    auto row = [&](const char* section, const std::string& name, const std::string& value) {
        out << section << "," << csv_text(name) << "," << csv_text(value) << "\n";
    };
    row("totals", "nodes", std::to_string(s.nodes));
    row("totals", "edges", std::to_string(s.edges));
    for (const auto& [name, n] : s.nodes_by_type) row("nodes_by_type", name, std::to_string(n));
    for (const auto& [name, n] : s.edges_by_relation) row("edges_by_relation", name, std::to_string(n));
    row("components", "count", std::to_string(s.components));
    row("components", "largest", std::to_string(s.largest_component));
    row("components", "isolated_nodes", std::to_string(s.isolated_nodes));
    row("dates", "first", s.first_date.str());
    row("dates", "last", s.last_date.str());
    row("dates", "dated_edges", std::to_string(s.dated_edges));
    row("records", "rejected", std::to_string(d.report.rejections.size()));
}

void write_matches_csv(std::ostream& out, const Graph& g, const std::vector<names::NameMatch>& matches) {
    out << "rank,id,name,type,score,reason,matched\n";
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const auto& m = matches[i];
        out << i + 1 << "," << csv_text(g.str(g.node(m.node).id)) << "," << csv_text(g.str(g.node(m.node).name)) << ","
            << csv_text(g.node_type_name(m.node)) << "," << csv_number(m.score) << "," << csv_text(m.reason) << ","
            << csv_text(m.matched) << "\n";
    }
}

void write_duplicates_csv(std::ostream& out, const Dataset& d, const std::vector<names::DuplicatePair>& pairs) {
    const Graph& g = d.graph;
    out << "score,reason,a_id,a_name,a_matched,a_type,a_location,b_id,b_name,b_matched,b_type,b_location\n";
    for (const auto& p : pairs) {
        out << csv_number(p.score) << "," << csv_text(p.reason);
        for (auto [v, form] : {std::pair{p.a, &p.name_a}, std::pair{p.b, &p.name_b}}) {
            const SourceLocation where = d.report.node_location(v);
            out << "," << csv_text(g.str(g.node(v).id)) << "," << csv_text(g.str(g.node(v).name)) << ","
                << csv_text(*form) << "," << csv_text(g.node_type_name(v)) << ","
                << csv_text(where.file.empty() ? std::string() : where.str());
        }
        out << "\n";
    }
}

void write_backtest_csv(std::ostream& out, const std::vector<BacktestRun>& runs) {
    out << "as_of,until,candidates,excluded,events,method";
    const std::vector<std::size_t> ks =
        runs.empty() || runs[0].methods.empty() ? std::vector<std::size_t>{} : runs[0].methods[0].metrics.k;
    for (const char* what : {"precision", "recall"})
        for (std::size_t k : ks) out << "," << what << "_at_" << k;
    out << ",average_precision,roc_auc\n";
    auto number = [](double v) { return std::isnan(v) ? std::string() : csv_number(v); };
    for (const auto& run : runs)
        for (const auto& m : run.methods) {
            out << run.as_of.str() << "," << run.until.str() << "," << run.candidates << "," << run.excluded << ","
                << run.events << "," << csv_text(m.name);
            for (double v : m.metrics.precision) out << "," << number(v);
            for (double v : m.metrics.recall) out << "," << number(v);
            out << "," << number(m.metrics.average_precision) << "," << number(m.metrics.roc_auc) << "\n";
        }
}

}  // namespace repnet

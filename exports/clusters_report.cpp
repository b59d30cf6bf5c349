#include "exports/clusters_report.hpp"

#include <sstream>

#include "exports/csv.hpp"
#include "exports/terminal_text.hpp"

namespace repnet {
namespace {

using Alloc = rapidjson::Document::AllocatorType;

rapidjson::Value text(const std::string& s, Alloc& a) {
    return rapidjson::Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()), a);
}

rapidjson::Value node_list(const Graph& g, const std::vector<NodeId>& nodes, Alloc& a) {
    rapidjson::Value arr(rapidjson::kArrayType);
    for (NodeId v : nodes) {
        rapidjson::Value x(rapidjson::kObjectType);
        x.AddMember("id", text(g.str(g.node(v).id), a), a);
        x.AddMember("name", text(g.str(g.node(v).name), a), a);
        arr.PushBack(x, a);
    }
    return arr;
}

// Names joined by "; ", each made terminal-safe for the text table.
std::string joined(const Graph& g, const std::vector<NodeId>& nodes, bool terminal = false) {
    std::string out;
    for (NodeId v : nodes) {
        if (!out.empty()) out += "; ";
        out += terminal ? terminal_safe(g.str(g.node(v).name)) : g.str(g.node(v).name);
    }
    return out;
}
std::string joined_strings(const Graph& g, const std::vector<StrId>& strings, bool terminal = false) {
    std::string out;
    for (StrId x : strings) {
        if (!out.empty()) out += "; ";
        out += terminal ? terminal_safe(g.str(x)) : g.str(x);
    }
    return out;
}
std::string or_dash(const std::string& text) {
    return text.empty() ? "-" : text;
}

}  // namespace

rapidjson::Value clusters_json(const Graph& g, const CsrGraph& view, const ClusterTable& table,
                               const CommunityResult& r, const ClusteringSetup& setup, Alloc& a) {
    rapidjson::Value v(rapidjson::kObjectType);
    v.AddMember("view", text(setup.view, a), a);
    v.AddMember("links", text(setup.links, a), a);
    v.AddMember("weighting", text(setup.weighting, a), a);
    v.AddMember("algorithm", text(r.algorithm, a), a);
    v.AddMember("quality_function", text(r.quality, a), a);
    v.AddMember("resolution", r.resolution, a);
    if (r.algorithm == "leiden" || r.algorithm == "louvain") {
        v.AddMember("seed", r.seed, a);
        v.AddMember("iterations", r.iterations, a);
        v.AddMember("converged", r.converged, a);
    }
    if (r.algorithm == "kcore") v.AddMember("k", setup.k, a);
    v.AddMember("modularity", r.modularity, a);
    v.AddMember("nodes", view.node_count, a);
    v.AddMember("edges", view.edge_count(), a);
    v.AddMember("count", static_cast<std::uint64_t>(table.clusters.size()), a);
    rapidjson::Value list(rapidjson::kArrayType);
    for (const auto& s : table.clusters) {
        rapidjson::Value c(rapidjson::kObjectType);
        c.AddMember("cluster", s.number, a);
        c.AddMember("size", static_cast<std::uint64_t>(s.members.size()), a);
        c.AddMember("members", node_list(g, s.members, a), a);
        c.AddMember("prosecutions", node_list(g, s.prosecutions, a), a);
        c.AddMember("courts", node_list(g, s.courts, a), a);
        rapidjson::Value articles(rapidjson::kArrayType);
        for (StrId x : s.articles) articles.PushBack(text(g.str(x), a), a);
        c.AddMember("articles", articles, a);
        c.AddMember("movements", node_list(g, s.movements, a), a);
        c.AddMember("first_date", text(s.first_date.str(), a), a);
        c.AddMember("last_date", text(s.last_date.str(), a), a);
        c.AddMember("peak_severity", text(std::string(severity_name(s.peak_severity)), a), a);
        c.AddMember("peak_severity_rank", severity_rank(s.peak_severity), a);
        c.AddMember("internal_weight", s.internal_weight, a);
        list.PushBack(c, a);
    }
    v.AddMember("clusters", list, a);
    return v;
}

rapidjson::Document clusters_document(const std::string& dataset, const Graph& g, const CsrGraph& view,
                                      const ClusterTable& table, const CommunityResult& result,
                                      const ClusteringSetup& setup) {
    rapidjson::Document doc(rapidjson::kObjectType);
    auto& a = doc.GetAllocator();
    doc.AddMember("repnet_clusters", 1, a);
    doc.AddMember("dataset", text(dataset, a), a);
    rapidjson::Value body = clusters_json(g, view, table, result, setup, a);
    for (auto& m : body.GetObject()) doc.AddMember(m.name, m.value, a);
    return doc;
}

void write_clusters_csv(std::ostream& out, const Graph& g, const ClusterTable& table) {
    out << "cluster,size,member_id,member_name,member_type,prosecutions,courts,articles,movements,first_date,"
           "last_date,peak_severity,peak_severity_rank,internal_weight\r\n";
    for (const auto& s : table.clusters) {
        // The cluster's columns, the same on each of its rows, so a spreadsheet can filter or pivot by them.
        std::ostringstream summary;
        summary << "," << csv_text(joined(g, s.prosecutions)) << "," << csv_text(joined(g, s.courts)) << ","
                << csv_text(joined_strings(g, s.articles)) << "," << csv_text(joined(g, s.movements)) << ","
                << s.first_date.str() << "," << s.last_date.str() << "," << severity_name(s.peak_severity) << ","
                << severity_rank(s.peak_severity) << "," << csv_number(s.internal_weight) << "\r\n";
        for (NodeId v : s.members)
            out << s.number << "," << s.members.size() << "," << csv_text(g.str(g.node(v).id)) << ","
                << csv_text(g.str(g.node(v).name)) << "," << csv_text(g.node_type_name(v)) << summary.str();
    }
}

void write_clusters_table(std::ostream& out, const std::string& dataset, const Graph& g, const CsrGraph& view,
                          const ClusterTable& t, const CommunityResult& r, const ClusteringSetup& setup, bool all) {
    out << "repnet clusters: " << terminal_safe(dataset) << "\n";
    if (setup.view == "graph")
        out << "view: the whole graph (" << view.node_count << " nodes, " << view.edge_count() << " edges)\n";
    else
        out << "view: people linked by shared prosecutions" << (setup.links.empty() ? "" : " and " + setup.links)
            << ", " << setup.weighting << " weighting (" << view.node_count << " people, " << view.edge_count()
            << " links)\n";
    out << "algorithm: " << r.algorithm;
    if (r.algorithm == "leiden" || r.algorithm == "louvain")
        out << " (seed " << r.seed << ", " << r.iterations << (r.algorithm == "leiden" ? " iterations" : " levels")
            << (r.converged ? ", converged)" : ", NOT converged: stopped at the iteration limit while still changing)");
    if (r.algorithm == "kcore") out << " (k = " << setup.k << ")";
    out << "; " << r.quality << " at resolution " << r.resolution << " = " << r.modularity << "; " << t.clusters.size()
        << " clusters\n";
    std::size_t hidden = 0;
    for (const auto& s : t.clusters) {
        if (s.members.size() < 2 && !all) {
            ++hidden;
            continue;
        }
        out << "\ncluster " << s.number << ": " << s.members.size() << (setup.view == "graph" ? " nodes" : " people");
        if (s.peak_severity != Severity::none)
            out << ", peak severity " << severity_name(s.peak_severity) << " (" << severity_rank(s.peak_severity)
                << ")";
        if (!s.first_date.empty()) out << ", " << s.first_date.str() << " to " << s.last_date.str();
        out << "\n  members:      " << or_dash(joined(g, s.members, true)) << "\n";
        out << "  prosecutions: " << or_dash(joined(g, s.prosecutions, true)) << "\n";
        out << "  courts:       " << or_dash(joined(g, s.courts, true)) << "\n";
        out << "  articles:     " << or_dash(joined_strings(g, s.articles, true)) << "\n";
        out << "  movements:    " << or_dash(joined(g, s.movements, true)) << "\n";
    }
    if (hidden) out << "\n" << hidden << " single-member clusters not shown (--all shows them)\n";
}

}  // namespace repnet

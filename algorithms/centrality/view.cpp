#include "algorithms/centrality/view.hpp"

#include "engine/errors.hpp"

namespace repnet {

PersonLinkParams shared_affiliation_links() {
    PersonLinkParams p;
    p.extra = parse_link_rules("shared-affiliation");
    return p;
}

CsrGraph centrality_view(const Graph& graph, const ViewParams& params, PersonNetwork* network) {
    if (!params.project.empty()) {
        if (params.project != "person")
            throw UsageError("--project: only 'person' is supported (people linked by shared prosecutions, movements and "
                             "organisations), got '" + params.project + "'");
        if (params.directed) throw UsageError("--project person gives an undirected graph; it cannot be combined with --directed");
        if (!params.types.empty()) throw UsageError("--project person cannot be combined with --types");
        PersonNetwork net = person_network(graph, params.person_links);
        CsrGraph view = net.view();
        if (network) *network = std::move(net);
        return view;
    }
    CsrOptions options;
    options.directed = params.directed;
    if (!params.types.empty()) {
        const TypeSet& known = graph.vocabulary().entity_types;
        std::vector<bool> wanted(known.size(), false);
        for (const auto& t : params.types) {
            const auto id = known.find(t);
            if (!id) throw UsageError("--types: unknown entity type '" + t + "' (known: " + known.joined() + ")");
            wanted[*id] = true;
        }
        options.keep_node.resize(graph.node_count());
        for (NodeId v = 0; v < graph.node_count(); ++v) options.keep_node[v] = wanted[graph.node(v).type];
    }
    return build_simple_csr(graph, options);
}

std::string describe_view(const ViewParams& params, bool weighted) {
    std::string s;
    if (params.project.empty()) {
        s = std::string(params.directed ? "directed" : "undirected") + " simple view";
    } else {
        const std::string rules = link_rules_text(params.person_links.extra);
        if (rules == link_rules_text(shared_affiliation_links().extra))
            s = "person-person projection (shared prosecutions, movements, organisations)";
        else
            s = "person-person projection (shared prosecutions" + (rules.empty() ? "" : ", " + rules) + ")";
        if (params.person_links.weighting != LinkWeighting::count)
            s += ", " + std::string(link_weighting_name(params.person_links.weighting)) + " weighting";
    }
    if (!params.types.empty()) {
        s += ", types ";
        for (std::size_t i = 0; i < params.types.size(); ++i) s += (i ? "," : "") + params.types[i];
    }
    s += weighted ? ", weighted (paths: distance 1/weight)" : ", unweighted";
    return s;
}

}  // namespace repnet

#include "algorithms/centrality/view.hpp"

#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {

PersonLinkParams shared_affiliation_links() {
    PersonLinkParams p;
    p.extra = *link_rule_set("shared-affiliation");
    return p;
}

CsrGraph centrality_view(const Graph& graph, const ViewParams& params, PersonNetwork* network) {
    if (params.person_projection) {
        if (params.directed) throw InvalidArgument("directed", "must be false with the person projection", "true");
        if (!params.types.empty())
            throw InvalidArgument("types", "must be empty with the person projection",
                                  std::to_string(params.types.size()) + " types");
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
        for (TypeId t : params.types) {
            if (t >= known.size())
                throw InvalidArgument("types",
                                      "must be entity type ids of the graph (" + std::to_string(known.size()) + ")",
                                      std::to_string(t));
            wanted[t] = true;
        }
        options.keep_node.resize(graph.node_count());
        for (NodeId v = 0; v < graph.node_count(); ++v) options.keep_node[v] = wanted[graph.node(v).type];
    }
    return build_simple_csr(graph, options);
}

std::string describe_view(const Graph& graph, const ViewParams& params, bool weighted) {
    std::string s;
    if (!params.person_projection) {
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
        for (std::size_t i = 0; i < params.types.size(); ++i)
            s += (i ? "," : "") + graph.vocabulary().entity_types.name(params.types[i]);
    }
    s += weighted ? ", weighted (paths: distance 1/weight)" : ", unweighted";
    return s;
}

}  // namespace repnet

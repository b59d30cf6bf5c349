#include "algorithms/centrality/view.hpp"

#include "algorithms/projection/person_projection.hpp"
#include "engine/errors.hpp"
#include "engine/graph_csr.hpp"

namespace repnet {

CsrGraph centrality_view(const Graph& graph, const ViewParams& params) {
    if (!params.project.empty()) {
        if (params.project != "person")
            throw UsageError("--project: only 'person' is supported (people linked by shared prosecutions, movements and "
                             "organisations), got '" + params.project + "'");
        if (params.directed) throw UsageError("--project person gives an undirected graph; it cannot be combined with --directed");
        if (!params.types.empty()) throw UsageError("--project person cannot be combined with --types");
        return project(graph, ProjectionParams::shared_affiliation()).view();
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
    std::string s = params.project.empty() ? std::string(params.directed ? "directed" : "undirected") + " simple view"
                                           : "person-person projection (shared prosecutions, movements, organisations)";
    if (!params.types.empty()) {
        s += ", types ";
        for (std::size_t i = 0; i < params.types.size(); ++i) s += (i ? "," : "") + params.types[i];
    }
    s += weighted ? ", weighted (paths: distance 1/weight)" : ", unweighted";
    return s;
}

}  // namespace repnet

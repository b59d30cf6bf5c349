#include "algorithms/common/action.hpp"

namespace repnet {

bool is_defendant_edge(const Graph& g, EdgeId e) {
    return g.edge_type_name(e) == vocab::defendant_in;
}

NodeId action_target(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    return is_defendant_edge(g, e) ? d.source : d.target;
}

NodeId action_actor(const Graph& g, EdgeId e) {
    const EdgeData& d = g.edge(e);
    return is_defendant_edge(g, e) ? d.target : d.source;
}

}  // namespace repnet

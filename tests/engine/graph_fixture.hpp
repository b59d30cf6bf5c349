#pragma once
// Small typed multigraphs for the engine tests, built through the Graph API alone.
#include <initializer_list>

#include "engine/graph.hpp"

namespace repnet::test {

// A graph with one node per id, in order (node i has ids[i]), and no edges.
inline Graph graph_with_nodes(std::initializer_list<const char*> ids) {
    Graph g;
    for (const char* id : ids) {
        NodeData n;
        n.id = g.strings().intern(id);
        g.add_node(n);
    }
    return g;
}

// Adds an edge source -> target with default attributes and returns its id.
inline EdgeId add_plain_edge(Graph& g, NodeId source, NodeId target) {
    EdgeData e;
    e.source = source;
    e.target = target;
    return g.add_edge(e);
}

}  // namespace repnet::test

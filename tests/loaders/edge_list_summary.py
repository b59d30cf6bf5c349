#!/usr/bin/python3
"""Reads an integer edge list with NetworkX (nodes 0..max id) and prints counts as JSON,
the oracle for repnet's edge-list loader and its simple view."""
import json
import sys

import networkx as nx

g = nx.read_edgelist(sys.argv[1], comments="#", nodetype=int, data=(("weight", float),), create_using=nx.MultiGraph)
g.add_nodes_from(range(max(g.nodes) + 1))
simple = nx.Graph(g)
simple.remove_edges_from(list(nx.selfloop_edges(simple)))
json.dump({
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "simple_edges": simple.number_of_edges(),
    "components": nx.number_connected_components(simple),
    "isolated_nodes": nx.number_of_isolates(simple),
    "total_weight": g.size(weight="weight"),
}, sys.stdout)

#!/usr/bin/python3
"""Reads a GraphML file with NetworkX and prints its nodes and edges as JSON,
so the C++ tests can compare what NetworkX sees with what repnet wrote."""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
# NetworkX keeps a key's <default> in G.graph["node_default"] / ["edge_default"] instead of
# setting it on the elements without a value (igraph and graph-tool set it); applied here
# as a NetworkX user reads a value: d.get(key, G.graph["edge_default"][key]).
for defaults, items in (("node_default", g.nodes(data=True)),
                        ("edge_default", g.edges(data=True, keys=True) if g.is_multigraph() else g.edges(data=True))):
    for *_, d in items:
        for key, value in g.graph.get(defaults, {}).items():
            d.setdefault(key, value)
out = {
    "multigraph": g.is_multigraph(),
    "directed": g.is_directed(),
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [
        {"source": u, "target": v, "key": k, "data": d}
        for u, v, k, d in (g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True)))
    ],
}
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)

#!/usr/bin/python3
"""Reads a GraphML file with NetworkX and prints its nodes and edges as JSON,
so the C++ tests can compare what NetworkX sees with what repnet wrote."""
import json
import sys

import networkx as nx

g = nx.read_graphml(sys.argv[1])
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

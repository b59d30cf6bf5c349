#!/usr/bin/python3
"""Reads a GEXF 1.3 file with NetworkX and prints its graph, nodes and edges as
JSON, so the C++ tests can compare what NetworkX sees with what repnet wrote.

NetworkX 2.8 knows the GEXF 1.1draft and 1.2draft namespaces only; the 1.3
namespace is registered here with the same reader (the 1.3 elements repnet
writes -- attributes, attvalues, spells, viz:color -- read as in 1.2)."""
import json
import sys

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions["1.3"] = {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
}

g = nx.read_gexf(sys.argv[1], version="1.3")
# An edge without a weight attribute has GEXF's default weight 1.0; NetworkX then sets none.
for *_, d in (g.edges(data=True, keys=True) if g.is_multigraph() else g.edges(data=True)):
    d.setdefault("weight", 1.0)
edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
out = {
    "multigraph": g.is_multigraph(),
    "directed": g.is_directed(),
    "graph": {k: v for k, v in g.graph.items() if k in ("mode", "start", "end")},
    "nodes": {n: d for n, d in g.nodes(data=True)},
    "edges": [{"source": u, "target": v, "key": k, "data": d} for u, v, k, d in edges],
}
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)

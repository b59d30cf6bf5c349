#!/usr/bin/python3
"""Reads a GraphML file with python-igraph (the C core's libxml2 reader) and
prints its nodes and edges as JSON, so the C++ tests can compare what igraph
sees with what repnet wrote."""
import json
import sys

import igraph

g = igraph.Graph.Read_GraphML(sys.argv[1])
ids = g.vs["id"]


def clean(attrs):
    # igraph gives every vertex/edge every attribute; a missing value is None (strings) or NaN (numbers).
    return {k: v for k, v in attrs.items() if v is not None and not (isinstance(v, float) and v != v)}


out = {
    "directed": g.is_directed(),
    "nodes": {ids[v.index]: clean(v.attributes()) for v in g.vs},
    "edges": [{"source": ids[e.source], "target": ids[e.target], "data": clean(e.attributes())} for e in g.es],
}
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True)

#!/usr/bin/python3
"""NetworkX oracle for the articulation-point tests.

Reads a JSON spec (argv[1]): {"graph": "karate" | "edges", "nodes": N, "edges": [[u, v] or [u, v, w], ...]}.
Builds the undirected simple graph (parallel edges collapsed, self-loops dropped, nodes
0..N-1) and prints JSON: {"nodes": N, "edges": [[u, v], ...] (the input edges, for "karate"
the club's), "articulation_points": [sorted], "biconnected_components": count,
"components_joined": [per node, the number of biconnected components containing it]}."""
import json
import sys

import networkx as nx

spec = json.load(open(sys.argv[1]))
if spec["graph"] == "edges":
    n = spec["nodes"]
    edges = [(int(u), int(v)) for u, v, *_ in spec["edges"]]
else:
    classic = {"karate": nx.karate_club_graph}[spec["graph"]]()
    index = {v: i for i, v in enumerate(classic)}
    n = len(index)
    edges = [(index[u], index[v]) for u, v in classic.edges()]

G = nx.Graph()
G.add_nodes_from(range(n))
G.add_edges_from((u, v) for u, v in edges if u != v)

components = list(nx.biconnected_components(G))
joined = [0] * n
for c in components:
    for v in c:
        joined[v] += 1
json.dump({"nodes": n, "edges": [[u, v] for u, v in edges],
           "articulation_points": sorted(nx.articulation_points(G)),
           "biconnected_components": len(components), "components_joined": joined}, sys.stdout)

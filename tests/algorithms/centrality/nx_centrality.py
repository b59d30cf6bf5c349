#!/usr/bin/python3
"""NetworkX oracle for the centrality tests.

Reads a JSON spec (argv[1]): {"graph": "karate" | "florentine" | "lesmis" | "davis" | "edges",
"nodes": N, "edges": [[u, v, w], ...] (multigraph, for "edges"), "directed": bool,
"weighted": bool, "personalization": [..] (optional)}. Builds the simple view NetworkX
holds for that multigraph (parallel edges collapsed with summed weights, self-loops dropped),
runs NetworkX's function of each measure, and prints JSON: {"nodes": N, "edges": [[u, v, w],
...], "measures": {name: [value per node] or null if NetworkX raised
PowerIterationFailedConvergence}, "hits_unique": bool}. The iterative measures run at a tight
tolerance (tol 1e-14 per node, max_iter 100000: converged to rounding), as the reference for
repnet's precise defaults; "networkx_<name>" holds eigenvector, pagerank and katz with
NetworkX's default stopping rules, for repnet's --networkx-defaults."""
import json
import warnings
import sys

import networkx as nx
import numpy as np
from networkx.algorithms.link_analysis.hits_alg import _hits_python

warnings.simplefilter("ignore")
spec = json.load(open(sys.argv[1]))
directed = spec.get("directed", False)
weighted = spec.get("weighted", False)

if spec["graph"] == "edges":
    n = spec["nodes"]
    edges = [(int(u), int(v), float(w)) for u, v, w in spec["edges"]]
else:
    classic = {
        "karate": nx.karate_club_graph,
        "florentine": nx.florentine_families_graph,
        "lesmis": nx.les_miserables_graph,
        "davis": nx.davis_southern_women_graph,
    }[spec["graph"]]()
    index = {v: i for i, v in enumerate(classic)}
    n = len(index)
    edges = [(index[u], index[v], float(d.get("weight", 1))) for u, v, d in classic.edges(data=True)]

G = nx.DiGraph() if directed else nx.Graph()
G.add_nodes_from(range(n))
for u, v, w in edges:
    if u == v:
        continue
    if G.has_edge(u, v):
        G[u][v]["weight"] += w
    else:
        G.add_edge(u, v, weight=w)
for u, v, d in G.edges(data=True):
    d["distance"] = 1.0 / d["weight"]

plain = nx.DiGraph() if directed else nx.Graph()  # the same edges without attributes
plain.add_nodes_from(G)
plain.add_edges_from(G.edges())


def listed(d):
    return [float(d[v]) for v in range(n)]


def guarded(f):
    try:
        return listed(f())
    except nx.PowerIterationFailedConvergence:
        return None


TIGHT = {"tol": 1e-14, "max_iter": 100000}
H = G if weighted else plain


def top_eigenvector():
    try:
        return listed(nx.eigenvector_centrality(H, weight=wkey, **TIGHT))
    except nx.PowerIterationFailedConvergence:
        if directed:
            return None
    # Undirected: NetworkX's power iteration drains a component whose top eigenvalue is nearly
    # the largest too slowly even in 100000 steps; where the top eigenvalue is simple, its limit
    # is the top eigenvector, which numpy finds directly.
    vals, vecs = np.linalg.eigh(nx.to_numpy_array(H, nodelist=range(n), weight=wkey))
    if vals[-1] - vals[-2] <= 1e-9 * vals[-1]:
        return None
    x = vecs[:, -1] * np.sign(vecs[:, -1].sum())
    x = np.maximum(x, 0)
    return [float(v) for v in x / np.linalg.norm(x)]
dist = "distance" if weighted else None
wkey = "weight" if weighted else None
out = {
    "degree": listed(dict(G.degree())),
    "strength": listed(dict(G.degree(weight="weight"))),
    "betweenness": listed(nx.betweenness_centrality(H, weight=dist)),
    "closeness": listed(nx.closeness_centrality(H, distance=dist)),
    "harmonic": listed(nx.harmonic_centrality(H, distance=dist)),
    "eigenvector": top_eigenvector(),
    "pagerank": guarded(lambda: nx.pagerank(H, **TIGHT)),
    "katz": guarded(lambda: nx.katz_centrality(H, weight=wkey, **TIGHT)),
    "networkx_eigenvector": guarded(lambda: nx.eigenvector_centrality(H, weight=wkey)),
    "networkx_pagerank": guarded(lambda: nx.pagerank(H)),
    "networkx_katz": guarded(lambda: nx.katz_centrality(H, weight=wkey)),
}
if directed:
    out["in_degree"] = listed(dict(G.in_degree()))
    out["out_degree"] = listed(dict(G.out_degree()))
if "personalization" in spec:
    p = {v: x for v, x in enumerate(spec["personalization"])}
    out["pagerank_personalized"] = guarded(lambda: nx.pagerank(H, personalization=p, **TIGHT))

# nx.hits takes the top singular vectors from ARPACK; they are unique only when the top
# singular value is simple. Otherwise compare with NetworkX's power-iteration reference.
A = nx.to_numpy_array(H, nodelist=range(n))
s = np.linalg.svd(A, compute_uv=False) if n else np.array([])
unique = len(s) > 1 and s[0] > 0 and (s[0] - s[1]) > 1e-6 * s[0]
try:
    h, a = nx.hits(H, **TIGHT) if unique else _hits_python(H, **TIGHT)
    out["hub"], out["authority"] = listed(h), listed(a)
except (nx.PowerIterationFailedConvergence, ZeroDivisionError):
    out["hub"] = out["authority"] = None

json.dump({"nodes": n, "edges": [[u, v, w] for u, v, w in edges], "measures": out, "hits_unique": bool(unique)}, sys.stdout)

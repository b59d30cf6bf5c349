#!/usr/bin/python3
"""One peer library, one graph: loads the edge list, then times each measure.

Run by bench/run.py, which enforces the time budget by killing this process.
Protocol (one line each, on stdout):  load SECONDS NODES EDGES | start M | done M SECONDS | error M MESSAGE
Semantics match repnet's default view and NetworkX's functions with default
parameters: undirected simple graph (parallel edges collapsed, self-loops
dropped), unweighted except `strength` (the summed weights of collapsed edges).
"""
import argparse
import sys
import time
import warnings

import numpy as np

warnings.filterwarnings("ignore")

# NetworkX's default max_iter=100 is too few for eigenvector centrality on the 1m graph (nearly
# bipartite: (A + I) converges slowly); repnet and NetworkX both get 1000 (bench/run.py).
EIGENVECTOR_MAX_ITER = 1000


def read_simple(path):
    """Edge list -> (n, src, dst, weight) of the simple undirected graph, ids 0..max."""
    a = np.loadtxt(path, comments="#", ndmin=2)
    if a.size == 0:
        return 0, np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    s = a[:, 0].astype(np.int64)
    t = a[:, 1].astype(np.int64)
    w = a[:, 2] if a.shape[1] > 2 else np.ones(len(s))
    n = int(max(s.max(), t.max())) + 1
    u, v = np.minimum(s, t), np.maximum(s, t)
    keep = u != v
    key = u[keep] * n + v[keep]
    uniq, inverse = np.unique(key, return_inverse=True)
    weight = np.bincount(inverse, weights=w[keep])
    return n, uniq // n, uniq % n, weight


def component_factor(labels, n):
    """NetworkX's Wasserman-Faust factor (r-1)/(n-1), r = size of the node's component."""
    sizes = np.bincount(labels)
    return (sizes[labels] - 1) / max(n - 1, 1)


def load_networkx(path):
    import networkx as nx

    n, s, t, w = read_simple(path)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    # The weight is stored as "w", so NetworkX's weight="weight" defaults see an unweighted graph.
    g.add_edges_from((a, b, {"w": x}) for a, b, x in zip(s.tolist(), t.tolist(), w.tolist()))
    return g, n, len(s)


def measures_networkx(g, n, alpha):
    import networkx as nx

    return {
        "degree": lambda: nx.degree_centrality(g),
        "strength": lambda: dict(g.degree(weight="w")),
        "betweenness": lambda: nx.betweenness_centrality(g),
        "closeness": lambda: nx.closeness_centrality(g),
        "harmonic": lambda: nx.harmonic_centrality(g),
        "eigenvector": lambda: nx.eigenvector_centrality(g, max_iter=EIGENVECTOR_MAX_ITER),
        "pagerank": lambda: nx.pagerank(g),
        "katz": lambda: nx.katz_centrality(g, alpha=alpha),
        "hits": lambda: nx.hits(g),
    }


def load_igraph(path):
    import igraph as ig

    n, s, t, w = read_simple(path)
    g = ig.Graph(n=n, edges=np.column_stack([s, t]), directed=False)
    g.es["weight"] = w
    return g, n, len(s)


def measures_igraph(g, n, alpha):
    def closeness():
        c = np.array(g.closeness(normalized=True), dtype=float)
        return np.nan_to_num(c) * component_factor(np.array(g.connected_components().membership), n)

    def eigenvector():
        x = np.array(g.eigenvector_centrality(scale=False))
        return x / np.linalg.norm(x)

    return {
        "degree": lambda: np.array(g.degree()) / max(n - 1, 1),
        "strength": lambda: g.strength(weights="weight"),
        "betweenness": lambda: np.array(g.betweenness(directed=False)) * (2.0 / ((n - 1) * (n - 2))),
        "closeness": closeness,
        "harmonic": lambda: g.harmonic_centrality(normalized=False),
        "eigenvector": eigenvector,
        "pagerank": lambda: g.pagerank(damping=0.85),
        "katz": None,  # igraph has no Katz centrality
        "hits": lambda: (g.hub_score(), g.authority_score()),
    }


def load_graph_tool(path):
    import graph_tool as gt

    n, s, t, w = read_simple(path)
    g = gt.Graph(directed=False)
    g.add_vertex(n)
    weight = g.new_edge_property("double")
    g.add_edge_list(np.column_stack([s, t, w]), eprops=[weight])
    g.edge_properties["weight"] = weight
    return g, n, len(s)


def measures_graph_tool(g, n, alpha):
    from graph_tool import centrality, topology

    vs = g.get_vertices()

    def closeness():
        c = np.nan_to_num(centrality.closeness(g).a)
        labels, _ = topology.label_components(g)
        return c * component_factor(labels.a, n)

    return {
        "degree": lambda: g.get_total_degrees(vs) / max(n - 1, 1),
        "strength": lambda: g.get_total_degrees(vs, eweight=g.edge_properties["weight"]),
        "betweenness": lambda: centrality.betweenness(g),
        "closeness": closeness,
        "harmonic": lambda: centrality.closeness(g, harmonic=True, norm=False),
        "eigenvector": lambda: centrality.eigenvector(g),
        "pagerank": lambda: centrality.pagerank(g, damping=0.85),
        "katz": lambda: centrality.katz(g, alpha=alpha),
        "hits": lambda: centrality.hits(g),
    }


TOOLS = {
    "networkx": (load_networkx, measures_networkx),
    "igraph": (load_igraph, measures_igraph),
    "graph-tool": (load_graph_tool, measures_graph_tool),
}


def say(*parts):
    print(*parts, flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True, choices=sorted(TOOLS))
    p.add_argument("--edges", required=True)
    p.add_argument("--measures", required=True)
    p.add_argument("--katz-alpha", type=float, required=True)
    args = p.parse_args()
    load, measures = TOOLS[args.tool]
    t0 = time.perf_counter()
    g, n, m = load(args.edges)
    say("load", f"{time.perf_counter() - t0:.6f}", n, m)
    table = measures(g, n, args.katz_alpha)
    for name in args.measures.split(","):
        fn = table.get(name)
        if fn is None:
            say("error", name, "n/a (no such function)")
            continue
        say("start", name)
        t0 = time.perf_counter()
        try:
            fn()
        except Exception as e:  # e.g. PowerIterationFailedConvergence
            say("error", name, type(e).__name__)
            continue
        say("done", name, f"{time.perf_counter() - t0:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Benchmark: repnet's Leiden and Louvain against igraph's and NetworkX's.

    bench/clusters.py [--repnet build/cli/repnet] [--nodes N] [--edges M] [--groups G]
                      [--mixing MU] [--seed S] [--dir DIR] [--edge-list FILE] [--skip-networkx]

Without --edge-list it writes a planted-partition graph (G equal groups; a
share MU of each node's edges leave its group) to DIR/edges.tsv in the format
of `repnet generate` (a `# source<TAB>target<TAB>weight` header, integer ids),
and the same graph as a repnet JSON dataset, DIR/dataset.json (people linked
by associate_of), for a repnet without the edge-list loader. Every tool gets
the same graph, one run each; the table shows seconds spent clustering (repnet
reports its own with --timing, excluding loading) and the modularity of the
result, computed by igraph at resolution 1 for every tool.
Needs Debian's python3-igraph and python3-networkx. Never touches the network.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import time


def planted_partition(n, m, groups, mixing, seed):
    rng = random.Random(seed)
    size = n // groups
    edges = set()
    while len(edges) < m:
        u = rng.randrange(n)
        g = min(u // size, groups - 1)
        if rng.random() < mixing:
            v = rng.randrange(n)
        else:
            lo = g * size
            hi = n if g == groups - 1 else lo + size
            v = rng.randrange(lo, hi)
        if u != v:
            edges.add((min(u, v), max(u, v)))
    return sorted(edges)


def write_inputs(directory, n, edges):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "edges.tsv"), "w") as f:
        f.write("# source\ttarget\tweight\n")
        for u, v in edges:
            f.write(f"{u}\t{v}\t1\n")
    ev = [{"source": "bench", "locator": "generated"}]
    doc = {
        "repnet_dataset": 1,
        "sources": [{"id": "bench", "publisher": "bench/clusters.py", "title": "planted partition"}],
        "entities": [{"id": str(i), "type": "person", "name": f"n{i}", "evidence": ev} for i in range(n)],
        "relations": [{"source": str(u), "target": str(v), "type": "associate_of", "evidence": ev} for u, v in edges],
    }
    with open(os.path.join(directory, "dataset.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))


def read_edge_list(path):
    edges, n = [], 0
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split()
            u, v = int(parts[0]), int(parts[1])
            w = float(parts[2]) if len(parts) > 2 else 1.0
            edges.append((u, v, w))
            n = max(n, u + 1, v + 1)
    return n, edges


def repnet_input(repnet, directory):
    """The edge list if this repnet reads it, else the JSON dataset."""
    tsv = os.path.join(directory, "edges.tsv")
    if subprocess.run([repnet, "stats", tsv], capture_output=True).returncode == 0:
        return tsv
    return os.path.join(directory, "dataset.json")


def run_repnet(repnet, dataset, algorithm, seed, extra=()):
    start = time.perf_counter()
    r = subprocess.run([repnet, "clusters", dataset, "--view", "graph", "--algorithm", algorithm, "--seed", str(seed),
                        "--json", "--timing", *extra], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"repnet failed: {r.stderr}")
    m = re.search(r"clustering: \S+ (\S+) s", r.stderr)
    out = json.loads(r.stdout)
    return float(m.group(1)), wall, out["count"], out["clusters"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repnet", default=os.path.join(os.path.dirname(__file__), "..", "build", "cli", "repnet"))
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=50000)
    ap.add_argument("--groups", type=int, default=50)
    ap.add_argument("--mixing", type=float, default=0.3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", default="bench-out/clusters")
    ap.add_argument("--edge-list", help="use this edges.tsv (e.g. from `repnet generate`) instead of generating one")
    ap.add_argument("--skip-networkx", action="store_true", help="NetworkX is slow on large graphs")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if repnet's modularity is more than 0.01 below igraph's (for the test suite)")
    args = ap.parse_args()

    import igraph
    import networkx as nx

    if args.edge_list:
        n, wedges = read_edge_list(args.edge_list)
        args.dir = os.path.dirname(os.path.abspath(args.edge_list))
        if not os.path.exists(os.path.join(args.dir, "dataset.json")):
            write_inputs(args.dir, n, [(u, v) for u, v, _ in wedges])
    else:
        edges = planted_partition(args.nodes, args.edges, args.groups, args.mixing, args.seed)
        write_inputs(args.dir, args.nodes, edges)
        n, wedges = args.nodes, [(u, v, 1.0) for u, v in edges]
    print(f"graph: {n} nodes, {len(wedges)} edges ({args.dir})")

    ig = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in wedges])
    ig.es["weight"] = [w for _, _, w in wedges]
    rows = []

    def q(membership):
        return ig.modularity(membership, weights="weight")

    dataset = repnet_input(args.repnet, args.dir)
    for name, algorithm, extra in (("repnet leiden (until stable)", "leiden", ()),
                                   ("repnet leiden (2 iterations)", "leiden", ("--iterations", "2")),
                                   ("repnet louvain", "louvain", ())):
        secs, wall, count, clusters = run_repnet(args.repnet, dataset, algorithm, args.seed, extra)
        membership = [0] * n
        for c in clusters:
            for m in c["members"]:
                membership[int(m["id"])] = c["cluster"]
        rows.append((name, secs, q(membership), count, f"(whole command {wall:.2f} s)"))

    random.seed(args.seed)
    t = time.perf_counter()
    p = ig.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    rows.append(("igraph community_leiden (until stable)", time.perf_counter() - t, q(p.membership), len(p), ""))
    random.seed(args.seed)
    t = time.perf_counter()
    p = ig.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
    rows.append(("igraph community_leiden (2 iterations)", time.perf_counter() - t, q(p.membership), len(p), ""))
    t = time.perf_counter()
    p = ig.community_multilevel(weights="weight")
    rows.append(("igraph community_multilevel", time.perf_counter() - t, q(p.membership), len(p), ""))
    if not args.skip_networkx:
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(wedges)
        t = time.perf_counter()
        comms = nx.community.louvain_communities(g, weight="weight", seed=args.seed)
        secs = time.perf_counter() - t
        membership = [0] * n
        for i, c in enumerate(comms):
            for v in c:
                membership[v] = i
        rows.append(("networkx louvain_communities", secs, q(membership), len(comms), ""))

    print(f"{'tool':42} {'seconds':>9} {'modularity':>11} {'communities':>12}")
    for name, secs, mod, count, note in rows:
        print(f"{name:42} {secs:9.3f} {mod:11.5f} {count:12d} {note}")
    if args.check:
        best = {name: mod for name, _, mod, _, _ in rows}
        if best["repnet leiden (until stable)"] < best["igraph community_leiden (until stable)"] - 0.01 or \
                best["repnet louvain"] < best["igraph community_multilevel"] - 0.01:
            sys.exit("check failed: repnet's modularity is below igraph's")


main()

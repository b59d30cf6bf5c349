#!/usr/bin/python3
"""Oracle for the community tests: NetworkX and igraph on the same graphs.

  community_oracle.py graph karate|lesmis        prints the graph as an edge list
  community_oracle.py quality EDGES [RESOLUTION] best modularity of NetworkX's louvain_communities
                                                 and igraph's community_leiden / community_multilevel
  community_oracle.py modularity EDGES PARTITION networkx.community.modularity of a partition

Edge lists: first line the node count n, then one `u v weight` line per edge
(nodes 0..n-1). A partition file holds one community label per line, per node.
Output is JSON on stdout.
"""
import json
import sys

import networkx as nx


def read_edges(path):
    with open(path) as f:
        n = int(f.readline())
        g = nx.Graph()
        g.add_nodes_from(range(n))
        for line in f:
            u, v, w = line.split()
            g.add_edge(int(u), int(v), weight=float(w))
    return g


def quality(g, membership, gamma):
    # NetworkX's modularity for every tool: igraph 0.10's Graph.modularity ignores its resolution argument.
    groups = {}
    for v, c in enumerate(membership):
        groups.setdefault(c, set()).add(v)
    return nx.community.modularity(g, list(groups.values()), weight="weight", resolution=gamma)


def to_igraph(g):
    import igraph
    h = igraph.Graph(n=g.number_of_nodes(), edges=[(u, v) for u, v in g.edges()])
    h.es["weight"] = [d["weight"] for _, _, d in g.edges(data=True)]
    return h


def main():
    cmd = sys.argv[1]
    if cmd == "graph":
        if sys.argv[2] == "karate":
            g = nx.karate_club_graph()
            edges = [(u, v, 1.0) for u, v in g.edges()]  # unweighted: the classic Q = 0.4198 instance
            n = g.number_of_nodes()
        else:
            g = nx.les_miserables_graph()
            index = {name: i for i, name in enumerate(sorted(g.nodes()))}
            edges = [(index[u], index[v], float(d["weight"])) for u, v, d in g.edges(data=True)]
            n = len(index)
        print(n)
        for u, v, w in edges:
            print(u, v, repr(w))
    elif cmd == "quality":
        g = read_edges(sys.argv[2])
        gamma = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
        nxq = [nx.community.modularity(g, nx.community.louvain_communities(g, weight="weight", resolution=gamma, seed=s),
                                       weight="weight", resolution=gamma) for s in range(5)]
        out = {"networkx_louvain_max": max(nxq), "networkx_louvain_mean": sum(nxq) / len(nxq)}
        import igraph
        import random
        h = to_igraph(g)
        lq, mq = [], []
        for s in range(5):
            random.seed(s)
            p = h.community_leiden(objective_function="modularity", weights="weight", resolution_parameter=gamma,
                                   n_iterations=-1)
            lq.append(quality(g, p.membership, gamma))
            random.seed(s)
            p = h.community_multilevel(weights="weight", resolution=gamma)
            mq.append(quality(g, p.membership, gamma))
        out.update({"igraph_leiden_max": max(lq), "igraph_leiden_mean": sum(lq) / len(lq),
                    "igraph_multilevel_max": max(mq), "igraph_multilevel_mean": sum(mq) / len(mq)})
        print(json.dumps(out))
    elif cmd == "modularity":
        g = read_edges(sys.argv[2])
        gamma = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
        with open(sys.argv[3]) as f:
            labels = [int(x) for x in f.read().split()]
        groups = {}
        for v, c in enumerate(labels):
            groups.setdefault(c, set()).add(v)
        print(json.dumps({"modularity": nx.community.modularity(g, list(groups.values()), weight="weight",
                                                                resolution=gamma)}))


main()

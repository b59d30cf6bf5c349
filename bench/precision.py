#!/usr/bin/python3
"""Iterative measures at equal precision: repnet and igraph against a converged reference.

    /usr/bin/python3 bench/precision.py EDGES.tsv [--repnet build/cli/repnet] [--out bench/results/NAME]

The reference (undirected simple view, unweighted) is computed with numpy/scipy to machine
precision: PageRank by power iteration until the L1 change is below 1e-16, the eigenvector by
ARPACK (eigsh, tol=0), Katz at alpha = 0.85 / lambda_max by the fixed-point iteration until the
relative L1 change is below 1e-17. Each tool runs at a tolerance that reaches max error <= 1e-10
against it; the table gives each tool's time (computation only, best of --repeat) and the max
error it reached, on one thread and on both cores. igraph has no Katz; its PageRank is PRPACK (a
direct solver) and its eigenvector centrality ARPACK (tol 1e-14 here).
"""
import argparse, csv, json, os, subprocess, sys, tempfile, time
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from peer_worker import read_simple  # noqa: E402


def reference(n, s, t):
    A = sp.coo_matrix((np.ones(len(s)), (s, t)), shape=(n, n)).tocsr()
    A = (A + A.T).tocsr()
    deg = np.asarray(A.sum(axis=1)).ravel()
    PT = (sp.diags(np.where(deg > 0, 1 / np.maximum(deg, 1), 0)) @ A).T.tocsr()
    dang = deg == 0
    x = np.full(n, 1 / n)
    for _ in range(10000):
        y = 0.85 * (PT @ x + x[dang].sum() / n) + 0.15 / n
        d = np.abs(y - x).sum()
        x = y
        if d < 1e-16:
            break
    vals, vecs = sla.eigsh(A, k=2, which="LA", tol=0, ncv=40)
    i = int(np.argmax(vals))
    ev = vecs[:, i] * np.sign(vecs[:, i].sum())
    ev = np.maximum(ev, 0)
    ev /= np.linalg.norm(ev)
    alpha = 0.85 / vals[i]
    k = np.zeros(n)
    for _ in range(100000):
        k2 = alpha * (A @ k) + 1
        d = np.abs(k2 - k).sum() / np.abs(k2).sum()
        k = k2
        if d < 1e-17:
            break
    return A, {"pagerank": x, "eigenvector": ev, "katz": k / np.linalg.norm(k)}, vals[i], alpha


def run_repnet(repnet, edges, threads, n, repeat):
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        best = {}
        for _ in range(repeat):
            subprocess.run([repnet, "centrality", edges, "--measure", "pagerank,eigenvector,katz", "--katz-fraction", "0.85",
                            "--top", "0", "--threads", str(threads), "--csv", "-o", tmp + "/c.csv", "--timings", tmp + "/t.json"],
                           check=True, stdout=subprocess.DEVNULL)
            t = json.load(open(tmp + "/t.json"))["measures"]
            for m, sec in t.items():
                best[m] = min(best.get(m, 1e9), sec)
        rows = list(csv.DictReader(open(tmp + "/c.csv")))
        idx = np.array([int(r["id"]) for r in rows])
        for m in best:
            x = np.zeros(n)
            x[idx] = [float(r[m]) for r in rows]
            out[m] = (best[m], x)
    return out


def run_igraph(n, s, t, repeat):
    import igraph as ig

    g = ig.Graph(n=n, edges=np.column_stack([s, t]), directed=False)
    opts = ig.ARPACKOptions()
    opts.tol = 1e-14

    def eigenvector():
        x = np.array(g.eigenvector_centrality(scale=False, arpack_options=opts))
        return x / np.linalg.norm(x)

    out = {}
    for m, f in [("pagerank", lambda: np.array(g.pagerank(damping=0.85))), ("eigenvector", eigenvector)]:
        best, x = 1e9, None
        for _ in range(repeat):
            t0 = time.perf_counter()
            x = f()
            best = min(best, time.perf_counter() - t0)
        out[m] = (best, x)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("edges")
    p.add_argument("--repnet", default="build/cli/repnet")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--out")
    a = p.parse_args()
    n, s, t, _ = read_simple(a.edges)
    A, ref, lam, alpha = reference(n, s, t)
    results = {"graph": a.edges, "nodes": n, "edges": len(s), "lambda_max": lam, "katz_alpha": alpha, "runs": []}
    for threads in (1, 2):
        env = dict(os.environ, OMP_NUM_THREADS=str(threads), OPENBLAS_NUM_THREADS=str(threads))
        os.environ.update(env)
        for tool, res in [("repnet", run_repnet(a.repnet, a.edges, threads, n, a.repeat)),
                          ("igraph", run_igraph(n, s, t, a.repeat))]:
            for m, (sec, x) in res.items():
                err = float(np.abs(x - ref[m]).max())
                results["runs"].append({"tool": tool, "threads": threads, "measure": m, "seconds": sec, "max_error": err})
    lines = [f"Graph {a.edges}: {n} nodes, {len(s)} edges; lambda_max {lam:.6f}, Katz alpha {alpha:.6g}.", "",
             "| measure | threads | repnet s | repnet max error | igraph s | igraph max error | igraph / repnet |",
             "|---|---|---|---|---|---|---|"]
    for m in ("pagerank", "eigenvector", "katz"):
        for threads in (1, 2):
            r = {x["tool"]: x for x in results["runs"] if x["measure"] == m and x["threads"] == threads}
            rp, ig_ = r.get("repnet"), r.get("igraph")
            lines.append(f"| {m} | {threads} | {rp['seconds']:.3f} | {rp['max_error']:.1e} | "
                         + (f"{ig_['seconds']:.3f} | {ig_['max_error']:.1e} | {ig_['seconds'] / rp['seconds']:.2f}× |"
                            if ig_ else "n/a | – | – |"))
    text = "\n".join(lines)
    print(text)
    if a.out:
        open(a.out + ".md", "w").write(text + "\n")
        json.dump(results, open(a.out + ".json", "w"), indent=1)


if __name__ == "__main__":
    main()

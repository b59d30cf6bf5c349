#!/usr/bin/python3
"""repnet against igraph, graph-tool and NetworkX on generated repression networks.

    python3 bench/run.py [--sizes 50k,1m,10m] [--budget SECONDS] [--tools ...] [--measures ...]

Generates the graphs with `repnet generate` (cached in bench/data/), then, in
one run, times loading and every measure on every tool, prints a table of
seconds and peer/repnet ratios per size, and writes it to
bench/results/<UTC time>.md (and .json). See docs/performance.md.
"""
import argparse
import datetime
import json
import os
import platform
import queue
import shlex
import subprocess
import sys
import tempfile
import threading
import time

from peer_worker import EIGENVECTOR_MAX_ITER, read_simple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = "/usr/bin/python3"  # Debian's interpreter, where the peers are installed

# --people for about 50 thousand, 1 million and 10 million edges (docs/generator.md).
SIZES = {"50k": 12_100, "1m": 242_000, "10m": 2_420_000}
MEASURES = ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz", "hits"]
PEERS = ["igraph", "graph-tool", "networkx"]
# repnet measure names for the bench's names (HITS: hubs and authorities are one computation).
REPNET_MEASURE = {"hits": "hub"}
SKIPPED = "skipped (budget)"


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def generate(repnet, size, seed, data_dir):
    out = os.path.join(data_dir, f"{size}-seed{seed}")
    edges = os.path.join(out, "edges.tsv")
    if not os.path.exists(edges):
        log(f"bench: generating {size} (--people {SIZES[size]} --seed {seed})")
        subprocess.run([repnet, "generate", "--people", str(SIZES[size]), "--seed", str(seed), "-o", out], check=True,
                       stdout=subprocess.DEVNULL)
    return edges


def graph_facts(edges):
    """Nodes, edges in the file, edges in the simple graph, and the Katz alpha every tool gets:
    0.9 / an upper bound of the largest adjacency eigenvalue (max over edges of sqrt(d_u d_v)),
    so Katz converges on every tool. One numpy read, through the workers' own reader."""
    import numpy as np

    n, u, v, _ = read_simple(edges)
    deg = np.bincount(np.concatenate([u, v]), minlength=n)
    bound = float(np.sqrt((deg[u] * deg[v]).max()))
    with open(edges) as f:
        file_edges = sum(1 for line in f if line.strip() and not line.startswith("#"))
    return {"nodes": n, "edges": file_edges, "simple_edges": len(u), "katz_alpha": float(f"{0.9 / bound:.3g}")}


def _lines(stream, queue):
    """Forwards a worker's output lines to the queue; None at end of stream. A reader thread, because
    select() on a buffered pipe misses lines already read into Python's buffer."""
    for line in stream:
        queue.put(line)
    queue.put(None)


def run_peer(tool, edges, measures, budget, alpha):
    """Returns (load seconds or status, {measure: seconds or status}). A measure (or the load)
    that runs past the budget is killed and recorded as skipped; the worker restarts for the rest."""
    results, load = {}, None
    todo = list(measures)
    while todo:
        cmd = [PYTHON, os.path.join(HERE, "peer_worker.py"), "--tool", tool, "--edges", edges, "--measures",
               ",".join(todo), "--katz-alpha", str(alpha)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lines = queue.Queue()
        reader = threading.Thread(target=_lines, args=(proc.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + budget
        current = "load"
        try:
            while True:
                try:
                    line = lines.get(timeout=max(deadline - time.monotonic(), 0))
                except queue.Empty:  # over budget
                    raise TimeoutError from None
                if line is None:
                    err = proc.stderr.read().strip().splitlines()
                    raise RuntimeError(err[-1] if err else f"exit {proc.wait()}")
                parts = line.split()
                if parts[0] == "load":
                    load = load if load is not None else float(parts[1])
                    current = None
                elif parts[0] == "start":
                    current = parts[1]
                    deadline = time.monotonic() + budget
                elif parts[0] == "done":
                    results[parts[1]] = float(parts[2])
                    todo.remove(parts[1])
                    current = None
                elif parts[0] == "error":
                    results[parts[1]] = " ".join(parts[2:])
                    todo.remove(parts[1])
                if not todo:
                    break
        except TimeoutError:
            proc.kill()
            if current == "load" or current is None:
                load = load if load is not None else SKIPPED
                for m in todo:
                    results[m] = SKIPPED
                todo = []
            else:
                results[current] = SKIPPED
                todo.remove(current)
        except RuntimeError as e:
            proc.kill()
            for m in todo:
                results.setdefault(m, f"error: {e}")
            todo = []
        finally:
            proc.wait()
            reader.join()
    return load, results


def repnet_has_centrality(repnet):
    """The subcommand is listed in `repnet --help` (an unknown subcommand with --help still exits 0)."""
    r = subprocess.run([repnet, "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return any(line.split()[:1] == ["centrality"] for line in r.stdout.splitlines())


PATH_MEASURES = {"betweenness", "closeness", "harmonic"}
PREDICTION_MARGIN = 4  # skip only when the prediction exceeds this many budgets


def predicted_over_budget(tool, info, measures, budget, timed):
    """Path measures cost O(n m): a peer's time on a smaller size, scaled by n m, predicts its
    time here. Those predicted past PREDICTION_MARGIN budgets are not run (the scaling ignores
    components, so it overestimates on fragmented graphs: hence the margin)."""
    out = {}
    for m in measures:
        if m not in PATH_MEASURES or m not in timed.get(tool, {}):
            continue
        seconds, small = timed[tool][m]
        guess = seconds * (info["nodes"] * info["simple_edges"]) / max(small["nodes"] * small["simple_edges"], 1)
        if guess > PREDICTION_MARGIN * budget:
            out[m] = guess
    return out


def run_repnet(repnet, edges, measures, budget, alpha, extra):
    """repnet's own timings: `repnet centrality EDGES --measure M --timings FILE` per measure.
    Load = load_seconds + view_seconds (the peers' load also builds their simple graph)."""
    results, loads = {}, []
    if not repnet_has_centrality(repnet):
        # Until the centrality command exists: load time from `repnet stats` (wall clock,
        # includes the summary, so an upper bound), measures not available.
        t0 = time.perf_counter()
        subprocess.run([repnet, "stats", edges], check=True, stdout=subprocess.DEVNULL)
        load = time.perf_counter() - t0
        return f"{load:.3f}*", {m: "n/a (no centrality command)" for m in measures}
    for m in measures:
        with tempfile.TemporaryDirectory() as tmp:
            timings = os.path.join(tmp, "timings.json")
            cmd = [repnet, "centrality", edges, "--measure", REPNET_MEASURE.get(m, m), "--timings", timings]
            cmd += [a.format(alpha=alpha) for a in shlex.split(extra.get(m, ""))]
            try:
                r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=budget)
            except subprocess.TimeoutExpired:
                results[m] = SKIPPED
                continue
            if r.returncode != 0:
                last = r.stderr.strip().splitlines()
                results[m] = f"error: exit {r.returncode}: {last[-1] if last else ''}"
                continue
            with open(timings) as f:
                t = json.load(f)
            loads.append(t["load_seconds"] + t.get("view_seconds", 0.0))
            key = REPNET_MEASURE.get(m, m)
            results[m] = t["measures"].get(key, t["measures"].get(m, "error: no timing"))
    return (min(loads) if loads else "n/a"), results


def cell(v):
    if isinstance(v, float):
        return f"{v:.3f}" if v >= 0.1 else f"{v:.2g}"
    return str(v)


def seconds(v):
    if isinstance(v, float):
        return v
    if isinstance(v, str) and v.endswith("*"):
        try:
            return float(v[:-1])
        except ValueError:
            return None
    return None


def ratio(peer, ours, budget):
    """peer / repnet seconds; a side stopped at the budget gives a bound: '> x' or '< x'."""
    p, r = seconds(peer), seconds(ours)
    if p is not None and r is not None and r > 0:
        return f"{p / r:.1f}×"
    if peer == SKIPPED and r is not None and r > 0:
        return f"> {budget / r:.1f}×"
    if ours == SKIPPED and p is not None:
        return f"< {p / budget:.1f}×"
    return "–"


def table(size, info, rows, tools, budget):
    out = [f"### {size}: {info['nodes']:,} nodes, {info['edges']:,} edges in the file, "
           f"{info['simple_edges']:,} in the simple graph (`{info['file']}`)", ""]
    head = ["measure", "repnet"] + tools + [f"{t}/repnet" for t in tools]
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    for name, row in rows.items():
        cells = [name, cell(row.get("repnet"))] + [cell(row.get(t)) for t in tools]
        cells += [ratio(row.get(t), row.get("repnet"), budget) for t in tools]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def render(report):
    """The Markdown page of a report (as saved in the .json)."""
    sizes = sorted(report["sizes"], key=list(SIZES).index)  # the .json's keys are sorted by name
    budget = report["budget_seconds"]
    v = report["versions"]
    md = [f"# repnet benchmark, {report['started']}", "",
          f"Sizes: {', '.join(sizes)}; seed {report['seed']}; budget {budget:g} s per load or measure; "
          f"{report['machine']['cpus']} CPUs ({report['machine']['platform']}).",
          f"Versions: igraph {v['igraph']}, graph-tool {v['graph-tool']}, NetworkX {v['networkx']}, "
          f"numpy {v['numpy']}, Python {v['python']}.",
          "Seconds per call (lower is better); ratio = peer seconds / repnet seconds (above 1: repnet is faster); "
          f"`skipped (budget)` = stopped after {budget:g} s, so its ratio is a bound (`> x×`); "
          "`skipped (predicted …)` = not run, its time on the smaller size scaled by n·m predicting more than "
          f"{PREDICTION_MARGIN} budgets. "
          "`load` = reading edges.tsv into the tool's simple undirected graph (repnet: load + view). "
          "Katz alpha per size: "
          + ", ".join(f"{s} {report['sizes'][s]['info']['katz_alpha']}" for s in sizes) + ".", ""]
    for size in sizes:
        saved = report["sizes"][size]["rows"]  # sorted by name in the .json
        rows = {m: saved[m] for m in ["load"] + MEASURES if m in saved}
        tools = [t for t in PEERS if any(t in row for row in rows.values())]
        md.append(table(size, report["sizes"][size]["info"], rows, tools, budget) + "\n")
    return "\n".join(md)


def write_atomically(path, text):
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


def versions():
    v = {"python": platform.python_version()}
    for mod, name in [("igraph", "igraph"), ("graph_tool", "graph-tool"), ("networkx", "networkx"), ("numpy", "numpy")]:
        try:
            v[name] = __import__(mod).__version__.split()[0]
        except Exception as e:  # noqa: BLE001
            v[name] = f"missing ({type(e).__name__})"
    return v


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="50k,1m,10m", help="comma list of 50k, 1m, 10m (default: all)")
    p.add_argument("--tools", default="repnet," + ",".join(PEERS), help="comma list (default: all)")
    p.add_argument("--measures", default=",".join(MEASURES), help="comma list (default: all)")
    p.add_argument("--budget", type=float, default=600, help="seconds one load or measure may take (default 600)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--repnet", default=os.path.join(ROOT, "build", "cli", "repnet"))
    p.add_argument("--repnet-katz-args", default="--katz-alpha {alpha}",
                   help="extra repnet arguments for katz; {alpha} is replaced (default: '--katz-alpha {alpha}')")
    p.add_argument("--data", default=os.path.join(HERE, "data"), help="where generated graphs are cached")
    p.add_argument("--results", default=os.path.join(HERE, "results"))
    p.add_argument("--render", metavar="JSON", help="rewrite the .md of a saved report from its .json, and stop")
    args = p.parse_args()
    if args.render:
        with open(args.render) as f:
            write_atomically(args.render[:-5] + ".md", render(json.load(f)))
        return 0

    sizes = [s for s in args.sizes.split(",") if s]
    for s in sizes:
        if s not in SIZES:
            p.error(f"--sizes: unknown size '{s}'; expected some of {', '.join(SIZES)}")
    tools = [t for t in args.tools.split(",") if t]
    for t in tools:
        if t != "repnet" and t not in PEERS:
            p.error(f"--tools: unknown tool '{t}'; expected some of repnet, {', '.join(PEERS)}")
    measures = [m for m in args.measures.split(",") if m]
    for m in measures:
        if m not in MEASURES:
            p.error(f"--measures: unknown measure '{m}'; expected some of {', '.join(MEASURES)}")
    if not os.access(args.repnet, os.X_OK):
        p.error(f"no repnet executable at {args.repnet}; build first (./dev build)")
    peers = [t for t in PEERS if t in tools]
    os.makedirs(args.data, exist_ok=True)
    os.makedirs(args.results, exist_ok=True)

    started = datetime.datetime.now(datetime.timezone.utc)
    report = {"started": started.isoformat(timespec="seconds"), "budget_seconds": args.budget, "seed": args.seed,
              "machine": {"cpus": os.cpu_count(), "platform": platform.platform()}, "versions": versions(), "sizes": {}}
    over_budget = {}  # tool -> measures that ran out of budget on a smaller size: not retried on larger ones
    timed = {}  # tool -> measure -> (seconds, info) on the largest size so far
    for size in sizes:
        edges = generate(args.repnet, size, args.seed, args.data)
        info = {"file": os.path.relpath(edges, ROOT), **graph_facts(edges)}
        alpha = info["katz_alpha"]
        rows = {"load": {}}
        rows.update({m: {} for m in measures})

        def record(tool, load, res, predicted, skip):
            """Fills the tool's column; remembers what ran out of budget and what was timed."""
            rows["load"][tool] = load
            for m in measures:
                if m in predicted:
                    rows[m][tool] = f"skipped (predicted {predicted[m]:,.0f} s)"
                    continue
                v = res.get(m, SKIPPED if m in skip else "n/a")
                rows[m][tool] = v
                if v == SKIPPED:
                    skip.add(m)
                if isinstance(v, float):
                    timed.setdefault(tool, {})[m] = (v, info)

        for tool in (["repnet"] if "repnet" in tools else []) + peers:
            skip = over_budget.setdefault(tool, set())
            predicted = predicted_over_budget(tool, info, measures, args.budget, timed)
            todo = [m for m in measures if m not in skip and m not in predicted]
            log(f"bench: {size}: {tool} ({', '.join(todo) or 'load only'})")
            if tool == "repnet":
                extra = {"katz": args.repnet_katz_args, "eigenvector": f"--max-iterations {EIGENVECTOR_MAX_ITER}"}
                load, res = run_repnet(args.repnet, edges, todo, args.budget, alpha, extra)
            else:
                load, res = run_peer(tool, edges, todo, args.budget, alpha)
            record(tool, load, res, predicted, skip)
        report["sizes"][size] = {"info": info, "rows": rows}
        print(table(size, info, rows, peers, args.budget) + "\n", flush=True)

    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(args.results, f"{stamp}-{'-'.join(sizes)}.md")
    write_atomically(path, render(report))
    write_atomically(path[:-3] + ".json", json.dumps(report, indent=1, sort_keys=True))
    log(f"bench: wrote {os.path.relpath(path, ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

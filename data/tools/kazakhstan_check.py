#!/usr/bin/env python3
"""Checks on data/kazakhstan that the C++ tests do not make (issue 11), run from the repository root:

- own words: no evidence note shares 12 or more consecutive words with its report;
- one event, one row: after the loader's merges (same type, target, actor and date), no two actions against a person
  share type, date interval and actor family (prosecution if set, else actor), and no near-duplicates remain
  (same type and target, overlapping dates, different actor or precision or severity);
- counts: entities, relations, merges, actions per person, attributes per type.
"""
import calendar
import collections
import glob
import json
import re
import sys

from kazakhstan_records import fold, when

DIR = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "data/kazakhstan"
SEEDS = "/work/shared/seeds/"
ACTIONS = {"detained", "fined", "warned", "questioned", "searched", "charged", "sentenced", "restricted", "attacked",
           "released", "acquitted", "case_closed", "tried", "appealed", "imprisoned"}


def interval(date):
    """(first day, last day, precision) of a date or A/B range, as ordinal days; None when undated."""
    def one(s, end):
        parts = [int(x) for x in s.split("-")]
        y = parts[0]
        m = parts[1] if len(parts) > 1 else (12 if end else 1)
        dd = parts[2] if len(parts) > 2 else (calendar.monthrange(y, m)[1] if end else 1)
        import datetime
        return datetime.date(y, m, dd).toordinal()
    if date is None:
        return None
    if "/" in date:
        a, b = date.split("/")
        return (one(a, False) if a else -10**9, one(b, True) if b else 10**9, "range")
    return (one(date, False), one(date, True), len(date.split("-")))


def load():
    files = sorted(glob.glob(DIR + "/*.json"))
    sources, ents, rels = [], [], []
    for f in files:
        d = json.load(open(f))
        sources += d.get("sources", [])
        for e in d.get("entities", []):
            ents.append((f, e))
        for r in d.get("relations", []):
            rels.append((f, r))
    return sources, ents, rels


def main():
    sources, ents, rels = load()
    canon, seen, byid = {}, {}, {}
    for f, e in ents:
        keys = [(e["type"], fold(x)) for x in [e["name"]] + e.get("aliases", [])]
        first = next((seen[k] for k in keys if k in seen), e["id"])
        canon[e["id"]] = first
        for k in keys:
            seen.setdefault(k, first)
        byid[e["id"]] = e
    for f, e in ents:
        for x in [e["name"]] + e.get("aliases", []):
            canon.setdefault(x, canon[e["id"]])
    c = lambda x: canon.get(x, x)
    nodes = {c(e["id"]) for _, e in ents}
    merged_entities = len(ents) - len(nodes)

    # Relations after the loader's merge (same type, target, actor, date as written).
    merged = collections.OrderedDict()
    for f, r in rels:
        key = (r["type"], c(r["source"]), c(r["target"]), when(r))
        if key in merged:
            merged[key]["evidence"] += r["evidence"]
            merged[key]["merged"] += 1
            if r.get("severity") != merged[key]["r"].get("severity"):
                print(f"CONFLICT severity {key}")
            a, b = merged[key]["r"].get("attributes", {}), r.get("attributes", {})
            for k in set(a) & set(b):
                if a[k] != b[k]:
                    print(f"CONFLICT attribute {k} {a[k]!r} vs {b[k]!r} in {key}")
            if r.get("prosecution") and merged[key]["r"].get("prosecution") and c(r["prosecution"]) != c(
                    merged[key]["r"]["prosecution"]):
                print(f"CONFLICT prosecution {key}")
        else:
            merged[key] = {"r": r, "file": f, "evidence": list(r["evidence"]), "merged": 0}
    n_merged_rel = sum(m["merged"] for m in merged.values())

    # Timelines: duplicates and near-duplicates.
    problems = 0
    per_person = collections.defaultdict(list)
    for key, m in merged.items():
        r = m["r"]
        if r["type"] not in ACTIONS:
            continue
        fam = c(r.get("prosecution") or r["source"])
        per_person[c(r["target"])].append((r["type"], when(r), fam, c(r["source"]), r.get("severity"), m["file"]))
    for p, rows in per_person.items():
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                a, b = rows[i], rows[j]
                if a[0] != b[0]:
                    continue
                if a[1] == b[1] and a[2] == b[2]:
                    print(f"DUPLICATE {p}: {a} / {b}")
                    problems += 1
                    continue
                ia, ib = interval(a[1]), interval(b[1])
                if ia and ib and ia[0] <= ib[1] and ib[0] <= ia[1] and (a[3] != b[3] or ia[2] != ib[2] or a[4] != b[4]):
                    print(f"NEAR {p}: {a} / {b}")
                    problems += 1

    # Own words.
    paras = {}
    for s in sources:
        lines = [l.strip() for l in open(SEEDS + s["file"], encoding="utf-8") if l.strip()]
        words = re.findall(r"[\w']+", fold(" ".join(lines)))
        grams = {tuple(words[i:i + 12]) for i in range(len(words) - 11)}
        paras[s["id"]] = grams
    copied = 0
    for f, x in ents + rels:
        for e in x["evidence"]:
            w = re.findall(r"[\w']+", fold(e.get("note", "")))
            for i in range(len(w) - 11):
                if tuple(w[i:i + 12]) in paras[e["source"]]:
                    print(f"COPIED {f} {x.get('id', x.get('source'))}: {e['note']}")
                    copied += 1
                    break

    if "--counts" in sys.argv:
        types = collections.Counter(byid[c(e["id"])]["type"] for e in {c(e["id"]): e for _, e in ents}.values())
        print("entities", len(nodes), "records", len(ents), "merged", merged_entities, dict(types))
        print("relations records", len(rels), "after merge", len(merged), "merged", n_merged_rel,
              dict(collections.Counter(k[0] for k in merged)))
        acts = {p: len(v) for p, v in per_person.items() if byid.get(p, {}).get("type") == "person"}
        print("actions per person: persons", len(acts), "total", sum(acts.values()),
              "mean %.2f" % (sum(acts.values()) / max(1, len(acts))), "max", max(acts.values()))
        for p in sorted(acts, key=lambda p: -acts[p])[:12]:
            print("  ", byid[p]["name"], acts[p])
        at = collections.Counter()
        for f, e in ents:
            for k in e.get("attributes", {}):
                at[("entity", e["type"])] += 1
        for f, r in rels:
            for k in r.get("attributes", {}):
                at[("relation", r["type"])] += 1
        print("attributes per type", dict(sorted(at.items())))
        names = collections.defaultdict(set)
        for f, e in ents:
            for k in e.get("attributes", {}):
                names[e["type"]].add(k)
        print("attribute names per entity type", {k: len(v) for k, v in sorted(names.items())},
              "distinct", len({k for v in names.values() for k in v}))
    print(f"problems: {problems} timeline, {copied} copied notes")
    return 1 if problems or copied else 0


if __name__ == "__main__":
    sys.exit(main())

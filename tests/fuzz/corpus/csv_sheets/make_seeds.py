#!/usr/bin/python3
"""Writes the seeds of fuzz_csv_sheets next to this script: the template and each hostile CSV case as one input,
its sheets (sources, entities, prosecutions, relations) joined by form feeds. Run it again after changing them.
(lone-quote.csv and entities-header-only-then-empty.csv are written by hand.)"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..", "..")
SHEETS = ["sources", "entities", "prosecutions", "relations"]


def joined(paths):
    parts = []
    for sheet in SHEETS:
        p = paths.get(sheet)
        parts.append(open(p, "rb").read() if p else b"")
    return b"\f".join(parts)


def write(name, content):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(content)


write("template.seed", joined({s: os.path.join(ROOT, "data", "templates", s + ".csv") for s in SHEETS}))
cases = {}
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "hostile", "csv", "*-*.csv"))):
    case, sheet = os.path.basename(path)[:-4].rsplit("-", 1)
    cases.setdefault(case, {})[sheet] = path
for case, paths in cases.items():
    write(case + ".seed", joined(paths))
write("acled.seed", open(os.path.join(ROOT, "tests", "data", "acled", "events.csv"), "rb").read())

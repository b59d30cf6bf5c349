#!/usr/bin/env python3
"""Fails when a source file includes a header of a higher layer, or CLI11 outside cli/.

The layers, lowest first (the same order as the CMake libraries link, see the top CMakeLists.txt):
  engine < loaders, names < algorithms < exports < cli
A file may include headers of its own folder and of lower layers; loaders and names are peers that do not
include each other (neither library links the other). tests/ and bench/ sit above everything and are not
checked. CLI11 (<CLI/...>) may be included only in cli/, so no library parses its headers.

Usage: check_layers.py SOURCE_DIR            check the tree
       check_layers.py --self-test           check the rules on made-up includes (the test can fail)
"""
import re
import sys
from pathlib import Path

RANK = {"engine": 0, "loaders": 1, "names": 1, "algorithms": 2, "exports": 3, "cli": 4}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def violation(folder, header):
    """Why `folder` may not include `header` (as written between the quotes), or None."""
    top = header.split("/", 1)[0]
    if header.startswith("CLI/") and folder != "cli":
        return "CLI11 is included only in cli/"
    if top not in RANK or top == folder:
        return None
    if RANK[top] > RANK[folder]:
        return f"{top}/ is a higher layer than {folder}/"
    if RANK[top] == RANK[folder]:
        return f"{top}/ and {folder}/ are peers and do not include each other"
    return None


def check_tree(root):
    problems, files = [], 0
    for folder in RANK:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix not in (".cpp", ".hpp", ".in") or not path.is_file():
                continue
            files += 1
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                m = INCLUDE.match(line)
                if m and (why := violation(folder, m.group(2))):
                    problems.append(f"{path.relative_to(root)}:{number}: includes {m.group(2)}: {why}")
    return problems, files


def self_test():
    cases = [("engine", "algorithms/analysis.hpp", True), ("algorithms", "engine/graph.hpp", False),
             ("loaders", "names/name_key.hpp", True), ("exports", "cli/options.hpp", True),
             ("cli", "exports/csv.hpp", False), ("exports", "CLI/CLI.hpp", True), ("cli", "CLI/CLI.hpp", False),
             ("algorithms", "algorithms/common/prng.hpp", False), ("engine", "boost/graph/adjacency_list.hpp", False)]
    wrong = [c for c in cases if (violation(c[0], c[1]) is not None) != c[2]]
    for folder, header, expected in wrong:
        print(f"self-test: {folder}/ including {header}: expected {'a' if expected else 'no'} violation")
    return 1 if wrong else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    problems, files = check_tree(root)
    if files == 0:
        print(f"no source files under {root}", file=sys.stderr)
        return 1
    for p in problems:
        print(p)
    if problems:
        print(f"layers: {len(problems)} include(s) against the layer order in {files} files")
        return 1
    print(f"layers: {files} files, every include points down (engine < loaders, names < algorithms < exports < cli)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Runs clang-tidy (.clang-tidy at the top of the checkout) over every source file of the project's libraries and
executable, with the build's compile_commands.json. Any finding fails the run.

A file that was clean is not checked again until something it is compiled from changes: the key of a clean
result is a hash of clang-tidy's version, .clang-tidy, the file's compile command and the contents of every
project header the compiler read for it (Ninja's dependency log), plus the path, size and mtime of each system
header. So a warm run (nothing changed) takes seconds and a change re-checks exactly the files it can affect.
--no-cache checks everything.

Usage: run_clang_tidy.py SOURCE_DIR BUILD_DIR [--no-cache] [--jobs N] [--only FILE...]
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

FOLDERS = ("engine", "loaders", "algorithms", "exports", "cli", "names")


def ninja_deps(build):
    """Object file -> the files its compilation read, from Ninja's log ({} when that is not available)."""
    try:
        text = subprocess.run(["ninja", "-C", str(build), "-t", "deps"], capture_output=True, text=True,
                              check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    deps, current = {}, None
    for line in text.splitlines():
        if line and not line.startswith(" "):
            current = line.split(":", 1)[0]
            deps[current] = [] if "(VALID)" in line else None
        elif current and deps[current] is not None and line.strip():
            deps[current].append(line.strip())
    return deps


def object_of(command):
    parts = command.get("command", "").split() or command.get("arguments", [])
    return parts[parts.index("-o") + 1] if "-o" in parts else None


class Fingerprints:
    """Hashes of file contents, each file read once per run."""

    def __init__(self):
        self.seen = {}

    def of(self, path, project):
        if path not in self.seen:
            try:
                if project:
                    self.seen[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
                else:
                    st = os.stat(path)
                    self.seen[path] = f"{st.st_size}:{st.st_mtime_ns}"
            except OSError:
                self.seen[path] = "missing"
        return self.seen[path]


def cache_key(base, command, build, src, deps, prints):
    h = hashlib.sha256(base.encode())
    h.update(json.dumps(command, sort_keys=True).encode())
    for dep in deps:
        path = os.path.normpath(os.path.join(build, dep))
        project = path.startswith(str(src) + os.sep)
        h.update(f"{path}={prints.of(path, project)}\n".encode())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source_dir")
    ap.add_argument("build_dir")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", nargs="+", default=[], help="check only these files (paths under SOURCE_DIR)")
    a = ap.parse_args()
    src, build = Path(a.source_dir).resolve(), Path(a.build_dir).resolve()
    db = build / "compile_commands.json"
    if not db.is_file():
        print(f"no {db} (configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON)", file=sys.stderr)
        return 1
    commands = {str(Path(c["directory"], c["file"]).resolve()): c for c in json.loads(db.read_text())}
    files = sorted(str(p) for f in FOLDERS for p in (src / f).rglob("*.cpp") if p.is_file())
    files = [f for f in files if f in commands]  # sources of other configurations (fuzz harnesses) are not built here
    if a.only:
        files = [f for f in files if os.path.relpath(f, src) in a.only]
    if not files:
        print(f"no source file of {src} is in {db}", file=sys.stderr)
        return 1
    version = subprocess.run(["clang-tidy", "--version"], capture_output=True, text=True).stdout
    base = version + (src / ".clang-tidy").read_text()
    deps = {} if a.no_cache else ninja_deps(build)
    cache = build / "clang-tidy-cache"
    cache.mkdir(exist_ok=True)
    prints = Fingerprints()
    keys = {}
    for f in files:
        obj = object_of(commands[f])
        if obj in deps and deps[obj]:
            keys[f] = cache_key(base, commands[f], build, src, deps[obj], prints)
    todo = [f for f in files if f not in keys or not (cache / keys[f]).exists()]
    # The CLI files parse CLI11 and take longest: start them first so the workers finish together.
    todo.sort(key=lambda f: (not f.startswith(str(src / "cli")), f))
    header_filter = "^" + str(src) + "/(" + "|".join(FOLDERS) + ")/"
    start = time.monotonic()

    def check(f):
        # The compile commands may be GCC's: add what the top CMakeLists.txt adds for clang (RapidJSON 1.1's
        # iterators and C++20's reversed operators).
        r = subprocess.run(["clang-tidy", "-p", str(build), "--quiet", f"--header-filter={header_filter}",
                            "--extra-arg=-Wno-ambiguous-reversed-operator", "--extra-arg=-Wno-unknown-warning-option", f],
                           capture_output=True, text=True)
        findings = [line for line in r.stdout.splitlines() if line.startswith("/") and
                    (": error: " in line or ": warning: " in line)]
        if not findings and r.returncode == 0 and f in keys:
            (cache / keys[f]).touch()
        return f, r.returncode, findings, r.stdout

    failed, total = [], 0
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for f, code, findings, out in pool.map(check, todo):
            if findings or code != 0:
                failed.append(f)
                total += len(findings)
                print(out if out.strip() else f"{f}: clang-tidy exited with {code}")
    seconds = time.monotonic() - start
    summary = f"clang-tidy: {len(files)} files, {len(todo)} checked in {seconds:.0f} s ({len(files) - len(todo)} unchanged since a clean check)"
    if failed:
        print(f"{summary}; {total} finding(s) in {len(failed)} file(s)")
        return 1
    print(f"{summary}; no finding")
    return 0


if __name__ == "__main__":
    sys.exit(main())

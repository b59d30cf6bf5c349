#!/usr/bin/env python3
"""Benchmark of `repnet find` on a generated dataset of a million entities (a benchmark, not a timed test).

Generates the dataset once with `repnet generate --people N -o DIR`, builds bench/find_bench.cpp, and times the
matcher after load: index build, then each query (median of 21 runs). The generated names are "Person 123456";
with --realistic the script also writes a copy whose people carry Kazakh-style names (given name x surname x
patronymic from short lists: every full name is shared by about a hundred people and every surname by
50,000, a worst case),
which exercises the typo and surname paths. Results go to bench/results/find.json.

  python3 bench/find.py [--people 1000000] [--build build] [--realistic]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GIVEN = ["Max", "Zhanbolat", "Serikzhan", "Roman", "Talgat", "Asset", "Erlan", "Nurbek", "Aigerim", "Sholpan",
         "Kairat", "Bekbolat", "Nazira", "Marat", "Aidar", "Lukpan", "Dias", "Medet", "Zhazira", "Yerlan"]
SURNAMES = ["Bokayev", "Mamay", "Bilash", "Reikhert", "Ayanov", "Matayev", "Abishev", "Kushakbayev", "Akhmedyarov",
            "Nurmagambetov", "Zhagiparov", "Sultaniyazova", "Tillyabayeva", "Khalabuzar", "Voitsekhovsky",
            "Kakimzhanov", "Nurmaganov", "Baltabay", "Syzdykov", "Kayapkaliev"]


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr)
    return subprocess.run(cmd, check=True, **kw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=1000000)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--dir", default="/tmp/repnet-find-bench")
    ap.add_argument("--realistic", action="store_true")
    a = ap.parse_args()
    run(["cmake", "--build", a.build, "--target", "repnet", "repnet_find_bench"])
    gen = os.path.join(a.dir, f"gen-{a.people}")
    if not os.path.isdir(gen):
        run([os.path.join(a.build, "cli", "repnet"), "generate", "--people", str(a.people), "-o", gen])
    bench = os.path.join(a.build, "bench", "repnet_find_bench")
    out = {}
    queries = ["Person 123456", "person   999999", "p777", "Person 4242424", "Nobody At All"]
    r = run([bench, gen] + queries, capture_output=True, text=True)
    out["generated"] = json.loads(r.stdout)
    if a.realistic:
        real = os.path.join(a.dir, f"real-{a.people}")
        os.makedirs(real, exist_ok=True)
        rng = random.Random(1)
        for name in os.listdir(gen):
            if not name.endswith(".json"):
                continue
            text = open(os.path.join(gen, name), encoding="utf-8").read()
            patronymics = [g + "uly" for g in GIVEN]

            def person(m):
                return '"name": "%s %s %s"' % (rng.choice(GIVEN), rng.choice(patronymics), rng.choice(SURNAMES))
            text = re.sub(r'"name": "Person \d+"', person, text)
            open(os.path.join(real, name), "w", encoding="utf-8").write(text)
        queries = ["Max Bokayev", "Макс Бокаев", "Bokaev", "M. Bokayev", "Zhanbolat Mamai", "Roman Reichert",
                   "Nurbek Kushkabayev", "Serikjan Bilash", "Nobody At All"]
        r = run([bench, real] + queries, capture_output=True, text=True)
        out["realistic"] = json.loads(r.stdout)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "find.json"), "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

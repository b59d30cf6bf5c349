#!/usr/bin/env bash
# Time to load about one million relations from each input format (a benchmark, not a test):
# `repnet generate` writes a synthetic dataset, `repnet export` turns it into FtM, GraphML and
# GEXF; repnet_load_bench (bench/load_bench.cpp) times the loader alone, and /usr/bin/time
# gives its peak memory. Build it first: cmake --build build --target repnet_load_bench
#   bench/load_formats.sh [BUILD] [PEOPLE] [DIR]     (defaults: build 243000 /tmp/repnet-load-formats)
set -euo pipefail
build=${1:-build}
repnet=$build/cli/repnet
people=${2:-243000}
dir=${3:-/tmp/repnet-load-formats}
mkdir -p "$dir"
"$repnet" generate --people "$people" -o "$dir/gen" >&2
"$repnet" export "$dir/gen/dataset.json" --format ftm -o "$dir/graph.ftm.json" 2>/dev/null
"$repnet" export "$dir/gen/dataset.json" --format graphml -o "$dir/graph.graphml" 2>/dev/null
"$repnet" export "$dir/gen/dataset.json" --format gexf -o "$dir/graph.gexf" 2>/dev/null
printf "%-18s %8s %9s %9s %9s %8s\n" format MB nodes edges seconds peak_MB
for f in gen/dataset.json gen/edges.tsv graph.ftm.json graph.graphml graph.gexf; do
    size=$(( $(stat -c %s "$dir/$f") / 1000000 ))
    /usr/bin/time -f "%M" -o "$dir/time.txt" "$build/bench/repnet_load_bench" "$dir/$f" > "$dir/load.txt"
    read -r _ nodes edges secs < <(tail -1 "$dir/load.txt")
    printf "%-18s %8s %9s %9s %9s %8s\n" "$f" "$size" "$nodes" "$edges" "$secs" "$(( $(cat "$dir/time.txt") / 1024 ))"
done

#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy at the top of the checkout) over every source file of the project's libraries and
# executable, using the build's compile_commands.json. Any finding fails the run.
# Usage: run_clang_tidy.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json" >&2; exit 1; }
mapfile -t files < <(cd "$src" && find engine loaders algorithms exports cli names -name '*.cpp' -type f 2>/dev/null | sort)
filter="^$src/(engine|loaders|algorithms|exports|cli|names)/"
printf '%s\n' "${files[@]/#/$src/}" |
    xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet --header-filter="$filter" 2>/dev/null > "$build/clang-tidy.log" || true
# clang-tidy prints "N warnings generated." for suppressed system-header warnings; findings look like file:line:col: error/warning.
if grep -E '^/.*:[0-9]+:[0-9]+: (error|warning):' "$build/clang-tidy.log" > "$build/clang-tidy.findings"; then
    echo "clang-tidy: $(wc -l < "$build/clang-tidy.findings") finding(s); the first:"
    head -40 "$build/clang-tidy.log"
    exit 1
fi
echo "clang-tidy: ${#files[@]} files, no finding"

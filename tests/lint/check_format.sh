#!/usr/bin/env bash
# Fails when a C++ file of the checkout differs from .clang-format; prints the first differences.
# Usage: check_format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
mapfile -t files < <(find engine loaders algorithms exports cli names tests bench \
    \( -name '*.cpp' -o -name '*.hpp' -o -name '*.cpp.in' \) -type f 2>/dev/null | sort)
[ ${#files[@]} -gt 0 ] || { echo "no C++ files found under $1" >&2; exit 1; }
clang-format --dry-run -Werror "${files[@]}" 2>&1 | head -40
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && echo "format: ${#files[@]} files match .clang-format"
exit "$status"

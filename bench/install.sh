#!/usr/bin/env bash
# Installs what bench/run.py needs beyond the build and test dependencies (Debian 12 packages).
set -euo pipefail
PACKAGES=(python3 python3-numpy python3-scipy python3-networkx python3-igraph python3-graph-tool)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

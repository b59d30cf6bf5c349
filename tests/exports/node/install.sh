#!/bin/sh
# Installs graphology and its GraphML/GEXF parsers (exact versions from
# package-lock.json) into DIR, with the reader script. Used by the export tests.
#   tests/exports/node/install.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
mkdir -p "$dir"
cp "$here/package.json" "$here/package-lock.json" "$here/read_graph.cjs" "$dir/"
cd "$dir"
if [ ! -d node_modules/graphology-gexf ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

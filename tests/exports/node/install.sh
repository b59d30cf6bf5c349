#!/bin/sh
# Installs graphology and its GraphML/GEXF parsers (exact versions from
# package-lock.json) into DIR, with the reader script. Used by the export tests.
#   tests/exports/node/install.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../support/npm_install.sh" "$here" "$1" graphology-gexf read_graph.cjs

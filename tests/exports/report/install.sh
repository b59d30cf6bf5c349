#!/bin/sh
# Installs puppeteer-core (exact version from package-lock.json) into DIR, with the page checker. Used by the
# browser test of `repnet report` (tests/exports/test_report_html.cpp).
#   tests/exports/report/install.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
mkdir -p "$dir"
cp "$here/package.json" "$here/package-lock.json" "$here/check_report.cjs" "$dir/"
cd "$dir"
if [ ! -d node_modules/puppeteer-core ] || [ package-lock.json -nt node_modules ]; then
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
    touch node_modules
fi

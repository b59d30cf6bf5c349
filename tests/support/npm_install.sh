#!/bin/sh
# Installs the npm packages of SRC's package-lock.json (exact versions) into DIR, with SRC's
# listed scripts, for the tests that run Node. Tests run in parallel, so one install at a time
# (a lock in DIR), scripts replaced by rename (never rewritten while another test runs them),
# and timestamps kept so an unchanged lock file does not reinstall.
#   tests/support/npm_install.sh SRC DIR MODULE FILE...   (MODULE: a package whose absence means "install")
set -eu
src=$1 dir=$2 module=$3
shift 3
mkdir -p "$dir"
exec 9>"$dir/.install.lock"
flock 9
for f in package.json package-lock.json "$@"; do
    cp -p "$src/$f" "$dir/.$f.$$"
    mv -f "$dir/.$f.$$" "$dir/$f"
done
cd "$dir"
if [ ! -d "node_modules/$module" ] || [ package-lock.json -nt node_modules ]; then
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
    touch node_modules
fi

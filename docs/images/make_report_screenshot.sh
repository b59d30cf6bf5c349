#!/bin/sh
# Regenerates docs/images/report.png: the report of the built-in dataset in headless Chromium, after the whole
# layout, searched for "Бокаев" (the checks of tests/exports/report/check_report.cjs run on the way).
#   docs/images/make_report_screenshot.sh [BUILD_DIR]   (default: build; needs chromium, node, npm)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
work=$build/tests/report-browser
sh "$root/tests/exports/report/install.sh" "$work"
"$build/cli/repnet" report -o "$work/readme.html" >/dev/null
chromium=$(command -v chromium || command -v chromium-browser)
node "$work/check_report.cjs" "$chromium" "$work/readme.html" "$work/readme" "Бокаев" "Max Bokayev" wait-layout
cp "$work/readme-network.png" "$root/docs/images/report.png"
cp "$work/readme-dossier.png" "$root/docs/images/report-dossier.png"
echo "wrote docs/images/report.png and docs/images/report-dossier.png"

#!/bin/sh
# Installs puppeteer-core (exact version from package-lock.json) into DIR, with the page checker. Used by the
# browser test of `repnet report` (tests/exports/test_report_html.cpp).
#   tests/exports/report/install.sh DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../support/npm_install.sh" "$here" "$1" puppeteer-core check_report.cjs

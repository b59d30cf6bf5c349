#!/bin/sh
# Builds the page template of `repnet report` into OUT_DIR/page.html: installs the exact npm packages of
# package-lock.json (npm ci) into OUT_DIR, bundles main.js with them (esbuild, minified, no external imports) and
# inlines the bundle and style.css into page.html. The result still holds @REPNET_CHECKSUM@ and @REPNET_PAYLOAD@,
# which exports/report_html.cpp fills in. Run by CMake (exports/CMakeLists.txt).
#   exports/report/web/build.sh OUT_DIR
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$1
mkdir -p "$out"
cp "$here/package.json" "$here/package-lock.json" "$out/"
cd "$out"
if [ ! -d node_modules/sigma ] || [ package-lock.json -nt node_modules ]; then
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    touch node_modules
fi
cp "$here/main.js" "$out/main.js"
./node_modules/.bin/esbuild main.js --bundle --minify --format=iife --target=es2019 --legal-comments=none \
    --log-level=warning --outfile=bundle.js
node -e '
const fs = require("fs");
const [page, style, script, out] = process.argv.slice(1);
let html = fs.readFileSync(page, "utf8");
const js = fs.readFileSync(script, "utf8");
if (js.includes("</script")) throw new Error("bundle contains </script");
html = html.replace("/*@REPNET_STYLE@*/", () => fs.readFileSync(style, "utf8"));
html = html.replace("/*@REPNET_SCRIPT@*/", () => js);
fs.writeFileSync(out, html);
' "$here/page.html" "$here/style.css" bundle.js page.html

#!/usr/bin/env bash
# Build the release app into dist/ without Trunk: `scripts/build-dist.sh [OUT]`.
#
# The same steps Trunk takes for a release (cargo --profile web, wasm-bindgen
# --target web, wasm-opt -Oz, index.html with the module loader), so the tests
# and the Pages workflow need no Trunk, whose install takes 12+ minutes cold.
# `scripts/serve.sh` (Trunk, with rebuild on change) uses the same index.html.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=${1:-dist}

scripts/wasm-env.sh cargo build --locked --profile web --target wasm32-unknown-unknown --bin lede-web
rm -rf "$out"
mkdir -p "$out"
scripts/wasm-env.sh wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name lede-web \
  target/wasm32-unknown-unknown/web/lede-web.wasm
scripts/wasm-env.sh wasm-opt -Oz --enable-reference-types --output="$out/lede-web_bg.wasm.opt" "$out/lede-web_bg.wasm"
mv "$out/lede-web_bg.wasm.opt" "$out/lede-web_bg.wasm"

cp -R static "$out/static"
cp static/style.css "$out/style.css"
cp static/sw.js "$out/sw.js"
loader='<script type="module">import init from "./lede-web.js"; await init({ module_or_path: "./lede-web_bg.wasm" });</script>'
sed -e '/data-trunk rel="copy-dir"/d' -e '/data-trunk rel="copy-file"/d' \
    -e 's#<link data-trunk rel="css" href="static/style.css" />#<link rel="stylesheet" href="./style.css" />#' \
    -e "s#<link data-trunk rel=\"rust\"[^>]*/>#$loader#" \
    index.html > "$out/index.html"
if grep -q 'data-trunk' "$out/index.html"; then
  echo "build-dist: index.html has a data-trunk link this script does not know" >&2
  exit 1
fi
echo "build-dist: $out/ ready"

#!/usr/bin/env bash
# Build the release app into dist/ without Trunk: `scripts/build-dist.sh [OUT]`.
#
# The same steps Trunk takes for a release (cargo --profile web, wasm-bindgen
# --target web, wasm-opt -Oz, index.html with the module loader), so the tests
# and the Pages workflow need no Trunk, whose install takes 12+ minutes cold.
# Two wasm modules: lede-web (the page) and lede-engine (the analysis worker
# and the JS API, with the models), loaded in the background.
# `scripts/serve.sh` (Trunk, with rebuild on change) uses the same index.html.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=${1:-dist}

scripts/wasm-env.sh cargo build --locked --profile web --target wasm32-unknown-unknown \
  --bin lede-web --bin lede-engine
rm -rf "$out"
mkdir -p "$out"
for bin in lede-web lede-engine; do
  scripts/wasm-env.sh wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$bin" \
    "target/wasm32-unknown-unknown/web/$bin.wasm"
  scripts/wasm-env.sh wasm-opt -Oz --enable-reference-types --output="$out/${bin}_bg.wasm.opt" "$out/${bin}_bg.wasm"
  mv "$out/${bin}_bg.wasm.opt" "$out/${bin}_bg.wasm"
done

cp -R static "$out/static"
cp static/style.css "$out/style.css"
cp static/sw.js "$out/sw.js"
cp static/engine-worker.js "$out/engine-worker.js"
loader='<script type="module">import init from "./lede-web.js"; await init({ module_or_path: "./lede-web_bg.wasm" });</script>'
sed -e '/data-trunk rel="copy-dir"/d' -e '/data-trunk rel="copy-file"/d' \
    -e 's#<link data-trunk rel="css" href="static/style.css" />#<link rel="stylesheet" href="./style.css" />#' \
    -e '/data-trunk rel="rust"[^>]*data-type="worker"/d' \
    -e "s#<link data-trunk rel=\"rust\"[^>]*/>#$loader#" \
    index.html > "$out/index.html"
if grep -q 'data-trunk' "$out/index.html"; then
  echo "build-dist: index.html has a data-trunk link this script does not know" >&2
  exit 1
fi
echo "build-dist: $out/ ready"

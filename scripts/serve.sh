#!/usr/bin/env bash
# Build the app and serve it locally: `scripts/serve.sh [PORT]` (default 8080).
# Installs what is missing first (scripts/setup.sh serve). Rebuilds on change.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
port=${1:-${PORT:-8080}}
scripts/setup.sh serve
echo
echo "Lede: building, then serving at http://127.0.0.1:$port/  (Ctrl-C stops)"
exec scripts/wasm-env.sh trunk serve --release --address 127.0.0.1 --port "$port"

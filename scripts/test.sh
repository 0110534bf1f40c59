#!/usr/bin/env bash
# Every check Lede has, from a fresh machine: `scripts/test.sh`.
#
# Installs what is missing (scripts/setup.sh test: everything but Trunk, which only
# serving needs), then: formatting, clippy (native and wasm32), native tests, browser
# tests (wasm-bindgen-test in headless Chromium), the release build (dist/, by
# scripts/build-dist.sh) and the end-to-end tests against it. Prints the release wasm
# size. Stops at the first failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
wasm() { scripts/wasm-env.sh "$@"; }

step() {
  local name=$1; shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local t0=$SECONDS
  "$@"
  printf '   (%s: %ss)\n' "$name" $((SECONDS - t0))
}

step "setup" scripts/setup.sh test
step "format" cargo fmt --all -- --check
step "clippy (native)" cargo clippy --locked --all-targets -- -D warnings
step "clippy (wasm32)" wasm cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test web -- -D warnings
step "native tests" cargo test --locked
step "browser tests (wasm-bindgen-test, headless Chromium)" \
  wasm cargo test --locked --target wasm32-unknown-unknown --test web
step "release build (dist/)" scripts/build-dist.sh
step "end-to-end tests (Playwright, headless Chromium)" bash -c 'cd e2e && npm test'

for wasm_file in dist/*_bg.wasm; do
  raw=$(wc -c <"$wasm_file")
  gz=$(gzip -9 -c "$wasm_file" | wc -c)
  printf 'release wasm: %s bytes raw, %s bytes gzip -9 (%s)\n' "$raw" "$gz" "$wasm_file"
done
echo "all checks passed"

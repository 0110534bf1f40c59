#!/usr/bin/env bash
# Install what Lede's build and tests need, skipping whatever is already there.
#
#   scripts/setup.sh          everything (build, serve and all tests)
#   scripts/setup.sh serve    only what building and serving the app needs
#   scripts/setup.sh test     what the tests need (no Trunk: they build with scripts/build-dist.sh)
#
# Idempotent: a second run checks and does nothing. Uses rustup, cargo install,
# npm and (as root, on Debian/Ubuntu) apt-get. Fails with a clear message when
# something cannot be installed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mode=${1:-all}

TRUNK_VERSION=0.22.1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_updated=0
apt_install() {
  have apt-get && is_root || return 1
  if [ $apt_updated = 0 ]; then
    say "apt-get update"
    apt-get update -qq || return 1
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || return 1
}

# 1. Rust.
have cargo && have rustc || die "Rust is missing: install it from https://rustup.rs, then run this again."

# 2. The wasm32 target: rustup's, else Debian's rustc-web with -Zbuild-std (see scripts/wasm-env.sh).
sysroot=$(rustc --print sysroot)
if [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]; then
  say "wasm32 target: present (rustup)"
elif have rustup && rustup target add wasm32-unknown-unknown; then
  say "wasm32 target: added with rustup"
elif [ -d /usr/lib/rustlib/src/rust/library/std ] && [ -x /usr/bin/rustc ]; then
  say "wasm32 target: Debian rustc-web with -Zbuild-std"
elif apt_install rustc-web cargo-web rust-web-src lld-22; then
  say "wasm32 target: installed Debian rustc-web (build-std route)"
else
  die "cannot get the wasm32-unknown-unknown target: run 'rustup target add wasm32-unknown-unknown'."
fi

# 3. Node.js + npm: wasm-opt (npm binaryen 132) and the end-to-end tests (playwright-core).
if ! have node || ! have npm; then
  apt_install nodejs npm || die "Node.js and npm are needed (https://nodejs.org): install them and run this again."
fi
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "npm ci (e2e/: binaryen for wasm-opt, playwright-core)"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in e2e/ failed"
else
  say "e2e/node_modules: present"
fi

# 4. wasm-bindgen-cli at exactly the version in Cargo.lock (trunk and the test runner need it).
wb_version=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' Cargo.lock)
[ -n "$wb_version" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $wb_version" ]; then
  say "wasm-bindgen $wb_version: present"
else
  say "cargo install wasm-bindgen-cli $wb_version (2-4 minutes)"
  # --locked can fail on registry mirrors that lag behind the lock file; retry unlocked.
  cargo install wasm-bindgen-cli --version "$wb_version" --locked \
    || cargo install wasm-bindgen-cli --version "$wb_version" \
    || die "could not install wasm-bindgen-cli $wb_version"
fi

# 5. Trunk (serves the app with rebuild on change). 0.22.1 declares rust-version 1.96.1 but builds on 1.95.
if [ "$mode" = test ]; then
  say "trunk: not needed for the tests"
elif [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION: present"
else
  say "cargo install trunk $TRUNK_VERSION (about 10 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version \
    --no-default-features --features rustls \
    || die "could not install trunk $TRUNK_VERSION"
fi

# 6. Browser tests: Chromium and a matching ChromeDriver.
if [ "$mode" != serve ]; then
  if [ -n "${CHROMEDRIVER:-}" ] || { have chromedriver && { have chromium || have google-chrome || have chrome; }; }; then
    say "chromium + chromedriver: present"
  else
    apt_install chromium chromium-driver \
      || die "browser tests need Chromium (or Chrome) and a matching chromedriver on PATH (Debian: apt-get install chromium chromium-driver)."
  fi
fi

# 7. Crates, so later builds need no network.
say "cargo fetch"
scripts/wasm-env.sh cargo fetch --locked -q
say "ready"

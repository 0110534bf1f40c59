#!/usr/bin/env bash
# Run a command with the wasm32 toolchain in place: `scripts/wasm-env.sh trunk build --release`.
#
# The one place that picks how wasm32 is built:
#   rustup            - the active rustc has the wasm32-unknown-unknown target (laptops, CI);
#   debian-build-std  - Debian's rustc-web + rust-web-src, std rebuilt with -Zbuild-std
#                       (for machines where rustup cannot fetch the target).
# Force one with WASM_TOOLCHAIN=rustup|debian-build-std. WASM_ENV_VERBOSE=1 says which.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# cargo-installed tools (trunk, wasm-bindgen) are found even if ~/.cargo/bin is not on PATH.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

has_wasm_target() {
  local sysroot
  sysroot=$("$1" --print sysroot 2>/dev/null) || return 1
  [ -d "$sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]
}

if [ -z "${WASM_TOOLCHAIN:-}" ]; then
  if has_wasm_target rustc; then
    WASM_TOOLCHAIN=rustup
  elif [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust/library/std ]; then
    WASM_TOOLCHAIN=debian-build-std
  else
    echo "error: no wasm32-unknown-unknown toolchain; run scripts/setup.sh" >&2
    exit 1
  fi
fi

if [ "$WASM_TOOLCHAIN" = debian-build-std ]; then
  # Only cargo/rustc/rustdoc from /usr/bin go first (not /usr/bin/wasm-opt and friends).
  shim="$root/target/debian-rust-shim"
  mkdir -p "$shim"
  for t in cargo rustc rustdoc; do ln -sfn "/usr/bin/$t" "$shim/$t"; done
  export PATH="$shim:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD="${CARGO_UNSTABLE_BUILD_STD:-std,panic_abort}"
  unset RUSTC RUSTDOC CARGO RUSTUP_TOOLCHAIN
fi

# wasm-opt v132 from npm (e2e/node_modules), ahead of any older one.
if [ -d "$root/e2e/node_modules/.bin" ]; then
  export PATH="$root/e2e/node_modules/.bin:$PATH"
fi
# Trunk's update check calls the crates.io web API; never needed.
export TRUNK_SKIP_VERSION_CHECK=true
[ "${WASM_ENV_VERBOSE:-0}" = 1 ] && echo "wasm-env: $WASM_TOOLCHAIN" >&2
exec "$@"

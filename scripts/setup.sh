#!/usr/bin/env bash
# Installs what Dateline's build needs, skipping what is already installed:
#   wasm32 target (rustup), trunk 0.21.14 and wasm-bindgen-cli at the exact version in
#   Cargo.lock (cargo install), twiggy (cargo install; scripts/size.sh's breakdown of the
#   page's wasm), npm packages of tests/e2e (wasm-opt from binaryen 132,
#   playwright-core, axe-core), and the crates (cargo fetch).
# With --browser it also installs Debian's chromium and chromium-driver for the tests.
# Safe to run again: each step says whether it installed or skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $* (install it by hand, then run this again)"; exit 1; fi
}
apt_install() {
  [ -n "${APT_UPDATED:-}" ] || { as_root apt-get update -qq; APT_UPDATED=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    say "skip: chromium and chromedriver already installed ($(chromium --version 2>/dev/null | head -1))"
  else
    say "installing chromium and chromium-driver (Debian packages)"
    apt_install chromium chromium-driver
  fi
fi

if command -v node >/dev/null && command -v npm >/dev/null; then
  say "skip: node $(node --version) and npm already installed"
else
  say "installing nodejs and npm (Debian packages)"
  apt_install nodejs npm
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "skip: rust target wasm32-unknown-unknown already installed"
else
  say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "skip: trunk $TRUNK_VERSION already installed"
else
  say "installing trunk $TRUNK_VERSION (cargo install; about 6 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" = "$WB_VERSION" ]; then
  say "skip: wasm-bindgen-cli $WB_VERSION already installed"
else
  # Not --locked: the lock file shipped with the crate pins a webpki-roots the registry lacks.
  say "installing wasm-bindgen-cli $WB_VERSION (cargo install; about 2.5 minutes)"
  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback \
    cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ "$(twiggy --version 2>/dev/null | cut -d" " -f2)" = "$TWIGGY_VERSION" ]; then
  say "skip: twiggy $TWIGGY_VERSION already installed"
else
  # The wasm size profiler behind scripts/size.sh's "largest parts" list. Its own lock
  # file first; if that fails to build, the newest compatible dependencies.
  say "installing twiggy $TWIGGY_VERSION (cargo install; about 1.5 minutes)"
  cargo install --locked twiggy --version "$TWIGGY_VERSION" \
    || cargo install twiggy --version "$TWIGGY_VERSION"
fi

if [ -x tests/e2e/node_modules/.bin/wasm-opt ] && [ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ]; then
  say "skip: npm packages of tests/e2e already installed (wasm-opt $(wasm-opt --version | cut -d' ' -f3))"
else
  say "installing npm packages of tests/e2e (binaryen's wasm-opt, playwright-core, axe-core)"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  touch tests/e2e/node_modules/.package-lock.json
fi

say "fetching crates (cargo fetch --locked)"
cargo fetch --locked --quiet
say "ready"

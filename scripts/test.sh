#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of Dateline:
#   formatting and clippy (native and wasm32), host tests (cargo test), the release
#   build (trunk → dist/), browser component tests (wasm-bindgen-test in headless
#   Chromium), end-to-end tests of dist/ served under a sub-path, and the size report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

step "host tests (cargo test)"
cargo test --locked

step "release build (trunk build --release → dist/)"
trunk build --release

step "browser component tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "size of dist/"
scripts/size.sh

step "single-file build (dist/ inlined → dist-single/dateline.html)"
scripts/build-single.sh --no-build

step "end-to-end tests (dist/ under a sub-path, headless Chromium)"
(cd tests/e2e && node --test --test-concurrency=1)

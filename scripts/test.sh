#!/usr/bin/env bash
# Installs what is missing, then runs every check and test of Dateline:
#   formatting and clippy over the workspace (native and wasm32), host tests and doc
#   tests of every crate (cargo test --workspace), warning-free docs, the release
#   build (trunk → dist/), browser component tests (wasm-bindgen-test in headless
#   Chromium), end-to-end tests of dist/ served under a sub-path, and the size report.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

step "host tests and doc tests of every crate (cargo test --workspace)"
cargo test --locked --workspace

step "library docs (cargo doc --workspace --no-deps, warnings are errors)"
RUSTDOCFLAGS="-D warnings" cargo doc --locked --workspace --no-deps --quiet

step "the extraction library has no web dependency (cargo tree, native and wasm32)"
for target in "" "--target wasm32-unknown-unknown"; do
  # shellcheck disable=SC2086 # $target is empty or two words
  if cargo tree --locked -p dateline-extract -e normal $target --prefix none | grep -Eq '^(leptos|web-sys|wasm-bindgen|js-sys|gloo)'; then
    echo "dateline-extract depends on a web crate:"; cargo tree --locked -p dateline-extract -e normal $target; exit 1
  fi
done

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

#!/usr/bin/env bash
# Builds dist-single/dateline.html: the whole app (wasm, JS glue, CSS) in one HTML file
# that works when opened directly from disk (file://). A normal dist/ does not: browsers
# refuse to fetch .wasm and module scripts from file:// URLs.
#   scripts/build-single.sh            # release build, then inline
#   scripts/build-single.sh --no-build # inline the dist/ that is already there
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
if [[ "${1:-}" != "--no-build" ]]; then
  trunk build --release
fi
node scripts/inline-single.mjs dist dist-single/dateline.html

#!/usr/bin/env bash
# Import benchmark (prints figures; not a test): builds the release site and, in headless
# Chromium, adds a generated 1 MB article (SIZE_MB) through the Import dialog; prints
# medians of RUNS (default 3) runs of the time until it is added and of the page's
# longest main-thread task meanwhile. SKIP_BUILD=1 reuses dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  trunk build --release
fi
cd tests/e2e
node bench/import.mjs

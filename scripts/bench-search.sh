#!/usr/bin/env bash
# Search benchmark (prints figures; not a test): builds the release site, serves it on
# 127.0.0.1 with generated datasets of 10,000 and 100,000 events (?data=) and measures in
# headless Chromium, as medians of RUNS (default 3) runs: keystroke → results latency and
# frame-time p95 while typing a query. SKIP_BUILD=1 reuses dist/; SIZES=10000 for one set.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  trunk build --release
fi
cd tests/e2e
node bench/search.mjs

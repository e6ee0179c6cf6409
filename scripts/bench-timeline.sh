#!/usr/bin/env bash
# Timeline benchmark (prints figures; not a test): builds the release site, serves it on
# 127.0.0.1 with generated datasets of 1,000, 10,000 and 100,000 events (contract JSON
# loaded with ?data=; SIZES=1000,10000 for fewer) and measures in headless Chromium, as
# medians of RUNS (default 5) runs: navigation → first event visible, elements in the
# page, and frame-time p95 / frames > 50 ms during ~2 s of scripted ctrl+wheel zoom and
# drag pan. SKIP_BUILD=1 reuses dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  trunk build --release
fi
cd tests/e2e
node bench/bench.mjs

#!/usr/bin/env bash
# Lighthouse (npm, desktop preset, Debian's Chromium) on the release build served on
# 127.0.0.1: prints the performance, accessibility, best-practices and SEO scores
# (medians of RUNS runs, default 3). Installs tools/lighthouse's npm packages on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
if [ -x tools/lighthouse/node_modules/.bin/lighthouse ]; then
  echo "lighthouse: skip: npm packages already installed"
else
  (cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
trunk build --release
node tools/lighthouse/run.mjs "${RUNS:-3}"

#!/usr/bin/env bash
# Extraction throughput: median MB/s of the whole pipeline over >= 8 MB of embedded
# articles, as separate sources and as one big source, built with both profiles:
# `native` (opt-level 3, how the command-line extractor is meant to be built) and
# `release` (opt-level "z", the size-tuned settings the wasm uses).
# Usage: scripts/bench-extract.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
for profile in native release; do
  echo "== profile $profile"
  cargo run --quiet --profile "$profile" -p dateline-extract --example bench_extract -- "${1:-8}"
done

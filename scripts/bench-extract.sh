#!/usr/bin/env bash
# Extraction throughput: median MB/s of the whole pipeline over >= 8 MB of embedded
# articles, as separate sources and as one big source. Usage: scripts/bench-extract.sh [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --example bench_extract -- "${1:-8}"

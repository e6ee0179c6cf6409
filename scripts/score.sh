#!/usr/bin/env bash
# Scores the release extractor on the seed and dev sets.
#
# Runs `dateline-extract` over shared/corpus/{seed,dev}/articles (each set in one call, so a
# cluster's articles are extracted together), writes out/seed.json and out/dev.json,
# and prints the scorer's tables. The shared folder is $DATELINE_SHARED, else the
# `shared` folder beside the repository (repo at X/main, shared at X/shared).
# Without it the script says so and exits 0.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DATELINE_SHARED:-$repo/../shared}"
if [ ! -d "$shared/corpus" ] || [ ! -f "$shared/eval/score.py" ]; then
    echo "score.sh: no shared corpus at $shared (set DATELINE_SHARED); nothing to score."
    exit 0
fi
shared="$(cd "$shared" && pwd)"

cd "$repo"
cargo build --quiet --release -p dateline-extract --bin dateline-extract
mkdir -p out
details=()
if [ "${1:-}" = "--details" ]; then
    details=(--details)
fi
for set in seed dev; do
    dir="$shared/corpus/$set"
    [ -d "$dir/articles" ] || { echo "score.sh: $dir/articles missing, skipped"; continue; }
    ./target/release/dateline-extract "$dir/articles" > "out/$set.json" 2> "out/$set.log" || true
    echo "## $set"
    python3 "$shared/eval/score.py" "out/$set.json" "$dir/gold" --articles "$dir/articles" \
        --json "out/$set.score.json" "${details[@]}"
    echo
done

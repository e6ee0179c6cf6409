#!/usr/bin/env bash
# Prints every file of a built site (default dist/) with its raw and gzip -9 size, and the
# totals. The page's budget is checked against the gzip total.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
[ -d "$dir" ] || { echo "size: $dir/ does not exist; run trunk build --release first" >&2; exit 1; }
printf '%-48s %10s %10s\n' file raw gzip
raw_total=0; gz_total=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' TOTAL "$raw_total" "$gz_total"
printf 'total: %d bytes raw, %d bytes gzip (%.1f KB)\n' "$raw_total" "$gz_total" "$(awk "BEGIN { print $gz_total / 1024 }")"

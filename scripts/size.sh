#!/usr/bin/env bash
# Prints every file of a built site (default dist/) with its raw and gzip -9 size, and the
# totals: everything, what the page loads at start, and the extraction worker (worker*),
# which the page fetches only when the user adds articles. The page's budget is the
# gzip size of what it loads at start.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
[ -d "$dir" ] || { echo "size: $dir/ does not exist; run trunk build --release first" >&2; exit 1; }
printf '%-48s %10s %10s\n' file raw gzip
raw_total=0; gz_total=0; wk_raw=0; wk_gz=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  raw_total=$((raw_total + raw)); gz_total=$((gz_total + gz))
  case "${f#"$dir"/}" in worker*) wk_raw=$((wk_raw + raw)); wk_gz=$((wk_gz + gz)) ;; esac
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' TOTAL "$raw_total" "$gz_total"
kb() { awk "BEGIN { printf \"%.1f\", $1 / 1024 }"; }
printf 'total: %d bytes raw, %d bytes gzip (%s KB)\n' "$raw_total" "$gz_total" "$(kb "$gz_total")"
printf 'page at start: %d bytes raw, %d bytes gzip (%s KB)\n' "$((raw_total - wk_raw))" "$((gz_total - wk_gz))" "$(kb "$((gz_total - wk_gz))")"
printf 'extraction worker, on first import: %d bytes raw, %d bytes gzip (%s KB)\n' "$wk_raw" "$wk_gz" "$(kb "$wk_gz")"

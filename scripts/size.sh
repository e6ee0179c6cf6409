#!/usr/bin/env bash
# Prints every file of a built site (default dist/) with its raw and gzip -9 size, and the
# totals: everything, what the page loads at start, and the extraction worker (worker*),
# which the page fetches only when the user adds articles. The page's budget is the
# gzip size of what it loads at start: size-budget.json holds it (tests/e2e/size.test.mjs
# fails above it; this script only reports). Then the largest parts of the page's wasm
# module (twiggy top), when twiggy is installed (scripts/setup.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/tests/e2e/node_modules/.bin:$PATH"
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

# The budget, in bytes of gzip at start.
budget=$(sed -n 's/.*"page_at_start_gzip_bytes": *\([0-9][0-9]*\).*/\1/p' size-budget.json)
start_gz=$((gz_total - wk_gz))
if [ "$start_gz" -le "$budget" ]; then verdict="within it, $((budget - start_gz)) bytes to spare"
else verdict="OVER it by $((start_gz - budget)) bytes"; fi
printf 'budget (size-budget.json): %d bytes gzip at start (%s KB); %s\n' "$budget" "$(kb "$budget")" "$verdict"

# The 15 largest items (functions, data segments) of the page's wasm module, raw bytes.
# twiggy names items from the wasm's name section, which wasm-opt drops from the shipped
# module, so twiggy reads a names-kept copy: the same wasm-bindgen output through the same
# wasm-opt -Oz (index.html's data-wasm-opt) plus -g, which keeps the names and leaves the
# code byte for byte as shipped. The sizes of the largest items are compared with the
# shipped module's, so a copy from another build is flagged.
echo
echo "largest parts of the page's wasm module (twiggy top -n 15; raw bytes, % of the module):"
src=target/wasm-bindgen/release/dateline_bg.wasm
named=target/size/dateline_bg.names.wasm
wasm=$(find "$dir" -maxdepth 1 -name 'dateline*_bg*.wasm' | head -n 1)
if ! command -v twiggy >/dev/null; then
  echo "  twiggy is not installed (scripts/setup.sh installs it): no breakdown"
elif [ -z "$wasm" ] || [ ! -f "$src" ]; then
  echo "  no page wasm in $dir/ or no $src (run trunk build --release): no breakdown"
else
  if [ ! "$named" -nt "$src" ]; then
    mkdir -p "$(dirname "$named")"
    wasm-opt -Oz -g --output="$named" "$src"
  fi
  # twiggy's CSV rows without the name section's own rows; the size is the 4th field from
  # the end (names may contain commas).
  top() { twiggy top -f csv "$1" | awk -F, 'NR > 1 && !/ names?"" subsection"|section .name./ && n++ < 15'; }
  sizes() { top "$1" | awk -F, '{ print $(NF - 3) }'; }
  if [ "$(sizes "$wasm")" != "$(sizes "$named")" ]; then
    echo "  WARNING: $named does not match ${wasm#"$dir"/} (another build?): sizes below are the copy's"
  fi
  top "$named" | awk -F, -v total="$(wc -c <"$wasm")" '{
    name = $1; for (i = 2; i <= NF - 4; i++) name = name "," $i
    gsub(/^"|"$/, "", name); gsub(/""/, "\"", name); sub(/::h[0-9a-f]+$/, "", name)
    if (length(name) > 110) name = substr(name, 1, 109) "…"
    printf "%10d %6.2f%%  %s\n", $(NF - 3), 100 * $(NF - 3) / total, name; shown += $(NF - 3)
  }
  END { printf "%10d %6.2f%%  (everything else)\n", total - shown, 100 * (total - shown) / total }'
fi

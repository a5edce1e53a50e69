#!/usr/bin/env bash
# Build the gold documents of shared/gold into a fresh store and score them: kg eval --gold.
# --split tune|held|all picks which gold files are scored (tests/perf/heldout/gold_split.tsv;
# the held ones are for measuring only, never for tuning). Default: all.
# Usage: tests/perf/eval_gold.sh [STORE_DIR] [--split tune|held|all] [extra kg eval options, e.g. -v]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="$(cd "$here/../../.." && pwd)/shared"
store="$(mktemp -d)/gold-store"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then store="$1"; shift; fi
split=all
if [ "${1:-}" = "--split" ]; then split="$2"; shift 2; fi
case "$split" in tune|held|all) ;; *) echo "eval_gold: --split must be tune, held or all, not '$split'" >&2; exit 2;; esac
gold_dir="$(mktemp -d)"
docs=()
for gold in "$shared"/gold/*.json; do
  name=$(basename "$gold")
  in_split=$(awk -F'\t' -v n="$name" '$1 == n {print $2}' "$here/heldout/gold_split.tsv")
  if [ "$split" = all ] || [ "$in_split" = "$split" ]; then ln -s "$gold" "$gold_dir/$name"; fi
  doc=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['doc'])" "$gold")
  for dir in "$shared/seeds" "$shared/corpus/wikinews"; do
    [ -f "$dir/$doc" ] && docs+=("$dir/$doc")
  done
done
rm -rf "$store"
kg build -q --force -j 2 "${docs[@]}" --store "$store"
kg eval --gold "$gold_dir" --store "$store" "$@"

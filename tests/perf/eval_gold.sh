#!/usr/bin/env bash
# Build the seven gold documents into a fresh store and score them: kg eval --gold.
# Usage: tests/perf/eval_gold.sh [STORE_DIR] [extra kg eval options, e.g. -v]
set -euo pipefail
shared="$(cd "$(dirname "$0")/../../.." && pwd)/shared"
store="${1:-$(mktemp -d)/gold-store}"; shift || true
docs=()
for gold in "$shared"/gold/*.json; do
  name=$(basename "$gold" .json)
  for dir in "$shared/seeds" "$shared/corpus/wikinews"; do
    [ -f "$dir/$name.txt" ] && docs+=("$dir/$name.txt")
  done
  [ -f "$shared/seeds/$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['doc'])" "$gold")" ] && docs+=("$shared/seeds/$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['doc'])" "$gold")")
done
rm -rf "$store"
kg build -q --force "${docs[@]}" --store "$store"
kg eval --gold "$shared/gold" --store "$store" "$@"

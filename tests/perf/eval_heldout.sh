#!/usr/bin/env bash
# Build the held-out documents (those named by tests/perf/heldout/*.json) into a
# fresh store and score them: kg eval --gold tests/perf/heldout.
# tests/perf/unseen2/ is the gold never tuned on (tests/perf/heldout/ and tests/perf/unseen/ were read for tuning by 0.5.0).
# Usage: tests/perf/eval_heldout.sh [STORE_DIR] [extra kg eval options, e.g. -v]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="$(cd "$here/../../.." && pwd)/shared"
gold_dir="${HELDOUT_DIR:-$here/heldout}"  # another folder of gold files: HELDOUT_DIR=tests/perf/unseen2
store="$(mktemp -d)/heldout-store"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then store="$1"; shift; fi
docs=()
for gold in "$gold_dir"/*.json; do
  doc=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['doc'])" "$gold")
  found=""
  for dir in "$shared/corpus/wikinews" "$shared/seeds"; do
    if [ -f "$dir/$doc" ]; then docs+=("$dir/$doc"); found=1; break; fi
  done
  [ -n "$found" ] || { echo "eval_heldout: $doc (named by $gold) not found under $shared" >&2; exit 1; }
done
rm -rf "$store"
kg build -q --force -j 2 "${docs[@]}" --store "$store"
kg eval --gold "$gold_dir" --store "$store" "$@"

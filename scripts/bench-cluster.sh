#!/usr/bin/env bash
# Runs `storyline analyze` + `storyline eval` on the clustering gold sets in ../shared/datasets and prints the
# scores next to the all-singletons baseline, with the wall time and throughput of analyze.
#   scripts/bench-cluster.sh [DATASETS_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${STORYLINE_DATASETS:-$here/../shared/datasets}}"
[ -d "$data" ] || { echo "bench: datasets not found at $data (pass the folder or set STORYLINE_DATASETS)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/storyline" --version >/dev/null
for set in ecbplus-dev googlenews/ts googlenews/t googlenews/s; do
  [ -f "$data/$set/docs.jsonl.gz" ] || { echo "bench: $set missing, skipped" >&2; continue; }
  out="$work/${set//\//-}"
  echo "== $set"
  "$here/storyline" analyze --input "$data/$set/docs.jsonl.gz" --out "$out" 2>&1 | grep -E '^storyline: [0-9,]+ articles read'
  echo "-- events vs gold event"
  "$here/storyline" eval --gold "$data/$set/gold.jsonl" --pred "$out/assignments.jsonl" --field event
  if grep -q '"topic": *"' "$data/$set/gold.jsonl"; then
    echo "-- storylines vs gold topic"
    "$here/storyline" eval --gold "$data/$set/gold.jsonl" --pred "$out/assignments.jsonl" --field topic
  fi
done

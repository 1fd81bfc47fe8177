#!/usr/bin/env bash
# Runs CI (bash .ci/run) on a clean clone of this repository's HEAD, N times in a row, while two busy loops load both
# cores, and keeps each run's log in test-results/ci-under-load-<n>.log (numbered on from the last one kept) and a line per
# run in test-results/ci-under-load-summary.txt. A busy machine must not fail CI (#19).
#   bash test/bench/ci-under-load.sh [runs=3]
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
mkdir -p "$repo/test-results"
clone="$(mktemp -d /tmp/rigshift-ci-XXXXXX)"
git clone -q "$repo" "$clone/repo" || exit 1
if [ -d "$repo/../shared" ] && [ ! -e "$clone/shared" ]; then cp -r "$repo/../shared" "$clone/shared"; fi
loops=()
for _ in 1 2; do timeout 7200 sh -c 'while :; do :; done' & loops+=($!); done
trap 'kill "${loops[@]}" 2>/dev/null; rm -rf "$clone"' EXIT
status=0
for i in $(seq 1 "$runs"); do
  n=1; while [ -e "$repo/test-results/ci-under-load-$n.log" ]; do n=$((n + 1)); done
  log="$repo/test-results/ci-under-load-$n.log"
  started=$(date +%s)
  (cd "$clone/repo" && git clean -qfdx && CI=true bash .ci/run) >"$log" 2>&1
  rc=$?
  echo "$(git -C "$clone/repo" rev-parse --short HEAD) run $n: exit $rc in $(( $(date +%s) - started )) s — $(tail -n 1 "$log")" | tee -a "$repo/test-results/ci-under-load-summary.txt"
  [ $rc -eq 0 ] || status=1
done
exit $status

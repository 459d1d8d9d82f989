#!/usr/bin/env bash
# Times `bin/agentctl merge` (the launcher users run: AppCDS archive, start-up flags) on the five samples and on
# the 44 versions of backend-architect, JVM start included, against a floor in the same run: `bin/agentctl
# --version` (launcher and JVM start, no merge).
# usage: bench/merge-bench.sh [RUNS]   (default 5). Prints wall seconds and peak RSS per run, then the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
SHARED=${AGENTCTL_SHARED:-../shared}
AGENTCTL=bin/agentctl
"$AGENTCTL" --version >/dev/null # builds the jar and the archive if needed, outside the timed runs
CORPUS="$SHARED/corpus/backend-architect"
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT

measure() { # label, command...
  local label=$1; shift
  local walls=() rss=()
  for _ in $(seq "$RUNS"); do
    local line
    /usr/bin/time -f '%e %M' -o "$TIMES" "$@" >/dev/null 2>&1
    line=$(tail -1 "$TIMES")
    walls+=("${line% *}"); rss+=("${line#* }")
  done
  local mw mr
  mw=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-34s wall %ss  peak RSS %s MiB   (runs: %s)\n' "$label" "$mw" "$((mr / 1024))" "${walls[*]}"
}

measure "floor: agentctl --version" "$AGENTCTL" --version
measure "merge agents/ (5 samples)" "$AGENTCTL" merge agents/
if [ -d "$CORPUS" ]; then
  measure "merge 44 versions" "$AGENTCTL" merge --name backend-architect "$CORPUS"
else
  echo "$CORPUS not found: skipping the 44-version merge"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"

#!/usr/bin/env bash
# Fuzzes agentctl's Jazzer targets, each for a given time, and prints the executions of each.
#
#   bench/fuzz.sh [DURATION] [TARGET...]     DURATION as Jazzer reads it: 30s, 10m, 1h (default 60s)
#   bench/fuzz.sh 20m parse inspect &        targets: parse, inspect, fix, merge (default: all, one after another)
#
# `mvn verify -Pfull` runs the same targets on their seeds only (regression mode). Here JAZZER_FUZZ=1 makes each
# target mutate inputs, guided by coverage. Before a run, the shared reference files (../shared: spec cases,
# samples, corpus; pairs of the backend-architect versions for merge) are copied into the target's generated
# corpus (.cifuzz-corpus/, not versioned), so fuzzing starts from real agent files. A crashing input is written
# beside the target's seeds in src/test/resources/dev/agentctl/…Inputs/, where `mvn test` replays it from then on:
# fix the bug, then keep the input as a regression seed.
set -euo pipefail

project=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared=${AGENTCTL_SHARED:-$project/../shared}
duration=${1:-60s}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(parse inspect fix merge)
logs=$project/target/fuzz
mkdir -p "$logs"

test_of() {
    case $1 in
        parse) echo dev.agentctl.parse.ParseFuzzTest splitParseAndRepair ;;
        inspect) echo dev.agentctl.cli.InspectFuzzTest inspect ;;
        fix) echo dev.agentctl.fix.FixFuzzTest fix ;;
        merge) echo dev.agentctl.merge.MergeFuzzTest merge ;;
        *) echo "bench/fuzz.sh: unknown target '$1' (parse, inspect, fix or merge)" >&2; exit 2 ;;
    esac
}

seed() {
    local target=$1 corpus=$2
    mkdir -p "$corpus"
    [[ -d $shared ]] || { echo "bench/fuzz.sh: no $shared, fuzzing from the repository's seeds only" >&2; return; }
    if [[ $target == merge ]]; then
        local previous='' n=0 f
        for f in "$shared"/corpus/backend-architect/*.md; do
            if [[ -n $previous ]]; then
                { cat "$previous"; printf '\f'; cat "$f"; } >"$corpus/shared-pair-$n"
                n=$((n + 1))
            fi
            previous=$f
        done
    else
        find "$shared/spec/cases" "$shared/seeds" "$shared/corpus/files" -type f \( -name '*.md' -o -name '*.txt' \) |
            while read -r f; do cp "$f" "$corpus/shared-$(printf '%s' "$f" | sha1sum | cut -c1-16)"; done
    fi
}

cd "$project"
mvn -o -q test-compile
printf '%-8s %10s %8s %10s  %s\n' target executions seconds exec/s result
for target in "${targets[@]}"; do
    read -r class method < <(test_of "$target")
    seed "$target" ".cifuzz-corpus/$class/$method"
    log=$logs/$target.log
    result=ok
    JAZZER_FUZZ=1 JAZZER_MAX_DURATION=$duration \
        mvn -o surefire:test -Dtest="$class#$method" -Dagentctl.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 ||
        result="FAILED (see $log)"
    # libFuzzer's last words: "Done 179680 runs in 21 second(s)".
    read -r runs seconds < <(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 \2/p' "$log" | tail -1) ||
        { runs=0; seconds=0; }
    printf '%-8s %10s %8s %10s  %s\n' "$target" "$runs" "$seconds" "$((runs / (seconds > 0 ? seconds : 1)))" "$result"
done

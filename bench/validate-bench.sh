#!/usr/bin/env bash
# Times bin/agentctl against a Node linter for Claude Code agents on 10, 1,000 and 10,000 files
# and prints a table of median wall time, CPU time and peak RSS. Not a test: it passes or
# fails nothing, it reports. docs/performance.md explains each figure.
#
# usage: bench/validate-bench.sh [SUBCOMMAND]      (default: validate)
# environment:
#   AGENTCTL_BENCH_SUBCOMMAND  the agentctl subcommand, if not given as the argument
#   AGENTCTL_BENCH_RUNS        timed runs per tool and size (default 5; the median is shown)
#   AGENTCTL_BENCH_SIZES       file counts (default "10 1000 10000")
#   AGENTCTL_BENCH_CORPUS      directory of real agent .md files (default ../shared/corpus/files)
# Each size's output from one untimed run of each tool is kept in bench/out/ for checking.
set -euo pipefail

bench=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(dirname "$bench")
subcommand=${1:-${AGENTCTL_BENCH_SUBCOMMAND:-validate}}
runs=${AGENTCTL_BENCH_RUNS:-5}
read -r -a sizes <<<"${AGENTCTL_BENCH_SIZES:-10 1000 10000}"
corpus=${AGENTCTL_BENCH_CORPUS:-$project/../shared/corpus/files}
out=$bench/out
peer=$bench/node_modules/.bin/cclint

die() {
    printf 'validate-bench: %s\n' "$*" >&2
    exit 2
}

[[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is needed for peak RSS: apt-get install time"
command -v node >/dev/null || die "node is needed to run the Node peer"
command -v java >/dev/null || die "java is needed to run agentctl"
[[ -d $corpus ]] || die "no corpus at $corpus (set AGENTCTL_BENCH_CORPUS)"
mapfile -t originals < <(find "$corpus" -type f -name '*.md' | LC_ALL=C sort)
(( ${#originals[@]} > 0 )) || die "no .md files under $corpus"

# The peer is pinned in bench/package.json and package-lock.json; this is the only network use.
if [[ ! -x $peer ]]; then
    command -v npm >/dev/null || die "npm is needed once to install the Node peer into bench/node_modules"
    echo "validate-bench: installing the Node peer into bench/node_modules ..." >&2
    npm install --prefix "$bench" --no-audit --no-fund --loglevel=error >&2
fi

# Build the jar and record the CDS archive now, so that no timed run pays for them.
"$project/bin/agentctl" --version >/dev/null
"$project/bin/agentctl" help "$subcommand" >/dev/null 2>&1 ||
    die "'$subcommand' is not an agentctl subcommand (see bin/agentctl --help)"

work=$(mktemp -d "${TMPDIR:-/tmp}/agentctl-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# The floor: bench/ReadFloor.java only walks, reads and decodes the files, on the JVM bin/agentctl
# picks and with its jvm_opts.
java_bin=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java_bin=$JAVA_HOME/bin/java
command -v javac >/dev/null || die "javac is needed to compile bench/ReadFloor.java"
javac -d "$work/floor" "$bench/ReadFloor.java"
floor_cmd=("$java_bin" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms16m -XX:-UsePerfData
    -Xshare:auto -cp "$work/floor" ReadFloor .claude/agents)

# One set per size, laid out as a project with .claude/agents/<source repo>/<file>.md, where the
# peer looks for agents. Past the corpus size, files are copied again under new names
# (x2-, x3-, ...); real copies, not links, since agentctl reads each inode only once.
make_set() {
    local n=$1 dir=$work/set-$1/.claude/agents i src repo name copy
    for (( i = 0; i < n; i++ )); do
        src=${originals[i % ${#originals[@]}]}
        repo=$(basename "$(dirname "$src")")
        name=$(basename "$src")
        copy=$(( i / ${#originals[@]} + 1 ))
        (( copy == 1 )) || name=x$copy-$name
        mkdir -p "$dir/$repo"
        cp "$src" "$dir/$repo/$name"
    done
}

# Runs "$@" once in directory $1 and appends "wall_ms cpu_ms rss_kb" to the file $sample_file.
sample() {
    local dir=$1 stats=$work/time.txt start end
    shift
    start=$EPOCHREALTIME
    (cd "$dir" && /usr/bin/time -f '%U %S %M' -o "$stats" "$@" >/dev/null 2>&1) || true
    end=$EPOCHREALTIME
    # The last line: GNU time puts "Command exited with non-zero status N" before it.
    awk -v wall=$(( (${end/./} - ${start/./}) / 1000 )) \
        'END { printf "%d %d %d\n", wall, ($1 + $2) * 1000, $3 }' "$stats" >>"$sample_file"
}

# Prints "median_wall_ms median_cpu_ms peak_rss_mb" of a samples file.
summarise() {
    local m w c
    m=$(sort -n -k1 "$1" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')
    c=$(sort -n -k2 "$1" | awk '{ c[NR] = $2 } END { print c[int((NR + 1) / 2)] }')
    w=$(awk 'BEGIN { r = 0 } $3 > r { r = $3 } END { printf "%.0f", r / 1024 }' "$1")
    echo "$m $c $w"
}

# Both tools run from the set's directory. The peer lints the agents of the project in its
# working directory (.claude/agents, src/agents, agents); its --root option refuses paths
# outside the working directory.
agentctl_cmd=("$project/bin/agentctl" "$subcommand" .claude/agents)
peer_cmd=("$peer" agents)

declare -A row
# Start-up shares: the bare runtimes, then each tool doing nothing but print its version.
for kind in jvm node agentctl-version peer-version; do
    sample_file=$work/$kind.samples
    for (( r = 0; r < runs; r++ )); do
        case $kind in
            # -version ends the JVM before the jar runs: the launcher and JVM start-up with
            # agentctl's own flags and CDS archive, and none of agentctl's code.
            jvm) sample "$work" env AGENTCTL_JAVA_OPTS=-version "$project/bin/agentctl" ;;
            node) sample "$work" node -e '' ;;
            agentctl-version) sample "$work" "$project/bin/agentctl" --version ;;
            peer-version) sample "$work" "$peer" --version ;;
        esac
    done
    row[$kind]=$(summarise "$sample_file")
done

for n in "${sizes[@]}"; do
    echo "validate-bench: preparing and timing $n files ..." >&2
    make_set "$n"
    # One untimed run each: warms the page cache, and its output and exit code are kept.
    rc=0; (cd "$work/set-$n" && "${agentctl_cmd[@]}") >"$out/$n-agentctl.out" 2>&1 || rc=$?
    row[$n-agentctl-exit]=$rc
    rc=0; (cd "$work/set-$n" && "${peer_cmd[@]}") >"$out/$n-cclint.out" 2>&1 || rc=$?
    row[$n-peer-exit]=$rc
    row[$n-peer-checked]=$(sed -n 's/.*Files checked: \([0-9]*\).*/\1/p' "$out/$n-cclint.out" | tail -1)
    (cd "$work/set-$n" && "${floor_cmd[@]}") >"$out/$n-floor.out" 2>&1
    : >"$work/$n-agentctl.samples"
    : >"$work/$n-peer.samples"
    : >"$work/$n-floor.samples"
    for (( r = 0; r < runs; r++ )); do
        sample_file=$work/$n-agentctl.samples sample "$work/set-$n" "${agentctl_cmd[@]}"
        sample_file=$work/$n-peer.samples sample "$work/set-$n" "${peer_cmd[@]}"
        sample_file=$work/$n-floor.samples sample "$work/set-$n" "${floor_cmd[@]}"
    done
    row[$n-agentctl]=$(summarise "$work/$n-agentctl.samples")
    row[$n-peer]=$(summarise "$work/$n-peer.samples")
    row[$n-floor]=$(summarise "$work/$n-floor.samples")
    rm -rf "$work/set-$n"
done

target_ms() { case $1 in 10) echo 150 ;; 1000) echo 300 ;; 10000) echo 1000 ;; *) echo - ;; esac; }

{
    printf 'agentctl %s vs @carlrannaberg/cclint %s (cclint agents), %s runs each, medians; %s cores, %s\n' \
        "$subcommand" "$(node -p 'require(process.argv[1]).version' "$bench/node_modules/@carlrannaberg/cclint/package.json")" \
        "$runs" "$(nproc)" "$(java -version 2>&1 | head -1)"
    printf '%-26s %-33s| %s\n' '' '    agentctl' '   cclint'
    printf '%-26s %9s %8s %7s %5s | %9s %8s %7s %5s %7s | %8s %6s\n' \
        workload 'wall ms' 'cpu ms' 'RSS MB' exit 'wall ms' 'cpu ms' 'RSS MB' exit checked speedup target
    read -r aw ac am <<<"${row[jvm]}"
    read -r pw pc pm <<<"${row[node]}"
    printf '%-26s %9s %8s %7s %5s | %9s %8s %7s %5s %7s |\n' 'runtime alone' \
        "$aw" "$ac" "$am" '' "$pw" "$pc" "$pm" '' ''
    read -r aw ac am <<<"${row[agentctl-version]}"
    read -r pw pc pm <<<"${row[peer-version]}"
    printf '%-26s %9s %8s %7s %5s | %9s %8s %7s %5s %7s |\n' '--version' "$aw" "$ac" "$am" '' "$pw" "$pc" "$pm" '' ''
    for n in "${sizes[@]}"; do
        read -r aw ac am <<<"${row[$n-agentctl]}"
        read -r pw pc pm <<<"${row[$n-peer]}"
        t=$(target_ms "$n")
        verdict=$(awk -v a="$aw" -v t="$t" 'BEGIN { if (t == "-") print "-"; else printf "%s%d", (a <= t ? "ok <=" : "MISS >"), t }')
        printf '%-26s %9s %8s %7s %5s | %9s %8s %7s %5s %7s | %7sx %s\n' "$(printf "%'d files" "$n")" \
            "$aw" "$ac" "$am" "${row[$n-agentctl-exit]}" "$pw" "$pc" "$pm" "${row[$n-peer-exit]}" \
            "${row[$n-peer-checked]:-?}" "$(awk -v a="$aw" -v p="$pw" 'BEGIN { printf "%.1f", p / a }')" "$verdict"
        read -r fw fc fm <<<"${row[$n-floor]}"
        printf '%-26s %9s %8s %7s %5s |\n' '  JVM read-only floor' "$fw" "$fc" "$fm" ''
    done
    echo "runtime alone: bin/agentctl with AGENTCTL_JAVA_OPTS=-version (launcher + JVM, no agentctl code) | node -e ''"
    echo "JVM read-only floor: bench/ReadFloor.java (walk, read and decode every file; nothing else) with agentctl's JVM flags"
    echo "speedup = cclint wall / agentctl wall (target >= 3x); exit = exit code of the untimed run;"
    echo "checked = files cclint reports as checked (it skips files whose first line is not ---)"
} | tee "$out/results.txt"

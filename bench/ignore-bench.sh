#!/usr/bin/env bash
# The cost of the ignore matching in the search of a repository (issue 10): builds a repository of FILES files
# (default 10000) in 500 folders, with a .gitignore at the top (30 rules: globs, anchored paths, negations) and in
# every tenth folder, .git/info/exclude, a node_modules/ tree and 20 .claude/agents/ folders (5 agents each, one
# folder of them ignored), then times the project model's search with the rules and with --no-ignore, in one warm
# JVM (bench/IgnoreBench.java), and the whole `agentctl validate` both ways, from the shell.
#
#   bench/ignore-bench.sh [FILES]
set -euo pipefail
project=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
files=${1:-10000}
work=$(mktemp -d "${TMPDIR:-/tmp}/agentctl-ignore.XXXXXX")
trap 'rm -rf "$work"' EXIT
[[ -f $project/target/agentctl.jar ]] || (cd "$project" && mvn -q -o -DskipTests package)
python3 - "$work/repo" "$files" <<'PY'
import os, sys
root, total = sys.argv[1], int(sys.argv[2])
dirs = 500
per = max(1, total // dirs)
os.makedirs(f"{root}/.git/info")
open(f"{root}/.git/info/exclude", "w").write("*.swp\nscratch/\n")
rules = ["*.log", "build/", "dist/", "/coverage", "*.tmp", "!keep.tmp", "**/cache/", "out-*/", "*.o", "vendor/**",
         "docs/_site/", "*.pyc", "__pycache__/", ".env", "secret*.md", "!secret-ok.md", "tmp/", "*.bak", "a/**/b",
         "*.class", "target/", ".idea/", "*.iml", "node_modules/", "*.orig", "/d7/", "d1*/", "**/gen/**", "*.zip", "x?y"]
open(f"{root}/.gitignore", "w").write("\n".join(rules) + "\n")
n = 0
for d in range(dirs):
    path = f"{root}/pkg{d // 50}/d{d}"
    os.makedirs(path, exist_ok=True)
    if d % 10 == 0:
        open(f"{path}/.gitignore", "w").write("*.gen.md\n!important.gen.md\nlocal/\n")
    for f in range(per):
        open(f"{path}/f{f}.md", "w").write("# doc\n")
        n += 1
    if d % 25 == 0:
        agents = f"{path}/.claude/agents"
        os.makedirs(agents, exist_ok=True)
        for a in range(5):
            open(f"{agents}/a{a}.md", "w").write(f"---\nname: a{d}-{a}\ndescription: Agent {a}.\n---\nBody.\n")
os.makedirs(f"{root}/pkg0/d0/build/.claude/agents", exist_ok=True)
open(f"{root}/pkg0/d0/build/.claude/agents/ignored.md", "w").write("---\nname: ignored\n---\n")
os.makedirs(f"{root}/node_modules/pkg/.claude/agents", exist_ok=True)
open(f"{root}/node_modules/pkg/.claude/agents/nm.md", "w").write("---\nname: nm\n---\n")
print(f"built {n} files in {dirs} folders", file=sys.stderr)
PY
javac -cp "$project/target/agentctl.jar" -d "$work/bench" "$project/bench/IgnoreBench.java"
echo "In one warm JVM (search of the tree only):"
java -cp "$project/target/agentctl.jar:$work/bench" IgnoreBench "$work/repo" 30
echo
echo "Whole command, from the shell (5 runs each, best):"
for mode in "" "--no-ignore"; do
    best=999999
    for i in 1 2 3 4 5; do
        s=$(date +%s%N)
        java -jar "$project/target/agentctl.jar" validate $mode --format json "$work/repo" >/dev/null 2>&1 || true
        e=$(( ($(date +%s%N) - s) / 1000000 ))
        (( e < best )) && best=$e
    done
    echo "  agentctl validate ${mode:-(ignore rules)}: ${best} ms"
done

#!/usr/bin/env bash
# Findings outside agent files, before and after the project model (issue 10): builds each layout of
# src/test/resources/layouts/*/tree.txt that is validated at its root, runs `validate --format json` with each jar
# given, and counts the errors and warnings on files that are not agent files. The agent files of a layout are what
# `agentctl inspect` of the newest jar reads there (the files Claude Code loads from the layout's .claude/agents
# folders and plugins) less those it reports as not agents (AG035); manifests (plugin.json, marketplace.json) are counted apart.
#
#   bench/layout-findings.sh OLD.jar [NEW.jar]     NEW defaults to target/agentctl.jar
#
# OLD.jar: a build from before the project model, e.g. `git archive eb4d167 | tar -x -C /tmp/old && (cd /tmp/old &&
# mvn -q -o -DskipTests package)`, then /tmp/old/target/agentctl.jar.
set -euo pipefail
project=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
old=$1
new=${2:-$project/target/agentctl.jar}
work=$(mktemp -d "${TMPDIR:-/tmp}/agentctl-layouts.XXXXXX")
trap 'rm -rf "$work"' EXIT
python3 - "$project/src/test/resources/layouts" "$work" "$old" "$new" <<'PY'
import json, os, subprocess, sys
layouts, work, old, new = sys.argv[1:]
print(f"{'layout':<12} {'jar':<4} {'files':>5} {'err+warn':>8} {'outside agent files':>20} {'on manifests':>13}")
for case in sorted(os.listdir(layouts)):
    args = open(os.path.join(layouts, case, "args")).read().split()
    if args != ["validate", "{root}"]:
        continue
    root = os.path.join(work, case)
    path, buf = None, []
    def flush():
        if path:
            f = os.path.join(root, path); os.makedirs(os.path.dirname(f), exist_ok=True); open(f, "w").write("".join(buf))
    for line in open(os.path.join(layouts, case, "tree.txt")):
        if line.startswith("=== "):
            flush(); path, buf = line[4:].strip(), []
        else:
            buf.append(line)
    flush()
    os.makedirs(os.path.join(root, ".git"), exist_ok=True)
    inspect = subprocess.run(["java", "-jar", new, "inspect", "--format", "json", root], capture_output=True, text=True)
    agents = {json.loads(l)["file"] for l in inspect.stdout.splitlines() if l.strip()}
    # less what the newest jar says is not an agent (AG035: a README, a skill, a command in a named folder)
    check = subprocess.run(["java", "-jar", new, "validate", "--format", "json", root], capture_output=True, text=True)
    agents -= {d["file"] for d in json.loads(check.stdout or "[]") if d["ruleId"] == "AG035"}
    for label, jar in (("old", old), ("new", new)):
        r = subprocess.run(["java", "-jar", jar, "validate", "--format", "json", root], capture_output=True, text=True)
        found = [d for d in json.loads(r.stdout or "[]") if d["severity"] in ("error", "warning")]
        manifests = [d for d in found if d["file"].endswith(".json")]
        outside = [d for d in found if d["file"] not in agents and d not in manifests]
        files = len({d["file"] for d in found})
        print(f"{case:<12} {label:<4} {files:>5} {len(found):>8} {len(outside):>20} {len(manifests):>13}")
PY

#!/usr/bin/env bash
# End-to-end check in a real editor: headless Neovim (0.7 or newer) runs agentctl lsp on an agent file, and
# e2e.lua applies the quick fix the server offers; the result must be what `agentctl fix` writes.
set -euo pipefail
cd "$(dirname "$0")/../../.."
project=$(pwd)

command -v nvim >/dev/null || { echo "e2e.sh: nvim is not installed" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/agentctl-nvim.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/agents" "$work/expected"
cat >"$work/agents/reviewer.md" <<'AGENT'
---
name: reviewer
description: Reviews pull requests for style
tools: Read, Grep, Task
---

You review pull requests and report style problems briefly.
AGENT
cp "$work/agents/reviewer.md" "$work/expected/reviewer.md"
"$project/bin/agentctl" fix "$work/expected/reviewer.md" >/dev/null 2>&1

AGENTCTL="$project/bin/agentctl" AGENT_FILE="$work/agents/reviewer.md" RESULT_FILE="$work/result.md" \
  timeout 300 nvim --headless --clean -n -c "luafile $project/src/test/nvim/e2e.lua" </dev/null

if ! diff -u "$work/expected/reviewer.md" "$work/result.md"; then
  echo "e2e.sh: the quick fix in Neovim differs from agentctl fix" >&2
  exit 1
fi
echo "nvim e2e: ok ($(nvim --version | head -1))"

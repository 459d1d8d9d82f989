#!/usr/bin/env bash
# Runs agentctl (bin/agentctl, as a user would) on generated hostile inputs and prints a Markdown table: what
# agentctl printed first, its exit code, wall time and peak memory (resident set, from /usr/bin/time).
#
#   bench/hostile.sh [FILES]     FILES: size of the many-files tree (default 100000)
#
# Inputs are generated in a temporary directory and removed afterwards; nothing is written to the checkout.
# The full-disk and read-only cases mount small tmpfs file systems and run only as root; the unreadable-file
# case runs agentctl as nobody when started as root (root reads any file). Needs python3 and GNU time.
set -uo pipefail

project=$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
agentctl=$project/bin/agentctl
files=${1:-100000}
work=$(mktemp -d "${TMPDIR:-/tmp}/agentctl-hostile.XXXXXX")
mounts=()
cleanup() {
    for m in ${mounts[@]+"${mounts[@]}"}; do umount "$m" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
[[ -x /usr/bin/time ]] || { echo "bench/hostile.sh: needs GNU time (/usr/bin/time)" >&2; exit 2; }
"$agentctl" --version >/dev/null || exit 2 # builds the jar and its class-data archive first

cd "$work"
python3 - "$files" <<'PY'
import os, sys
agent = "---\nname: hostile\ndescription: A hostile input\n"
def w(name, data):
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    open(name, "wb").write(data if isinstance(data, bytes) else data.encode())
def fm(lines):
    return agent + lines + "---\nYou are an agent.\n"
laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
for prev, cur in zip("abcdefgh", "bcdefghi"):
    laughs += f"{cur}: &{cur} [" + ",".join(["*" + prev] * 9) + "]\n"
w("in/billion-laughs.md", fm(laughs))
w("in/deep-block.md", fm("x:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(1300))))
w("in/deep-flow.md", fm("x: " + "[" * 300000 + "]" * 300000 + "\n"))
w("in/huge-scalar.md", fm("long: " + "x" * 1000000 + "\n"))
w("in/many-keys.md", fm("".join(f"k{i}: v\n" for i in range(100000))))
w("in/java-tags.md", fm('x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.com"]]]]\ny: !custom {a: 1}\n'))
w("in/merge-key.md", fm("<<: {model: opus}\n"))
w("in/anchor-across-documents.md", fm("x: &x 1\n...\ny: *x\n"))
w("in/invalid-utf8.md", fm("").replace("A hostile input", "caf\udce9").encode("utf-8", "surrogateescape"))
w("in/utf16-bom.md", b"\xff\xfe" + fm("").encode("utf-16-le"))
w("in/binary-nul.md", bytes((i * 7919) % 256 for i in range(65536)))
w("in/over-1mib.md", fm("") + "x" * (1 << 20))
# Merge inputs just under 1 MiB: a body of fence lines (every one opening or closing a code block), and one of
# thousands of short sections, with a second variant each.
w("merge/fences/a.md", fm("") + "\n".join(["```", "```py"] * 30000) + "\n")
w("merge/fences/b.md", fm("") + "- Read the logs first\n")
words = "alpha beta gamma delta cache queue design test deploy secure monitor scale index query build".split()
def sentence(i, salt):
    return " ".join(words[(i * 7 + k * salt) % len(words)] for k in range(8)).capitalize() + "."
for name, salt in (("a", 3), ("b", 5)):
    w(f"merge/sections/{name}.md", fm("") + "\n".join(f"## {sentence(i, salt)}\n\n{sentence(i + 1, salt)}\n" for i in range(4000)))
n = int(sys.argv[1])
small = fm("tools: Read, MultiEdit\n")
for i in range(n):
    w(f"tree/d{i // 1000:03}/a{i % 1000:04}.md", small.replace("name: hostile", f"name: agent-{i}"))
PY
truncate -s 1G in/one-gib.md
mkdir -p in/dir.md links/sub outside
printf -- '---\nname: outside\ndescription: Outside the tree\n---\nBody\n' >outside/o.md
ln -s self.md links/self.md
ln -s .. links/sub/up
ln -s "$work/outside/o.md" links/outside.md
printf -- '---\nname: locked\ndescription: Locked\n---\nBody\n' >in/locked.md
chmod 000 in/locked.md

# row LABEL COMMAND...: runs it and prints one table row.
row() {
    local label=$1
    shift
    /usr/bin/time -f '%e %M' -o time.txt "$@" >out.txt 2>err.txt
    local exit=$?
    local said
    # The most telling finding: the first error, else the first finding that is not about an unknown key.
    said=$(grep -m1 -E '  error  ' out.txt)
    [[ -n $said ]] || said=$(grep -E '  (warning|info)  ' out.txt | grep -v AG021 | head -1)
    [[ -n $said ]] || said=$(grep -m1 -E '  (warning|info)  ' out.txt)
    said=$(sed -E 's/^ *[0-9]+:[0-9]+ +//; s/ +/ /g' <<<"$said")
    [[ -n $said ]] || said=$(grep -m1 -v '^Checked' err.txt)
    [[ -n $said ]] || said=$(head -1 out.txt)
    [[ -n $said ]] || said=$(head -1 err.txt)
    # GNU time puts "Command exited with non-zero status N" before its own line.
    read -r seconds kb < <(tail -1 time.txt)
    printf '| %s | %s | %s | %s s | %s MB |\n' "$label" "${said//|/\\|}" "$exit" "$seconds" "$((kb / 1024))"
}

echo "| input | agentctl printed (first finding or message) | exit | wall | peak RSS |"
echo "|---|---|---|---|---|"
for f in billion-laughs deep-block deep-flow huge-scalar many-keys java-tags anchor-across-documents \
    invalid-utf8 utf16-bom binary-nul over-1mib one-gib; do
    row "$f.md" "$agentctl" validate "in/$f.md"
done
row "merge: a body of 60,000 fence lines" "$agentctl" merge merge/fences
row "merge: two bodies of 4,000 sections" "$agentctl" merge merge/sections
row "merge-key.md (inspect)" bash -c "'$agentctl' inspect in/merge-key.md | grep -F model:"
row "directory named dir.md" "$agentctl" validate in/dir.md
if [[ $(id -u) == 0 ]]; then
    chmod 755 "$work" "$work/in"
    row "unreadable file (as nobody)" setpriv --reuid=65534 --regid=65534 --clear-groups "$agentctl" validate "$work/in/locked.md"
else
    row "unreadable file" "$agentctl" validate in/locked.md
fi
row "symlink to itself" "$agentctl" validate links/self.md
row "links: loop and outside" "$agentctl" inspect links
row "$files files in one tree" "$agentctl" validate tree
row "$files files, stdout closed (| head -1)" bash -c "'$agentctl' validate tree | head -1 >/dev/null; exit \${PIPESTATUS[0]}"
# Deleted while scanning: a second process removes the tree while agentctl reads it.
cp -r tree/d000 doomed
(sleep 0.5; rm -rf doomed) &
row "1000 files deleted while scanning" "$agentctl" validate doomed
wait

if [[ $(id -u) == 0 ]] && mkdir -p full ro && mount -t tmpfs -o size=16k tmpfs full 2>/dev/null; then
    mounts+=("$work/full")
    echo original >full/profile.md
    head -c 12000 /dev/zero >full/filler
    row "merge --out on a full disk" "$agentctl" merge "$project/agents" --out full/profile.md
    echo "(profile.md afterwards: $(cat full/profile.md))"
    # fix on the full disk: an agent that needs a fix, and not a byte left for the temporary file.
    rm -f full/filler
    cp "$project/agents/000_cbd2f9d1d42bcc2d.md" full/agent.md
    before=$(sha256sum <full/agent.md)
    head -c 20000 /dev/zero >full/filler 2>/dev/null || true
    row "fix on a full disk" "$agentctl" fix full/agent.md
    echo "(agent.md afterwards: $([[ $(sha256sum <full/agent.md) == "$before" ]] && echo unchanged || echo CHANGED))"
    mount -t tmpfs -o size=1m tmpfs ro && mounts+=("$work/ro")
    echo original >ro/profile.md
    cp "$project/agents/000_cbd2f9d1d42bcc2d.md" ro/agent.md
    mount -o remount,ro ro
    row "merge --out into a read-only file system" "$agentctl" merge "$project/agents" --out ro/profile.md
    echo "(profile.md afterwards: $(cat ro/profile.md))"
    row "fix in a read-only file system" "$agentctl" fix ro/agent.md
    echo "(agent.md afterwards: $(cmp -s ro/agent.md "$project/agents/000_cbd2f9d1d42bcc2d.md" && echo unchanged || echo CHANGED))"
fi

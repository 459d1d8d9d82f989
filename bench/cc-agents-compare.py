#!/usr/bin/env python3
"""Compares `agentctl agents` with what the real Claude Code lists for one scenario.

    unshare -n python3 bench/cc-agents-compare.py CASE_DIR [--bin CLAUDE] [--skip-cc]

CASE_DIR is a scenario in the format of ../shared/spec/scopes/ (scenario.json: cwd, home, args, gitInit,
setup, templates); build one around a copy of a real repository, e.g. `CASE/repo` with
{"cwd": "repo", "gitInit": ["repo"], "home": null, "args": ["--plugin-dir", "{root}/repo/plugins"]}.
Claude Code runs through ../shared/tools/cc-live/run_scn.py (offline: needs `unshare -n`, run as root);
agentctl runs on its own copy of the case, set up the same way, with the same flags, an empty home and no
managed folder. Prints every agent type whose description or tools differ, and exits 1 if any does.
Claude Code's output stays in /tmp/cc-compare/NAME (--skip-cc reuses it).
"""
import json, os, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
project = os.path.dirname(here)
args = sys.argv[1:]
skip = '--skip-cc' in args
claude = os.path.expanduser('~/.cache/cc/package/claude')
if '--bin' in args:
    claude = args[args.index('--bin') + 1]
case = os.path.abspath([a for a in args if not a.startswith('--') and a != claude][0])
name = os.path.basename(case.rstrip('/'))
out = os.path.join('/tmp/cc-compare', name)
built_ins = {'general-purpose', 'Explore', 'Plan', 'statusline-setup', 'claude'}
scenario = json.load(open(os.path.join(case, 'scenario.json')))

if not (skip and os.path.exists(os.path.join(out, 'result.json'))):
    runner = os.path.join(project, '..', 'shared', 'tools', 'cc-live', 'run_scn.py')
    r = subprocess.run([sys.executable, runner, case, out, '--bin', claude], capture_output=True, text=True)
    if r.returncode:
        sys.exit('run_scn.py failed: ' + r.stderr[-2000:])
result = json.load(open(os.path.join(out, 'result.json')))

tmp = tempfile.mkdtemp(prefix='agentctl-compare-')
try:
    root = os.path.join(tmp, 'r')
    shutil.copytree(case, root, symlinks=True)
    for f in scenario.get('templates', []):
        p = os.path.join(root, f)
        open(p, 'w').write(open(p).read().replace('{root}', root))
    for g in scenario.get('gitInit', []):
        subprocess.run(['git', 'init', '-q', os.path.join(root, g)], check=True)
    for c in scenario.get('setup', []):
        subprocess.run(c, shell=True, cwd=root, check=True, capture_output=True)
    home = os.path.join(root, scenario['home']) if scenario.get('home') else tempfile.mkdtemp(dir=tmp)
    cmd = [os.path.join(project, 'bin', 'agentctl'), 'agents', '--format', 'json', '--home', home,
           '--managed-dir', os.path.join(tmp, 'no-managed')]
    cmd += [a.replace('{root}', root) for a in scenario.get('args', [])]
    cmd.append(os.path.join(root, scenario['cwd']))
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode == 2:
        sys.exit('agentctl failed: ' + p.stderr)
    listed = json.loads(p.stdout)['agents']
finally:
    shutil.rmtree(tmp, ignore_errors=True)

ours = {a['agentType']: (a['description'], a['tools']) for a in listed}
theirs = {c['name']: (c['description'], c.get('toolsListing')) for c in result.get('custom') or []
          if c['name'] not in built_ins or c['name'] in ours}
diff = sorted(k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k))
print(f'{name}: Claude Code {len(theirs)}, agentctl {len(ours)}, differing {len(diff)}')
for k in diff:
    print(f'  {k}\n    Claude Code: {theirs.get(k)}\n    agentctl:    {ours.get(k)}')
sys.exit(1 if diff else 0)

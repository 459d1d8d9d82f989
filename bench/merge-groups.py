#!/usr/bin/env python3
"""Merges groups of real variants and measures each merge with the judges in ../shared/tools.

Groups: the five sample agents (agents/), the versions in ../shared/corpus/backend-architect/, and, for each
name given, every file ../shared/corpus/expected.jsonl says Claude Code loads under that name, one file per
distinct prompt, translations (docs/<locale>/) left out.

For each group it prints: the word judge's coverage and redundancy (mergeeval.py) with the redundancy limit (the
most redundant single input + 0.01), mergestruct.py's six counts, the most repeated item titles of any single
input, and the body size against the largest input. With --semantic JAR (a `mvn -Psemantic package` build) it adds
the embedding judge (dev.agentctl.semantic.SemanticJudge): coverage of source sentences at cosine 0.80; redundancy
(share of merged sentences with another at cosine 0.80, and at 0.85) with its limit (the most redundant input at the
same cosine + 0.01); and the pairs of merged sentences at 0.85 or more. With --study as well, it merges each group
again as JSON and runs dev.agentctl.semantic.MergeStudy over all of them (docs/merge.md, "What the word model cannot
tell").

usage: bench/merge-groups.py [--agentctl CMD] [--semantic JAR [--study]] [--out DIR] [--extra 'ARGS'] [--all | NAME ...]
(--all: every name with two or more distinct prompts, 79 in the shared corpus)
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('AGENTCTL_SHARED', os.path.join(ROOT, '..', 'shared'))
DESIGN = ['code-reviewer', 'frontend-developer', 'debugger', 'data-engineer', 'prompt-engineer', 'ai-engineer']
HELD_OUT = ['performance-engineer', 'ml-engineer', 'incident-responder', 'api-documenter', 'data-scientist',
            'architect', 'security-auditor']


def corpus_group(name):
    seen = {}
    with open(os.path.join(SHARED, 'corpus', 'expected.jsonl'), encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['outcome'] == 'loaded' and d['name'] == name and '/docs__' not in d['path']:
                seen.setdefault(d['systemPromptSha256'], os.path.join(SHARED, 'corpus', d['path']))
    return list(seen.values())


def every_name():
    """Every agent name with two or more distinct prompts that Claude Code loads (translations and the versions aside)."""
    prompts = {}
    with open(os.path.join(SHARED, 'corpus', 'expected.jsonl'), encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            if d['outcome'] == 'loaded' and '/docs__' not in d['path'] and not d['path'].startswith('backend-architect/'):
                prompts.setdefault(d['name'], set()).add(d['systemPromptSha256'])
    return sorted(n for n, p in prompts.items() if len(p) >= 2)


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, encoding='utf-8')


def figures(text, *keys):
    found = dict(re.findall(r'(\w+)=([0-9.]+)', text))
    return [found.get(k) for k in keys]


def measure(label, name, files, args):
    out = os.path.join(args.out, re.sub(r'[^\w.-]+', '-', label) + '.md')
    merged = run(shlex.split(args.agentctl) + ['merge'] + shlex.split(args.extra) + ['--name', name, '--out', out] + files)
    if merged.returncode != 0:
        return f'| {label} | {len(files)} | merge failed: {merged.stderr.strip()[:200]} |'
    tools = os.path.join(SHARED, 'tools')
    coverage, redundancy, size = figures(run(['python3', os.path.join(tools, 'mergeeval.py'), out] + files).stdout,
                                         'coverage', 'redundancy', 'size_vs_largest')
    own = [float(figures(run(['python3', os.path.join(tools, 'mergeeval.py'), f, f]).stdout, 'redundancy')[0])
           for f in files]
    structure = run(['python3', os.path.join(tools, 'mergestruct.py'), out]).stdout.strip()
    counts = ' '.join(v for _, v in re.findall(r'(\w+)=(\d+)', structure))
    titles = max(int(figures(run(['python3', os.path.join(tools, 'mergestruct.py'), f]).stdout,
                             'repeated_item_titles')[0]) for f in files)
    row = (f'| {label} | {len(files)} | {float(coverage):.4f} | {float(redundancy):.4f} ({max(own) + 0.01:.4f}) '
           f'| {counts} | {titles} | {float(size):.2f}x |')
    if args.semantic:
        judge = run(['java', '-cp', args.semantic, 'dev.agentctl.semantic.SemanticJudge', out] + files)
        last = judge.stdout.splitlines()[-1] if judge.stdout else ''
        cov, r80, l80, r85, l85, pairs, sentences = figures(
            last, 'coverage_at_0_80', 'redundancy_at_0_80', 'most_redundant_input_at_0_80', 'redundancy_at_0_85',
            'most_redundant_input_at_0_85', 'pairs_at_or_above_0_85', 'sentences')
        row += (f' {float(cov):.4f} | {float(r80):.4f} ({float(l80) + 0.01:.4f}) | {float(r85):.4f} ({float(l85) + 0.01:.4f})'
                f' | {pairs} of {sentences} |') if cov else ' judge failed |'
    if args.study:
        study = out[:-len('.md')] + '.json'
        with open(study, 'w', encoding='utf-8') as f:
            f.write(run(shlex.split(args.agentctl) + ['merge', '--format', 'json'] + shlex.split(args.extra)
                        + ['--name', name] + files).stdout)
        args.studied.append(study)
    return row


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--agentctl', default=os.path.join(ROOT, 'bin', 'agentctl'))
    p.add_argument('--semantic', help='a -Psemantic build of target/agentctl.jar, for the embedding judge')
    p.add_argument('--out', help='where the merged profiles go (default: a temporary directory)')
    p.add_argument('--extra', default='', help='more merge options, e.g. "--keep majority"')
    p.add_argument('--study', action='store_true', help='with --semantic: run MergeStudy over all merged groups')
    p.add_argument('--all', action='store_true', help='every name with two or more distinct prompts')
    p.add_argument('names', nargs='*', default=DESIGN + HELD_OUT)
    args = p.parse_args()
    if args.study and not args.semantic:
        sys.exit('--study needs --semantic JAR')
    args.studied = []
    if not os.path.isdir(SHARED):
        sys.exit(f'{SHARED} not found (set AGENTCTL_SHARED)')
    args.out = args.out or tempfile.mkdtemp(prefix='merge-groups.')
    os.makedirs(args.out, exist_ok=True)
    header = '| group | files | coverage | redundancy (limit) | structure | titles | body vs largest |'
    rule = '|---|---|---|---|---|---|---|'
    if args.semantic:
        header += ' embedding coverage at 0.80 | embedding redundancy at 0.80 (limit) | at 0.85 (limit) | pairs ≥ 0.85 |'
        rule += '---|---|---|---|'
    print(header)
    print(rule)
    samples = sorted(os.path.join(ROOT, 'agents', f) for f in os.listdir(os.path.join(ROOT, 'agents')) if f.endswith('.md'))
    versions = os.path.join(SHARED, 'corpus', 'backend-architect')
    groups = [('5 samples', 'backend-architect', samples),
              ('44 versions', 'backend-architect', sorted(os.path.join(versions, f) for f in os.listdir(versions)))]
    names = every_name() if args.all else args.names
    groups += [(('held out: ' if n in HELD_OUT else '') + n, n, corpus_group(n)) for n in names]
    for label, name, files in groups:
        print(measure(label, name, files, args), flush=True)
    if args.study:
        print()
        print(run(['java', '-cp', args.semantic, 'dev.agentctl.semantic.MergeStudy'] + args.studied).stdout, end='')
    print(f'\nmerged profiles: {args.out}', file=sys.stderr)


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
# Usage: python3 tests/tools/crd_rules_coverage.py [upstream-golden.yaml] [crd-dir]
"""Counts how many of upstream's CEL rules and oneOf groups meshctl's CRDs cover: a rule counts as
covered when meshctl's CRD has a rule at the same field (same CRD, version and schema path), a
oneOf when meshctl's has a oneOf over the same fields at the same place. Rules are compared by
place, not text (manifest_fields.py compares the texts); their behaviour is tested on API servers."""
import sys, glob, json, yaml
DISTINCT = False
from collections import Counter
UP = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/upstream/istio/golden/manifest-generate/output/all_on.golden-show-in-gh-pull-request.yaml'
OURS = sys.argv[2] if len(sys.argv) > 2 else 'manifests/base/crds'
def walk(s, path, cel, one):
    if not isinstance(s, dict): return
    rules = [r.get('rule') for r in s.get('x-kubernetes-validations', [])]
    cel[path] += len(set(rules)) if DISTINCT else len(rules)
    if 'oneOf' in s:
        one[path] = sorted(f for b in s['oneOf'] for f in b.get('required', []))
    for k, v in s.get('properties', {}).items(): walk(v, path + '.' + k, cel, one)
    if isinstance(s.get('additionalProperties'), dict): walk(s['additionalProperties'], path + '[*]', cel, one)
    if 'items' in s: walk(s['items'], path + '[]', cel, one)
def index(docs):
    out = {}
    for d in docs:
        if not d or d.get('kind') != 'CustomResourceDefinition': continue
        for v in d['spec']['versions']:
            cel, one = Counter(), {}
            walk(v['schema']['openAPIV3Schema'], '', cel, one)
            out[(d['metadata']['name'], v['name'])] = (cel, one)
    return out
up = index(yaml.safe_load_all(open(UP)))
DISTINCT = True
up_distinct = index(yaml.safe_load_all(open(UP)))
DISTINCT = False
ours = index([yaml.safe_load(open(f)) for f in sorted(glob.glob(OURS + '/*.yaml'))])
tc = cc = to = co = 0
for key, (cel, one) in sorted(up.items()):
    mcel, mone = ours.get(key, (Counter(), {}))
    c = sum(min(n, mcel[p]) for p, n in cel.items()); o = sum(1 for p, f in one.items() if mone.get(p) == f)
    tc += sum(cel.values()); cc += c; to += len(one); co += o
    missing = [p for p, n in cel.items() if mcel[p] < n] + [p + ' (oneOf)' for p, f in one.items() if mone.get(p) != f]
    print(f'{key[0]} {key[1]}: CEL {c}/{sum(cel.values())}, oneOf {o}/{len(one)}' + (f'  missing: {missing}' if missing else ''))
print(f'TOTAL: CEL rules {cc}/{tc}, oneOf {co}/{to}')
dt = dc = 0
for key, (cel, one) in up_distinct.items():
    mcel = ours.get(key, (Counter(), {}))[0]
    dt += sum(cel.values()); dc += sum(min(n, mcel[p]) for p, n in cel.items())
print(f'distinct rules (an expression repeated on one field counted once): {dc}/{dt}')

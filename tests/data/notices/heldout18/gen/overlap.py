#!/usr/bin/env python3
"""Prints 7-word runs shared between the given sources and the project's
shared material (seeds, domain.md, spec/import.md), heldout17's README and
the expected quotes of heldout4-heldout17. Usage (from the set's directory):
    python3 gen/overlap.py [SHARED_DIR] src/*.txt"""
import glob, os, re, sys, yaml
args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else None
N = 7
def toks(t):
    return re.findall(r"[a-z0-9$§.'/-]+", t.lower().replace("\u2019", "'"))
def runs(t):
    w = [x.strip(".") for x in toks(t)]
    w = [x for x in w if x]
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}
ref = {}
here = os.path.dirname(os.path.abspath(__file__))
base = os.path.join(here, "..", "..")
if shared:
    for p in glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md")]:
        for r in runs(open(p, encoding="utf-8", errors="replace").read()):
            ref.setdefault(r, os.path.basename(p))
for r in runs(open(os.path.join(base, "heldout17", "README.md"), encoding="utf-8").read()):
    ref.setdefault(r, "heldout17/README.md")
for k in range(4, 18):
    for p in glob.glob(os.path.join(base, f"heldout{k}", "*.expected.yaml")):
        try:
            d = yaml.safe_load(open(p, encoding="utf-8"))
        except Exception:
            continue
        for g in (d or {}).get("grounds", []) or []:
            for r in runs(str(g.get("quote", ""))):
                ref.setdefault(r, f"heldout{k} quote")
total = 0
for f in args:
    hits = sorted(runs(open(f, encoding="utf-8").read()) & set(ref))
    for h in hits:
        print(f"{os.path.basename(f)}: {h}   [{ref[h]}]")
    total += len(hits)
print(total, "shared runs")

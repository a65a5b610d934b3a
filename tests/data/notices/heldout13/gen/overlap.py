#!/usr/bin/env python3
"""Wording check: prints each 7-word run a notice source shares with the
seeds, domain.md, the importer requirements, heldout12's README and the
expected quotes of heldout4-heldout12 (quotes read by script only).
Usage: python3 gen/overlap.py [SHARED_DIR] src/*.txt   (SHARED_DIR defaults to ../../../../../shared)"""
import glob, os, re, sys, yaml
HERE = os.path.dirname(os.path.abspath(__file__))
NOTICES = os.path.dirname(os.path.dirname(HERE))
args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join(NOTICES, "..", "..", "..", "..", "shared")
N = 7
def words(t): return re.findall(r"[a-z0-9$§()&./']+", t.lower().replace("\u2019", "'"))
def runs(t):
    w = words(t); return {" ".join(w[i:i+N]) for i in range(len(w) - N + 1)}
ref = {}
texts = [(p, open(p, encoding="utf-8", errors="replace").read()) for p in
         sorted(glob.glob(os.path.join(shared, "seeds", "*"))) +
         [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"),
          os.path.join(NOTICES, "heldout12", "README.md")]]
for k in range(4, 13):
    for p in sorted(glob.glob(os.path.join(NOTICES, f"heldout{k}", "*.expected.yaml"))):
        d = yaml.safe_load(open(p, encoding="utf-8"))
        texts.append((p, "\n".join(g.get("quote", "") for g in d.get("grounds", []))))
for p, t in texts:
    for r in runs(t): ref.setdefault(r, os.path.basename(p))
total = 0
for f in args:
    hits = sorted(r for r in runs(open(f, encoding="utf-8").read()) if r in ref)
    for r in hits: print(f"{os.path.basename(f)}: {r}   [{ref[r]}]")
    total += len(hits)
print(total, "shared runs")

#!/usr/bin/env python3
"""Wording check: prints 7-word runs that a source shares with the seeds,
domain.md, the importer requirements (import.md), heldout13's README and the
expected quotes of heldout4-heldout13 (quotes only, read by this script).
Usage: overlap.py [SHARED_DIR] FILES..."""
import glob, json, os, re, sys
args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join("..", "..", "..", "..", "..", "shared")
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
def words(t): return re.findall(r"[a-z0-9$§.,'()/-]+", t.lower().replace("\u2019", "'"))
def grams(t, n=7):
    w = [x.strip(".,;:()\"") for x in words(t)]; w = [x for x in w if x]
    return {" ".join(w[i:i+n]) for i in range(len(w) - n + 1)}
ref = set()
for p in glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"),
          os.path.join(here, "heldout13", "README.md")]:
    ref |= grams(open(p, encoding="utf-8", errors="replace").read())
for k in range(4, 14):
    for p in glob.glob(os.path.join(here, f"heldout{k}", "*.expected.yaml")):
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if line.startswith("quote:"):
                ref |= grams(json.loads(line[6:].strip()))
total = 0
for f in args:
    shared_runs = sorted(grams(open(f, encoding="utf-8").read()) & ref)
    total += len(shared_runs)
    for r in shared_runs: print(f"{os.path.basename(f)}: {r}")
print("shared runs:", total)

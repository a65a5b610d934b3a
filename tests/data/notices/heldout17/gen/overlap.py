#!/usr/bin/env python3
"""Wording check: prints every 7-word run that a notice source shares with
the seeds, domain.md, the importer requirements, heldout16's README, or the
expected quotes of heldout4-heldout16 (read by this script only; it prints
the shared runs, never the quotes). Usage, from the set's directory:
    python3 gen/overlap.py [SHARED_DIR] FILES..."""
import glob, json, os, re, sys

args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else "../../../../../shared"
N = 7
def words(t):
    return re.findall(r"[a-z0-9$&.'()/-]+", t.lower().replace("\u2019", "'"))
def grams(t):
    w = [x.strip(".,;:()\"'") for x in words(t)]
    w = [x for x in w if x]
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}

ref = set()
for p in glob.glob(os.path.join(shared, "seeds", "*")):
    ref |= grams(open(p, encoding="utf-8", errors="replace").read())
for p in [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"), "../heldout16/README.md"]:
    ref |= grams(open(p, encoding="utf-8").read())
for k in range(4, 17):
    for p in glob.glob(f"../heldout{k}/*.expected.yaml"):
        for line in open(p, encoding="utf-8"):
            s = line.strip()
            if s.startswith("quote:"):
                ref |= grams(json.loads(s[len("quote:"):].strip()))
total = 0
for f in args:
    shared_runs = sorted(grams(open(f, encoding="utf-8").read()) & ref)
    total += len(shared_runs)
    for r in shared_runs:
        print(f"{os.path.basename(f)}: {r}")
print("shared runs:", total)

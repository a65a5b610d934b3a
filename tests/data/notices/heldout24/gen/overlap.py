#!/usr/bin/env python3
"""Wording check: prints the 7-word runs a source shares with the seed
guides, the domain background, the importer requirements, heldout23's
README and the expected quotes of heldout4-heldout23 (read by script only;
only the shared runs are printed).
Usage: python3 gen/overlap.py SHARED_DIR src/*.txt   (run from this folder)"""
import sys, re, glob, os, json
shared = sys.argv[1]
def words(t): return re.findall(r"[a-z0-9]+(?:['\u2019.&/()-][a-z0-9]+)*", t.lower())
def runs(t, n=7):
    w = words(t); return {" ".join(w[i:i+n]) for i in range(len(w) - n + 1)}
ref = set()
for p in glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"), "../heldout23/README.md"]:
    ref |= runs(open(p, encoding="utf-8", errors="replace").read())
for k in range(4, 24):
    for p in glob.glob(f"../heldout{k}/*.expected.yaml"):
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if line.startswith("quote:"):
                ref |= runs(json.loads(line[6:].strip()))
for f in sys.argv[2:]:
    shared_runs = sorted(runs(open(f, encoding="utf-8").read()) & ref)
    print(f, len(shared_runs))
    for r in shared_runs: print("   ", r)

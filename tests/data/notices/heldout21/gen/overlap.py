#!/usr/bin/env python3
"""Wording check: prints each 7-word run a source shares with the reference
material (the seeds, domain.md, the importer requirements, heldout20's
README and the expected quotes of heldout4-heldout20). Prints only the
shared runs. Usage: python3 gen/overlap.py SHARED_DIR FILES..."""
import glob, json, os, re, sys
shared = sys.argv[1]; files = sys.argv[2:]
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
def words(t): return re.findall(r"[a-z0-9$']+", t.lower().replace("\u2019", "'"))
def runs(t, n=7):
    w = words(t); return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
ref = set()
for f in glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"), os.path.join(here, "..", "heldout20", "README.md")]:
    ref |= runs(open(f, encoding="utf-8", errors="replace").read())
for k in range(4, 21):
    for f in glob.glob(os.path.join(here, "..", f"heldout{k}", "*.expected.yaml")):
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if line.startswith("quote:"):
                ref |= runs(json.loads(line[6:].strip()))
total = 0
for f in files:
    shared_runs = sorted(runs(open(f, encoding="utf-8").read()) & ref)
    total += len(shared_runs)
    for r in shared_runs: print(os.path.basename(f), "|", r)
print("shared runs:", total)

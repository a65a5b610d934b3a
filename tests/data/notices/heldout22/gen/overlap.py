#!/usr/bin/env python3
"""Wording check: prints every 7-word run a source shares with the seeds,
domain.md, the importer requirements (spec/import.md), heldout21's README and
the expected quotes of heldout4-heldout21. Prints only the shared runs.
Usage (from this directory): python3 gen/overlap.py SHARED_DIR FILES..."""
import glob, json, os, re, sys
shared = sys.argv[1]
def words(t):
    return re.findall(r"[a-z0-9$,'\-]+", t.lower().replace("\u2019", "'"))
def runs(t, n=7):
    w = [x.strip(",") for x in words(t)]
    w = [x for x in w if x]
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}
ref = set()
texts = [open(p, encoding="utf-8", errors="replace").read() for p in glob.glob(os.path.join(shared, "seeds", "*"))]
texts.append(open(os.path.join(shared, "domain.md"), encoding="utf-8").read())
texts.append(open(os.path.join(shared, "spec", "import.md"), encoding="utf-8").read())
texts.append(open("../heldout21/README.md", encoding="utf-8").read())
for k in range(4, 22):
    for p in glob.glob(f"../heldout{k}/*.expected.yaml"):
        for l in open(p, encoding="utf-8"):
            if "quote: " in l:
                try: texts.append(json.loads(l.split("quote: ", 1)[1]))
                except Exception: texts.append(l.split("quote: ", 1)[1])
for t in texts:
    ref |= runs(t)
total = 0
for f in sys.argv[2:]:
    shared_runs = sorted(runs(open(f, encoding="utf-8").read()) & ref)
    total += len(shared_runs)
    for r in shared_runs:
        print(os.path.basename(f), "|", r)
print("shared runs:", total)

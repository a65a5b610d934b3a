#!/usr/bin/env python3
"""Wording check: prints every 7-word run shared between the given source
texts and the reference material (seeds, domain.md, the importer
requirements, heldout15's README, and the expected quotes of heldout4 to
heldout15). Usage: gen/overlap.py [SHARED_DIR] FILES..."""
import glob, os, re, sys, json

args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else "../../../../../shared"
here = os.path.dirname(os.path.abspath(__file__))
notices = os.path.normpath(os.path.join(here, "..", ".."))

def words(t):
    return re.findall(r"[a-z0-9$]+(?:['’.,-][a-z0-9]+)*", t.lower())

def grams(t, n=7):
    w = words(t)
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

ref = set()
paths = glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md")] \
    + glob.glob(os.path.join(shared, "spec", "import.md")) + [os.path.join(notices, "heldout15", "README.md")]
for p in paths:
    ref |= grams(open(p, encoding="utf-8", errors="replace").read())
for k in range(4, 16):
    for p in glob.glob(os.path.join(notices, f"heldout{k}", "*.expected.yaml")):
        for line in open(p, encoding="utf-8"):
            m = re.match(r"\s*quote: (\".*\")\s*$", line)
            if m:
                ref |= grams(json.loads(m.group(1)))
total = 0
for f in args:
    shared_runs = sorted(grams(open(f, encoding="utf-8").read()) & ref)
    total += len(shared_runs)
    for g in shared_runs:
        print(os.path.basename(f), "|", g)
print("shared runs:", total)

#!/usr/bin/env python3
"""Wording check: prints 7-word runs shared between the given notice texts
and the seed guides, the domain background, the importer requirements,
heldout37's README and the expected quotes of heldout4-heldout37.
Usage (from this directory): python3 gen/overlap.py SHARED_DIR src/*.txt
Only the shared runs are printed; the other files are never shown."""
import glob, json, os, re, sys
N = 7
def words(t): return re.findall(r"[a-z0-9']+", t.lower().replace("\u2019", "'"))
def grams(t):
    w = words(t); return {" ".join(w[i:i+N]) for i in range(len(w) - N + 1)}
shared = sys.argv[1]; here = os.path.dirname(os.path.abspath(__file__)); base = os.path.dirname(os.path.dirname(here))
ref = set()
for f in glob.glob(os.path.join(shared, "seeds", "*")) + [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"), os.path.join(base, "heldout37", "README.md")]:
    ref |= grams(open(f, encoding="utf-8", errors="replace").read())
for n in range(4, 38):
    for f in glob.glob(os.path.join(base, f"heldout{n}", "*.expected.yaml")):
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if line.startswith("quote:"):
                try: ref |= grams(json.loads(line[6:].strip()))
                except Exception: ref |= grams(line[6:])
runs = {}
for f in sys.argv[2:]:
    for g in grams(open(f, encoding="utf-8").read()) & ref:
        runs.setdefault(g, []).append(os.path.basename(f))
for g in sorted(runs): print(f"{g}  [{', '.join(sorted(runs[g]))}]")
print(len(runs), "shared runs")

#!/usr/bin/env python3
"""Wording check: prints every 7-word run a source shares with the seeds,
domain.md, the importer requirements, heldout22's README and the expected
quotes of heldout4-heldout22 (read by this script only).
Usage, from the set's directory: python3 gen/overlap.py SHARED_DIR FILES..."""
import glob, json, os, re, sys
N = 7
shared = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))
notices = os.path.normpath(os.path.join(here, "..", ".."))
def words(t):
    return re.findall(r"[a-z0-9]+(?:['\u2019][a-z]+)?", t.lower())
def grams(t):
    w = words(t)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}
ref = set()
texts = [open(p, encoding="utf-8", errors="replace").read() for p in sorted(glob.glob(os.path.join(shared, "seeds", "*")))]
texts.append(open(os.path.join(shared, "domain.md"), encoding="utf-8").read())
texts.append(open(os.path.join(shared, "spec", "import.md"), encoding="utf-8").read())
texts.append(open(os.path.join(notices, "heldout22", "README.md"), encoding="utf-8").read())
for k in range(4, 23):
    for p in glob.glob(os.path.join(notices, f"heldout{k}", "*.expected.yaml")):
        for line in open(p, encoding="utf-8"):
            line = line.strip()
            if line.startswith("quote:"):
                texts.append(json.loads(line[len("quote:"):].strip()))
for t in texts:
    ref |= grams(t)
total = 0
for f in sys.argv[2:]:
    w = words(open(f, encoding="utf-8").read())
    hits = [" ".join(w[i:i + N]) for i in range(len(w) - N + 1) if " ".join(w[i:i + N]) in ref]
    total += len(hits)
    for h in hits:
        print(f"{os.path.basename(f)}: {h}")
print("shared runs:", total)

#!/usr/bin/env python3
"""Wording check: prints every 7-word run that a notice source shares with
the seeds, domain.md, the importer requirements, heldout18's README or the
expected quotes of heldout4-heldout18 (quotes read by script only).
Usage, from this directory: python3 gen/overlap.py [SHARED_DIR] FILES..."""
import glob, json, os, re, sys

args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else "../../../../../shared"
here = os.path.dirname(os.path.abspath(__file__))
notices = os.path.normpath(os.path.join(here, "..", ".."))

def words(t):
    return re.findall(r"[a-z0-9$][a-z0-9$'.,/-]*", t.lower().replace("\u2019", "'"))

def grams(t, n=7):
    w = [x.strip(".,") for x in words(t)]
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}

ref = set()
texts = [open(p, encoding="utf-8", errors="replace").read() for p in glob.glob(os.path.join(shared, "seeds", "*"))]
for p in [os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"),
          os.path.join(notices, "heldout18", "README.md")]:
    texts.append(open(p, encoding="utf-8").read())
for k in range(4, 19):
    for p in glob.glob(os.path.join(notices, f"heldout{k}", "*.expected.yaml")):
        for line in open(p, encoding="utf-8"):
            m = re.match(r"\s*quote:\s*(\".*\")\s*$", line)
            if m:
                texts.append(json.loads(m.group(1)))
for t in texts:
    ref |= grams(t)
total = 0
for f in args:
    hits = sorted(grams(open(f, encoding="utf-8").read()) & ref)
    for h in hits:
        print(f"{os.path.basename(f)}: {h}")
    total += len(hits)
print("shared runs:", total, file=sys.stderr)

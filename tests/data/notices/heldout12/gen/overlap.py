#!/usr/bin/env python3
"""Wording check: prints every 7-word run that a notice source shares with
the reference material (the seeds, the domain background, the importer
requirements, heldout11's README, and the `quote:` values of the expected
files of heldout4-heldout11). Only the shared runs are printed, never the
reference texts. Usage: python3 gen/overlap.py src/*.txt
Paths of the reference material may be overridden with OVERLAP_SHARED
(the directory holding domain.md, spec/ and seeds/)."""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICES = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.environ.get("OVERLAP_SHARED", os.path.normpath(os.path.join(NOTICES, "..", "..", "..", "..", "shared")))
N = 7

def words(text):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))

def grams(ws):
    return {" ".join(ws[i:i + N]) for i in range(len(ws) - N + 1)}

def reference_grams():
    texts = []
    for p in sorted(glob.glob(os.path.join(SHARED, "seeds", "*"))):
        texts.append(open(p, encoding="utf-8", errors="replace").read())
    for p in [os.path.join(SHARED, "domain.md"), os.path.join(SHARED, "spec", "import.md"),
              os.path.join(NOTICES, "heldout11", "README.md")]:
        texts.append(open(p, encoding="utf-8").read())
    for k in range(4, 12):
        for p in sorted(glob.glob(os.path.join(NOTICES, f"heldout{k}", "*.expected.yaml"))):
            for line in open(p, encoding="utf-8"):
                s = line.strip()
                if s.startswith("quote:"):
                    try:
                        texts.append(json.loads(s[len("quote:"):].strip()))
                    except ValueError:
                        texts.append(s[len("quote:"):])
    g = set()
    for t in texts:
        g |= grams(words(t))
    return g, len(texts)

def main(paths):
    ref, n = reference_grams()
    print(f"# reference: {n} texts, {len(ref)} distinct {N}-word runs")
    total = 0
    for p in paths:
        ws = words(open(p, encoding="utf-8").read())
        shared = []
        for i in range(len(ws) - N + 1):
            run = " ".join(ws[i:i + N])
            if run in ref:
                shared.append(run)
        total += len(shared)
        print(f"{p}: {len(shared)} shared runs")
        for r in shared:
            print("   ", r)
    print("# total", total)

if __name__ == "__main__":
    main(sys.argv[1:])

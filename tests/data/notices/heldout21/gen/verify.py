#!/usr/bin/env python3
"""Checks each PDF against its source: the tools' reading (reference() of
expected.py, with the spec's furniture) of `pdftotext -raw` output equals
that of the source, page by page; page counts match; no PDF line ends in a
hyphen; every expected quote occurs in the PDF's reading. Prints each
ground's cite. Usage: python3 gen/verify.py TOOLS_DIR (from this directory)"""
import glob, json, os, subprocess, sys
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
ns = {}; exec(open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0], ns)
reference = ns["reference"]
ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    src = open(spec["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    fur = spec["furniture"]
    sp_pages = src.split("\f"); pp = [p for p in pdf.split("\f") if p.strip()]
    probs = []
    if len(sp_pages) != len(pp): probs.append(f"pages {len(sp_pages)} vs {len(pp)}")
    if reference(src, fur) != reference(pdf, fur): probs.append("reading differs")
    for a, b in zip(sp_pages, pp):
        if reference(a, fur) != reference(b, fur): probs.append("page reading differs")
    if any(l.rstrip().endswith("-") for l in pdf.splitlines()): probs.append("line ends in hyphen")
    ref = reference(pdf, fur)
    pages = [reference(p, fur) for p in pp]
    cites = []
    for cat, first, last in spec["grounds"]:
        s = ref.index(first); e = ref.index(last, s) + len(last); q = ref[s:e]
        p1 = next(i for i, p in enumerate(pages) if first in p) + 1
        p2 = next(i for i, p in enumerate(pages) if last in p and i + 1 >= p1) + 1
        cites.append(f"at {p1}" if p1 == p2 else f"at {p1}\u2013{p2}")
    ok &= not probs
    print(name, "OK" if not probs else probs, cites)
sys.exit(0 if ok else 1)

#!/usr/bin/env python3
"""Checks every PDF with pdftotext -raw: the tools' reading (reference() of
expected.py with the spec's furniture) equals that of the source, as a
whole and page by page; page count equals the source's; no PDF line ends
in a hyphen; every expected quote occurs in the PDF's reading.
Usage: python3 gen/verify.py ../tools"""
import json, glob, subprocess, sys, os
code = open(os.path.join(sys.argv[1] if len(sys.argv) > 1 else "../tools", "expected.py")).read().split("def main")[0]
ns = {}; exec(code, ns); reference = ns["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    s = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    src = open(s["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    fur = s["furniture"]
    sp_pages = src.split("\f"); pp = [p for p in pdf.split("\f")]
    if pp and not pp[-1].strip(): pp = pp[:-1]
    errs = []
    if len(pp) != len(sp_pages): errs.append(f"pages {len(pp)} vs {len(sp_pages)}")
    if reference(pdf, fur) != reference(src, fur): errs.append("whole reading differs")
    for i, (a, b) in enumerate(zip(sp_pages, pp)):
        if reference(a, fur) != reference(b, fur): errs.append(f"page {i+1} differs")
    for line in pdf.split("\n"):
        if line.rstrip().endswith("-"): errs.append("hyphen at line end: " + line)
    ref = reference(pdf, fur)
    for line in open(name + ".expected.yaml", encoding="utf-8"):
        if line.strip().startswith("quote:"):
            q = json.loads(line.strip()[6:].strip())
            if q not in ref: errs.append("quote missing: " + q[:50])
    print(name, "ok" if not errs else errs); bad += bool(errs)
sys.exit(1 if bad else 0)

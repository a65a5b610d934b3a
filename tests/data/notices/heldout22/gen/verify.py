#!/usr/bin/env python3
"""Checks each PDF against its source: pdftotext -raw reading, run through
reference() of tools/expected.py with the spec's furniture, equals the
source's reading (whole and page by page); page count equals the source's;
no PDF line ends in a hyphen; every expected quote occurs in the reading.
Usage (from this directory): python3 gen/verify.py [TOOLS_DIR]"""
import glob, json, os, subprocess, sys
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
ex = {}
exec(open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0], ex)
reference = ex["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp))
    name = os.path.basename(sp).replace(".spec.json", "")
    src = open(spec["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    fur = spec["furniture"]
    sp_pages = src.split("\f")
    pdf_pages = [p for p in pdf.split("\f")]
    if pdf_pages and not pdf_pages[-1].strip():
        pdf_pages = pdf_pages[:-1]
    ok = reference(src, fur) == reference(pdf, fur)
    ok_pages = len(sp_pages) == len(pdf_pages) and all(reference(a, fur) == reference(b, fur) for a, b in zip(sp_pages, pdf_pages))
    hyph = [l for l in pdf.split("\n") if l.rstrip().endswith("-") and l.strip() not in fur]
    r = reference(pdf, fur)
    import re
    quotes = [json.loads(l.split("quote: ", 1)[1]) for l in open(name + ".expected.yaml", encoding="utf-8") if "quote: " in l]
    missing = [q[:50] for q in quotes if q not in r]
    print(name, "reading", ok, "pages", len(sp_pages), len(pdf_pages), ok_pages, "hyphen-ends", hyph, "missing", missing)
    if not (ok and ok_pages) or hyph or missing:
        bad += 1
        if not ok:
            a, b = reference(src, fur), reference(pdf, fur)
            i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
            print("  src:", a[max(0,i-80):i+80]); print("  pdf:", b[max(0,i-80):i+80])
print("problems:", bad)

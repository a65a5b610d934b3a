#!/usr/bin/env python3
"""Checks each PDF against its source: page count, the tools' reading of
pdftotext -raw equals the source's (page by page), no PDF line ends in a
hyphen, every expected quote occurs; prints each ground's cite."""
import json, os, subprocess, sys, glob
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
ns = {}; exec(open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0], ns)
reference = ns["reference"]
ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    s = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    text = open(s["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    sp_pages = text.split("\f"); pdf_pages = [p for p in pdf.split("\f") if p.strip()]
    fur = s["furniture"]
    good = len(sp_pages) == len(pdf_pages) and all(reference(a, fur) == reference(b, fur) for a, b in zip(sp_pages, pdf_pages))
    hy = [l for l in pdf.splitlines() if l.rstrip().endswith("-") and not l.strip() in fur]
    refs = [reference(p, fur) for p in sp_pages]
    print(name, "pages", len(sp_pages), len(pdf_pages), "match" if good else "MISMATCH", "hyphen-ends:", hy)
    ok &= good and not hy
    full = reference(text, fur)
    for cat, first, last in s["grounds"]:
        pages = [i + 1 for i, r in enumerate(refs) if first in r]
        lpages = [i + 1 for i, r in enumerate(refs) if last in r]
        a = pages[0]; b = max(p for p in lpages if p >= a) if lpages else a
        # a quote crossing a break has its last words on a later page
        start = full.index(first); end = full.index(last, start)
        print("  ", cat, "at %d" % a if a == b else "at %d\u2013%d" % (a, b))
print("ALL OK" if ok else "PROBLEMS")

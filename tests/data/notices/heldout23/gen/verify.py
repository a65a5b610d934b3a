#!/usr/bin/env python3
"""Checks the PDFs against the sources: pdftotext -raw reading equals the
source's reading (tools' reference(), spec furniture), whole and per page;
page count equals the source's form feeds + 1; no PDF line ends in a
hyphen; every expected quote occurs in the PDF's reading.
Usage, from the set's directory: python3 gen/verify.py ../tools"""
import glob, json, os, subprocess, sys
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
src = open(os.path.join(tools, "expected.py")).read().split("def main")[0]
ns = {}; exec(src, ns); reference = ns["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    text = open(spec["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", f"{name}.pdf", "-"], capture_output=True, text=True, check=True).stdout
    fur = spec["furniture"]
    spages = text.split("\f"); ppages = pdf.rstrip("\f").split("\f")
    ok = len(spages) == len(ppages)
    ok &= reference(text, fur) == reference(pdf, fur)
    ok &= all(reference(a, fur) == reference(b, fur) for a, b in zip(spages, ppages))
    hy = [l for l in pdf.split("\n") if l.rstrip().endswith("-") and not l.strip() == "-"]
    ref = reference(pdf, fur)
    exp = open(f"{name}.expected.yaml", encoding="utf-8").read().split("\n")
    quotes = [json.loads(l.strip()[6:]) for l in exp if l.strip().startswith("quote:")]
    qok = all(q in ref for q in quotes)
    print(name, "pages", len(ppages), "ok" if ok and qok and not hy else "FAIL", hy[:3])
    bad += not (ok and qok and not hy)
print("failures:", bad)

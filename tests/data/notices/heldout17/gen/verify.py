#!/usr/bin/env python3
"""Checks each PDF against its source: the tools' reading (reference() of
expected.py, with the spec's furniture) of `pdftotext -raw` equals that of
the source, every expected quote occurs in it, the page count matches the
source's form feeds, no PDF line ends in a hyphen, only Liberation Serif is
embedded. Prints each ground's cite. Run from the set's directory:
    python3 gen/verify.py [TOOLS_DIR]   (default ../tools)"""
import glob, importlib.util, json, os, re, subprocess, sys

tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
saved = sys.argv; sys.argv = [saved[0]]
s = importlib.util.spec_from_file_location("expected", os.path.join(tools, "expected.py"))
expected = importlib.util.module_from_spec(s); s.loader.exec_module(expected)
sys.argv = saved

bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp))
    name = os.path.basename(sp).replace(".spec.json", "")
    src = open(spec["source"], encoding="utf-8").read()
    fur = spec.get("furniture", [])
    pdf = name + ".pdf"
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
    a, b = expected.reference(src, fur), expected.reference(raw, fur)
    if a != b:
        bad += 1; print(name, "READING DIFFERS")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    if pages != src.count("\f") + 1:
        bad += 1; print(name, "PAGES", pages)
    if any(l.rstrip().endswith("-") for l in raw.split("\n")):
        bad += 1; print(name, "LINE ENDS IN HYPHEN")
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.split("\n")[2:]
    if any(l.strip() and "LiberationSerif" not in l for l in fonts):
        bad += 1; print(name, "FONTS", fonts)
    # page of each position in the reading: read each page alone
    page_refs = [expected.reference(p, fur) for p in raw.split("\f")]
    cites = []
    for cat, first, last in spec["grounds"]:
        start = b.index(first); end = b.index(last, start) + len(last)
        q = b[start:end]
        qwords = q.split(" ")
        p1 = next(i for i, p in enumerate(page_refs, 1) if " ".join(qwords[:4]) in p)
        p2 = next(i for i, p in enumerate(page_refs, 1) if " ".join(qwords[-3:]) in p)
        cites.append(f"at {p1}" if p1 == p2 else f"at {p1}\u2013{p2}")
    print(f"{name}: {pages} page(s); cites: " + ", ".join(f"{c} ({cat})" for (cat, _, _), c in zip(spec["grounds"], cites)))
print("problems:", bad)

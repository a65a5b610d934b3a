#!/usr/bin/env python3
"""Checks the PDFs against the sources with pdftotext and prints each ground's
cite (first and last page of its quote). Usage: verify.py TOOLS_DIR"""
import glob, json, os, re, subprocess, sys
sys.path.insert(0, os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
_argv, sys.argv = sys.argv, sys.argv[:1]  # expected.py runs on its argv when imported
from expected import reference
sys.argv = _argv
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    fur = spec.get("furniture", [])
    src = open(spec["source"], encoding="utf-8").read()
    raw = subprocess.run(["pdftotext", "-raw", f"{name}.pdf", "-"], capture_output=True, text=True).stdout
    pages = raw.rstrip("\f").split("\f")
    want_pages = src.count("\f") + 1
    r_pdf, r_src = reference(raw, fur), reference(src, fur)
    probs = []
    if len(pages) != want_pages: probs.append(f"pages {len(pages)} != {want_pages}")
    if r_pdf != r_src: probs.append("reading differs from source")
    if any(re.search(r"-$", l.rstrip()) for l in raw.split("\n") if l.strip() not in fur): probs.append("line ends in hyphen")
    fonts = subprocess.run(["pdffonts", f"{name}.pdf"], capture_output=True, text=True).stdout
    if any("Liberation" not in l for l in fonts.splitlines()[2:]): probs.append("font other than Liberation")
    page_refs = [reference(p, fur) for p in pages]
    bounds, pos = [], 0
    for pr in page_refs:  # the whole reading is the pages' readings joined by spaces
        pos = r_pdf.index(pr, pos) if pr else pos; bounds.append(pos + len(pr)); pos += len(pr)
    cites = []
    for cat, first, last in spec["grounds"]:
        s = r_pdf.index(first); e = r_pdf.index(last, s) + len(last)
        a = next(i + 1 for i, b in enumerate(bounds) if s < b)
        b = next(i + 1 for i, b in enumerate(bounds) if e <= b)
        cites.append(f"at {a}" if a == b else f"at {a}\u2013{b}")
    print(name, "OK" if not probs else probs, "|", ", ".join(cites))
    ok &= not probs
sys.exit(0 if ok else 1)

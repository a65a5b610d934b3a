#!/usr/bin/env python3
"""Checks the PDFs against their sources and prints each ground's cite.
Run from this directory: python3 gen/verify.py TOOLS_DIR (needs pdftotext,
pdfinfo, pdffonts). For each notice: the tools' reading (expected.py's
reference(), with the spec's furniture) of `pdftotext -raw` equals that of
the source; the page count matches the form feeds; each page's text matches
the source page; no PDF line ends in a hyphen; fonts are Liberation Serif."""
import json, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notices import NOTICES
_w = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'write.py')).read()
exec(_w[_w.index('def reference'):_w.index('MARK =')])  # reference(), as in write.py

ok = True
for n in NOTICES:
    name = n["name"]
    src = open(f"src/{name}.txt", encoding="utf-8").read()
    spec = json.load(open(f"spec/{name}.spec.json"))
    pdf = subprocess.run(["pdftotext", "-raw", f"{name}.pdf", "-"], capture_output=True, text=True).stdout
    pages = [p for p in pdf.split("\f") if p.strip()]
    spages = src.split("\f")
    r = [reference(src, spec["furniture"]) == reference(pdf, spec["furniture"]),
         len(pages) == len(spages),
         all(reference(a, []) == reference(b, []) for a, b in zip(pages, spages)),
         not any(l.rstrip().endswith("-") and not l.strip() in spec["furniture"] for l in pdf.split("\n")),
         all("Liberation" in l for l in subprocess.run(["pdffonts", f"{name}.pdf"], capture_output=True, text=True).stdout.split("\n")[2:] if l.strip())]
    ok &= all(r)
    cites = []
    t = n["text"]
    for m in re.finditer(r"\[\[[a-z-]+: (.*?)\]\]", t, re.S):
        a = t[:m.start()].count("\f") + 1; b = t[:m.end()].count("\f") + 1
        cites.append(f"at {a}" if a == b else f"at {a}\u2013{b}")
    print(name, "pages", len(pages), "OK" if all(r) else f"FAIL {r}", "; ".join(cites))
print("all checks passed" if ok else "SOME CHECKS FAILED")

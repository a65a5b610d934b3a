#!/usr/bin/env python3
"""Checks the PDFs against their sources with pdftotext and prints each
ground's cite. Usage (from the set's directory): gen/verify.py TOOLS_DIR"""
import glob, json, os, re, subprocess, sys
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../tools")
_argv, sys.argv = sys.argv, sys.argv[:1]  # expected.py runs main() on its argv when imported
from expected import reference
sys.argv = _argv

ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    src = open(spec["source"], encoding="utf-8").read()
    fur = spec["furniture"]
    raw = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    pages_pdf = raw.rstrip("\f").count("\f") + 1
    pages_src = src.count("\f") + 1
    same = reference(raw, fur) == reference(src, fur)
    hyph = [l for l in raw.split("\n") if re.search(r"-$", l.strip()) and l.strip() not in fur]
    fonts = subprocess.run(["pdffonts", name + ".pdf"], capture_output=True, text=True).stdout
    only_serif = all("LiberationSerif" in l for l in fonts.split("\n")[2:] if l.strip())
    # cites: page of each ground's start and end, from the source's pages
    pages = [reference(p, fur) for p in src.split("\f")]
    ref = reference(src, fur)
    offs, pos = [], 0
    for p in pages:  # page text start offsets within ref
        i = ref.index(p[:40], pos) if p else pos
        offs.append(i); pos = i
    def page_of(i):
        return max(k for k, o in enumerate(offs) if o <= i) + 1
    cites = []
    for cat, first, last in spec["grounds"]:
        s = ref.index(first); e = ref.index(last, s) + len(last) - 1
        a, b = page_of(s), page_of(e)
        cites.append(f"at {a}" if a == b else f"at {a}–{b}")
    good = same and pages_pdf == pages_src and not hyph and only_serif
    ok &= good
    print(name, "OK" if good else "FAIL", f"pages {pages_pdf}/{pages_src}", "same" if same else "DIFFERENT",
          "hyphen-ends:" + str(hyph) if hyph else "", "" if only_serif else "FONTS", "|", "; ".join(cites))
sys.exit(0 if ok else 1)

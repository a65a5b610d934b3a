#!/usr/bin/env python3
"""Checks the PDFs against their sources with pdftotext (poppler).
Usage, from the notices12 directory: python3 gen/verify.py TOOLS_DIR
For each spec: the tools' reading (expected.reference, with the spec's
furniture) of `pdftotext -raw` output equals that of the source text; every
expected quote occurs in the PDF's reading; the PDF has as many pages as the
source has form-feed pages; no line of the PDF ends in a hyphen; only
Liberation Serif is embedded; each ground's first page (its cite) is printed."""
import glob, json, os, re, subprocess, sys
sys.dont_write_bytecode = True  # import expected.py without leaving a cache in tools/

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../tools")
_argv, sys.argv = sys.argv, sys.argv[:1]  # expected.py acts on its arguments when imported
from expected import reference  # noqa: E402
sys.argv = _argv

ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp))
    name = os.path.basename(sp).replace(".spec.json", "")
    src = open(spec["source"], encoding="utf-8").read()
    fur = spec.get("furniture", [])
    raw = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    pages_pdf = [p for p in raw.split("\f") if p.strip()]
    pages_src = src.split("\f")
    problems = []
    if reference(raw, fur) != reference(src, fur):
        a, b = reference(raw, fur), reference(src, fur)
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        problems.append(f"reading differs at {i}: pdf {a[i-40:i+40]!r} / src {b[i-40:i+40]!r}")
    if len(pages_pdf) != len(pages_src):
        problems.append(f"pages: pdf {len(pages_pdf)}, source {len(pages_src)}")
    for line in raw.split("\n"):
        if re.search(r"[A-Za-z]-$", line.strip()):
            problems.append(f"line ends in hyphen: {line!r}")
    fonts = subprocess.run(["pdffonts", name + ".pdf"], capture_output=True, text=True).stdout
    names = {l.split()[0].split("+")[-1] for l in fonts.splitlines()[2:] if l.strip()}
    if any(not n.startswith("LiberationSerif") for n in names):
        problems.append(f"fonts: {sorted(names)}")
    exp = open(name + ".expected.yaml", encoding="utf-8").read()
    quotes = [json.loads(l.strip()[len("quote: "):]) for l in exp.splitlines() if l.strip().startswith("quote: ")]
    pdfref = reference(raw, fur)
    page_refs = [reference(p, fur) for p in raw.split("\f")]
    cites = []
    for q in quotes:
        if q not in pdfref:
            problems.append(f"quote not in pdf: {q[:50]!r}")
            continue
        # the page where the quote starts and the page where it ends
        head, tail = q[:60], q[-10:]
        p1 = next((i + 1 for i, r in enumerate(page_refs) if head in r), None)
        p2 = next((i + 1 for i, r in enumerate(page_refs) if tail in r), None)
        cites.append(f"{p1}" if p1 == p2 else f"{p1}-{p2}")
    print(f"{name}: {len(pages_pdf)} page(s), {len(quotes)} grounds, cites {', '.join(cites)}"
          + ("" if not problems else "\n  " + "\n  ".join(problems)))
    ok = ok and not problems
print("all checks passed" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)

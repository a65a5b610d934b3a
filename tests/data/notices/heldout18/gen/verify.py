#!/usr/bin/env python3
"""Checks each PDF against its source: the tools' reading of `pdftotext
-raw` equals that of the source text, the page count, no line ending in a
hyphen, fonts; prints each ground's cite. Usage: python3 gen/verify.py ../tools"""
import glob, json, os, re, subprocess, sys, importlib.util
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
s = importlib.util.spec_from_file_location("expected", os.path.join(tools, "expected.py"))
argv, sys.argv = sys.argv, [sys.argv[0]]
exp = importlib.util.module_from_spec(s); s.loader.exec_module(exp)
sys.argv = argv
ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp))
    name = os.path.basename(sp).replace(".spec.json", "")
    src = open(spec["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    fur = spec["furniture"]
    same = exp.reference(src, fur) == exp.reference(pdf, fur)
    pages_src = src.count("\f") + 1
    info = subprocess.run(["pdfinfo", name + ".pdf"], capture_output=True, text=True).stdout
    pages_pdf = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    hyph = [l for l in pdf.split("\n") if re.search(r"[A-Za-z]-$", l)]
    fonts = subprocess.run(["pdffonts", name + ".pdf"], capture_output=True, text=True).stdout
    fams = sorted({l.split()[0].split("+")[-1] for l in fonts.split("\n")[2:] if l.strip()})
    print(f"{name}: reading {'same' if same else 'DIFFERS'}, pages {pages_pdf} (source {pages_src}), hyphen-ended lines {len(hyph)}, fonts {fams}")
    ok &= same and pages_src == pages_pdf and not hyph
    # cite of each ground: page where it starts and ends, from the source pages
    pages = src.split("\f")
    prefix = []
    for i in range(len(pages)):
        prefix.append(len(exp.reference("\f".join(pages[:i + 1]), fur)))
    ref = exp.reference(src, fur)
    for cat, first, last in spec["grounds"]:
        a = ref.index(first); b = ref.index(last, a) + len(last)
        pa = next(i for i, p in enumerate(prefix) if a < p) + 1
        pb = next(i for i, p in enumerate(prefix) if b <= p) + 1
        print(f"   {cat}: at {pa}" + (f"\u2013{pb}" if pb != pa else ""))
print("all checks passed" if ok else "SOME CHECKS FAILED")

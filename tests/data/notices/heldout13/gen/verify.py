#!/usr/bin/env python3
"""pdftotext checks for notices13, run from this directory:
    python3 gen/verify.py ../tools
Checks that the tools' reading of `pdftotext -raw` equals that of the source,
that every expected quote occurs in it, the page count, that no PDF line ends
in a hyphen, and that only Liberation Serif is embedded; prints each ground's
cite (first and last page of its quote)."""
import glob, json, os, re, subprocess, sys, yaml
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
ns = {}; exec(open(os.path.join(tools, "expected.py")).read().split("def main")[0], ns)
reference = ns["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-10]
    furn = spec.get("furniture", [])
    src = open(spec["source"], encoding="utf-8").read()
    pdf = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    pages = [p for p in pdf.split("\f")]
    if pages and not pages[-1].strip(): pages = pages[:-1]
    ok = reference(pdf, furn) == reference(src, furn)
    hy = [l for l in pdf.split("\n") if re.search(r"[A-Za-z]-$", l.strip())]
    fonts = subprocess.run(["pdffonts", name + ".pdf"], capture_output=True, text=True).stdout
    fonts_ok = all("LiberationSerif" in l for l in fonts.split("\n")[2:] if l.strip())
    exp = yaml.safe_load(open(name + ".expected.yaml"))
    pref = [reference(p, furn) for p in pages]
    cites = []
    full = reference(pdf, furn)
    for g in exp["grounds"]:
        q = g["quote"]
        if q not in full: ok = False
        w = q.split()
        a = next((i for i, p in enumerate(pref) if " ".join(w[:5]) in p), -1) + 1
        b = 0
        for k in (4, 2, 1):
            b = next((i for i, p in enumerate(pref) if i + 1 >= a and " ".join(w[-k:]) in p), -1) + 1
            if b: break
        cites.append(f"at {a}" if a == b else f"at {a}\u2013{b}")
    ok = ok and not hy and fonts_ok
    bad += not ok
    print(f"{name}: {'ok' if ok else 'FAIL'} pages={len(pages)} hyphen_ends={hy} fonts_ok={fonts_ok} cites={cites}")
sys.exit(1 if bad else 0)

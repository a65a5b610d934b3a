#!/usr/bin/env python3
"""pdftotext checks: for every spec, the PDF's reading (pdftotext -raw, then
reference() of the unchanged tools/expected.py with the spec's furniture)
equals the source's reading, as a whole and page by page; the page count
matches the source's form feeds; no PDF line ends in a hyphen; every
expected quote occurs in the PDF's reading.
Usage (from this directory): python3 gen/verify.py ../tools"""
import glob, json, os, re, subprocess, sys
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
src = open(os.path.join(tools, "expected.py")).read()
ns = {}; exec(compile(src[:src.index("for p in sys.argv[1:]")], "expected.py", "exec"), ns); reference = ns["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = os.path.basename(sp)[:-len(".spec.json")]
    text = open(spec["source"], encoding="utf-8").read(); fur = spec.get("furniture", [])
    pdf = subprocess.run(["pdftotext", "-raw", f"{name}.pdf", "-"], capture_output=True, text=True, check=True).stdout
    pp = [p for p in pdf.split("\f")]; 
    if pp and not pp[-1].strip(): pp = pp[:-1]
    sp_ = text.split("\f")
    if sp_ and not sp_[-1].strip(): sp_ = sp_[:-1]
    probs = []
    if len(pp) != len(sp_): probs.append(f"pages {len(pp)} vs {len(sp_)}")
    if reference(pdf, fur) != reference(text, fur): probs.append("whole reading differs")
    for i, (a, b) in enumerate(zip(pp, sp_)):
        if reference(a, fur) != reference(b, fur): probs.append(f"page {i+1} differs")
    for line in pdf.split("\n"):
        if line.rstrip().endswith("-"): probs.append("hyphen at line end: " + line[-40:])
    ref = reference(pdf, fur)
    for line in open(f"{name}.expected.yaml", encoding="utf-8"):
        if line.strip().startswith("quote:"):
            q = json.loads(line.strip()[6:].strip())
            if q not in ref: probs.append("quote missing: " + q[:50])
    print(name, "pages", len(pp), "OK" if not probs else probs); bad += bool(probs)
sys.exit(1 if bad else 0)

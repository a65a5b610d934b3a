#!/usr/bin/env python3
"""Checks each PDF against its source and prints each ground's cite.
Usage, from the heldout15 directory: python3 gen/verify.py TOOLS_DIR
- pdftotext -raw of the PDF, read by the tools' reference() with the spec's
  furniture, equals the reading of src/NAME.txt;
- the page count equals the number of form feed pages of the source;
- no line of the PDF's text ends in a hyphen;
- the only embedded font is Liberation Serif;
- each ground's cite: the pages where its quote starts and ends."""
import glob, json, os, re, subprocess, sys

tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "tools")
src = open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv[1:]:")[0]
ns = {}; exec(compile(src, "expected.py", "exec"), ns); reference = ns["reference"]
bad = 0
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp))
    name = os.path.basename(sp).replace(".spec.json", "")
    text = open(spec["source"], encoding="utf-8").read()
    furn = spec.get("furniture", [])
    pdf = name + ".pdf"
    raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
    ok = reference(raw, furn) == reference(text, furn)
    pages_src = text.rstrip("\f\n").count("\f") + 1
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages_pdf = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    hyph = [l for l in raw.split("\n") if l.rstrip().endswith("-")]
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.split("\n")[2:]
    fams = {re.sub(r"^[A-Z]{6}\+", "", l.split()[0]) for l in fonts if l.strip()}
    fam_ok = all(f.startswith("LiberationSerif") for f in fams)
    kind = spec["kind"].upper() if spec["kind"] != "denial" else "Decision"
    # cites from the source pages
    pages = text.split("\f")
    offs, acc = [], ""
    for i, pg in enumerate(pages):
        acc = (acc + " " + pg) if acc else pg
        offs.append(len(reference(acc, furn)))
    ref = reference(text, furn)
    cites = []
    for cat, first, last in spec["grounds"]:
        s = ref.index(first); e = ref.index(last, s) + len(last)
        ps = next(i for i, o in enumerate(offs) if s < o) + 1
        pe = next(i for i, o in enumerate(offs) if e <= o) + 1
        cites.append(f"at {ps}" if ps == pe else f"at {ps}\u2013{pe}")
    status = "ok" if ok and pages_src == pages_pdf and not hyph and fam_ok else "PROBLEM"
    if status != "ok":
        bad += 1
    print(f"{name}: {status} text={'same' if ok else 'DIFFERENT'} pages={pages_pdf}/{pages_src} "
          f"hyphen-ends={len(hyph)} fonts={sorted(fams)} cites={cites}")
    if not ok:
        a, b = reference(raw, furn), reference(text, furn)
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        print("   pdf:", a[max(0, i-60):i+60]); print("   src:", b[max(0, i-60):i+60])
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Checks each PDF against its source: usage  python3 gen/verify.py TOOLS_DIR  (run from the set's directory)."""
import glob, json, re, subprocess, sys
tools = sys.argv[1]; sys.argv = sys.argv[:1]
sys.path.insert(0, tools); from expected import reference
ok = True
for sp in sorted(glob.glob("spec/*.spec.json")):
    spec = json.load(open(sp)); name = sp.split("/")[-1].replace(".spec.json", "")
    src = open(spec["source"], encoding="utf-8").read()
    raw = subprocess.run(["pdftotext", "-raw", f"{name}.pdf", "-"], capture_output=True, text=True).stdout
    fur = spec.get("furniture", [])
    a, b = reference(src, fur), reference(raw, fur)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", f"{name}.pdf"], capture_output=True, text=True).stdout).group(1))
    fonts = set(l.split()[0] for l in subprocess.run(["pdffonts", f"{name}.pdf"], capture_output=True, text=True).stdout.splitlines()[2:])
    hy = [l for l in raw.splitlines() if re.search(r"\w-$", l.strip())]
    import yaml
    exp = yaml.safe_load(open(f"{name}.expected.yaml"))
    missing = [g["quote"][:40] for g in exp["grounds"] if g["quote"] not in b]
    good = a == b and not missing and not hy and src.count("\f") + 1 == pages
    ok &= good
    print(name, "OK" if good else "FAIL", "pages", pages, "fonts", fonts, "hyphen-ends", hy, "missing", missing)
    if a != b:
        i = next(i for i in range(min(len(a), len(b))) if a[i] != b[i]) if a[:len(b)] != b[:len(a)] else min(len(a), len(b))
        print("  src:", a[i-60:i+60]); print("  pdf:", b[i-60:i+60])
print("ALL OK" if ok else "PROBLEMS")

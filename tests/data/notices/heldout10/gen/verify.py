import json, subprocess, sys, glob, re
# usage: python3 gen/verify.py TOOLS_DIR   (the project's tests/data/notices/tools)
src = open(sys.argv[1] + "/expected.py").read().split("for p in sys.argv")[0]
ns = {}; exec(src, ns); reference = ns["reference"]
import yaml
for sp in sorted(glob.glob("spec/*.spec.json")):
    s = json.load(open(sp)); name = sp.split("/")[-1].replace(".spec.json", "")
    txt = open(s["source"], encoding="utf-8").read()
    raw = subprocess.run(["pdftotext", "-raw", name + ".pdf", "-"], capture_output=True, text=True).stdout
    a, b = reference(txt, s["furniture"]), reference(raw, s["furniture"])
    pages = raw.count("\f")
    hy = [l for l in raw.split("\n") if re.search(r"-$", l.strip())]
    exp = yaml.safe_load(open(name + ".expected.yaml"))
    qs = all(g["quote"] in b for g in exp["grounds"])
    fonts = subprocess.run(["pdffonts", name + ".pdf"], capture_output=True, text=True).stdout.split("\n")[2:]
    fonts = sorted(set(l.split()[0].split("+")[-1] for l in fonts if l.strip()))
    print(name, "same" if a == b else "DIFF", "pages", pages, "hyph", hy, "quotes", qs, "n", len(exp["grounds"]), fonts)
    if a != b:
        import difflib
        for i,(x,y) in enumerate(zip(a.split(), b.split())):
            if x != y: print("  ", i, x, "|", y, " ".join(a.split()[i-5:i+5])); break

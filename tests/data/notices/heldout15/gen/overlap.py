#!/usr/bin/env python3
"""Wording check: prints every 7-word run that a notice text shares with the
seeds, domain.md, the importer requirements (spec/import.md), heldout14's
README, or the expected quotes of heldout4-heldout14 (read by script only;
only the shared runs are printed).
Usage, from the heldout15 directory: python3 gen/overlap.py [SHARED_DIR] src/*.txt"""
import glob, os, re, sys, yaml

args = sys.argv[1:]
shared = args.pop(0) if args and os.path.isdir(args[0]) else os.path.join("..", "..", "..", "..", "..", "shared")
N = 7

def words(t):
    return re.findall(r"[a-z0-9$]+(?:['’][a-z]+)?", t.lower())

def runs(t):
    w = words(t)
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}

ref = {}
for p in sorted(glob.glob(os.path.join(shared, "seeds", "*"))):
    ref[os.path.basename(p)] = open(p, encoding="utf-8", errors="replace").read()
for p in (os.path.join(shared, "domain.md"), os.path.join(shared, "spec", "import.md"), os.path.join("..", "heldout14", "README.md")):
    ref[os.path.basename(os.path.dirname(p)) + "/" + os.path.basename(p)] = open(p, encoding="utf-8").read()
for k in range(4, 15):
    for p in sorted(glob.glob(os.path.join("..", f"heldout{k}", "*.expected.yaml"))):
        d = yaml.safe_load(open(p, encoding="utf-8"))
        ref[f"heldout{k} quotes"] = ref.get(f"heldout{k} quotes", "") + "\n" + "\n".join(
            g.get("quote", "") for g in (d.get("grounds") or []))
index = {}
for name, t in ref.items():
    for r in runs(t):
        index.setdefault(r, set()).add(name)
count = 0
for f in args:
    for r in sorted(runs(open(f, encoding="utf-8").read())):
        if r in index:
            count += 1
            print(f"{os.path.basename(f)}: {r}   [{', '.join(sorted(index[r]))}]")
print("shared runs:", count)

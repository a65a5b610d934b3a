#!/usr/bin/env python3
"""Writes a notice's expected answers (NN-name.expected.yaml) from a short
spec: each ground as its category and the first and last words of the
quote an attorney would take. The quote is cut from the notice's text with
the page furniture the spec names left out, lines joined, line-end
hyphenation and list enumerators undone: the same reading the importer
must reach, written independently of it."""
import json, re, sys

def reference(text, furniture):
    lines = []
    for line in text.replace("\f", "\n").split("\n"):
        s = line.strip()
        if not s or any(s == f for f in furniture):
            lines.append("")
            continue
        s = re.sub(r"^([\u2022\u25e6\u25aa\u00b7\u2013\uf0b7\u25cf\u25cb\u25a0\u25a1\u2610\u27a2\u25ba\u25b6\u2023]|-|\*|\(\w{1,4}\)|\d{1,2}\.)\s+", "", s)
        lines.append(s)
    out = ""
    for s in lines:
        if not s:
            out += " "
        elif re.search(r"[a-z]-$", out.rstrip()) and s[0].islower():
            out = out.rstrip()[:-1] + s
        else:
            out += " " + s
    return re.sub(r"\s+", " ", out).strip()

def main(spec_path):
    spec = json.load(open(spec_path))
    text = open(spec["source"], encoding="utf-8").read()
    ref = reference(text, spec.get("furniture", []))
    out = [f"# Expected answers for {spec['source']} (made by tools/expected.py from {spec_path}).",
           f"kind: {spec['kind']}", f"date: {spec['date']}", f"receipt: {spec['receipt']}"]
    if spec.get("respond_by"):
        out.append(f"respond_by: {spec['respond_by']}")
    out.append("furniture: " + json.dumps(spec.get("furniture", []), ensure_ascii=False))
    out.append("grounds:")
    for category, first, last in spec["grounds"]:
        start = ref.index(first)
        end = ref.index(last, start) + len(last)
        out.append(f"  - category: {category}")
        out.append("    quote: " + json.dumps(ref[start:end], ensure_ascii=False))
    target = spec_path.split("/")[-1].replace(".spec.json", ".expected.yaml")
    open(target, "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("wrote", target)

for p in sys.argv[1:]:
    main(p)

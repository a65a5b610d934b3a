#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json for notices13. Each ground is
marked in place as <<category|...>>; the spec gives its first and last words,
checked to cut out exactly the marked span with the tools' reading."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "..", "tools"))
import importlib.util
spec_ = importlib.util.spec_from_file_location("exp", os.path.join(ROOT, "..", "tools", "expected.py"))
src_exp = open(os.path.join(ROOT, "..", "tools", "expected.py")).read().split("def main")[0]
ns = {}; exec(src_exp, ns); reference = ns["reference"]
from notices import NOTICES

MARK = re.compile(r"<<([a-z-]+)\|")
for n in NOTICES:
    marked = n["text"]
    clean = MARK.sub("", marked).replace(">>", "")
    furn = n.get("furniture", [])
    ref = reference(clean, furn)
    mref = reference(marked, furn)
    grounds = []
    pos = 0
    while True:
        m = MARK.search(mref, pos)
        if not m: break
        end = mref.index(">>", m.end())
        body = mref[m.end():end]
        assert "<<" not in body, n["name"]
        grounds.append((m.group(1), body))
        pos = end
    assert MARK.sub("", mref).replace(">>", "") == ref, n["name"]
    out = []
    for cat, body in grounds:
        w = body.split()
        for k in range(6, len(w) + 1):
            first = " ".join(w[:k])
            if ref.count(first) == 1: break
        for k in range(3, len(w) + 1):
            last = " ".join(w[-k:])
            s = ref.index(first); e = ref.index(last, s) + len(last)
            if ref[s:e] == body: break
        assert ref[s:e] == body, (n["name"], body[:40])
        out.append([cat, first, last])
    open(os.path.join(ROOT, "src", n["name"] + ".txt"), "w", encoding="utf-8").write(clean)
    sp = {"source": f"src/{n['name']}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"]}
    if n.get("respond_by"): sp["respond_by"] = n["respond_by"]
    sp["furniture"] = furn
    js = json.dumps(sp, ensure_ascii=False)[:-1] + ',\n "grounds": [\n' + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in out) + "\n]}\n"
    open(os.path.join(ROOT, "spec", n["name"] + ".spec.json"), "w", encoding="utf-8").write(js)
    print(n["name"], len(out), "grounds")

#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py and checks
that each spec's first/last words cut out exactly the marked ground.
Usage: python3 gen/write.py [TOOLS_DIR]  (run from this directory)"""
import json, os, re, sys, datetime, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "tools")
spec_ = importlib.util.spec_from_file_location("expected_tool", os.path.join(tools, "expected.py"))
src_code = open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0]
ns = {}; exec(src_code, ns); reference = ns["reference"]
sys.path.insert(0, here); from notices import N
MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
os.makedirs("src", exist_ok=True); os.makedirs("spec", exist_ok=True)
for name, n in N.items():
    raw = n["text"]
    plain = MARK.sub(lambda m: m.group(2), raw)
    assert "[[" not in plain and "]]" not in plain, name
    open(f"src/{name}.txt", "w", encoding="utf-8").write(plain)
    fur = n["furniture"]
    ref = reference(plain, fur)
    grounds = []
    for m in MARK.finditer(raw):
        cat, span = m.group(1), m.group(2)
        want = reference(span, fur)
        w = want.split(" ")
        for k in range(3, len(w) + 1):
            first = " ".join(w[:k])
            if ref.count(first) == 1: break
        last = " ".join(w[-2:])
        start = ref.index(first); end = ref.index(last, start) + len(last)
        assert ref[start:end] == want, (name, cat, ref[start:end], want)
        grounds.append([cat, first, last])
    d = datetime.date.fromisoformat(n["date"])
    rb = (d + datetime.timedelta(days=n["days"])).isoformat() if n["days"] else None
    spec = {"source": f"src/{name}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": rb, "furniture": fur}
    body = json.dumps(spec, ensure_ascii=False)[:-1]
    body += ',\n "grounds": [\n' + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    json.loads(body)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(body)
    print(name, n["kind"], n["date"], rb, len(grounds), [g[0] for g in grounds], "pages", plain.count("\f") + 1)

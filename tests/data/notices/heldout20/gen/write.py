#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, and checks
that each spec's first/last words cut out exactly the marked ground."""
import json, os, re, sys, datetime, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
from notices import N
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "tools")
spec_ = importlib.util.spec_from_file_location("expected_ref", os.path.join(tools, "expected.py"))
src = open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0]
ns = {}; exec(src, ns); reference = ns["reference"]
MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
os.chdir(root)
for name, n in N.items():
    text = n["text"]
    grounds = [(m.group(1), m.group(2)) for m in MARK.finditer(text)]
    plain = MARK.sub(lambda m: m.group(2), text)
    open(f"src/{name}.txt", "w", encoding="utf-8").write(plain)
    ref = reference(plain, n["furniture"])
    rows = []
    for cat, body in grounds:
        want = reference(body, n["furniture"])
        w = want.split(" ")
        for k in range(3, len(w)):
            first = " ".join(w[:k])
            if ref.count(first) == 1: break
        for k in range(2, len(w)):
            last = " ".join(w[-k:])
            start = ref.index(first)
            end = ref.index(last, start) + len(last)
            if ref[start:end] == want: break
        assert ref[start:end] == want, (name, cat)
        rows.append([cat, first, last])
    d = datetime.date.fromisoformat(n["date"])
    rb = (d + datetime.timedelta(days=n["days"])).isoformat() if n["days"] else None
    g = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in rows)
    js = (f'{{"source": "src/{name}.txt", "kind": "{n["kind"]}", "date": "{n["date"]}", "receipt": "{n["receipt"]}", '
          f'"respond_by": {json.dumps(rb)}, "furniture": {json.dumps(n["furniture"], ensure_ascii=False)},\n "grounds": [\n{g}\n]}}\n')
    json.loads(js)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(js)
    print(name, len(rows), rb)

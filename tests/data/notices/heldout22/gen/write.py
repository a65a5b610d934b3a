#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, and
checks that each spec's first/last words cut out exactly the marked ground
(using reference() of the project's tools/expected.py). Prints each cite.
Usage (from this directory): python3 gen/write.py [TOOLS_DIR]"""
import datetime, importlib.util, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "tools")
spec_ = importlib.util.spec_from_file_location("expected", os.path.join(tools, "expected.py"))
src = open(os.path.join(tools, "expected.py")).read().split("\nfor p in sys.argv")[0]
ex = {}
exec(src, ex)
reference = ex["reference"]
sys.path.insert(0, here)
from notices import N

OPEN, CLOSE = "\u27e6", "\u27e7"
for name, n in N.items():
    marked = re.sub(r"\[\[([a-z-]+): ", lambda m: OPEN + m.group(1) + "|", n["text"]).replace("]]", CLOSE)
    plain = re.sub(OPEN + r"[a-z-]+\|", "", marked).replace(CLOSE, "")
    assert "[[" not in plain and "]]" not in plain
    # pages of each ground
    cites = []
    for m in re.finditer(OPEN + r"([a-z-]+)\|(.*?)" + CLOSE, marked, re.S):
        p1 = marked[:m.start()].count("\f") + 1
        p2 = marked[:m.end()].count("\f") + 1
        cites.append(f"at {p1}" if p1 == p2 else f"at {p1}\u2013{p2}")
    ref = reference(marked, n["furniture"])
    grounds, spans = [], []
    clean = ""
    i = 0
    for m in re.finditer(OPEN + r"([a-z-]+)\|(.*?)" + CLOSE, ref):
        spans.append((m.group(1), m.group(2).strip()))
    cref = reference(plain, n["furniture"])
    for cat, q in spans:
        assert q in cref, (name, q[:40])
        w = q.split(" ")
        k = 3
        while True:
            first, last = " ".join(w[:k]), " ".join(w[-k:])
            s = cref.index(first); e = cref.index(last, s) + len(last)
            if cref[s:e] == q: break
            k += 1
        grounds.append([cat, first, last])
    d = datetime.date.fromisoformat(n["date"])
    rb = (d + datetime.timedelta(days=n["days"])).isoformat() if n["days"] else None
    open(f"src/{name}.txt", "w", encoding="utf-8").write(plain)
    spec = {"source": f"src/{name}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": rb, "furniture": n["furniture"]}
    body = json.dumps(spec, ensure_ascii=False)[:-1]
    body += ',\n "grounds": [\n' + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(body)
    print(name, n["kind"], n["date"], "respond_by", rb, "pages", plain.count("\f") + 1)
    for (cat, _), c in zip(spans, cites):
        print("   ", cat, c)

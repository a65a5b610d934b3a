#!/usr/bin/env python3
"""Writes src/ and spec/ from gen/notices.py; checks that each spec's first
and last words cut exactly the marked span out of the tools' reading;
prints each ground's cite. Usage: python3 gen/write.py ../tools"""
import json, re, sys, os, datetime, importlib.util
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from notices import N
spec_ = importlib.util.spec_from_file_location("expected_tool", os.path.join(sys.argv[1] if len(sys.argv) > 1 else "../tools", "expected.py"))
# load only reference() from expected.py without running its main loop
src_code = open(spec_.origin).read().split("def main")[0]
ns = {}; exec(src_code, ns); reference = ns["reference"]
MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
for name, d in N.items():
    raw = d["text"]
    clean = MARK.sub(lambda m: m.group(2), raw)
    open(f"src/{name}.txt", "w", encoding="utf-8").write(clean)
    ref = reference(clean, d["furniture"])
    grounds, cites = [], []
    for m in MARK.finditer(raw):
        cat, body = m.group(1), m.group(2)
        want = reference(body, d["furniture"])
        words = want.split(" ")
        k = 3
        while True:
            first, last = " ".join(words[:k]), " ".join(words[-k:])
            s = ref.index(first); e = ref.index(last, s) + len(last)
            if ref.count(first) == 1 and ref[s:e] == want: break
            k += 1
            assert k < len(words), (name, first)
        grounds.append([cat, first, last])
        before = MARK.sub(lambda x: x.group(2), raw[:m.start()])
        p1 = before.count("\f") + 1; p2 = p1 + body.count("\f")
        cites.append(f"at {p1}" if p1 == p2 else f"at {p1}\u2013{p2}")
    rb = None
    if d["days"]:
        rb = (datetime.date.fromisoformat(d["date"]) + datetime.timedelta(days=d["days"])).isoformat()
    spec = {"source": f"src/{name}.txt", "kind": d["kind"], "date": d["date"], "receipt": d["receipt"],
            "respond_by": rb, "furniture": d["furniture"]}
    s = json.dumps(spec, ensure_ascii=False)[:-1] + ',\n "grounds": [\n' + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    json.loads(s)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(s)
    print(name, d["kind"], d["date"], "respond_by", rb, "pages", clean.count("\f") + 1)
    for g, c in zip(grounds, cites):
        print("   ", g[0], c)

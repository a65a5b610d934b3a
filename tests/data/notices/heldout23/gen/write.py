#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, checks
that each spec's first/last words cut out exactly the marked ground with
the tools' reading (expected.py's reference()), and prints each ground's
cite. Run from the set's directory: python3 gen/write.py [TOOLS_DIR]"""
import datetime, importlib.util, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "tools")
sys.path.insert(0, here)
from notices import NOTICES
src = open(os.path.join(tools, "expected.py")).read().split("def main")[0]
ns = {}; exec(src, ns); reference = ns["reference"]
MARK = re.compile(r"\[\[([a-z-]+): ")
os.makedirs("src", exist_ok=True); os.makedirs("spec", exist_ok=True)
for name, n in NOTICES.items():
    raw = n["text"]
    cats = MARK.findall(raw)
    sent = MARK.sub("\x01", raw).replace("]]", "\x02")
    plain = sent.replace("\x01", "").replace("\x02", "")
    assert "[[" not in plain and "]]" not in plain
    open(f"src/{name}.txt", "w", encoding="utf-8").write(plain)
    ref_s = reference(sent, n["furniture"])
    spans = [m.strip() for m in re.findall(r"\x01(.*?)\x02", ref_s)]
    ref = reference(plain, n["furniture"])
    # pages of each ground: page index of its mark in the raw text
    grounds = []
    for i, (cat, span) in enumerate(zip(cats, spans)):
        start = ref.index(span)
        w = span.split(" ")
        k = 3
        while ref.index(" ".join(w[:k])) != start: k += 1
        first = " ".join(w[:k])
        k = 3
        while True:
            last = " ".join(w[-k:])
            if ref.index(last, start) + len(last) == start + len(span): break
            k += 1
        grounds.append([cat, first, last])
        # cite
        pos = [m.start() for m in MARK.finditer(raw)][i]
        endpos = raw.index("]]", pos)
        p1 = raw[:pos].count("\f") + 1; p2 = raw[:endpos].count("\f") + 1
        print(f"{name} ground {i+1} {cat}: at {p1}" + (f"\u2013{p2}" if p2 != p1 else ""))
    d = datetime.date.fromisoformat(n["date"])
    rb = (d + datetime.timedelta(days=n["days"])).isoformat() if n["days"] else None
    spec = {"source": f"src/{name}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": rb, "furniture": n["furniture"], "grounds": grounds}
    body = json.dumps(spec, ensure_ascii=False)
    # one ground a line, like heldout22
    head = json.dumps({k: spec[k] for k in spec if k != "grounds"}, ensure_ascii=False)[:-1]
    out = head + ",\n \"grounds\": [\n" + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    assert json.loads(out) == spec
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(out)
    print(f"{name}: {n['kind']} {n['date']} respond_by={rb} grounds={len(grounds)}")

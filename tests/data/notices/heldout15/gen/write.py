#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, and checks
that each spec's first and last words cut out, by the reading of
tools/expected.py, exactly the span marked in gen/notices.py.
Run from the heldout15 directory: python3 gen/write.py"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from notices import NOTICES

def load_reference():
    src = open(os.path.join(HERE, "..", "..", "tools", "expected.py")).read()
    src = src.split("\nfor p in sys.argv[1:]:")[0]
    ns = {}
    exec(compile(src, "expected.py", "exec"), ns)
    return ns["reference"]

reference = load_reference()
OPEN, CLOSE = "\ue000", "\ue001"
MARK = re.compile(r"\[\[([a-z-]+):")

def pick(ref, quote, start):
    words = quote.split(" ")
    end = start + len(quote)
    for n in range(3, len(words) + 1):
        first = " ".join(words[:n])
        if ref.index(first) == start:
            break
    else:
        raise SystemExit("no unique first words: " + quote[:60])
    for n in range(2, len(words) + 1):
        last = " ".join(words[-n:])
        if ref.index(last, start) + len(last) == end:
            break
    else:
        raise SystemExit("no unique last words: " + quote[-60:])
    return first, last

os.makedirs("src", exist_ok=True); os.makedirs("spec", exist_ok=True)
total = 0
for name, n in NOTICES.items():
    marked = n["text"]
    cats = MARK.findall(marked)
    m2 = MARK.sub(OPEN, marked).replace("]]", CLOSE)
    clean = m2.replace(OPEN, "").replace(CLOSE, "")
    assert "[[" not in clean and "]]" not in clean
    open(f"src/{name}.txt", "w", encoding="utf-8").write(clean)
    furn = n["furniture"]
    for f in furn:
        assert any(l.strip() == f for l in clean.split("\n")), (name, f)
    ref = reference(clean, furn)
    refm = reference(m2, furn)
    assert refm.replace(OPEN, "").replace(CLOSE, "").replace("  ", " ") == ref or \
        re.sub(r"\s+", " ", refm.replace(OPEN, "").replace(CLOSE, "")) == ref, name
    spans = re.findall(OPEN + "(.*?)" + CLOSE, refm)
    assert len(spans) == len(cats), name
    grounds = []
    pos = 0
    for cat, q in zip(cats, spans):
        q = re.sub(r"\s+", " ", q).strip()
        start = ref.index(q, pos)
        first, last = pick(ref, q, start)
        s = ref.index(first); e = ref.index(last, s) + len(last)
        assert ref[s:e] == q, (name, q[:50])
        grounds.append([cat, first, last])
        pos = start + len(q)
    total += len(grounds)
    lines = ['{"source": ' + json.dumps(f"src/{name}.txt") + ', "kind": ' + json.dumps(n["kind"]) +
             ', "date": ' + json.dumps(n["date"]) + ', "receipt": ' + json.dumps(n["receipt"]) +
             ', "respond_by": ' + json.dumps(n["respond_by"]) + ', "furniture": ' +
             json.dumps(furn, ensure_ascii=False) + ",",
             ' "grounds": [']
    lines.append(",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds))
    lines.append("]}")
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(name, n["kind"], len(grounds), [g[0] for g in grounds])
print("grounds in all:", total)

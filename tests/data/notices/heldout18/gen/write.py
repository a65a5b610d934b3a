#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py. Each
ground is marked in place as [[category: ... ]]; the spec gives the first
and last words, chosen so that tools/expected.py cuts out exactly the
marked span (checked here). Run from the set's directory."""
import json, os, re, sys, datetime, importlib.util
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notices import NOTICES

spec_ = importlib.util.spec_from_file_location("expected", os.path.join(os.path.dirname(__file__), "..", "..", "tools", "expected.py"))
argv, sys.argv = sys.argv, [sys.argv[0]]
exp = importlib.util.module_from_spec(spec_); spec_.loader.exec_module(exp)
sys.argv = argv
S, E = "\u0001", "\u0002"

def words_first(ref, start, end):
    body = ref[start:end].split(" ")
    for n in range(3, len(body) + 1):
        w = " ".join(body[:n])
        if ref.index(w) == start:
            return w
    raise SystemExit("no unique first words")

def words_last(ref, start, end):
    body = ref[start:end].split(" ")
    for n in range(2, len(body) + 1):
        w = " ".join(body[-n:])
        if ref.index(w, start) + len(w) == end:
            return w
    raise SystemExit("no unique last words")

for n in NOTICES:
    marked = n["text"]
    cats = re.findall(r"\[\[([a-z-]+): ", marked)
    with_sent = re.sub(r"\[\[[a-z-]+: ", S, marked).replace(" ]]", E)
    plain = with_sent.replace(S, "").replace(E, "")
    assert "[[" not in plain and "]]" not in plain, n["name"]
    open(f"src/{n['name']}.txt", "w", encoding="utf-8").write(plain)
    sref = exp.reference(with_sent, n["furniture"])
    ref = exp.reference(plain, n["furniture"])
    grounds = []
    spans = re.findall(S + "(.*?)" + E, sref)
    assert len(spans) == len(cats), n["name"]
    for cat, span in zip(cats, spans):
        span = span.strip()
        start = ref.index(span)
        end = start + len(span)
        f, l = words_first(ref, start, end), words_last(ref, start, end)
        s2 = ref.index(f); e2 = ref.index(l, s2) + len(l)
        assert ref[s2:e2] == span, (n["name"], span)
        grounds.append([cat, f, l])
    d = datetime.date.fromisoformat(n["date"])
    rb = n.get("respond_by")
    if isinstance(rb, int):
        rb = (d + datetime.timedelta(days=rb)).isoformat()
    spec = {"source": f"src/{n['name']}.txt", "kind": n["kind"], "date": n["date"],
            "receipt": n["receipt"], "respond_by": rb, "furniture": n["furniture"]}
    lines = json.dumps(spec, ensure_ascii=False)[:-1] + ',\n "grounds": [\n'
    lines += ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    open(f"spec/{n['name']}.spec.json", "w", encoding="utf-8").write(lines)
    print(n["name"], n["kind"], n["date"], rb, len(grounds), "grounds")

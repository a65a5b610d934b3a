#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py and checks
that each spec's first and last words cut out exactly the marked span (as
tools/expected.py reads it). Run from the set's directory."""
import json, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notices import N
sys.path.insert(0, "../tools")
from expected import reference  # noqa: E402  (the tool, unchanged; main() only runs for argv)

MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
for name, n in N.items():
    text = n["text"]
    spans = [(m.group(1), m.group(2)) for m in MARK.finditer(text)]
    src = MARK.sub(lambda m: m.group(2), text)
    assert "[[" not in src and "]]" not in src, name
    ref = reference(src, n["furniture"])
    grounds = []
    for cat, body in spans:
        q = reference(body, n["furniture"])
        words = q.split(" ")
        for k in range(3, len(words) + 1):
            first = " ".join(words[:k])
            if ref.count(first) == 1:
                break
        for k in range(2, len(words) + 1):
            last = " ".join(words[-k:])
            start = ref.index(first)
            if ref[start:].index(last) + len(last) == len(q):
                break
        start = ref.index(first); end = ref.index(last, start) + len(last)
        assert ref[start:end] == q, (name, first, last)
        grounds.append([cat, first, last])
    for f in n["furniture"]:
        assert any(l.strip() == f for l in src.split("\n")), (name, f)
    open(f"src/{name}.txt", "w", encoding="utf-8").write(src)
    spec = {"source": f"src/{name}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": n["respond_by"], "furniture": n["furniture"], "grounds": grounds}
    lines = json.dumps({k: v for k, v in spec.items() if k != "grounds"}, ensure_ascii=False)[:-1]
    out = lines + ",\n \"grounds\": [\n" + ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds) + "\n]}\n"
    json.loads(out)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(out)
    print(name, n["kind"], len(grounds), "grounds,", src.count("\f") + 1, "pages")

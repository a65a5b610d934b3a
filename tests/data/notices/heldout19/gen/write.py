#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, run from
the set's directory. Checks that each spec's first/last words cut out exactly
the marked ground under the tools' reading (a copy of expected.py's
reference())."""
import json, os, re, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from notices import NOTICES

def reference(text, furniture):  # copied unchanged from tools/expected.py
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

MARK = re.compile(r"\[\[([a-z-]+): ")
for n in NOTICES:
    raw = n["text"]
    cats = MARK.findall(raw)
    marked = MARK.sub("\u27e6", raw).replace("]]", "\u27e7")
    plain = marked.replace("\u27e6", "").replace("\u27e7", "")
    assert "[[" not in plain and "]]" not in plain
    ref_m = reference(marked, n["furniture"])
    ref = reference(plain, n["furniture"])
    spans = re.findall("\u27e6(.*?)\u27e7", ref_m)
    assert len(spans) == len(cats), n["name"]
    grounds = []
    for cat, span in zip(cats, spans):
        span = span.strip()
        assert "\u27e6" not in span and span in ref, (n["name"], span[:40])
        w = span.split(" ")
        for k in range(3, len(w) + 1):
            first = " ".join(w[:k]); start = ref.index(first)
            if ref[start:start + len(span)] == span: break
        for m in range(2, len(w) + 1):
            last = " ".join(w[-m:]); end = ref.index(last, start) + len(last)
            if ref[start:end] == span: break
        assert ref[start:end] == span, (n["name"], span[:40])
        grounds.append([cat, first, last])
    for f in n["furniture"]:
        assert any(l.strip() == f for l in plain.split("\n")), (n["name"], f)
    rb = n.get("respond_by")
    if n["days"]:
        rb = (datetime.date.fromisoformat(n["date"]) + datetime.timedelta(days=n["days"])).isoformat()
    open(f"src/{n['name']}.txt", "w", encoding="utf-8").write(plain)
    spec = {"source": f"src/{n['name']}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": rb, "furniture": n["furniture"], "grounds": grounds}
    body = ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds)
    head = json.dumps({k: v for k, v in spec.items() if k != "grounds"}, ensure_ascii=False)[:-1]
    open(f"spec/{n['name']}.spec.json", "w", encoding="utf-8").write(head + ',\n "grounds": [\n' + body + "\n]}\n")
    json.load(open(f"spec/{n['name']}.spec.json"))
    print(n["name"], n["kind"], rb, len(grounds), "grounds, pages", plain.count("\f") + 1)

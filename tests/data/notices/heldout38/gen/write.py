#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, checks
that each spec's first/last words cut out exactly the marked ground (with
the unchanged tools/expected.py reference()), prints each ground's cite.
Usage (from this directory): python3 gen/write.py ../tools"""
import datetime, importlib.util, json, os, re, sys
tools = sys.argv[1] if len(sys.argv) > 1 else "../tools"
spec_ = importlib.util.spec_from_file_location("expected_ref", os.path.join(tools, "expected.py"))
src = open(os.path.join(tools, "expected.py")).read()
src = src[:src.index("for p in sys.argv[1:]")]  # load reference() without running main
ns = {}; exec(compile(src, "expected.py", "exec"), ns); reference = ns["reference"]
sys.path.insert(0, os.path.dirname(__file__)); from notices import NOTICES
MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
total = 0
for name, kind, date, receipt, days, furniture, text in NOTICES:
    raw = MARK.sub(lambda m: m.group(2), text)
    ref = reference(raw, furniture)
    grounds = []
    # positions in raw for page computation
    offset = 0; pieces = []
    for m in MARK.finditer(text):
        start_raw = m.start() - offset
        offset += len(m.group(0)) - len(m.group(2))
        end_raw = start_raw + len(m.group(2))
        p1 = raw[:start_raw].count("\f") + 1; p2 = raw[:end_raw].count("\f") + 1
        quote = reference(m.group(2), furniture)
        assert ref.count(quote) == 1, (name, quote[:40])
        qs = ref.index(quote); w = quote.split(" ")
        for k in range(3, len(w) + 1):
            first = " ".join(w[:k])
            if ref.index(first) == qs: break
        for k in range(3, len(w) + 1):
            last = " ".join(w[-k:])
            if ref.index(last, qs) + len(last) == qs + len(quote): break
        s = ref.index(first); e = ref.index(last, s) + len(last)
        assert ref[s:e] == quote, name
        grounds.append([m.group(1), first, last])
        cite = f"at {p1}" if p1 == p2 else f"at {p1}\u2013{p2}"
        print(f"{name}: {m.group(1)} {cite}")
    total += len(grounds)
    d = datetime.date.fromisoformat(date)
    rb = (d + datetime.timedelta(days=days)).isoformat() if days else None
    open(f"src/{name}.txt", "w", encoding="utf-8").write(raw)
    body = ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(
        '{"source": "src/%s.txt", "kind": "%s", "date": "%s", "receipt": "%s", "respond_by": %s, "furniture": %s,\n "grounds": [\n%s\n]}\n'
        % (name, kind, date, receipt, json.dumps(rb), json.dumps(furniture, ensure_ascii=False), body))
print("grounds in all:", total)

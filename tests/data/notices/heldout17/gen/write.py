#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, and
checks that each spec's first and last words cut out exactly the marked
ground from the tools' reading of the text. Run from the set's directory:
    python3 gen/write.py [TOOLS_DIR]   (default ../tools)"""
import datetime, importlib.util, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from notices import NOTICES

tools = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "tools")
saved = sys.argv; sys.argv = [saved[0]]
spec_ = importlib.util.spec_from_file_location("expected", os.path.join(tools, "expected.py"))
expected = importlib.util.module_from_spec(spec_); spec_.loader.exec_module(expected)
sys.argv = saved

MARK = re.compile(r"\[\[([a-z-]+): (.*?)\]\]", re.S)
os.makedirs("src", exist_ok=True); os.makedirs("spec", exist_ok=True)
problems = 0
for n in NOTICES:
    marked = n["text"]
    plain = MARK.sub(lambda m: m.group(2), marked)
    assert "[[" not in plain and "]]" not in plain, n["name"]
    src = f"src/{n['name']}.txt"
    open(src, "w", encoding="utf-8").write(plain)
    ref = expected.reference(plain, n["furniture"])
    grounds = []
    for m in MARK.finditer(marked):
        cat, inner = m.group(1), m.group(2)
        want = expected.reference(inner, n["furniture"])
        start = ref.find(want)
        assert start >= 0 and ref.find(want, start + 1) < 0, (n["name"], want[:40])
        end = start + len(want)
        words = want.split(" ")
        k = 3
        while ref.index(" ".join(words[:k])) != start:
            k += 1
        first = " ".join(words[:k])
        j = 2
        while ref.index(" ".join(words[-j:]), start) + len(" ".join(words[-j:])) != end:
            j += 1
        last = " ".join(words[-j:])
        assert ref[ref.index(first):ref.index(last, ref.index(first)) + len(last)] == want
        grounds.append([cat, first, last])
    body = ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds)
    head = {"source": src, "kind": n["kind"], "date": n["date"], "receipt": n["receipt"],
            "respond_by": n["respond_by"], "furniture": n["furniture"]}
    h = json.dumps(head, ensure_ascii=False)[:-1]
    open(f"spec/{n['name']}.spec.json", "w", encoding="utf-8").write(h + ",\n \"grounds\": [\n" + body + "\n]}\n")
    # sanity: receipt and date appear in the text, furniture lines are whole lines
    lines = [l.strip() for l in plain.replace("\f", "\n").split("\n")]
    for f in n["furniture"]:
        if f not in lines:
            print("furniture not a line:", n["name"], f); problems += 1
    if n["receipt"] not in plain:
        print("receipt missing:", n["name"]); problems += 1
    d = datetime.date.fromisoformat(n["date"])
    if d.strftime("%B ") + str(d.day) + ", " + str(d.year) not in plain:
        print("date missing:", n["name"]); problems += 1
    print(f"{n['name']}: {len(grounds)} grounds, {plain.count(chr(12)) + 1} pages in source")
print("problems:", problems)

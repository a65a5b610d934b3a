#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json from gen/notices.py, and checks
that each spec's first/last words cut out exactly the marked ground."""
import json, os, re, sys
from datetime import date, timedelta
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here); sys.path.insert(0, os.path.join(here, "..", "..", "tools"))
from notices import NOTICES
from expected import reference
os.chdir(os.path.join(here, ".."))
MARK = re.compile(r"\{\{([a-z-]+)\|(.*?)\}\}", re.S)
for name, n in NOTICES.items():
    raw = n["text"]
    plain = MARK.sub(lambda m: m.group(2), raw)
    assert "{{" not in plain and "}}" not in plain, name
    fur = n["furniture"]
    ref = reference(plain, fur)
    grounds = []
    for m in MARK.finditer(raw):
        want = reference(m.group(2), fur)
        words = want.split(" ")
        for k in range(4, 15):
            first = " ".join(words[:k])
            if ref.count(first) == 1: break
        last = " ".join(words[-3:])
        start = ref.index(first); end = ref.index(last, start) + len(last)
        if ref[start:end] != want:
            for k in range(4, 20):
                last = " ".join(words[-k:])
                end = ref.index(last, start) + len(last)
                if ref[start:end] == want: break
        assert ref[start:end] == want, (name, first, last)
        grounds.append([m.group(1), first, last])
    os.makedirs("src", exist_ok=True); os.makedirs("spec", exist_ok=True)
    open(f"src/{name}.txt", "w", encoding="utf-8").write(plain)
    g = ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in grounds)
    spec = (f'{{"source": "src/{name}.txt", "kind": "{n["kind"]}", "date": "{n["date"]}", "receipt": "{n["receipt"]}", '
            f'"respond_by": {json.dumps(n["respond_by"])}, "furniture": {json.dumps(fur, ensure_ascii=False)},\n "grounds": [\n{g}\n]}}\n')
    json.loads(spec)
    open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(spec)
    assert n["receipt"] in plain and re.fullmatch(r"IOE\d{10}", n["receipt"])
    print(name, n["kind"], len(grounds), "pages", plain.count("\f") + 1)

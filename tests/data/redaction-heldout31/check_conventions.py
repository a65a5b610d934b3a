#!/usr/bin/env python3
"""Checks the conventions of the .items files of this set against their
.yaml case files, as the brief states them (written from the brief, not
from any harness code):

- every item line is `kind | context` or `kind | context | part; part...`;
  without parts the context itself is the part;
- the context appears verbatim in the case file (on one line);
- each part stands in its context as whole words: letters and digits are
  word characters, everything else (`_`, `<`, `.`, `@`, `'`, `/`, spaces,
  punctuation) ends a word;
- every must-survive phrase appears in the case file, is more than one
  word, and no item context is a must-survive phrase;
- 50 planted items and about 16 must-survive phrases per case;
- every `option:` line is `name`, `alias` or `prose-name`.
Run: python3 check_conventions.py [NAME ...]; exit 1 on any problem.
"""
import sys, pathlib

KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}
HERE = pathlib.Path(__file__).resolve().parent


def isword(c):
    return c.isalnum()


def whole(part, text):
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return False
        j = i + len(part)
        ok_left = i == 0 or not (isword(part[0]) and isword(text[i - 1]))
        ok_right = j == len(text) or not (isword(part[-1]) and isword(text[j]))
        if ok_left and ok_right:
            return True
        start = i + 1


def check(name):
    problems = []
    yaml = (HERE / f"{name}.yaml").read_text(encoding="utf-8")
    lines = yaml.splitlines()
    items, survive, options = [], [], []
    for n, raw in enumerate((HERE / f"{name}.items").read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.startswith("option:"):
            f = raw[len("option:"):].split(None, 1)
            if len(f) != 2 or f[0] not in ("name", "alias", "prose-name"):
                problems.append(f"{name}.items:{n}: bad option line")
            else:
                options.append(f[1].strip())
                if f[1].strip() not in yaml:
                    problems.append(f"{name}.items:{n}: option {f[1]!r} not in the case file")
            continue
        f = [x.strip() for x in raw.split(" | ")]
        kind = f[0]
        if kind == "survive":
            if len(f) != 2:
                problems.append(f"{name}.items:{n}: survive line needs one phrase")
                continue
            survive.append((n, f[1]))
            continue
        if kind not in KINDS or len(f) not in (2, 3):
            problems.append(f"{name}.items:{n}: bad item line")
            continue
        ctx = f[1]
        parts = [p.strip() for p in f[2].split(";")] if len(f) == 3 else [ctx]
        items.append((n, kind, ctx, parts))
        hits = [l for l in lines if ctx in l]
        if not hits:
            problems.append(f"{name}.items:{n}: context not on any one line of the case file: {ctx!r}")
        if yaml.count(ctx) > 1:
            problems.append(f"{name}.items:{n}: context occurs {yaml.count(ctx)} times: {ctx!r}")
        for p in parts:
            if not p:
                problems.append(f"{name}.items:{n}: empty part")
            elif not whole(p, ctx):
                problems.append(f"{name}.items:{n}: part {p!r} is not whole words in its context")
    for n, s in survive:
        if len(s.split()) < 2:
            problems.append(f"{name}.items:{n}: must-survive phrase of one word: {s!r}")
        if s not in yaml:
            problems.append(f"{name}.items:{n}: must-survive phrase not in the case file: {s!r}")
        for (m, k, ctx, parts) in items:
            if ctx == s:
                problems.append(f"{name}.items:{n}: phrase is also item {m}")
    if len(items) != 50:
        problems.append(f"{name}: {len(items)} items, not 50")
    if not 14 <= len(survive) <= 18:
        problems.append(f"{name}: {len(survive)} must-survive phrases")
    print(f"{name}: {len(items)} items, {sum(len(i[3]) for i in items)} parts, "
          f"{len(survive)} must-survive, {len(options)} option lines, "
          f"{len(problems)} problems")
    return problems


def main():
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("*.items"))
    allp = []
    for nm in names:
        allp += check(nm)
    for p in allp:
        print("  " + p)
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()

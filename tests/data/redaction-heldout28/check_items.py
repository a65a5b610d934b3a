#!/usr/bin/env python3
"""Checks the conventions of the .items files of this directory against their
case files (the .yaml of the same name).

For every planted item (`kind | context | part; part` or `kind | part`):
- the context stands on one line of the case file;
- each part stands in that context, and on that line, as a whole word
  exactly as written: letters, digits and combining marks are word
  characters; everything else (`_`, `<`, `.`, `@`, `'`, `/`, `-`, spaces)
  ends a word.
For every `survive | phrase`: the phrase stands in the case file as a whole
phrase and has at least two words.
Every `option:` value stands in the case file.
Each case has 50 planted items.
"""
import sys, os, glob, unicodedata

KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}

def is_word(ch):
    if ch.isalnum():
        return True
    return unicodedata.category(ch).startswith("M")

def whole(hay, needle):
    """Every position where needle occurs in hay as whole words."""
    out = []
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        before = hay[i - 1] if i > 0 else " "
        after = hay[j] if j < len(hay) else " "
        okb = not (is_word(before) and is_word(needle[0]))
        oka = not (is_word(after) and is_word(needle[-1]))
        if okb and oka:
            out.append(i)
        start = i + 1

def words(s):
    n, inword = 0, False
    for ch in s:
        if is_word(ch):
            if not inword:
                n += 1
            inword = True
        else:
            inword = False
    return n

def check(items_path):
    problems = []
    yaml_path = items_path[:-len(".items")] + ".yaml"
    text = open(yaml_path, encoding="utf-8").read()
    lines = text.split("\n")
    planted = survive = 0
    for no, raw in enumerate(open(items_path, encoding="utf-8").read().split("\n"), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        where = f"{items_path}:{no}"
        if line.startswith("option:"):
            rest = line[len("option:"):].strip()
            kind, _, value = rest.partition(" ")
            if kind not in ("name", "alias", "prose-name"):
                problems.append(f"{where}: unknown option {kind}")
            if not whole(text, value.strip()):
                problems.append(f"{where}: option value {value!r} not in the case file")
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            survive += 1
            phrase = fields[1]
            if len(fields) != 2:
                problems.append(f"{where}: survive takes one phrase")
            if words(phrase) < 2:
                problems.append(f"{where}: survive phrase {phrase!r} has fewer than two words")
            if not whole(text, phrase):
                problems.append(f"{where}: survive phrase {phrase!r} not in the case file as a whole phrase")
            continue
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
            continue
        planted += 1
        if len(fields) == 2:
            context, parts = fields[1], [fields[1]]
        elif len(fields) == 3:
            context, parts = fields[1], [p.strip() for p in fields[2].split(";")]
        else:
            problems.append(f"{where}: expected 2 or 3 fields")
            continue
        hosts = [l for l in lines if context in l]
        if not hosts:
            problems.append(f"{where}: context not on one line of the case file: {context!r}")
            continue
        for part in parts:
            if not part:
                problems.append(f"{where}: empty part")
                continue
            if not whole(context, part):
                problems.append(f"{where}: part {part!r} not a whole word in its context")
            elif not any(whole(h, part) for h in hosts):
                problems.append(f"{where}: part {part!r} not a whole word on the context's line")
    if planted != 50:
        problems.append(f"{items_path}: {planted} planted items, not 50")
    return planted, survive, problems

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(here, "*.items")))
    total_p = total_s = 0
    bad = []
    for p in paths:
        n, s, probs = check(p)
        total_p += n
        total_s += s
        print(f"{os.path.basename(p)}: {n} planted, {s} must-survive, {len(probs)} problems")
        bad += probs
    for b in bad:
        print("  " + b)
    print(f"total: {total_p} planted, {total_s} must-survive, {len(bad)} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())

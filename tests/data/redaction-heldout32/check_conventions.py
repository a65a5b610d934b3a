#!/usr/bin/env python3
"""Checks the conventions of the .items files of this set against their
.yaml case files, as the brief states them (written from the brief, not
from any harness code):

- each item line is `kind | context` or `kind | context | part; part`;
- each context stands on one line of the case file and occurs once in it;
- each part stands in its context as whole words: letters and digits are
  word characters, everything else (`_`, `<`, `.`, `@`, `'`, `/`, spaces,
  CJK punctuation) ends a word;
- each must-survive phrase (`survive | phrase`) is in the case file and has
  more than one word;
- every `option:` name or alias is in the case file;
- each case has 50 items and about 16 phrases.

Run: python3 check_conventions.py   (prints the table; exit 1 on problems)
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def words(s):
    return [w for w in re.split(r"[^\w]|_", s) if w]


def whole_word_in(part, ctx):
    start = 0
    while True:
        i = ctx.find(part, start)
        if i < 0:
            return False
        before = ctx[i - 1] if i > 0 else " "
        after = ctx[i + len(part)] if i + len(part) < len(ctx) else " "
        ok_b = not (before.isalnum()) or not part[0].isalnum()
        ok_a = not (after.isalnum()) or not part[-1].isalnum()
        if ok_b and ok_a:
            return True
        start = i + 1


def check(items_path):
    yaml_path = items_path[:-len(".items")] + ".yaml"
    problems = []
    text = open(yaml_path, encoding="utf-8").read()
    lines = text.split("\n")
    n_items = n_parts = n_survive = n_opt = 0
    for no, raw in enumerate(open(items_path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{os.path.basename(items_path)}:{no}"
        if line.startswith("option:"):
            n_opt += 1
            m = re.match(r"option: (name|alias|prose-name) (.+)$", line)
            if not m:
                problems.append(f"{where}: bad option line")
                continue
            if m.group(2) not in text:
                problems.append(f"{where}: option value not in case file: {m.group(2)!r}")
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            n_survive += 1
            if len(fields) != 2:
                problems.append(f"{where}: survive line needs one phrase")
                continue
            phrase = fields[1]
            if phrase not in text:
                problems.append(f"{where}: phrase not in case file: {phrase!r}")
            if len(words(phrase)) < 2:
                problems.append(f"{where}: phrase is a single word: {phrase!r}")
            continue
        if kind not in ("name", "prose", "date", "number", "address", "contact", "path"):
            problems.append(f"{where}: unknown kind {kind!r}")
        if len(fields) not in (2, 3):
            problems.append(f"{where}: needs kind | context [| parts]")
            continue
        n_items += 1
        ctx = fields[1]
        parts = [p.strip() for p in fields[2].split(";")] if len(fields) == 3 else [ctx]
        n_parts += len(parts)
        if not any(ctx in l for l in lines):
            problems.append(f"{where}: context not on one line of the case file: {ctx!r}")
        elif text.count(ctx) != 1:
            problems.append(f"{where}: context occurs {text.count(ctx)} times: {ctx!r}")
        for p in parts:
            if not p:
                problems.append(f"{where}: empty part")
            elif not whole_word_in(p, ctx):
                problems.append(f"{where}: part not whole words in context: {p!r}")
    if n_items != 50:
        problems.append(f"{os.path.basename(items_path)}: {n_items} items, not 50")
    if not 14 <= n_survive <= 18:
        problems.append(f"{os.path.basename(items_path)}: {n_survive} phrases, not about 16")
    return n_items, n_parts, n_survive, n_opt, problems


def main():
    allp = []
    print("| case | items | parts | must-survive | option lines | problems |")
    print("| --- | --- | --- | --- | --- | --- |")
    tot = [0, 0, 0, 0, 0]
    for path in sorted(glob.glob(os.path.join(HERE, "*.items"))):
        i, p, s, o, probs = check(path)
        name = os.path.basename(path)[:-6]
        print(f"| {name} | {i} | {p} | {s} | {o} | {len(probs)} |")
        for k, v in enumerate((i, p, s, o, len(probs))):
            tot[k] += v
        allp += probs
    print(f"| all | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | {tot[4]} |")
    for pr in allp:
        print(pr)
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()

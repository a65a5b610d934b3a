#!/usr/bin/env python3
"""Check the .items files of this set against their case files.

For every planted item: its context stands on one line of the case file, and
each part (after the last `|`, split at `;`) stands in that context, and on
that line, as a whole word exactly as written. Letters, digits and combining
marks are word characters; everything else (space, `_`, `<`, `.`, `@`, `'`,
`/`, `-`, ...) ends a word. For every must-survive phrase: it stands in the
case file as whole words, and it holds more than one word. Also counts the
items (50 expected) and the phrases, checks that no part overlaps a
must-survive phrase in its context, checks that every `option:` name stands
in the case file, and that the option lines come before the items.
Usage: python3 check_items.py [NAME ...]   (default: every *.items here)
"""
import glob
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def is_word(ch):
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "N", "M")


def whole_word_at(text, part):
    """Offsets where part stands in text as whole words."""
    hits = []
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return hits
        j = i + len(part)
        ok = True
        if is_word(part[0]) and i > 0 and is_word(text[i - 1]):
            ok = False
        if is_word(part[-1]) and j < len(text) and is_word(text[j]):
            ok = False
        if ok:
            hits.append(i)
        start = i + 1


def words(phrase):
    out, cur = [], ""
    for ch in phrase:
        if is_word(ch):
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def check(name):
    errors = []
    items_path = os.path.join(HERE, name + ".items")
    yaml_path = os.path.join(HERE, name + ".yaml")
    with open(yaml_path, encoding="utf-8") as f:
        ylines = f.read().split("\n")
    ytext = "\n".join(ylines)
    n_items = n_survive = 0
    seen_item = False
    kinds = {}
    with open(items_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    phrases = [l.split(" | ", 1)[1].strip() for l in lines
               if l.startswith("survive | ")]
    for no, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        where = f"{name}.items:{no}"
        if line.startswith("option:"):
            if seen_item:
                errors.append(f"{where}: option after the items")
            rest = line[len("option:"):].strip()
            key, _, value = rest.partition(" ")
            if key not in ("name", "alias", "prose-name"):
                errors.append(f"{where}: unknown option {key!r}")
            if not whole_word_at(ytext, value):
                errors.append(f"{where}: option {value!r} not in the case file")
            continue
        seen_item = True
        fields = [x.strip() for x in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            n_survive += 1
            if len(fields) != 2:
                errors.append(f"{where}: survive line needs one phrase")
                continue
            phrase = fields[1]
            if len(words(phrase)) < 2:
                errors.append(f"{where}: one-word phrase {phrase!r}")
            if not any(whole_word_at(l, phrase) for l in ylines):
                errors.append(f"{where}: phrase {phrase!r} not on one line as whole words")
            continue
        if kind not in ("name", "prose", "date", "number", "address", "contact", "path"):
            errors.append(f"{where}: unknown kind {kind!r}")
        n_items += 1
        kinds[kind] = kinds.get(kind, 0) + 1
        if len(fields) == 2:
            context, parts = fields[1], [fields[1]]
        elif len(fields) == 3:
            context = fields[1]
            parts = [p.strip() for p in fields[2].split(";")]
        else:
            errors.append(f"{where}: expected 2 or 3 fields")
            continue
        homes = [l for l in ylines if context in l]
        if not homes:
            errors.append(f"{where}: context not on one line: {context!r}")
            continue
        for p in parts:
            if not p:
                errors.append(f"{where}: empty part")
                continue
            hits = whole_word_at(context, p)
            if not hits:
                errors.append(f"{where}: part {p!r} not a whole word in its context")
            for ph in phrases:
                for k in whole_word_at(context, ph):
                    for h in hits:
                        if h < k + len(ph) and k < h + len(p):
                            errors.append(f"{where}: part {p!r} overlaps the must-survive {ph!r}")
            if not any(whole_word_at(l, p) for l in homes):
                errors.append(f"{where}: part {p!r} not a whole word on the line")
    if n_items != 50:
        errors.append(f"{name}: {n_items} items, expected 50")
    if not 14 <= n_survive <= 18:
        errors.append(f"{name}: {n_survive} must-survive phrases, expected about 16")
    summary = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"{name}: {n_items} items ({summary}), {n_survive} must-survive, "
          f"{len(errors)} errors")
    return errors


def main():
    names = sys.argv[1:] or sorted(
        os.path.basename(p)[:-6] for p in glob.glob(os.path.join(HERE, "*.items")))
    errors = []
    for n in names:
        errors += check(n)
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

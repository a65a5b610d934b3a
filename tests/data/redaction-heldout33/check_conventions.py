#!/usr/bin/env python3
"""Checks the held-out cases of this directory against the harness
conventions as the brief states them (written from the brief, not from any
harness code):

- every item line is `kind | context` or `kind | context | part; part; ...`;
  without parts the part is the whole context;
- every context stands verbatim in the case file (on one line);
- every part stands in its context as whole words: the character before and
  the character after are not word characters, where letters and digits are
  word characters and everything else (`_`, `<`, `.`, `@`, `'`, `/`, space,
  punctuation) ends a word;
- every must-survive phrase stands in the case file as whole words and has
  more than one word (a one-word phrase gives no shelter);
- 50 planted item lines per case, about 16 must-survive phrases;
- every name or prose part is, or holds as a whole word, a name given in an
  `option:` line (so the harness knows the person).

It also lists, for information, mentions of an option name in the free text
of the case file that no item context and no must-survive phrase covers
(structured keys such as `name:`, `author:` and `translator:` are left out).

Run: python3 check_conventions.py   (exit 1 on any error)
"""
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}
OPTION_KINDS = {"name", "alias", "prose-name"}
STRUCTURED = re.compile(r"^(  title:|\s*(-\s+)?(name|author|translator|file|email|phone|address|bar|firm|receipt):)")


def is_word(ch):
    return ch.isalnum()


def whole_word_spans(needle, hay):
    spans = []
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return spans
        j = i + len(needle)
        before = hay[i - 1] if i > 0 else " "
        after = hay[j] if j < len(hay) else " "
        if not is_word(before) and not is_word(after):
            spans.append((i, j))
        start = i + 1


def check_case(items_path):
    errors, infos = [], []
    yaml_path = items_path.with_suffix(".yaml")
    if not yaml_path.exists():
        return [f"{items_path.name}: no {yaml_path.name}"], [], 0, 0
    text = yaml_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    options, items, survives = [], [], []
    for n, raw in enumerate(items_path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("option:"):
            rest = line[len("option:"):].strip()
            kind, _, value = rest.partition(" ")
            if kind not in OPTION_KINDS or not value.strip():
                errors.append(f"{items_path.name}:{n}: bad option line")
            else:
                options.append(value.strip())
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            if len(fields) != 2:
                errors.append(f"{items_path.name}:{n}: survive line with {len(fields)} fields")
                continue
            survives.append((n, fields[1]))
            continue
        if kind not in KINDS:
            errors.append(f"{items_path.name}:{n}: unknown kind {kind!r}")
            continue
        if len(fields) not in (2, 3):
            errors.append(f"{items_path.name}:{n}: {len(fields)} fields")
            continue
        context = fields[1]
        parts = [p.strip() for p in fields[2].split(";")] if len(fields) == 3 else [context]
        items.append((n, kind, context, parts))

    # contexts and parts
    covered = []  # spans of the case text covered by a context or a survive phrase
    for n, kind, context, parts in items:
        if not any(context in l for l in lines):
            errors.append(f"{items_path.name}:{n}: context not on one line of {yaml_path.name}: {context!r}")
            continue
        for i in range(len(text)):
            i = text.find(context, i)
            if i < 0:
                break
            covered.append((i, i + len(context)))
            i += 1
        for p in parts:
            if not p:
                errors.append(f"{items_path.name}:{n}: empty part")
            elif not whole_word_spans(p, context):
                errors.append(f"{items_path.name}:{n}: part {p!r} not whole words in its context")
            if kind in ("name", "prose") and p:
                if not any(p == o or whole_word_spans(o, p) or o in p for o in options):
                    errors.append(f"{items_path.name}:{n}: name part {p!r} matches no option name")
    for n, phrase in survives:
        if " " not in phrase:
            errors.append(f"{items_path.name}:{n}: one-word must-survive phrase {phrase!r}")
        spans = whole_word_spans(phrase, text)
        if not spans:
            errors.append(f"{items_path.name}:{n}: must-survive phrase not in case file as whole words: {phrase!r}")
        covered.extend(spans)

    if len(items) != 50:
        errors.append(f"{items_path.name}: {len(items)} item lines, not 50")
    if not 14 <= len(survives) <= 18:
        errors.append(f"{items_path.name}: {len(survives)} must-survive phrases")

    # unplanted mentions (information only)
    line_starts = []
    pos = 0
    for l in lines:
        line_starts.append(pos)
        pos += len(l) + 1
    def line_of(i):
        lo = 0
        for k, s in enumerate(line_starts):
            if s <= i:
                lo = k
        return lines[lo]
    for o in sorted(set(options)):
        for i, j in whole_word_spans(o, text):
            if any(a <= i and j <= b for a, b in covered):
                continue
            l = line_of(i)
            if l.lstrip().startswith("#") or STRUCTURED.match(l):
                continue
            infos.append(f"{items_path.name}: unplanted mention of {o!r}: {l.strip()[:90]}")
    return errors, infos, len(items), len(survives)


def main():
    all_errors = []
    total_items = total_survive = 0
    for items_path in sorted(HERE.glob("*.items")):
        errors, infos, ni, ns = check_case(items_path)
        total_items += ni
        total_survive += ns
        print(f"{items_path.stem}: {ni} item lines, {ns} must-survive phrases, {len(errors)} errors")
        for e in errors:
            print("  ERROR", e)
        for i in infos:
            print("  info ", i)
        all_errors += errors
    print(f"all: {total_items} item lines, {total_survive} must-survive phrases, {len(all_errors)} errors")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check the conventions of the twenty-seventh held-out set.

For every NAME.items next to this script, with its NAME.yaml:

* each item line is `kind | context` or `kind | context | part; part`;
  without a part, the whole context is the part;
* the context stands on one line of the case file;
* each part stands in the context, and on that line, as whole words exactly
  as written: letters and digits are word characters, anything else (so
  `_`, `<`, `.`, `@`, `'`, `/`) ends a word;
* each `survive` phrase has at least two words and stands in the case file
  as a whole phrase;
* the case has 50 planted items (all kinds but `survive`), and about 16
  must-survive phrases;
* every `option:` line is `option: name|alias|prose-name VALUE`, and every
  option value stands somewhere in the case file.

Prints one line per problem and a summary per case; exits 1 on any problem.
"""
import pathlib
import sys
import unicodedata

KINDS = {"name", "prose", "date", "number", "address", "contact", "path", "survive"}
OPTIONS = {"name", "alias", "prose-name"}


def is_word(c):
    # Letters and digits; combining marks (Devanagari vowel signs, for
    # instance) count with the letter they sit on, so a part may not end or
    # begin next to one.
    return c.isalnum() or unicodedata.category(c).startswith("M")


def whole_word_in(part, text):
    """True when part stands in text with no word character on either side."""
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(part)] if i + len(part) < len(text) else " "
        if not is_word(before) and not is_word(after):
            return True
        start = i + 1


def words(phrase):
    out, cur = [], ""
    for c in phrase:
        if is_word(c):
            cur += c
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def check(items_path):
    problems = []
    yaml_path = items_path.with_suffix(".yaml")
    if not yaml_path.exists():
        return [f"{items_path.name}: no {yaml_path.name}"], 0, 0
    case_text = yaml_path.read_text(encoding="utf-8")
    case_lines = case_text.splitlines()
    planted = survive = 0
    seen_description = False
    for n, raw in enumerate(items_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{items_path.name}:{n}"
        if not line:
            continue
        if line.startswith("#"):
            seen_description = True
            continue
        if line.startswith("option:"):
            rest = line[len("option:"):].strip()
            kind, _, value = rest.partition(" ")
            if kind not in OPTIONS or not value.strip():
                problems.append(f"{where}: bad option line")
            elif value.strip() not in case_text:
                problems.append(f"{where}: option value {value.strip()!r} not in the case file")
            continue
        fields = [f.strip() for f in line.split("|")]
        kind = fields[0]
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
            continue
        if kind == "survive":
            survive += 1
            if len(fields) != 2:
                problems.append(f"{where}: survive line must be `survive | phrase`")
                continue
            phrase = fields[1]
            if len(words(phrase)) < 2:
                problems.append(f"{where}: must-survive phrase {phrase!r} is a single word")
            if not whole_word_in(phrase, case_text):
                problems.append(f"{where}: must-survive phrase {phrase!r} not in the case file as a whole phrase")
            continue
        planted += 1
        if len(fields) == 2:
            context, parts = fields[1], [fields[1]]
        elif len(fields) == 3:
            context = fields[1]
            parts = [p.strip() for p in fields[2].split(";")]
        else:
            problems.append(f"{where}: too many `|`")
            continue
        if not context:
            problems.append(f"{where}: empty context")
            continue
        hosts = [l for l in case_lines if context in l]
        if not hosts:
            problems.append(f"{where}: context not on one line of the case file: {context!r}")
            continue
        for part in parts:
            if not part:
                problems.append(f"{where}: empty part")
                continue
            if not whole_word_in(part, context):
                problems.append(f"{where}: part {part!r} not a whole word in its context")
            if not any(whole_word_in(part, h) for h in hosts):
                problems.append(f"{where}: part {part!r} not a whole word on the context's line")
    if not seen_description:
        problems.append(f"{items_path.name}: no commented description")
    if planted != 50:
        problems.append(f"{items_path.name}: {planted} planted items, not 50")
    if not 14 <= survive <= 18:
        problems.append(f"{items_path.name}: {survive} must-survive phrases, not about 16")
    return problems, planted, survive


def main():
    here = pathlib.Path(__file__).resolve().parent
    all_problems = []
    total_p = total_s = 0
    for items in sorted(here.glob("*.items")):
        problems, p, s = check(items)
        total_p += p
        total_s += s
        print(f"{items.stem}: {p} planted, {s} must-survive, {len(problems)} problems")
        all_problems += problems
    for p in all_problems:
        print("  " + p)
    print(f"all: {total_p} planted, {total_s} must-survive, {len(all_problems)} problems")
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())

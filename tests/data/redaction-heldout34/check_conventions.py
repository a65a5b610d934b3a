#!/usr/bin/env python3
"""Check the harness conventions of the held-out cases in this directory.

Written from the brief's statement of the conventions, without reading the
harness:

* every NAME.items has a NAME.yaml beside it;
* the .items file opens with a commented description, then `option:` lines
  (`name`, `alias`, `prose-name`), then item lines `kind | context | parts`
  (or `kind | context` when the context is itself the part), then
  `survive | phrase` lines;
* each item's context occurs in the case file verbatim, on one line;
* each part stands in its context as whole words, exactly as written:
  letters and digits are word characters, anything else (`_`, `<`, `.`,
  `@`, `'`, `/`, `-`, space ...) ends a word;
* each must-survive phrase occurs in the case file and has at least two
  words (a one-word phrase gives no shelter);
* 50 item lines per case, and about 16 must-survive phrases;
* every person-name part (kinds `name`, `prose`) is found in, or is made of
  words of, the `option:` lines (reported as a note only: run-together
  forms such as an MRZ run are allowed).
"""
import re
import sys
from pathlib import Path

KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}
OPTIONS = {"name", "alias", "prose-name"}


def is_word(ch):
    return ch.isalnum()


def whole_word_in(part, text):
    start = 0
    while True:
        i = text.find(part, start)
        if i < 0:
            return False
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(part)] if i + len(part) < len(text) else ""
        if not (before and is_word(before)) and not (after and is_word(after)):
            return True
        start = i + 1


def words(s):
    return [w for w in re.split(r"[^\w]+|_", s) if w]


def check(items_path):
    errors, notes = [], []
    yaml_path = items_path.with_suffix(".yaml")
    if not yaml_path.exists():
        return [f"{items_path.name}: no {yaml_path.name}"], notes, 0, 0
    yaml_text = yaml_path.read_text(encoding="utf-8")
    yaml_lines = yaml_text.splitlines()
    lines = items_path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("#"):
        errors.append(f"{items_path.name}: does not open with a comment")
    option_values = []
    n_items = n_survive = 0
    seen_item = False
    for no, line in enumerate(lines, 1):
        where = f"{items_path.name}:{no}"
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("option:"):
            if seen_item:
                errors.append(f"{where}: option line after item lines")
            m = re.match(r"option: (\S+) (.+)$", line)
            if not m or m.group(1) not in OPTIONS:
                errors.append(f"{where}: bad option line")
                continue
            option_values.append(m.group(2).strip())
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            n_survive += 1
            phrase = fields[1] if len(fields) > 1 else ""
            if len(fields) != 2 or not phrase:
                errors.append(f"{where}: bad survive line")
            elif len(words(phrase)) < 2:
                errors.append(f"{where}: one-word survive phrase {phrase!r}")
            elif not whole_word_in(phrase, yaml_text):
                errors.append(f"{where}: survive phrase not in the case file: {phrase!r}")
            continue
        if kind not in KINDS:
            errors.append(f"{where}: unknown kind {kind!r}")
            continue
        seen_item = True
        n_items += 1
        if len(fields) == 2:
            context, parts = fields[1], [fields[1]]
        elif len(fields) == 3:
            context, parts = fields[1], [p.strip() for p in fields[2].split(";")]
        else:
            errors.append(f"{where}: expected 2 or 3 fields")
            continue
        if not any(context in yl for yl in yaml_lines):
            errors.append(f"{where}: context not on one line of the case file: {context!r}")
        for p in parts:
            if not p:
                errors.append(f"{where}: empty part")
            elif not whole_word_in(p, context):
                errors.append(f"{where}: part {p!r} is not whole words in its context")
            if kind in ("name", "prose") and p:
                known = p in option_values or all(
                    any(w in words(o) for o in option_values) for w in words(p)
                )
                if not known:
                    notes.append(f"{where}: name part {p!r} is not among the options")
    if n_items != 50:
        errors.append(f"{items_path.name}: {n_items} item lines, not 50")
    if not 14 <= n_survive <= 18:
        errors.append(f"{items_path.name}: {n_survive} survive lines")
    return errors, notes, n_items, n_survive


def main():
    here = Path(__file__).resolve().parent
    total_e = total_i = total_s = 0
    for items in sorted(here.glob("*.items")):
        errors, notes, ni, ns = check(items)
        total_i += ni
        total_s += ns
        total_e += len(errors)
        for e in errors:
            print("ERROR", e)
        for n in notes:
            print("note ", n)
        print(f"{items.name}: {ni} items, {ns} survive, {len(errors)} errors")
    print(f"all: {total_i} items, {total_s} survive, {total_e} errors")
    return 1 if total_e else 0


if __name__ == "__main__":
    sys.exit(main())

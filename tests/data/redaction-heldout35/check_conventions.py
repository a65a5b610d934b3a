#!/usr/bin/env python3
"""Check the harness conventions of the thirty-fifth held-out set.

Written from the brief's statement of the conventions, without reading the
harness or any earlier set's script. For each NAME.items beside NAME.yaml:

  * item lines are `kind | context | part; part; ...` or `kind | context`
    (then the context is the part); kinds are name, prose, date, number,
    address, contact, path; `survive | phrase` lines give must-survive text;
  * every context occurs verbatim in the YAML (on one line of it);
  * every part occurs in its context as whole words: the characters just
    before and after it are not letters or digits (so `_ < . @ ' /` and
    spaces end a word);
  * every must-survive phrase occurs in the YAML as whole words and has
    more than one word;
  * the YAML loads, and the counts: 50 item lines, about 16 phrases;
  * every `option:` line is `option: name X`, `option: alias X` or
    `option: prose-name X`, and each name or alias occurs in the YAML.

It also lists, as information only, whole-word occurrences of option
names in the prose of the YAML that no item part and no phrase covers.
Exit status 0 when every file is clean.
"""
import re
import sys
import pathlib

import yaml

KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}
HERE = pathlib.Path(__file__).resolve().parent


def is_word_char(ch):
    return ch.isalnum()


def whole_word_positions(hay, needle):
    out = []
    start = 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        before = hay[i - 1] if i > 0 else " "
        after = hay[j] if j < len(hay) else " "
        first, last = needle[0], needle[-1]
        ok_before = not (is_word_char(before) and is_word_char(first))
        ok_after = not (is_word_char(after) and is_word_char(last))
        if ok_before and ok_after:
            out.append((i, j))
        start = i + 1


def check(name):
    problems = []
    info = []
    ypath = HERE / f"{name}.yaml"
    ipath = HERE / f"{name}.items"
    text = ypath.read_text(encoding="utf-8")
    lines = text.splitlines()
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as e:
        problems.append(f"YAML does not load: {e}")
    items = []
    phrases = []
    names = []
    for n, raw in enumerate(ipath.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("option:"):
            m = re.match(r"option: (name|alias|prose-name) (\S.*)$", line)
            if not m:
                problems.append(f"{ipath.name}:{n}: bad option line")
            else:
                names.append(m.group(2).strip())
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            if len(fields) != 2:
                problems.append(f"{ipath.name}:{n}: survive line needs one phrase")
                continue
            phrases.append((n, fields[1]))
            continue
        if kind not in KINDS:
            problems.append(f"{ipath.name}:{n}: unknown kind {kind!r}")
            continue
        if len(fields) == 2:
            context, parts = fields[1], [fields[1]]
        elif len(fields) == 3:
            context = fields[1]
            parts = [p.strip() for p in fields[2].split("; ")]
        else:
            problems.append(f"{ipath.name}:{n}: expected 2 or 3 fields")
            continue
        items.append((n, kind, context, parts))
        if not any(context in l for l in lines):
            problems.append(f"{ipath.name}:{n}: context not on one line of the YAML: {context!r}")
        elif text.count(context) > 1:
            info.append(f"{ipath.name}:{n}: context occurs {text.count(context)} times")
        for p in parts:
            if not p:
                problems.append(f"{ipath.name}:{n}: empty part")
            elif not whole_word_positions(context, p):
                problems.append(f"{ipath.name}:{n}: part {p!r} not whole words in context")
    for n, ph in phrases:
        if len(ph.split()) < 2:
            problems.append(f"{ipath.name}:{n}: phrase {ph!r} is a single word")
        if not whole_word_positions(text, ph):
            problems.append(f"{ipath.name}:{n}: phrase {ph!r} not in the YAML as whole words")
    for nm in names:
        if not whole_word_positions(text, nm):
            problems.append(f"{ipath.name}: option name {nm!r} does not occur in the YAML")
    if len(items) != 50:
        problems.append(f"{ipath.name}: {len(items)} item lines, not 50")
    if not 14 <= len(phrases) <= 18:
        problems.append(f"{ipath.name}: {len(phrases)} phrases, not about 16")

    # Information: name occurrences in the prose not covered by a part or phrase.
    covered = []
    for _, _, context, parts in items:
        for ls in [m.start() for m in re.finditer(re.escape(context), text)]:
            for p in parts:
                for i, j in whole_word_positions(context, p):
                    covered.append((ls + i, ls + j))
    for _, ph in phrases:
        covered.extend(whole_word_positions(text, ph))
    structured = re.compile(r"^\s*(-\s*)?(name|title|author|translator|file|email|address|"
                            r"filing_address|provider|firm|plan|condition|phone|bar|relationship)\s*:")
    offs = 0
    prose_spans = []
    for l in lines:
        if not structured.match(l) and not l.lstrip().startswith("#"):
            prose_spans.append((offs, offs + len(l)))
        offs += len(l) + 1
    for nm in sorted(set(names), key=len, reverse=True):
        for i, j in whole_word_positions(text, nm):
            if not any(a <= i and j <= b for a, b in prose_spans):
                continue
            if any(a <= i and j <= b for a, b in covered):
                continue
            ln = text.count("\n", 0, i) + 1
            info.append(f"{ypath.name}:{ln}: {nm!r} not covered by an item or phrase")
    nparts = sum(len(p) for *_, p in items)
    kinds = {}
    for _, k, _, _ in items:
        kinds[k] = kinds.get(k, 0) + 1
    summary = (f"{name}: {len(items)} item lines, {nparts} parts, {len(phrases)} phrases; "
               + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return problems, info, summary


def main():
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("*.items"))
    bad = 0
    for name in names:
        problems, info, summary = check(name)
        print(summary)
        for p in problems:
            print("  PROBLEM", p)
        for i in info:
            print("  info", i)
        bad += len(problems)
    print("clean" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

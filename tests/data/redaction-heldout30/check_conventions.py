#!/usr/bin/env python3
"""Checks the conventions of the held-out cases in this directory.

For each NAME.items next to a NAME.yaml:
- every item line is `kind | context` or `kind | context | part; part ...`;
  kind is one of name, prose, date, number, address, contact, path;
- every context occurs in the case file within one line;
- every part stands in its context as whole words (letters, digits and
  combining marks are word characters; anything else ends a word);
- every survive phrase occurs in the case file and has at least two words;
- no part's occurrence in the file overlaps a survive phrase's occurrence;
- every option name occurs in the file, and each of its whole-word
  occurrences in free text is covered by a part in an item context or by a
  survive phrase (structured name fields are listed, not counted);
- counts: 50 item lines, about 16 survive lines.
Prints problems and exits 1 if there are any.
"""
import re, sys, unicodedata, pathlib

KINDS = {"name", "prose", "date", "number", "address", "contact", "path"}
STRUCT = re.compile(r"^\s*(-\s+)?(name|author|translator|title|petitioner|beneficiary):")

def is_word(ch):
    return ch.isalnum() or unicodedata.category(ch).startswith("M")

def whole_occurrences(hay, needle):
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        if (i == 0 or not is_word(hay[i - 1])) and (j == len(hay) or not is_word(hay[j])):
            out.append((i, j))
        start = i + 1

def words(s):
    return [w for w in re.split(r"\W+", s) if w]

def check(items_path):
    problems, infos = [], []
    yaml_path = items_path.with_suffix(".yaml")
    text = yaml_path.read_text(encoding="utf-8")
    items, survives, options = [], [], []
    for n, raw in enumerate(items_path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("option:"):
            kind, _, val = line[len("option:"):].strip().partition(" ")
            options.append((kind, val.strip()))
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind = fields[0]
        if kind == "survive":
            survives.append(fields[1])
            continue
        if kind not in KINDS or len(fields) not in (2, 3):
            problems.append(f"line {n}: bad item line: {line}")
            continue
        ctx = fields[1]
        parts = [p.strip() for p in fields[2].split(";")] if len(fields) == 3 else [ctx]
        items.append((n, kind, ctx, parts))
    covered = []  # spans in text covered by parts or survive phrases
    part_spans = []
    for n, kind, ctx, parts in items:
        occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if not occ:
            problems.append(f"line {n}: context not in the case file: {ctx}")
            continue
        if "\n" in ctx:
            problems.append(f"line {n}: context spans lines")
        for p in parts:
            w = whole_occurrences(ctx, p)
            if not w:
                problems.append(f"line {n}: part {p!r} not whole words in its context")
            for o in occ:
                for i, j in w:
                    covered.append((o + i, o + j))
                    part_spans.append((o + i, o + j, p, n))
    for s in survives:
        if len(words(s)) < 2:
            problems.append(f"survive {s!r}: one word gives no shelter")
        occ = whole_occurrences(text, s)
        if not occ:
            problems.append(f"survive {s!r}: not in the case file")
        for i, j in occ:
            covered.append((i, j))
            for a, b, p, n in part_spans:
                if a < j and i < b:
                    problems.append(f"line {n}: part {p!r} overlaps survive {s!r}")
    # option names
    line_starts = [m.start() for m in re.finditer(r"^", text, re.M)]
    def line_of(pos):
        lo = 0
        for k, st in enumerate(line_starts):
            if st <= pos:
                lo = k
            else:
                break
        end = text.find("\n", line_starts[lo])
        return lo + 1, text[line_starts[lo]: end if end >= 0 else None]
    for kind, name in options:
        occ = whole_occurrences(text, name)
        if not occ:
            problems.append(f"option {kind} {name!r}: not in the case file")
        for i, j in occ:
            if any(a <= i and j <= b for a, b in covered):
                continue
            # a name whose every word of two or more letters lies in some
            # part (the one-letter words of "d/o" between them need none)
            runs, k = [], i
            while k < j:
                if is_word(text[k]):
                    m = k
                    while m < j and is_word(text[m]):
                        m += 1
                    runs.append((k, m))
                    k = m
                else:
                    k += 1
            if all(any(a <= p and q <= b for a, b in covered)
                   for p, q in runs if q - p >= 2):
                continue
            ln, l = line_of(i)
            if l.lstrip().startswith("#"):
                continue
            if STRUCT.match(l):
                infos.append(f"  structured field, line {ln}: {name!r}: {l.strip()[:70]}")
                continue
            problems.append(f"option {name!r} uncovered at line {ln}: {l.strip()[:90]}")
    if len(items) != 50:
        problems.append(f"{len(items)} item lines, not 50")
    if not 14 <= len(survives) <= 18:
        problems.append(f"{len(survives)} survive lines")
    kinds = {}
    for _, k, _, _ in items:
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{items_path.name}: {len(items)} items {kinds}, {len(survives)} survive, "
          f"{len(options)} options, {len(problems)} problems")
    for p in problems:
        print("  " + p)
    if "-v" in sys.argv:
        for i in infos:
            print(i)
    return not problems

if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    files = [pathlib.Path(a) for a in sys.argv[1:] if a != "-v"] or sorted(here.glob("*.items"))
    ok = all([check(f) for f in files])
    sys.exit(0 if ok else 1)

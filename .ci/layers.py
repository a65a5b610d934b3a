#!/usr/bin/env python3
"""Fail when the files under src/ import each other in a circle.

Every `crate::`, `super::` and `self::` path a file names (in `use` lines,
grouped or not, and inline in code), and every path that starts with the
name of one of its child modules, is resolved to the file of the deepest
module it names; an edge runs from the file to that file. Comments and
strings are skipped; `super` inside an inline `mod tests { ... }` counts
from that module. A module's own file (`mod.rs`) declaring, re-exporting
or calling its children is the module's face, not an import across
layers, so edges from it down into its own children are not counted; a
child importing from its parent is (`--strict` counts both). Prints every circle
found (as one strongly connected group of files) and exits 1, or prints
the number of files and edges and exits 0.

Usage: .ci/layers.py [--edges] [--strict] [--self-test] [src-dir]
(--self-test checks the checker on a small tree whose circles it must find.)
"""
import os
import re
import sys

ROOT = "src"
STRICT = "--strict" in sys.argv


def module_of(path):
    rel = os.path.relpath(path, ROOT)[: -len(".rs")]
    parts = rel.split(os.sep)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def strip_comments_and_strings(text):
    # One pass, left to right, so that `//` inside a string ("http://...")
    # is not taken for a comment, nor a quote inside a comment for a string.
    token = re.compile(
        r"//[^\n]*"
        r"|/\*.*?\*/"
        r'|r(#*)"(?:.|\n)*?"\1'
        r'|b?"(?:\\.|[^"\\])*"'
        r"|b?'(?:\\.|[^'\\])'",
        re.S,
    )

    def blank(m):
        t = m.group(0)
        if t.startswith("/"):
            return " "
        if t.endswith("'"):
            return "' '"
        return '""'

    return token.sub(blank, text)


def expand_use(tree):
    """Expand `a::{b, c::{d, e}}` into ['a::b', 'a::c::d', 'a::c::e']."""
    tree = tree.strip()
    depth = 0
    for i, ch in enumerate(tree):
        if ch == "{":
            if depth == 0:
                prefix = tree[:i]
                inner = tree[i + 1 : tree.rindex("}")]
                out = []
                for part in split_top(inner):
                    for tail in expand_use(part):
                        out.append(prefix + tail if tail not in ("self",) else prefix.rstrip(":"))
                return out
            depth += 1
    return [tree] if tree else []


def split_top(s):
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def paths_in(text):
    """Yield (path, inline_mod_depth) for every module path in the text."""
    # Track inline `mod name {` blocks to resolve `super::` inside them.
    out = []
    stack = []  # brace depth at which each inline mod opened
    depth = 0
    i = 0
    use_re = re.compile(r"\b(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);")
    path_re = re.compile(r"\b((?:crate|super|self|[a-z_][a-z0-9_]*)(?:::(?:super|[A-Za-z_][A-Za-z0-9_]*))+)")
    mod_re = re.compile(r"\bmod\s+[A-Za-z_][A-Za-z0-9_]*\s*\{")
    while i < len(text):
        m_use = use_re.match(text, i)
        if m_use and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            for p in expand_use(m_use.group(1)):
                p = re.sub(r"\s+as\s+\w+$", "", p).replace(" ", "").replace("\n", "")
                out.append((p, len(stack)))
            i = m_use.end()
            continue
        m_mod = mod_re.match(text, i)
        if m_mod and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            depth += 1
            stack.append(depth)
            i = m_mod.end()
            continue
        m_path = path_re.match(text, i)
        if m_path and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            out.append((m_path.group(1), len(stack)))
            i = m_path.end()
            continue
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            if stack and stack[-1] == depth:
                stack.pop()
            depth -= 1
        i += 1
    return out


def resolve(path, here, inline, modules):
    parts = path.split("::")
    if parts[0] not in ("crate", "super", "self"):
        # A bare path names a child module of this file (or of the inline
        # module it stands in, which has none) or something outside.
        if inline or tuple(here) + (parts[0],) not in modules:
            return None
        parts = ["self"] + parts
    if parts[0] == "crate":
        base, rest = [], parts[1:]
    else:
        base = list(here) + ["<inline>"] * inline
        rest = parts
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
        base = [b for b in base if b != "<inline>"]
    full = base + rest
    for n in range(len(full), -1, -1):
        if tuple(full[:n]) in modules:
            return tuple(full[:n])
    return None


def circles_in(root):
    global ROOT
    ROOT = root
    files = {}
    for dirpath, _, names in os.walk(ROOT):
        for name in names:
            if name.endswith(".rs"):
                path = os.path.join(dirpath, name)
                files[module_of(path)] = path
    files.pop((), None)
    modules = set(files) | {()}
    edges = {m: set() for m in files}
    for mod, path in files.items():
        with open(path, encoding="utf-8") as f:
            text = strip_comments_and_strings(f.read())
        for p, inline in paths_in(text):
            target = resolve(p, mod, inline, modules)
            if target is None or target == mod or target == ():
                continue
            if target[: len(mod)] == mod and not STRICT:
                continue
            edges[mod].add(target)
    return files, edges, scc(edges)


def self_test():
    import tempfile

    tree = {
        "lib.rs": "pub mod a; pub mod b; pub mod c; pub mod d;",
        "a.rs": "use crate::{b::{self, Thing}, c};\nfn f() { super::d::g(); }",
        "b.rs": "// use crate::a;\nconst S: &str = \"crate::a::x\";\nuse crate::d::E;",
        "c.rs": "pub fn h() { crate::a::f(); }\n#[cfg(test)]\nmod tests { use super::*; use super::super::d; }",
        "d/mod.rs": "mod e; pub use e::E;",
        "d/e.rs": "use super::super::b;",
    }
    with tempfile.TemporaryDirectory() as root:
        for name, text in tree.items():
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            with open(os.path.join(root, name), "w", encoding="utf-8") as f:
                f.write(text)
        files, edges, circles = circles_in(root)
    got = sorted(sorted("::".join(m) for m in group) for group in circles)
    # a -> c -> a through a path in code and a grouped use; the comment and
    # the string in b, and the test module's `super`, are not imports.
    assert got == [["a", "c"]], got
    assert edges[("c",)] == {("a",), ("d",)}, edges[("c",)]
    assert edges[("d", "e")] == {("b",)}, edges[("d", "e")]
    assert edges[("d",)] == set(), edges[("d",)]
    print("layers: self-test passed")


def main():
    if "--self-test" in sys.argv:
        self_test()
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    files, edges, circles = circles_in(args[0] if args else "src")
    if "--edges" in sys.argv:
        for m in sorted(edges):
            for t in sorted(edges[m]):
                print("::".join(m), "->", "::".join(t))
    if circles:
        print("import circles between files (each line one group that reaches itself):")
        for group in circles:
            print("  " + " <-> ".join(files[m] for m in sorted(group)))
        sys.exit(1)
    print(f"layers: {len(files)} files, {sum(map(len, edges.values()))} imports, no circles")


def scc(edges):
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(group)

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


if __name__ == "__main__":
    main()

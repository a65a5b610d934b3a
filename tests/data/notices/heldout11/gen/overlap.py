#!/usr/bin/env python3
"""Prints 7-word runs shared between this set's sources and the given reference files: python3 gen/overlap.py REF..."""
import glob, re, sys
def words(t): return re.findall(r"[a-z0-9$']+", t.lower())
def grams(w, n=7): return {" ".join(w[i:i+n]) for i in range(len(w)-n+1)}
ref = set()
for f in sys.argv[1:]: ref |= grams(words(open(f, encoding="utf-8", errors="replace").read()))
for s in sorted(glob.glob("src/*.txt")):
    hits = sorted(grams(words(open(s, encoding="utf-8").read())) & ref)
    if hits: print(s); [print("   ", h) for h in hits]

import glob, re, sys
def words(t): return re.findall(r"[a-z0-9']+", t.lower())
ref = set()
files = sys.argv[1:]
for f in files:
    w = words(open(f, encoding="utf-8", errors="ignore").read())
    for i in range(len(w)-6): ref.add(tuple(w[i:i+7]))
for f in sorted(glob.glob("src/*.txt")):
    w = words(open(f).read()); hits=set()
    for i in range(len(w)-6):
        if tuple(w[i:i+7]) in ref: hits.add(" ".join(w[i:i+7]))
    print(f, sorted(hits))

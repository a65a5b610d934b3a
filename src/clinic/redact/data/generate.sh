#!/bin/sh
# Regenerates the word lists of `rebut redact` from SCOWL, as Debian packages
# it (`apt-get install wamerican-large`): SCOWL size 70, American spelling.
# SCOWL is Copyright 2000-2011 Kevin Atkinson and others; its licence allows
# use, copying, modification, distribution and sale provided the copyright
# and permission notices are kept (see LICENSE-SCOWL beside this script,
# copied from /usr/share/doc/wamerican/copyright).
#
# english.txt: every entry written in lower case (common words, medical
#   terms of everyday English), ASCII letters only.
# proper-adjectives.txt: capitalised entries shaped like the adjective of a
#   place ("Syrian", "Vietnamese"); rebut keeps only those that begin like a
#   country or region name it knows.
set -eu
src=${1:-/usr/share/dict/american-english-large}
here=$(dirname "$0")
LC_ALL=C grep -E '^[a-z]{2,}$' "$src" | LC_ALL=C sort -u > "$here/english.txt"
LC_ALL=C grep -E '^[A-Z][a-z]+(an|ian|ese|i|ish|ic|ch)$' "$src" | LC_ALL=C sort -u > "$here/proper-adjectives.txt"
sed -n '/^Copyright: (extracted/,/^ *Kevin Atkinson/p' /usr/share/doc/wamerican/copyright > "$here/LICENSE-SCOWL"

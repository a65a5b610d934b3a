#!/bin/sh
# Regenerates the word lists of `rebut redact` from packages Debian ships:
#   apt-get install wamerican-large tzdata
#
# english.txt: SCOWL size 70, American spelling (wamerican-large): every
#   entry written in lower case, ASCII letters only. SCOWL is Copyright
#   2000-2011 Kevin Atkinson and others; its licence allows use, copying,
#   modification, distribution and sale provided the copyright and
#   permission notices are kept: LICENSE-SCOWL beside this script is copied
#   from /usr/share/doc/wamerican/copyright.
# proper-adjectives.txt: capitalised SCOWL entries shaped like the
#   adjective of a place ("Syrian", "Vietnamese"); rebut keeps only those
#   that begin like a country or region name it knows.
# cities.txt: the cities that name time zones in the tz database (public
#   domain), lower case without accents, words joined by one space.
set -eu
here=$(dirname "$0")
english=${ENGLISH:-/usr/share/dict/american-english-large}
zones=${ZONES:-/usr/share/zoneinfo/zone.tab}
LC_ALL=C grep -E '^[a-z]{2,}$' "$english" | LC_ALL=C sort -u > "$here/english.txt"
LC_ALL=C grep -E '^[A-Z][a-z]+(an|ian|ese|i|ish|ic|ch)$' "$english" | LC_ALL=C sort -u > "$here/proper-adjectives.txt"
grep -v '^#' "$zones" | cut -f3 | sed 's|.*/||; s/_/ /g; s/-/ /g' | iconv -f UTF-8 -t ASCII//TRANSLIT \
    | tr 'A-Z' 'a-z' | LC_ALL=C sort -u > "$here/cities.txt"
sed -n '/^Copyright: (extracted/,/^ *Kevin Atkinson/p' /usr/share/doc/wamerican/copyright > "$here/LICENSE-SCOWL"

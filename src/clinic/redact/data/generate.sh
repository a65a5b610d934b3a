#!/bin/sh
# Regenerates the word lists of `rebut redact` from packages Debian ships:
#   apt-get install wamerican-large wamerican-insane tzdata
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
# medical.txt: the entries of SCOWL size 95 (wamerican-insane) written in
#   lower case that look medical: a root of anatomy or medicine at the start
#   ("cardio", "nephr", "hemat"...) or an ending of medicine at the end
#   ("-itis", "-oma", "-emia", "-ectomy", "-gram"...), with plurals; six
#   letters or more, and none that SCOWL also writes with a capital.
# names-words.txt: the entries SCOWL size 70 writes both in lower case and
#   with a capital ("grant" and "Grant", "rose" and "Rose", "hope" and
#   "Hope"): ordinary words that are also given names or surnames. Such a
#   word standing alone with a capital is listed for review.
# cities.txt: the cities that name time zones in the tz database (public
#   domain), lower case without accents, words joined by one space.
set -eu
here=$(dirname "$0")
english=${ENGLISH:-/usr/share/dict/american-english-large}
insane=${INSANE:-/usr/share/dict/american-english-insane}
zones=${ZONES:-/usr/share/zoneinfo/zone.tab}
LC_ALL=C grep -E '^[a-z]{2,}$' "$english" | LC_ALL=C sort -u > "$here/english.txt"
LC_ALL=C grep -E '^[A-Z][a-z]+(an|ian|ese|i|ish|ic|ch)$' "$english" | LC_ALL=C sort -u > "$here/proper-adjectives.txt"
roots='(cardi|nephr|hepat|neur|hemat|haemat|hemo|haemo|onc|pulmon|gastr|oste|derm|encephal|cephal|chemo|immun|leuk|lymph|myel|thromb|cyan|angi|arter|ventric|endo|echo|electro|cortic|dialy|transplant|chelat|metabol|uro|gyn|obstet|pediatr|paediatr|ortho|ophthalm|otol|rhin|laryng|trache|bronch|pneum|psych|radi|tomogra|sono|ultrason|anesth|anaesth|analges|antibio|antivir|steroid|insulin|glyc|renal|cerebr|spin|sept|infect|virol|bacter|parasit)'
endings='(itis|oma|omas|omata|emia|aemia|emic|ectomy|ectomies|otomy|otomies|ostomy|ostomies|plasty|scopy|gram|grams|graphy|pathy|pathic|algia|osis|oses|otic|cardia|uria|penia|plasia|trophy|cyte|cytes|ocele|iasis|ologist|ologists|ology|orrhea|orrhoea|ectasis|lysis|megaly|plegia|plegic|paresis|ptosis|rrhage|sclerosis|stenosis|therapy|therapies|tomy|phalus|blastoma|oid|oids)'
# Words SCOWL also lists with a capital ("Cardin", "Venus") may be names:
# they are left out.
LC_ALL=C grep -E '^[A-Z][a-z]+$' "$insane" | tr 'A-Z' 'a-z' | LC_ALL=C sort -u > "$here/.proper"
LC_ALL=C grep -E "^$roots[a-z]*\$|^[a-z]+$endings\$" "$insane" | LC_ALL=C grep -E '^[a-z]{6,}$' | LC_ALL=C sort -u \
    | LC_ALL=C comm -23 - "$here/.proper" > "$here/medical.txt"
rm "$here/.proper"
LC_ALL=C grep -E '^[A-Z][a-z]+$' "$english" | tr 'A-Z' 'a-z' | LC_ALL=C sort -u \
    | LC_ALL=C comm -12 - "$here/english.txt" > "$here/names-words.txt"
grep -v '^#' "$zones" | cut -f3 | sed 's|.*/||; s/_/ /g; s/-/ /g' | iconv -f UTF-8 -t ASCII//TRANSLIT \
    | tr 'A-Z' 'a-z' | LC_ALL=C sort -u > "$here/cities.txt"
copyright=/usr/share/doc/wamerican/copyright
[ -f "$copyright" ] || copyright=/usr/share/doc/wamerican-large/copyright
sed -n '/^Copyright: (extracted/,/^ *Kevin Atkinson/p' "$copyright" > "$here/LICENSE-SCOWL"
# languages.txt: the names of languages in ISO 639-2, as Debian's
#   iso-codes package ships them (apt-get install iso-codes), one word
#   names of five letters or more (shorter ones, "Mari", "Fang", "Ewe",
#   are as often someone's name), lower case without accents.
codes=${ISO_CODES:-/usr/share/iso-codes/json/iso_639-2.json}
python3 - "$codes" > "$here/languages.txt" <<'PY'
import json, sys, unicodedata
names = set()
for entry in json.load(open(sys.argv[1]))["639-2"]:
    for name in entry["name"].replace(";", ",").split(","):
        name = name.strip()
        if not name or " " in name or "(" in name or len(name) < 5:
            continue
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        names.add(ascii_name.lower())
print("\n".join(sorted(names)))
PY
# us-states.txt: the states, district and territories of the United States
#   (ISO 3166-2:US, as Debian's iso-codes ships it), one-word names included:
#   "a hospital in Texas" names no one.
subdivisions=${ISO_SUBDIVISIONS:-/usr/share/iso-codes/json/iso_3166-2.json}
python3 - "$subdivisions" > "$here/us-states.txt" <<'PY'
import json, sys
names = sorted(e["name"] for e in json.load(open(sys.argv[1]))["3166-2"] if e["code"].startswith("US-"))
print("\n".join(names))
PY
# currencies.txt: the currencies of ISO 4217 as Debian's iso-codes ships
#   them: each code in lower case, unless it is an English word ("all",
#   "top", "cup"), and the last word of each name ("taka", "real", "birr")
#   that is no common word. A code that is an English word ("YER", "TRY",
#   "ALL") is written in capitals: it is a currency only as written so,
#   beside an amount whose thousands are marked.
#   Local signs and abbreviations ("Tk", "R$", "S/") are in currency-marks.txt,
#   kept by hand: no list names them.
currencies=${ISO_CURRENCIES:-/usr/share/iso-codes/json/iso_4217.json}
python3 - "$currencies" "$here/english.txt" > "$here/currencies.txt" <<'PY'
import json, sys, unicodedata
english = set(open(sys.argv[2]).read().split())
words = set()
for entry in json.load(open(sys.argv[1]))["4217"]:
    code = entry["alpha_3"].lower()
    money = not code.startswith("x") or code in {"xaf", "xof", "xpf", "xcd"}
    if money:
        words.add(code if code not in english else code.upper())
    # Units, metals and test codes (XAU, XDR, XTS...) name no money; words
    # of a name that are common words first ("Convertible Mark", "Colon",
    # "Sum") stay out.
    if code.startswith("x") or "(" in entry["name"]:
        continue
    last = entry["name"].split()[-1]
    if last.lower() in {"convertible", "mark", "colon", "sum"}:
        continue
    last = unicodedata.normalize("NFKD", last).encode("ascii", "ignore").decode().lower()
    if len(last) >= 3 and last.isalpha():
        words.add(last)
print("\n".join(sorted(words)))
PY
# currency-names.txt: the names of each country's currencies in the
#   country's official languages (regional and de facto ones included) and
#   in English, singular and plural, as the Unicode CLDR gives them through
#   Python's Babel (pip install babel): "ريال يمني", "dinar tunisien",
#   "shilingi ya tanzania", "leu moldovenesc", "yemeni rials". Lower case,
#   as written otherwise; a name of one word that is an English word or
#   shorter than three letters is left out, and so is a name with a digit
#   or a bracket. A name of several words stays whole beside an amount;
#   in a script other than Latin, each of its words of three letters or
#   more is listed alone too ("денари" of "македонски денари"), as a text
#   names the currency by its noun alone.
python3 - "$here/english.txt" > "$here/currency-names.txt" <<'PY'
import sys, unicodedata
from babel import Locale, languages, numbers
from babel.core import UnknownLocaleError, get_global
english = set(open(sys.argv[1]).read().split())
names = set()
for territory in sorted(get_global("territory_currencies")):
    codes = numbers.get_territory_currencies(territory, tender=True)
    tongues = set(languages.get_official_languages(territory, regional=True, de_facto=True)) | {"en"}
    for tongue in sorted(tongues):
        for tag in (f"{tongue}_{territory}", tongue):
            try:
                locale = Locale.parse(tag)
            except (UnknownLocaleError, ValueError):
                continue
            plurals = locale._data["currency_names_plural"] if "currency_names_plural" in locale._data else {}
            for code in codes:
                if code.startswith("X") and code not in {"XAF", "XOF", "XPF", "XCD"}:
                    continue
                written = {locale.currencies.get(code)} | set(plurals.get(code, {}).values())
                for name in filter(None, written):
                    name = unicodedata.normalize("NFC", name).lower().strip()
                    if "(" in name or any(c.isdigit() for c in name):
                        continue
                    if len(name.split()) == 1 and (name in english or len(name) < 3):
                        continue
                    names.add(name)
                    # "македонски денари": in a script other than Latin, a
                    # name of several words gives each of its words too, as
                    # a text writes the currency alone ("денари").
                    if len(name.split()) > 1 and not any("a" <= c <= "z" for c in name):
                        names.update(w for w in name.split() if len(w) >= 3 and w.isalpha())
print("\n".join(sorted(names)))
PY
# payment-services.txt: payment, money-transfer and mobile-money services
#   and the carriers that run them ("m pesa", "western union", "bkash"),
#   kept by hand: no list names them.
# Drugs have no list here: the one English list of drug names Debian ships
#   (hunspell-en-med, OpenMedSpel) is under the GPL, which this project's
#   licence cannot take in, and no other is on the machine. Drugs are
#   recognized by the stems the WHO gives to classes of international
#   nonproprietary names (DRUG_STEMS and LONG_DRUG_STEMS in review.rs),
#   each short stem with the length its names need, and by medical.txt.
#   drug-salts.txt (the salts and forms written beside a drug's name,
#   "benzathine") and test-eponyms.txt (the eponyms of tests,
#   "Doppler") are kept by hand: no list on the machine names them.
# number-words.txt (numbers written as words, by language) and
#   date-joins.txt (the words between a date's parts) are kept by hand too:
#   the CLDR spells numbers out only in its rule-based number formats, which
#   Babel does not read.
# feasts.txt (feasts and public holidays whose names hold a word that is
#   also a person's, "Eid al-Adha", "Moshoeshoe Day") is kept by hand: the
#   CLDR names no holidays, and no list on the machine does. Its second
#   part lists, typed by hand from the public-holiday calendars of the
#   countries and the calendars of the faiths it names, feasts of many
#   faiths and countries whose words no word list knows ("Maha
#   Shivaratri", "Yennayer", "Jounen Kwéyòl").
# day-months.txt: the months as the Unicode CLDR writes them in a date
#   (Python's Babel, `Locale(tag).months["format"]["wide"]`) in languages
#   where a month is read only with a day beside it, as it is also a
#   given name or a word ("Maja", "Julie", "kovo"): Croatian,
#   Lithuanian and Slovak, whose dates put the month in the genitive
#   ("travnja", "birželio", "marca"), Afrikaans ("Maart", "Junie"),
#   Latvian ("jūnijs", "marts"), Estonian ("märts", "juuni"), Hungarian
#   ("március", "május"), Slovene ("marec", "junij") and Finnish, whose
#   dates put the month in the partitive ("14. maaliskuuta 2016",
#   "kesäkuuta"); and Kabyle,
#   Wolof and Morisyen ("yunyu", "novam"), whose birth dates a case may
#   write in their words, of four letters or more. Folded (lower
#   case, without accents), each with its number.
#   The Latvian months in the locative a sentence writes them in ("23.
#   jūnijā", on 23 June) and the Estonian ones in the adessive ("14.
#   märtsil", on 14 March) and the Slovene genitives ("15. junija") are no
#   CLDR form: they are kept by hand in words.rs, beside the Bosnian and
#   Serbian genitives.
python3 - > "$here/day-months.txt" <<'PY'
import unicodedata
from babel import Locale
print("# Generated by generate.sh from the CLDR (Babel): a month folded, its number.")
for tag in ("hr", "lt", "af", "lv", "et", "sk", "hu", "sl", "cs", "is", "fi"):
    print(f"# {Locale.parse(tag).english_name}")
    months = Locale.parse(tag).months["format"]["wide"]
    for number in range(1, 13):
        name = unicodedata.normalize("NFKD", months[number]).lower()
        name = "".join(c for c in name if not unicodedata.combining(c))
        print(f"{name} {number}")
# Kabyle, Wolof and Morisyen (Mauritian Creole): months that a birth date
# in those languages names ("21 yunyu 2014", "onz novam"); Italian and
# Sardinian ("12 settembre 2016", "su 12 de martzu de su 2016"). Names of
# fewer than four letters ("me", "ut", "out") are words of other languages
# and left out, and so are those with letters no folding makes Latin ("ɣ").
# Galician ("15 de xaneiro de 2017"); Kalaallisut, whose dates write the
# month as it stands alone ("12. aggusti 2011"), not in the genitive of
# its format ("aggustip").
for tag in ("kab", "wo", "mfe", "it", "sc", "gl", "kl"):
    print(f"# {Locale.parse(tag).english_name}")
    width = "stand-alone" if tag == "kl" else "format"
    months = Locale.parse(tag).months[width]["wide"]
    for number in range(1, 13):
        name = unicodedata.normalize("NFKD", months[number]).lower()
        name = "".join(c for c in name if not unicodedata.combining(c))
        if len(name) >= 4 and name.isascii():
            print(f"{name} {number}")
PY

#!/usr/bin/env python3
"""Writes places.txt: the country and region names `rebut redact` knows
(and src/data/countries.txt, the countries alone, which `rebut import` reads).

One name a line, as written (the code folds case, accents and script):
every country of ISO 3166-1, then every region of ISO 3166-2 whose name has
two words or more (a region of one word is too often someone's name as
well: "Moyo" is a district of Uganda). Country names are the UN's English
short names, with the official form in brackets where the UN gives one
("Bolivia (Plurinational State of)").

The list was taken once from the tables of the `rust_iso3166` crate,
version 0.2.0 (MIT/Apache-2.0), which rebut used to link for this alone;
run this script with that crate's `src/` folder to take it again:

    python3 places.py ~/.cargo/registry/src/*/rust_iso3166-0.2.0/src
"""
import os
import re
import sys

src = sys.argv[1]
with open(os.path.join(src, "lib.rs"), encoding="utf-8") as f:
    lib = f.read()
with open(os.path.join(src, "iso3166_2.rs"), encoding="utf-8") as f:
    iso2 = f.read()

const = re.compile(r'pub const (\w+): (CountryCode|Subdivision) = \w+ \{\s*name: "((?:[^"\\]|\\.)*)"')
countries = {m.group(1): m.group(3) for m in const.finditer(lib) if m.group(2) == "CountryCode"}
regions = {m.group(1): m.group(3) for m in const.finditer(iso2) if m.group(2) == "Subdivision"}

all_list = lib[lib.index("pub const ALL: & [CountryCode]"):]
all_list = all_list[: all_list.index("];")]
order = re.findall(r"\b([A-Z]{2})\b", all_list.split("=", 1)[1])

country_map = iso2[iso2.index("pub const SUBDIVISION_COUNTRY_MAP"):]
per_country = dict(re.findall(r'"([A-Z]{2})" => &\[(.*?)\]', country_map, re.S))

names = []
for code in order:
    names.append(countries[code])
    for const_name in re.findall(r"\w+", per_country.get(code, "")):
        name = regions[const_name]
        if len(name.split()) >= 2:
            names.append(name)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "places.txt"), "w", encoding="utf-8") as f:
    f.write("".join(n + "\n" for n in names))
print(f"places.txt: {len(names)} names")

# The countries alone, for `rebut import`'s guess at the beneficiary's country.
here = os.path.dirname(os.path.abspath(__file__))
country_names = [countries[code] for code in order]
with open(os.path.join(here, "..", "..", "..", "data", "countries.txt"), "w", encoding="utf-8") as f:
    f.write("".join(n + "\n" for n in country_names))
print(f"countries.txt: {len(country_names)} names")

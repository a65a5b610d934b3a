//! What a word is, for deciding whether it could name someone: a common
//! English word, a month, a place, or none of these.
//!
//! The English words come from SCOWL (size 70, American spelling), as
//! Debian's `wamerican-large` packages it, and medical words from its size
//! 95 (`wamerican-insane`), chosen by the roots and endings of medicine;
//! `data/generate.sh` rebuilds the lists and `data/LICENSE-SCOWL` carries
//! its notice. Countries and their regions come from ISO 3166-1 and 3166-2
//! (`data/places.txt`, written by `data/places.py`, which says where from),
//! and cities from the names of the tz database's time zones.
//! Comparisons fold case, accents and script ([`fold`]).

use deunicode::deunicode;
use rustc_hash::FxHashSet;
use std::collections::BTreeSet;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

const ENGLISH: &str = include_str!("data/english.txt");
const PROPER_ADJECTIVES: &str = include_str!("data/proper-adjectives.txt");
const CITIES: &str = include_str!("data/cities.txt");
const MEDICAL: &str = include_str!("data/medical.txt");
const PLACES: &str = include_str!("data/places.txt");
const COUNTRY_NAMES: &str = include_str!("data/country-names.txt");
const LANGUAGES: &str = include_str!("data/languages.txt");
const US_STATES: &str = include_str!("data/us-states.txt");

/// Whether a folded word names a language (ISO 639-2): "pashto",
/// "tagalog", "arabic".
pub fn is_language(folded: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| LANGUAGES.lines().collect()).contains(folded)
}

/// Month names in English, Spanish, French, Portuguese, Tagalog, Uzbek and
/// Albanian, folded, with
/// their number; abbreviations are matched as prefixes elsewhere.
pub const MONTHS: [(&str, i8); 99] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("setiembre", 9),
    ("abr", 4),
    ("dic", 12),
    ("pebrero", 2),
    ("marso", 3),
    ("hunyo", 6),
    ("hulyo", 7),
    ("setyembre", 9),
    ("oktubre", 10),
    ("nobyembre", 11),
    ("disyembre", 12),
    // Uzbek in Latin letters ("may" is above).
    ("yanvar", 1),
    ("fevral", 2),
    ("mart", 3),
    ("aprel", 4),
    ("iyun", 6),
    ("iyul", 7),
    ("avgust", 8),
    ("sentabr", 9),
    ("oktabr", 10),
    ("noyabr", 11),
    ("dekabr", 12),
    // Azerbaijani, where it differs from the Uzbek above.
    ("avqust", 8),
    ("sentyabr", 9),
    ("oktyabr", 10),
    // Albanian ("mars" is above).
    ("janar", 1),
    ("shkurt", 2),
    ("prill", 4),
    ("maj", 5),
    ("qershor", 6),
    ("korrik", 7),
    ("gusht", 8),
    ("shtator", 9),
    ("tetor", 10),
    ("nentor", 11),
    ("dhjetor", 12),
    // Romanian ("mai" and "august" are above).
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
    // Swahili, but for "Machi", "Mei", "Juni" and "Julai", given names as
    // often, and "Aprili", which the Armenian and Georgian April fold to,
    // read only after "mwezi" (month) ([`swahili_month`]).
    ("januari", 1),
    ("februari", 2),
    ("agosti", 8),
    ("septemba", 9),
    ("oktoba", 10),
    ("novemba", 11),
    ("desemba", 12),
];

/// Months of the list above that are given names as often ("Avgust",
/// "Mart"): read as months in a date, but a word alone is no month to the
/// review, which lists it.
const MONTHS_IN_DATES_ONLY: [&str; 25] = [
    "yanvar", "fevral", "mart", "aprel", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr",
    "avqust", "sentyabr", "oktyabr", "janar", "shkurt", "prill", "maj", "qershor", "korrik", "gusht",
    "shtator", "tetor", "nentor", "dhjetor",
];

/// Whether a folded word is a month the review takes for no name.
pub fn is_plain_month(folded: &str) -> bool {
    month(folded).is_some() && !MONTHS_IN_DATES_ONLY.contains(&folded)
}

/// Weekdays in the same four languages, folded: capitalised, never names.
const WEEKDAYS: [&str; 28] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "feira",
    "sabado",
];

/// `word.ends_with(end)`, the last bytes compared first: most words end
/// otherwise than the endings of a list, and a byte is cheaper to compare
/// than a call.
pub(super) fn ends_with(word: &str, end: &str) -> bool {
    end.is_empty() || (word.as_bytes().last() == end.as_bytes().last() && word.ends_with(end))
}

/// Whether `word`, folded ([`fold`]), is one of `list`. An ASCII word
/// folds to its ASCII lower case, compared byte by byte with no copy; as
/// nearly every word is ASCII, most words are spared the folded string.
pub fn folded_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| ascii_lowered_eq(word, w))
    } else {
        list.contains(&fold(word).as_str())
    }
}

/// Whether `word`, in lower case (`to_lowercase`), is one of `list`, an
/// ASCII word compared with no copy as in [`folded_in`].
pub fn lowered_in(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| ascii_lowered_eq(word, w))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// Whether `item` is the ASCII lower case of the ASCII `word`.
fn ascii_lowered_eq(word: &str, item: &str) -> bool {
    item.len() == word.len()
        && item
            .bytes()
            .zip(word.bytes())
            .all(|(a, b)| a == b.to_ascii_lowercase())
}

/// Lower case, in Latin letters without accents, in canonical composition
/// first: "Nguyễn" (composed or not) and "NGUYEN" fold alike, and so do
/// "Оксана" and "Oksana".
pub fn fold(word: &str) -> String {
    // Most words are ASCII, which composition leaves as it is: spared the
    // normalizer, they fold at the cost of a copy.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let composed: String = word.nfc().collect();
    if composed.is_ascii() {
        return composed.to_ascii_lowercase();
    }
    deunicode(&composed).to_lowercase()
}

/// [`fold`], with no copy of a word that folds to itself: ASCII with no
/// capital, as most words of prose are.
pub fn fold_cow(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(fold(word))
    }
}

/// Whether a folded word is in the medical vocabulary (`data/medical.txt`):
/// "echocardiogram", "thalassemia".
pub fn is_medical(folded: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| MEDICAL.lines().collect()).contains(folded)
}

fn english() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ENGLISH.lines().chain(MEDICAL.lines()).collect())
}

/// Whether a word, folded, is a common English word (lower case in the
/// dictionary) or a medical one: "memory", "justice", "may", "grace",
/// "echocardiogram".
pub fn is_common(folded: &str) -> bool {
    let common = |w: &str| {
        english().contains(w)
            || w.strip_suffix('s')
                .is_some_and(|stem| stem.len() > 2 && english().contains(stem))
    };
    common(folded) || american_spellings(folded).iter().any(|w| common(w))
}

/// The American spellings a British one may stand for, the list being
/// American: "labour" as "labor", "centre" as "center", "organisation" as
/// "organization", "defence" as "defense", "catalogue" as "catalog".
fn american_spellings(folded: &str) -> Vec<String> {
    const ENDINGS: [(&str, &str); 10] = [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("ogue", "og"),
        ("tres", "ters"),
        ("tre", "ter"),
        ("ences", "enses"),
        ("ence", "ense"),
    ];
    let mut out: Vec<String> = ENDINGS
        .iter()
        .filter_map(|(gb, us)| folded.strip_suffix(gb).map(|stem| format!("{stem}{us}")))
        .collect();
    if folded.len() > 4 && folded.contains("our") {
        out.push(folded.replacen("our", "or", 1));
    }
    out
}

pub fn month(folded: &str) -> Option<i8> {
    // A table of the list, the first number of a name kept where the list
    // gives it twice (as a search of the list in order would find it).
    static TABLE: OnceLock<rustc_hash::FxHashMap<&'static str, i8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = rustc_hash::FxHashMap::default();
        for &(m, n) in &MONTHS {
            table.entry(m).or_insert(n);
        }
        table
    });
    table.get(folded).copied()
}

/// The Malay months, folded, January to December. "Mac", "Mei" and "Jun"
/// are names too, so they are read as months only where a Malay date says
/// so ("hari bulan Jun").
pub const MALAY_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mac",
    "april",
    "mei",
    "jun",
    "julai",
    "ogos",
    "september",
    "oktober",
    "november",
    "disember",
];

/// The Swahili months that are given names too or that words of other
/// scripts fold to ("ապրիլի", "აპრილი"), folded, with their numbers:
/// months only after "mwezi" (month).
const SWAHILI_NAMED_MONTHS: [(&str, i8); 5] =
    [("machi", 3), ("aprili", 4), ("mei", 5), ("juni", 6), ("julai", 7)];

/// The Swahili numbers of the months, folded: "mwezi wa nane" (the
/// eighth month), "mwezi wa kumi na mbili" (the twelfth).
const SWAHILI_UNITS: [&str; 10] = [
    "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi",
];

/// The month a Swahili date names at word `k` after "mwezi" (month) or
/// "mwezi wa" (the month of): its number ("mwezi wa nane", "mwezi wa kumi
/// na moja") or its name ("mwezi Juni", "mwezi wa Agosti").
pub fn swahili_month(folded: &[String], k: usize) -> Option<i8> {
    let after = |j: usize, w: &str| j < folded.len() && folded[j] == w;
    let by_mwezi =
        (k >= 1 && folded[k - 1] == "mwezi") || (k >= 2 && folded[k - 2] == "mwezi" && folded[k - 1] == "wa");
    if !by_mwezi {
        return None;
    }
    let word = folded[k].as_str();
    if let Some(&(_, m)) = SWAHILI_NAMED_MONTHS.iter().find(|(n, _)| *n == word) {
        return Some(m);
    }
    if let Some(m) = month(word) {
        return Some(m);
    }
    let unit = SWAHILI_UNITS.iter().position(|u| *u == word)? as i8 + 1;
    if unit == 10 && after(k + 1, "na") {
        return match folded.get(k + 2).map(String::as_str) {
            Some("moja") => Some(11),
            Some("mbili") => Some(12),
            _ => Some(10),
        };
    }
    Some(unit)
}

/// The months of Bosnian and Serbian in the genitive a date writes them in
/// ("devetog aprila", of April; "21. avgusta"), folded, so in Latin
/// letters or Cyrillic ("априла"), January to December, with the Bosnian
/// "augusta". The CLDR writes their nominative ("april"), so these are
/// kept here by hand; the Croatian, Lithuanian and Afrikaans months are in
/// `data/day-months.txt`. Many are given names too ("Marta", "Maja"), so
/// they are months only beside the numbers of a date ([`genitive_month`]).
const GENITIVE_MONTHS: [(&str, i8); 13] = [
    ("januara", 1),
    ("februara", 2),
    ("marta", 3),
    ("aprila", 4),
    ("maja", 5),
    ("juna", 6),
    ("jula", 7),
    ("avgusta", 8),
    ("augusta", 8),
    ("septembra", 9),
    ("oktobra", 10),
    ("novembra", 11),
    ("decembra", 12),
];

/// The Slovene months in the genitive a date writes them in ("15.
/// januarja", "petnajstega februarja") that no list above spells: the
/// others are the Slovak or Bosnian genitives ("marca", "maja",
/// "avgusta") or the Latvian locatives ("junija", "julija"). The CLDR
/// writes the nominative ("januar", in `data/day-months.txt`), so these
/// are kept here by hand, months only beside the numbers of a date.
const SLOVENE_GENITIVE_MONTHS: [(&str, i8); 2] = [("januarja", 1), ("februarja", 2)];

/// The Latvian months in the locative a sentence writes a date in ("23.
/// jūnijā", on 23 June; "novembrī"), folded, January to December. The
/// CLDR writes the nominative ("jūnijs", in `data/day-months.txt`), so
/// these are kept here by hand; "Maija" and "Jūlija" are given names too,
/// so they are months only beside the numbers of a date, as the genitives
/// above ([`genitive_month`]).
const LATVIAN_LOCATIVE_MONTHS: [(&str, i8); 12] = [
    ("janvari", 1),
    ("februari", 2),
    ("marta", 3),
    ("aprili", 4),
    ("maija", 5),
    ("junija", 6),
    ("julija", 7),
    ("augusta", 8),
    ("septembri", 9),
    ("oktobri", 10),
    ("novembri", 11),
    ("decembri", 12),
];

/// The Estonian months in the adessive a sentence writes a date in ("14.
/// märtsil", on 14 March; "septembril"), folded, January to December.
/// The CLDR writes the nominative ("märts", in `data/day-months.txt`), so
/// these are kept here by hand; "mail" (in May) is an English word too,
/// so, as the genitives above, they are months only beside the numbers of
/// a date ([`genitive_month`]).
const ESTONIAN_ADESSIVE_MONTHS: [(&str, i8); 12] = [
    ("jaanuaril", 1),
    ("veebruaril", 2),
    ("martsil", 3),
    ("aprillil", 4),
    ("mail", 5),
    ("juunil", 6),
    ("juulil", 7),
    ("augustil", 8),
    ("septembril", 9),
    ("oktoobril", 10),
    ("novembril", 11),
    ("detsembril", 12),
];

/// Months as the Unicode CLDR writes them in a date, in languages where a
/// month is also a given name or a word: the Croatian and Lithuanian
/// genitives ("travnja", "birželio"), the Afrikaans months ("Maart") and
/// the Latvian ones ("jūnijs"), folded, with their numbers
/// (`data/day-months.txt`, made by `generate.sh`).
const DAY_MONTHS: &str = include_str!("data/day-months.txt");

/// A month read only where a day stands beside it, folded: a Bosnian,
/// Croatian or Serbian one in the genitive, a Lithuanian one in the
/// genitive, an Afrikaans one, a Latvian one as the CLDR writes it or in
/// the locative, an Estonian one as the CLDR writes it or in the
/// adessive, a Slovak one in the genitive. Its number.
pub fn genitive_month(folded: &str) -> Option<i8> {
    static TABLE: OnceLock<rustc_hash::FxHashMap<&'static str, i8>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut table: rustc_hash::FxHashMap<&'static str, i8> = GENITIVE_MONTHS
                .into_iter()
                .chain(LATVIAN_LOCATIVE_MONTHS)
                .chain(SLOVENE_GENITIVE_MONTHS)
                .chain(ESTONIAN_ADESSIVE_MONTHS)
                .collect();
            table.extend(
                DAY_MONTHS
                    .lines()
                    .filter(|l| !l.starts_with('#'))
                    .filter_map(|l| l.split_once(' '))
                    .filter_map(|(name, n)| Some((name, n.trim().parse().ok()?))),
            );
            table
        })
        .get(folded)
        .copied()
}

/// Months cut short as the Unicode CLDR writes them in a date, with their
/// full stop ("9. nóv. 2017", "21. okt."), in English and Icelandic,
/// folded: months only with a day before them and the full stop after
/// ([`abbreviated_month`]), as "mar", "des" and "jun" are words and names.
const ABBREVIATED_MONTHS: [(&str, i8); 17] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("agu", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
    ("des", 12),
    ("mai", 5),
    ("may", 5),
];

/// A month cut short ([`ABBREVIATED_MONTHS`]), folded: its number.
pub fn abbreviated_month(folded: &str) -> Option<i8> {
    ABBREVIATED_MONTHS
        .iter()
        .find(|(m, _)| *m == folded)
        .map(|(_, n)| *n)
}

/// The months of the French-based creoles of the Antilles (the Kwéyòl of
/// Dominica and Saint Lucia, Haitian Kreyòl), folded, in their spellings:
/// "katòz mas dé mil twèz" (14 March 2013), "sèz jwen". Several are
/// words of English, French or Spanish too ("mas", "me", "jen"), so they
/// are months only with a day before them and a year or more after
/// ([`creole_month`]); "out" (August) is left out, as "one out of ten"
/// would read as a date.
const ANTILLEAN_CREOLE_MONTHS: [(&str, i8); 17] = [
    ("janvye", 1),
    ("fevriye", 2),
    ("mas", 3),
    ("avwil", 4),
    ("me", 5),
    ("jen", 6),
    ("jwen", 6),
    ("jiye", 7),
    ("jwiye", 7),
    ("sektanm", 9),
    ("septanm", 9),
    ("oktob", 10),
    ("novanm", 11),
    ("nowanm", 11),
    ("desanm", 12),
    ("fevrye", 2),
    ("janvie", 1),
];

/// A month of an Antillean creole ([`ANTILLEAN_CREOLE_MONTHS`]), folded:
/// its number.
pub fn creole_month(folded: &str) -> Option<i8> {
    ANTILLEAN_CREOLE_MONTHS
        .iter()
        .find(|(m, _)| *m == folded)
        .map(|(_, n)| *n)
}

/// The months of the Hijri (Islamic) calendar of one word, folded, as
/// English and French write them in Latin letters, with their numbers:
/// "3 Ramadan 1404". The CLDR names them in its Islamic calendar, which
/// Babel does not read, so they are kept here by hand. Their numbers are
/// no Gregorian month's: such a month makes a birth date only after a
/// birth word, beside a day ([`hijri_month`]).
const HIJRI_MONTHS: [(&str, i8); 13] = [
    ("muharram", 1),
    ("moharram", 1),
    ("safar", 2),
    ("rajab", 7),
    ("shaban", 8),
    ("chaabane", 8),
    ("ramadan", 9),
    ("ramadhan", 9),
    ("ramazan", 9),
    ("ramadane", 9),
    ("shawwal", 10),
    ("chawwal", 10),
    ("shawal", 10),
];

/// A month of the Hijri calendar of one word, folded, and its number in
/// that calendar.
pub fn hijri_month(folded: &str) -> Option<i8> {
    HIJRI_MONTHS.iter().find(|(m, _)| *m == folded).map(|&(_, n)| n)
}

/// The Juba Arabic numbers of the months in Latin letters, folded, with
/// their other spellings: "shahar tamanya" (the month eight, August),
/// "shahar itnashar" (December).
const JUBA_ARABIC_MONTHS: [(&str, i8); 17] = [
    ("wahid", 1),
    ("itnen", 2),
    ("itneen", 2),
    ("talata", 3),
    ("arba", 4),
    ("arbaa", 4),
    ("khamsa", 5),
    ("sitta", 6),
    ("saba", 7),
    ("tamanya", 8),
    ("tamania", 8),
    ("tisa", 9),
    ("ashara", 10),
    ("hidashar", 11),
    ("ihdashar", 11),
    ("itnashar", 12),
    ("itnasher", 12),
];

/// The month a Juba Arabic date names at word `k` by its number after
/// "shahar" (month): "yom ashara shahar tamanya sana alfen itnashar" (the
/// day ten, the month eight, the year two thousand twelve).
pub fn juba_arabic_month(folded: &[String], k: usize) -> Option<i8> {
    if k == 0 || folded[k - 1] != "shahar" {
        return None;
    }
    JUBA_ARABIC_MONTHS
        .iter()
        .find(|(m, _)| *m == folded[k])
        .map(|&(_, n)| n)
}

/// A Malay month's number.
pub fn malay_month(folded: &str) -> Option<i8> {
    MALAY_MONTHS
        .iter()
        .position(|m| *m == folded)
        .map(|i| i as i8 + 1)
}

pub fn is_weekday(folded: &str) -> bool {
    // The English plural of a habit ("on Mondays") is a day too; not the
    // plurals of other languages, which are names as often ("Domingos",
    // "Quintas", "Sextas").
    WEEKDAYS.contains(&folded)
        || folded
            .strip_suffix('s')
            .is_some_and(|day| WEEKDAYS[..7].contains(&day))
}

/// Countries, cities and regions of two words or more, folded, each as its
/// words joined by one space.
fn places() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = FxHashSet::default();
        let mut add = |name: &str| {
            // "Tanzania (United Republic of)": the short form too (folding
            // drops the bracket, so it is found before).
            let names = std::iter::once(name).chain(name.split_once(" (").map(|(short, _)| short));
            for name in names {
                let folded = words_of(name).join(" ");
                if !folded.is_empty() {
                    set.insert(folded);
                }
            }
        };
        for city in CITIES.lines() {
            add(city);
        }
        // Regions of one word are left out of the list: too often
        // someone's name as well ("Moyo" is a district of Uganda).
        for place in PLACES.lines() {
            add(place);
            // "Henan Sheng", "Beijing Shi": a Chinese province or city is
            // written without "Sheng" (province) or "Shi" (city) as often
            // as with it, and such names are no one's.
            if let Some(province) = place
                .strip_suffix(" Sheng")
                .or_else(|| place.strip_suffix(" Shi"))
            {
                add(province);
            }
        }
        // "Vietnam", "Syria": the names English writing uses.
        for country in COUNTRY_NAMES.lines().filter(|l| !l.starts_with('#')) {
            add(country);
        }
        // The states of the United States, one-word names too.
        for state in US_STATES.lines() {
            add(state);
        }
        set
    })
}

/// The words of a name, folded, without punctuation.
fn words_of(name: &str) -> Vec<String> {
    fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether these folded words, together, name a country or a region.
pub fn is_place(folded_words: &[&str]) -> bool {
    !folded_words.is_empty() && places().contains(&folded_words.join(" "))
}

/// How many words from `k` on, at most four, name a place, if any do
/// (longest first): "Francisco Morazán", "Jordan".
pub fn place_at(folded_words: &[String], k: usize) -> Option<usize> {
    // The run of the most words, joined by spaces once: each shorter run
    // is a prefix of it, ending where the next word's space begins.
    let most = 4.min(folded_words.len() - k);
    let mut run = String::new();
    let mut ends = [0; 4];
    for (j, w) in folded_words[k..k + most].iter().enumerate() {
        if j > 0 {
            run.push(' ');
        }
        run.push_str(w);
        ends[j] = run.len();
    }
    (1..=most).rev().find(|&n| places().contains(&run[..ends[n - 1]]))
}

/// Whether a capitalised word is the adjective of a place: "Syrian",
/// "Vietnamese", "Honduran". It must be a dictionary entry shaped so and
/// begin like a country or region name.
pub fn is_place_adjective(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| PROPER_ADJECTIVES.lines().collect());
    let mut cap = fold(word);
    if let Some(first) = cap.get(..1) {
        cap = first.to_uppercase() + &cap[1..];
    }
    if !set.contains(cap.as_str()) {
        return false;
    }
    let folded = fold(word);
    if places().contains(&folded) {
        return false;
    }
    // "Iraqi", "Omani", "Kuwaiti": the place with the "-i" of an Arabic or
    // Persian adjective.
    if folded
        .strip_suffix('i')
        .is_some_and(|place| places().contains(place))
    {
        return true;
    }
    // A place written without spaces that shares the word's first five
    // letters or more, all but three at most.
    static JOINED: OnceLock<BTreeSet<String>> = OnceLock::new();
    let joined = JOINED.get_or_init(|| places().iter().map(|p| p.replace(' ', "")).collect());
    let chars: Vec<(usize, char)> = folded.char_indices().collect();
    let shortest = chars.len().min(5).max(chars.len().saturating_sub(3));
    (shortest..=chars.len()).any(|n| {
        let prefix = chars.get(n).map_or(folded.as_str(), |&(at, _)| &folded[..at]);
        joined
            .range::<str, _>((std::ops::Bound::Included(prefix), std::ops::Bound::Unbounded))
            .next()
            .is_some_and(|p| p.starts_with(prefix))
    })
}

/// The length and value of a run of `min` to `max` ASCII digits at the
/// start of `s`.
pub(super) fn digits(s: &str, min: usize, max: usize) -> Option<(usize, u32)> {
    let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if len < min || len > max {
        return None;
    }
    s[..len].parse().ok().map(|n| (len, n))
}

/// The length of the first of `options` that `s` starts with.
pub(super) fn one_of(s: &str, options: &[&str]) -> Option<usize> {
    options.iter().find(|o| s.starts_with(*o)).map(|o| o.len())
}

/// The zeros of the decimal digits of the scripts Unicode gives ten in a
/// row (its `Nd` blocks the cases may be written in): Arabic-Indic and its
/// Persian and Urdu forms, N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati,
/// Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan,
/// Myanmar, Khmer, Mongolian and full width.
const DIGIT_ZEROS: [u32; 20] = [
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/// The value of a decimal digit of another script: "৭" (Bengali) and
/// "۷" (Urdu) are 7. ASCII digits and other characters give `None`.
pub fn decimal_digit(c: char) -> Option<u8> {
    let c = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&c))
        .and_then(|zero| u8::try_from(c - zero).ok())
}

pub fn chunks(text: &str) -> Vec<(usize, usize)> {
    runs(text, |c, _| !c.is_whitespace())
}

/// Byte ranges of the words of a text: letters, digits and the marks that
/// combine with them, and the zero-width joiners inside a word of Sinhala,
/// Persian or Devanagari ("සෞඛ්‍ය", "می‌خواهد").
pub fn words(text: &str) -> Vec<(usize, usize)> {
    runs(text, |c, inside| {
        c.is_alphanumeric()
            || (inside
                && (unicode_normalization::char::is_combining_mark(c)
                    || matches!(c, '\u{200c}' | '\u{200d}')))
    })
}

/// Byte ranges of the longest runs of characters that `belongs` accepts
/// (told whether a run is under way).
fn runs(text: &str, belongs: impl Fn(char, bool) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (belongs(c, start.is_some()), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_width_joiner_inside_a_word_keeps_it_whole() {
        // Sinhala "rōhala" with a joined consonant, then a plain word.
        let text = "ක්\u{200d}ය රෝහල";
        let spans: Vec<&str> = words(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(spans, ["ක්\u{200d}ය", "රෝහල"]);
        // Outside a word it is no word.
        assert!(words("\u{200d} a").len() == 1);
    }

    #[test]
    fn folding_takes_off_case_accents_and_script() {
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("Nguye\u{302}\u{303}n"), "nguyen");
        assert_eq!(fold("Оксана"), "oksana");
        assert_eq!(fold("Müller"), "muller");
    }

    #[test]
    fn the_lists_know_words_places_and_months() {
        assert!(is_common("memory") && is_common("justice") && is_common("leukemia"));
        assert!(is_common("echocardiograms") && is_common("thalassemia") && is_common("hydrocephalus"));
        assert!(!is_common("tkachenko") && !is_common("jordan"));
        assert!(is_place(&["jordan"]) && is_place(&["honduras"]) && is_place(&["francisco", "morazan"]));
        assert!(is_place(&["port", "au", "prince"]) && is_place(&["tegucigalpa"]));
        assert!(!is_place(&["oksana"]));
        assert!(is_place(&["henan"]) && is_place(&["henan", "sheng"]) && is_place(&["beijing"]));
        // ISO's long forms in brackets give their short forms too.
        for short in ["tanzania", "bolivia", "iran", "venezuela", "moldova"] {
            assert!(is_place(&[short]), "{short}");
        }
        assert!(is_place_adjective("Syrian") && is_place_adjective("Vietnamese"));
        assert!(is_place_adjective("Omani") && is_place_adjective("Kuwaiti"));
        assert!(!is_place_adjective("Oksana"));
        assert_eq!(month("noviembre"), Some(11));
        assert_eq!(month("aout"), Some(8));
    }

    #[test]
    fn british_spellings_are_the_words_they_spell() {
        for word in [
            "labour",
            "neighbours",
            "theatre",
            "organisation",
            "licence",
            "catalogue",
            "harbours",
        ] {
            assert!(is_common(word), "{word}");
        }
        assert!(!is_common("tkachenkour") && !is_common("gelashvili"));
    }
}

//! What is known safe by rule, for the review to leave out: numbers that say
//! how much, how many, how long or which law or form, and the test for an
//! ordinary word that is also a name.
//!
//! A number that no rule here accepts is listed for review: an identifier
//! never leaks in silence because no pattern knew its shape.

use super::dates::{Reading, date_at};
use super::words::{fold, folded_in, lowered_in, words};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const NAMES_WORDS: &str = include_str!("data/names-words.txt");

/// Whether a folded word is an ordinary word SCOWL also writes with a
/// capital as a name: "grant", "rose", "hope".
pub fn is_name_word(folded: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| NAMES_WORDS.lines().collect()).contains(folded)
}

/// Words before a number that make it an identifier: "No. 12", "folio 88",
/// "ext. 214", "Lot 7"; a telephone's extension in the languages of the
/// cases ("ramal", "anexo", "interno", "poste", "доб"), a flat or floor
/// ("apto", "depto", "piso").
const ID_LABELS: &[&str] = &[
    // "No." in other scripts: "№ 12", "নং 7", "नं 7", "نمبر 7", "رقم 7", "номер 7".
    "№",
    "নং",
    "नं",
    "नंबर",
    "نمبر",
    "رقم",
    "номер",
    // Homes, flats and floors in Cyrillic and Arabic script: "буд. 12",
    // "кв. 5", "شقة 4", "مکان 142".
    "буд",
    "будинок",
    "дом",
    "д",
    "кв",
    "квартира",
    "корп",
    "корпус",
    // A Russian passport's series: "серия 45 09 № 382716".
    "серия",
    "серии",
    "seriya",
    // The same homes in Latin letters: "d. 47, kv. 19", "korp. 2", "str. 3".
    "d",
    "dom",
    "kv",
    "korp",
    "str",
    // "tarjeta terminada en 5521", "conta terminada em 6402", "compte se
    // terminant par 3318": an account's last digits.
    "terminada",
    "terminado",
    "termina",
    "terminando",
    "terminant",
    "finissant",
    "شقة",
    "مبنى",
    "بناية",
    "منزل",
    "مکان",
    "گلی",
    "طابق",
    "appartement",
    "appt",
    "batiment",
    "bat",
    "ramal",
    "anexo",
    // "máy lẻ 305" (Vietnamese: extension).
    "l\u{1ebb}",
    "interno",
    "poste",
    "доб",
    "apto",
    "ap",
    "depto",
    "dpto",
    "piso",
    "andar",
    "bloco",
    "quadra",
    "qd",
    "ending",
    // "the wallet ends in 3391": the verb as well as its participle, whatever
    // the product named before it.
    "ends",
    "foja",
    "fojas",
    "plate",
    "placa",
    "acct",
    "no",
    "nº",
    "n°",
    "num",
    "number",
    "numero",
    "nr",
    "#",
    "folio",
    "partida",
    // A civil registry's entry: "Registre B-12, acte 447".
    "registre",
    "registro",
    "acte",
    "acta",
    "libro",
    "tomo",
    // A register in Arabic written in Latin letters ("sijill 44", as a
    // Sharia court's deed cites it), a market stall in English and French
    // ("stall 12", "étal B-117").
    "sijill",
    "stall",
    "etal",
    "kiosk",
    "sijills",
    "stalls",
    "etals",
    "kiosks",
    "lot",
    "lote",
    "blk",
    "block",
    "bloque",
    "house",
    "casa",
    "apt",
    "apartment",
    "unit",
    "flat",
    "room",
    "ext",
    "extension",
    "km",
    "bed",
    "plot",
    "stand",
    // A town plot in Papua New Guinea: "Allotment 6, Section 45".
    "allotment",
    // A building, a door, a family compound or a milestone on a road:
    // "immeuble 4", "porte 12", "compound 8", "Mile 3 Nkwen".
    "immeuble",
    "porte",
    "door",
    "compound",
    "mile",
    "box",
    "ward",
    "purok",
    "zona",
    "zone",
    "sector",
    "street",
    "calle",
    "st",
    "avenue",
    "ave",
    "avenida",
    "road",
    "rd",
    "kv",
    "dom",
    "id",
    // Homes in Turkish ("Daire 5", "Kat 3", "Blok C", "Kapı 4", "Sokak
    // No"), Spanish ("Manzana 7", "Mz. 7", "Torre 2", "Edificio 3",
    // "Puerta 5"), French and German ("étage 2", "escalier B", "chambre 9",
    // "Wohnung 4", "Haus 6", "Zimmer 12"), Russian ("комн. 3", "стр. 2",
    // "уч. 14"); a family register's entry ("Khana 37", "خانة 37"); a
    // house in Somali ("guri 12"); a number by its name ("lambar", "n.º",
    // "nro"); a camp's shelter ("container 112", "tent 9", "cell 4").
    "daire",
    "kat",
    "blok",
    "kapi",
    "sokak",
    "sk",
    "manzana",
    "mz",
    "torre",
    "edificio",
    "edif",
    "puerta",
    "etage",
    "escalier",
    "chambre",
    "wohnung",
    "haus",
    "zimmer",
    "комн",
    "комната",
    "стр",
    "строение",
    "уч",
    "участок",
    "khana",
    "خانة",
    "بيت",
    "guri",
    "lambar",
    "n.o",
    "n.º",
    "nro",
    "ref",
    "container",
    "konteyner",
    "tent",
    "cell",
    "caravan",
    "bunk",
    // "last four digits 4471", "PIN 0917", a flat or a room in Spanish and
    // Portuguese ("apartamento 12", "habitación 4", "quarto 3"), a number
    // in Turkish ("numarası 14"), a flat and a plot in Russian written in
    // Latin letters ("kvartira 9").
    "digits",
    "pin",
    "apartamento",
    "departamento",
    "habitacion",
    "cuarto",
    "quarto",
    "numara",
    "numarasi",
    "kvartira",
    "parcela",
];

/// Words that name the kind of a public law, a code or a decree, before
/// its number, in the languages and scripts of the cases: "Law No. 59",
/// "Itegeko No 54/2019", "قانون رقم 12", "Закон № 31-ФЗ"
/// (`data/law-kinds.txt`, as written and folded).
const LAW_KINDS: &str = include_str!("data/law-kinds.txt");

/// The lines of a list kept as data, `#` beginning a comment.
fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether a word, as written, names the kind of a public law:
/// "Law", "ley", "Itegeko", "قانون", "закон".
pub(super) fn is_law_kind(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        data_lines(LAW_KINDS)
            .flat_map(|l| [l.to_owned(), fold(l)])
            .collect()
    });
    set.contains(&word.to_lowercase()) || set.contains(&fold(word))
}

/// Labels of a number that a law's number may have too, folded: "No.",
/// "Nº", "Nr.", "№", "رقم" (Arabic), "номер", "nomor" (Indonesian), "số"
/// (Vietnamese), "Blg." (Tagalog), "br." (South Slavic), "č." (Czech).
const LAW_NUMBER_LABELS: [&str; 20] = [
    "no",
    "nº",
    "n°",
    "nr",
    "number",
    "numero",
    "num",
    "nro",
    "n.º",
    "n.o",
    "№",
    "رقم",
    "номер",
    "nomor",
    "so",
    "blg",
    "br",
    "broj",
    "c",
    "cislo",
];

/// Whether a chunk, as written, is a label a law's number may have.
fn is_law_label(chunk: &str) -> bool {
    let w = core(chunk).to_lowercase();
    let w = w.trim_end_matches(['.', ':']);
    !w.is_empty() && (LAW_NUMBER_LABELS.contains(&w) || folded_in(w, &LAW_NUMBER_LABELS))
}

/// Words of a record of a person or of a court's case: a title word
/// between the kind of a law and a number that is one of these makes the
/// number the record's ("the Children Act Case No. 4417/2019", "شهادة
/// ميلاد رقم"). Words in a script with no capitals are matched at their
/// end, after the prefixes written on them ("والقضية").
const RECORD_WORDS: [&str; 44] = [
    "case",
    "file",
    "record",
    "registry",
    "register",
    "certificate",
    "judgment",
    "judgement",
    "decision",
    "order",
    "ruling",
    "passport",
    "card",
    "account",
    "dossier",
    "expediente",
    "acta",
    "partida",
    "folio",
    "caso",
    "causa",
    "sentencia",
    "proceso",
    "jugement",
    "arret",
    "processo",
    "certidao",
    "registro",
    "court",
    "tribunal",
    "дело",
    "свидетельство",
    "паспорт",
    "решение",
    "приговор",
    "قضية",
    "دعوى",
    "حكم",
    "ملف",
    "شهادة",
    "جواز",
    "بطاقة",
    "سجل",
    "محكمة",
];

/// Small words inside a law's title, and the words that join a date to
/// the kind of a law ("Федеральный закон от 29.12.2012 № 273-ФЗ").
const LAW_TITLE_JOINS: [&str; 22] = [
    "of", "on", "the", "for", "de", "del", "la", "las", "los", "el", "des", "du", "sur", "pour", "para",
    "sobre", "о", "об", "про", "от", "dated", "vom",
];

/// If `before`, the text before a number or its label, ends with the
/// kind of a public law and its title ("Law", "Personal Status Law",
/// "قانون حماية الطفل", "Закон «Об образовании»", "Федеральный закон
/// от 29.12.2012"), how many words the title has after the kind (none in
/// "Law"). The title is up to six words with a capital, in a script
/// without capitals, quoted, or joining them; no word of a record or a
/// case among them, and no clause's end.
fn law_title_before(before: &str) -> Option<usize> {
    let mut quoted = false;
    let mut title = 0;
    for token in before.split_whitespace().rev().take(16) {
        let w = core(token);
        if w.is_empty() {
            return None;
        }
        let opens = token.starts_with(['«', '“', '"', '„']);
        if quoted {
            quoted = !opens;
            continue;
        }
        if is_law_kind(w) || (w.contains('-') && w.split('-').any(is_law_kind)) {
            return Some(title);
        }
        title += 1;
        if token.ends_with(['»', '”', '"']) {
            quoted = !opens;
            continue;
        }
        let folded = fold(w);
        let caseless = w
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| !c.is_uppercase() && !c.is_lowercase());
        let record = RECORD_WORDS
            .iter()
            .any(|r| folded == *r || w.to_lowercase() == *r || (caseless && w.ends_with(r)));
        let date = w.len() == 10
            && w.split('.').map(str::len).eq([2, 2, 4])
            && w.chars().all(|c| c.is_ascii_digit() || c == '.');
        let title_word = !w.contains(|c: char| c.is_ascii_digit())
            && (w.starts_with(char::is_uppercase) || caseless || lowered_in(w, &LAW_TITLE_JOINS));
        if title > 6
            || record
            || core(token) != token.trim_start_matches(['«', '“', '"', '„'])
            || !(title_word || date)
        {
            return None;
        }
    }
    None
}

/// "54/2019", "12", "87-01", "31-ФЗ", "2947-III": a public law's number,
/// one or two groups of up to five digits, the second one maybe a series
/// of up to four capitals.
fn is_law_number_shape(c: &str) -> bool {
    let digits = |g: &str| (1..=5).contains(&g.len()) && g.chars().all(|ch| ch.is_ascii_digit());
    let series = |g: &str| (1..=4).contains(&g.chars().count()) && g.chars().all(char::is_uppercase);
    let mut groups = c.split(['-', '/']);
    let first = groups.next().is_some_and(digits);
    let second = groups.next().is_none_or(|g| digits(g) || series(g));
    first && second && groups.next().is_none()
}

/// Whether the number `number` written at byte `at` of `text` is a public
/// law's, after a label that follows the kind of a law and its title:
/// "Itegeko No 54/2019", "Law No. 4/2000", "قانون حماية الطفل رقم 12",
/// "Закон № 31-ФЗ" (not "Case No. 12/1998"). With a title between the
/// kind and the label, the number is of three digits or fewer, or has a
/// year or a series after it: a title no list checks may hide a sentence.
pub fn is_law_number_at(text: &str, at: usize, number: &str) -> bool {
    let before = &text[..at];
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return false;
    }
    let label = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let c = core(number);
    // The number's shape first: it reads no more than the number, where
    // the label is lowered and folded.
    is_law_number_shape(c)
        && is_law_label(label)
        && law_title_before(&trimmed[..trimmed.len() - label.len()])
            .is_some_and(|title| title == 0 || c.len() <= 3 || c.contains(['-', '/']))
}

/// Whether `before` ends with a public law's number, after its label or
/// right after its kind: what "لسنة 2008" ("of the year 2008") follows in
/// "قانون رقم 12 لسنة 2008".
pub fn ends_with_law_number(before: &str) -> bool {
    let trimmed = before.trim_end();
    let number = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let at = trimmed.len() - number.len();
    let kind_before = trimmed[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| is_law_kind(core(w)));
    !number.is_empty()
        && core(number) == number
        && is_law_number_shape(number)
        && (is_law_number_at(trimmed, at, number) || kind_before)
}

/// Units, durations and counted things after a number: "3 weeks", "40 mg".
pub(super) const UNITS: [&str; 81] = [
    "second",
    "seconds",
    "minute",
    "minutes",
    "min",
    "hour",
    "hours",
    "hrs",
    "h",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "yrs",
    "decade",
    "decades",
    "time",
    "times",
    "page",
    "pages",
    "copy",
    "copies",
    "mg",
    "mcg",
    "g",
    "gm",
    "gms",
    "gram",
    "grams",
    "gramme",
    "grammes",
    "kg",
    "kilograms",
    "kilos",
    "lb",
    "lbs",
    "ml",
    "l",
    "cm",
    "mm",
    "m",
    "km",
    "mi",
    "miles",
    "kilometers",
    "kilometres",
    "dose",
    "doses",
    "cycle",
    "cycles",
    "session",
    "sessions",
    "unit",
    "units",
    "tablet",
    "tablets",
    "child",
    "children",
    "people",
    "persons",
    "members",
    "siblings",
    "visits",
    "beds",
    "cells",
    "copies/ml",
    "mg/dl",
    "mmol/l",
    "g/dl",
    "bpm",
    "percent",
    "per",
    "x",
    "dias",
    "dia",
    "semanas",
    "meses",
];

const CURRENCY_CODES: &str = include_str!("data/currencies.txt");
const CURRENCY_MARKS: &str = include_str!("data/currency-marks.txt");
const CURRENCY_NAMES: &str = include_str!("data/currency-names.txt");

/// Whether a folded word is a currency's code, name or local mark before
/// or after an amount: "php", "usd", "pesos", "taka", "tk", "r$", "манат"
/// (`data/currencies.txt`, from ISO 4217, `data/currency-marks.txt`, and
/// the names of one word of `data/currency-names.txt`).
pub fn is_currency(folded: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        data_lines(CURRENCY_CODES)
            .chain(data_lines(CURRENCY_MARKS))
            .chain(data_lines(CURRENCY_NAMES).filter(|l| !l.contains(char::is_whitespace)))
            .filter(|l| !l.starts_with(|c: char| c.is_ascii_uppercase()))
            .collect()
    })
    .contains(folded)
}

/// "YER", "TRY", "ALL": a code of ISO 4217 that is also an English word,
/// a currency only as written in capitals (`data/currencies.txt` lists
/// them so).
fn is_capital_code(word: &str) -> bool {
    word.len() == 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && data_lines(CURRENCY_CODES).any(|l| l == word)
}

/// The names of currencies of two words or more, each a list of its
/// words folded: "ريال يمني", "dinar tunisien", "shilingi ya tanzania",
/// "yemeni rials" (`data/currency-names.txt`, and any such line of
/// `data/currency-marks.txt`); with the most words a name has, and the
/// words that open and close one, by which most words are ruled out
/// before any name is put together.
struct CurrencyNames {
    names: FxHashSet<String>,
    most: usize,
    firsts: FxHashSet<String>,
    lasts: FxHashSet<String>,
}

fn currency_names() -> &'static CurrencyNames {
    static NAMES: OnceLock<CurrencyNames> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out = CurrencyNames {
            names: FxHashSet::default(),
            most: 0,
            firsts: FxHashSet::default(),
            lasts: FxHashSet::default(),
        };
        for l in data_lines(CURRENCY_NAMES).chain(data_lines(CURRENCY_MARKS)) {
            let parts: Vec<String> = words(l).iter().map(|&(s, e)| fold(&l[s..e])).collect();
            out.most = out.most.max(parts.len());
            if let [first, .., last] = parts.as_slice() {
                out.firsts.insert(first.clone());
                out.lasts.insert(last.clone());
                out.names.insert(parts.join(" "));
            }
        }
        out
    })
}

/// Whether a folded word opens a currency's name of two words or more
/// ("ريال", "dinar", "shilingi"): a cheap test before
/// [`currency_name_from`].
pub fn opens_currency_name(folded: &str) -> bool {
    currency_names().firsts.contains(folded)
}

/// The word of `text` that begins at byte 0 (`from_end`: that ends at its
/// last byte), folded; None when `text` does not begin (end) with one.
fn edge_word(text: &str, from_end: bool) -> Option<String> {
    let spans = words(text);
    let &(s, e) = if from_end { spans.last()? } else { spans.first()? };
    let at_edge = if from_end { e == text.len() } else { s == 0 };
    at_edge.then(|| fold(&text[s..e]))
}

/// Whether the words `spans` of `text` (each after the one before,
/// apart by spaces, hyphens or apostrophes only) are a currency's name of
/// two words or more.
fn is_currency_name(text: &str, spans: &[(usize, usize)]) -> bool {
    let names = &currency_names().names;
    spans.len() >= 2
        && spans.windows(2).all(|p| {
            text[p[0].1..p[1].0]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '‘' | 'ʼ'))
        })
        && names.contains(
            &spans
                .iter()
                .map(|&(s, e)| fold(&text[s..e]))
                .collect::<Vec<_>>()
                .join(" "),
        )
}

/// Where a currency's name of two words or more that begins at byte `at`
/// of `text` ends (the longest): "ريال يمني" after "3 400 000", "dinar
/// tunisien".
pub fn currency_name_from(text: &str, at: usize) -> Option<usize> {
    let CurrencyNames { most, firsts, .. } = currency_names();
    let mut end = (at + 160).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let first = text[at..end]
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if !edge_word(first, false).is_some_and(|w| firsts.contains(&w)) {
        return None;
    }
    let spans = words(&text[at..end]);
    if spans.first().is_none_or(|&(s, _)| s != 0) {
        return None;
    }
    (2..=(*most).min(spans.len()))
        .rev()
        .find(|&n| is_currency_name(&text[at..end], &spans[..n]))
        .map(|n| at + spans[n - 1].1)
}

/// Whether a currency's name of two words or more ends at byte `end` of
/// `text`: "Yemeni rials" before "4 800 000".
pub fn currency_name_until(text: &str, end: usize) -> bool {
    let CurrencyNames { most, lasts, .. } = currency_names();
    let mut start = end.saturating_sub(160);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let last = text[start..end]
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if !edge_word(last, true).is_some_and(|w| lasts.contains(&w)) {
        return false;
    }
    let spans = words(&text[start..end]);
    spans.last().is_some_and(|&(_, e)| e == end - start)
        && (2..=(*most).min(spans.len()))
            .any(|n| is_currency_name(&text[start..end], &spans[spans.len() - n..]))
}

/// Signs of currencies, before or after an amount: every character of
/// Unicode's currency-symbol category (Sc): "$", "€", "৳" (taka), "₨"
/// (rupee), "៛" (riel), "؋" (afghani), "﷼" (rial), and the full-width and
/// small forms.
fn is_sign_char(c: char) -> bool {
    matches!(
        c,
        '$' | '\u{a2}'..='\u{a5}'
            | '\u{58f}'
            | '\u{60b}'
            | '\u{7fe}'
            | '\u{7ff}'
            | '\u{9f2}'
            | '\u{9f3}'
            | '\u{9fb}'
            | '\u{af1}'
            | '\u{bf9}'
            | '\u{e3f}'
            | '\u{17db}'
            | '\u{20a0}'..='\u{20c0}'
            | '\u{a838}'
            | '\u{fdfc}'
            | '\u{fe69}'
            | '\u{ff04}'
            | '\u{ffe0}'
            | '\u{ffe1}'
            | '\u{ffe5}'
            | '\u{ffe6}'
            | '\u{11fdd}'..='\u{11fe0}'
            | '\u{1e2ff}'
            | '\u{1ecb0}'
    )
}

/// Marks of a legal citation beside its numbers: "8 U.S.C. 1182", "27 I&N
/// Dec. 134", "8 C.F.R. 212.5".
const CITATION_MARKS: [&str; 20] = [
    "u.s.c", "usc", "c.f.r", "cfr", "§", "§§", "i&n", "dec", "f.2d", "f.3d", "f.4th", "f.supp", "u.s", "fed",
    "reg", "ina", "stat", "pub", "s.ct", "sec",
];

/// A chunk (a run of characters between spaces) without the punctuation
/// around it.
pub fn core(chunk: &str) -> &str {
    chunk
        .trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«'])
        .trim_end_matches(['.', ',', ';', ':', ')', ']', '!', '?', '"', '\'', '”', '’', '»'])
}

fn folded_core(chunk: &str) -> String {
    core(chunk).to_lowercase().trim_end_matches('.').to_owned()
}

fn is_amount(s: &str) -> bool {
    let s = s.trim_start_matches(['~', '+', '-', '≈']).trim_end_matches('+');
    let s = s
        .strip_suffix(['k', 'm', 'K', 'M'])
        .unwrap_or(s)
        .trim_end_matches(['.', ',']);
    let digits = s.chars().filter(char::is_ascii_digit).count();
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && (digits <= 9 || (digits <= 13 && grouped_in_thousands(s)))
}

/// "RM45,500": a currency's letters glued to an amount with its thousands
/// marked (no bare run of digits, which may be a code).
fn is_glued_amount(c: &str) -> bool {
    c.find(|ch: char| ch.is_ascii_digit())
        .filter(|&at| at >= 2 && c[..at].chars().all(char::is_alphabetic))
        .is_some_and(|at| {
            is_currency(&c[..at].to_lowercase()) && c[at..].contains([',', '.']) && is_amount(&c[at..])
        })
}

/// "Le 12,500,000": the old leone's "Le", written so, before chunk `k` (`c`
/// its core), an amount in thousands marked with commas; the French
/// article is not followed by one.
fn is_leone_amount(text: &str, chunks: &[(usize, usize)], k: usize, c: &str) -> bool {
    k.checked_sub(1)
        .is_some_and(|j| &text[chunks[j].0..chunks[j].1] == "Le")
        && c.contains(',')
        && !c.contains('.')
        && grouped_in_thousands(c.trim_end_matches([',', '.', ';']))
}

/// "2,150,000,000", "38.000.000": whole thousands, one separator between
/// groups of three; a currency that lost value writes its amounts so.
fn grouped_in_thousands(s: &str) -> bool {
    let Some(sep) = s.chars().find(|c| !c.is_ascii_digit()) else {
        return false;
    };
    let mut groups = s.split(sep);
    groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && g.chars().all(|c| c.is_ascii_digit()))
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Whether a character is a currency's sign: "₵" of "GH₵", "$" of "US$".
pub fn is_currency_sign(c: char) -> bool {
    is_sign_char(c)
}

/// Up to four digits, a decimal or a count with thousands: a count, a year,
/// a page, a measure.
fn is_small(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let shaped = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    if !s.starts_with(|c: char| c.is_ascii_digit()) || !s.chars().all(shaped) {
        return false;
    }
    match s.find(['.', ',']) {
        None => digits <= 4,
        Some(at) => {
            let (whole, rest) = (&s[..at], &s[at + 1..]);
            let thousands = s.split(',').skip(1).all(|g| g.len() == 3) && !s.contains('.');
            (whole.len() <= 4 && rest.len() <= 3 && !rest.contains(['.', ','])) || (thousands && digits <= 7)
        }
    }
}

/// "fifteenth", "twenty-first" as one word's parts, "first": an ordinal in
/// English words.
pub fn is_ordinal_word(folded: &str) -> bool {
    ["first", "second", "third", "fifth", "eighth", "ninth", "twelfth"].contains(&folded)
        || (folded.len() > 4 && folded.ends_with("th") && !folded.ends_with("hth"))
            && [
                "four", "six", "seven", "eigh", "nin", "ten", "eleven", "teen", "tieth",
            ]
            .iter()
            .any(|root| folded.contains(root))
}

fn is_ordinal(s: &str) -> bool {
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    let rest = &s[digits.len()..];
    (1..=3).contains(&digits.len())
        && [
            "st", "nd", "rd", "th", "º", "ª", "er", "e", "eme", "ème", "ta", "to", "vo",
        ]
        .contains(&rest)
}

/// "I-134", "DS-160", "COVID-19", "HIV-1", "CD4", "anti-CD20": a form or a
/// medical name.
fn is_form_or_term(s: &str) -> bool {
    // "anti-GD2", "anti-CD20": what an antibody is against.
    let s = s.strip_prefix("anti-").unwrap_or(s);
    let letters: String = s.chars().take_while(char::is_ascii_alphabetic).collect();
    let rest = s[letters.len()..]
        .strip_prefix('-')
        .unwrap_or(&s[letters.len()..]);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = &rest[digits.len()..];
    let form = (1..=2).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        && s[letters.len()..].starts_with('-')
        && (1..=4).contains(&digits.len());
    let term = (2..=6).contains(&letters.len()) && (1..=2).contains(&digits.len());
    (form || term) && tail.len() <= 1 && tail.chars().all(|c| c.is_ascii_alphabetic())
}

/// "1182(d)(5)(A)", "212.5(f)", "§ 212.5": a section of a law.
fn is_section(s: &str) -> bool {
    let s = s.trim_start_matches('§');
    let head: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let tail = &s[head.len()..];
    !head.is_empty()
        && !tail.is_empty()
        && tail.starts_with('(')
        && tail
            .split_inclusive(')')
            .all(|p| p.starts_with('(') && p.ends_with(')') && p.len() <= 5)
}

/// Labels in the plural, which the numbers of a list after them all take:
/// "stalls 318 and 319".
const PLURAL_LABELS: &[&str] = &["stalls", "etals", "kiosks", "sijills"];

/// Whether a word is one of [`ID_LABELS`], asked of a set.
fn is_id_label(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ID_LABELS.iter().copied().collect())
        .contains(word)
}

/// Whether a label says that chunk `k` is an identifier: "No. 12", "card
/// ending in 4471", "серия 45 09" (every number of the run after it), but
/// not a law's number ("Law No. 59").
fn is_labelled(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    let prev = k
        .checked_sub(1)
        .map(|j| folded_core(&text[chunks[j].0..chunks[j].1]));
    // Folded as well, so that an accent does not hide a label: "número",
    // "bâtiment", "Kapı".
    let label = |p: &str| {
        let p = p.trim_end_matches([':', '.']);
        // `p` is lowered already: an ASCII one folds to itself, and only
        // another is folded again.
        is_id_label(p) || p.ends_with("no") || (!p.is_ascii() && is_id_label(&fold(p)))
    };
    // "ending in 4471": a label, a small word, the number.
    let before_prev = k
        .checked_sub(2)
        .map(|j| folded_core(&text[chunks[j].0..chunks[j].1]));
    // "серия 45 09": the numbers of a run after a label, each of them.
    let mut first = k;
    while first > 0
        && first + 3 > k
        && text[chunks[first - 1].1..chunks[first].0] == *" "
        && core(&text[chunks[first - 1].0..chunks[first - 1].1])
            .chars()
            .all(|ch| ch.is_ascii_digit())
    {
        first -= 1;
    }
    let run_labelled = first < k
        && first
            .checked_sub(1)
            .is_some_and(|j| label(&folded_core(&text[chunks[j].0..chunks[j].1])));
    // "Personal Status Law No. 59", "Decreto No. 1325", "قانون حماية
    // الطفل رقم 12": a public law's number.
    let law_number = is_law_number_at(text, chunks[k].0, &text[chunks[k].0..chunks[k].1]);
    // "its last four 3391", "last 4: 0917": the count of digits after "last".
    let last_digits = prev
        .as_deref()
        .is_some_and(|p| ["four", "4", "three", "3", "two", "2", "six", "6"].contains(&p))
        && before_prev.as_deref() == Some("last");
    // "card ending ** 7732", "ending in •• 7732", "ending XXXX XXXX 7732":
    // a mask between the label (and a small word after it) and the last
    // digits hides the digits before them, whatever its marks.
    let masked = masked_after_label(text, chunks, k, &label);
    // "stalls 318 and 319", "étals 12, 13 et 14": every number of a list
    // after a plural label.
    let listed = {
        let mut j = k;
        let mut seen_number = false;
        while j > 0 && k - j < 8 {
            j -= 1;
            let w = folded_core(&text[chunks[j].0..chunks[j].1]);
            if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
                seen_number = true;
            } else if !["and", "or", "&", "et", "y", "e", "ou"].contains(&w.as_str()) {
                break;
            }
        }
        let w = folded_core(&text[chunks[j].0..chunks[j].1]);
        seen_number && folded_in(&w, PLURAL_LABELS)
    };
    (prev.as_deref().is_some_and(label) && !law_number)
        || listed
        || last_digits
        || masked
        || run_labelled
        || (prev
            .as_deref()
            .is_some_and(|p| ["in", "with", "at", "of", "en", "em", "par", "por", "con"].contains(&p))
            && before_prev.as_deref().is_some_and(label))
}

/// A mark a mask is written with ("**", "••", "##", "●●", "…"): an "x"
/// ("XXXX"), or any symbol that is neither a letter, a digit, a
/// currency's sign nor a mark that ends or opens a clause.
fn is_mask_mark(c: char) -> bool {
    matches!(c, 'x' | 'X')
        || !(c.is_alphanumeric()
            || c.is_whitespace()
            || is_currency_sign(c)
            || matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '"'
                    | '\''
                    | '-'
                    | '/'
                    | '&'
                    | '%'
                    | '+'
                    | '='
            ))
}

/// "ending in ** 7732", "ending •• 7732", "ending ** ** 7732": chunk `k`
/// follows a run of masks (each chunk nothing but mask marks, two marks
/// or more in all), and before the run stands a label (`label`), or a
/// label and "in", "with" or another small word of the label's.
fn masked_after_label(text: &str, chunks: &[(usize, usize)], k: usize, label: &dyn Fn(&str) -> bool) -> bool {
    // "ending in ** 77 32": the digit groups after the mask are one number,
    // each of them after the mask.
    let mut digits = k;
    while digits > 0
        && k - digits < 3
        && text[chunks[digits - 1].1..chunks[digits].0] == *" "
        && core(&text[chunks[digits - 1].0..chunks[digits - 1].1])
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        digits -= 1;
    }
    let mut first = digits;
    let mut marks = 0;
    while first > 0 {
        let mask = core(&text[chunks[first - 1].0..chunks[first - 1].1]);
        if mask.is_empty() || !mask.chars().all(is_mask_mark) {
            break;
        }
        // An ellipsis stands for three dots.
        marks += mask
            .chars()
            .map(|c| if c == '\u{2026}' { 3 } else { 1 })
            .sum::<usize>();
        first -= 1;
    }
    let word = |j: usize| folded_core(&text[chunks[j].0..chunks[j].1]);
    first < digits
        && marks >= 2
        && first.checked_sub(1).is_some_and(|j| {
            label(&word(j))
                || (["in", "with", "en", "em", "por", "par"].contains(&word(j).as_str())
                    && j.checked_sub(1).is_some_and(|i| label(&word(i))))
        })
}

/// "NXB 4417", "KDA 123X": a plate, two or three capitals and a number
/// that is no year, with a letter after it or not; `c` is chunk `k`'s core.
fn is_plate(text: &str, chunks: &[(usize, usize)], k: usize, c: &str) -> bool {
    k.checked_sub(1).is_some_and(|j| {
        let p = core(&text[chunks[j].0..chunks[j].1]);
        let f = p.to_lowercase();
        (2..=3).contains(&p.len())
            && p.chars().all(|ch| ch.is_ascii_uppercase())
            && !is_currency(&f)
            && !CITATION_MARKS.contains(&f.as_str())
    }) && {
        let digits = c.trim_end_matches(|ch: char| ch.is_ascii_uppercase());
        (3..=4).contains(&digits.len())
            && c.len() - digits.len() <= 1
            && digits.chars().all(|ch| ch.is_ascii_digit())
            && !(digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20")))
    }
}

/// "41218 G": a unit of one small letter ("g", "m", "h") written as a
/// capital after chunk `k` is a card's check letter; the litre is written
/// "L".
fn check_letter_after(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    raw_word(text, chunks, k + 1)
        .is_some_and(|w| w.chars().count() == 1 && w != "L" && w.chars().all(char::is_uppercase))
}

/// "Rm 204" is a room (the ringgit is written in capitals: "RM 850");
/// "Block L 12", "flat Q 3": a letter after a label of a home names a block
/// or a wing, not the lempira or the quetzal.
fn is_room(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    k.checked_sub(1).is_some_and(|j| {
        let w = core(&text[chunks[j].0..chunks[j].1]).trim_end_matches('.');
        let lettered = w.chars().count() == 1
            && w.chars().all(char::is_alphabetic)
            && j.checked_sub(1).is_some_and(|i| {
                let label = folded_core(&text[chunks[i].0..chunks[i].1]);
                is_id_label(label.trim_end_matches([':', '.']))
            });
        w == "Rm" || w == "rm" || lettered
    })
}

/// Whether the digit-bearing chunk `k` of `chunks` (byte ranges in `text`)
/// is known safe: a date, an amount, a percentage, a count or measure, an
/// ordinal, a form, a citation or a small number with no label before it.
pub fn number_is_safe(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    let (start, end) = chunks[k];
    let chunk = &text[start..end];
    let c = core(chunk);
    let prev = k
        .checked_sub(1)
        .map(|j| folded_core(&text[chunks[j].0..chunks[j].1]));
    let next = chunks.get(k + 1).map(|&(s, e)| folded_core(&text[s..e]));
    let labelled = is_labelled(text, chunks, k);
    let plate = is_plate(text, chunks, k, c);
    let room = is_room(text, chunks, k);
    if labelled || plate || room || c.starts_with(['#', '…']) || c.starts_with("..") || c.starts_with("xx")
    {
        return false;
    }
    let in_list = |w: &Option<String>, list: &[&str]| w.as_deref().is_some_and(|w| list.contains(&w));
    let reading = Reading {
        day_first: true,
        year: 2000,
    };
    // A date that starts here and covers the chunk.
    if let Some(found) = date_at(
        &text[start + (chunk.len() - chunk.trim_start_matches(['(', '[']).len())..],
        reading,
    ) && found.len + (chunk.len() - chunk.trim_start_matches(['(', '[']).len()) >= c.len()
    {
        return true;
    }
    // "12,600,000 YER": a code that is also a word, in capitals, after an
    // amount with its thousands marked; "40 000 dinars tunisiens": a
    // currency's name of two words.
    let thousands = c.contains([',', '.']);
    let unit_after = (in_list(&next, &UNITS) && !check_letter_after(text, chunks, k))
        || next.as_deref().is_some_and(|w| is_currency(w) || is_sign(w))
        || letter_before_currency(text, chunks, k + 1)
        || (thousands && raw_word(text, chunks, k + 1).is_some_and(is_capital_code))
        || currency_name_after(text, chunks, k);
    if let Some(rest) = c.strip_suffix('%')
        && is_amount(rest)
    {
        return true;
    }
    let unsigned = c.trim_start_matches(|ch: char| ch.is_ascii_uppercase() || ch == '.');
    // "$1,200", "145.000.000₫", "HTG 1 850 000".
    let signed = unsigned
        .strip_prefix(is_sign_char)
        .or_else(|| c.strip_suffix(is_sign_char));
    if signed.is_some_and(is_amount)
        || is_glued_amount(c)
        || grouped_with_currency(text, chunks, k)
        || is_leone_amount(text, chunks, k, c)
        || is_cifrao_amount(c)
        || is_rand_amount(text, chunks, k)
    {
        return true;
    }
    // "$ 6.250,00": a sign alone before the amount counts as its currency;
    // a mark of one or two letters ("Q 300", "Rf 60,000") only before a
    // number a room or a file would not have ("Rf 1180442").
    let short_mark = prev
        .as_deref()
        .is_some_and(|w| w.chars().count() <= 2 && w.chars().all(char::is_alphabetic));
    let mark_before = (prev.as_deref().is_some_and(|w| is_currency(w) || is_sign(w))
        && (!short_mark || thousands || c.len() <= 4))
        || (thousands
            && k.checked_sub(1)
                .and_then(|j| raw_word(text, chunks, j))
                .is_some_and(is_capital_code))
        || currency_name_before(text, chunks, k);
    if is_amount(c) && (unit_after || mark_before) {
        return in_run(text, chunks, k).is_none_or(|_| unit_after);
    }
    // "5mg", "10kg", "3x".
    let digits: String = c
        .chars()
        .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
        .collect();
    if !digits.is_empty() && folded_in(&c[digits.len()..], &UNITS) {
        return true;
    }
    // "212(d)(5)," keeps its last parenthesis; "(212(d)(5))" loses one.
    let mut balanced = chunk
        .trim_start_matches(['(', '[', '"'])
        .trim_end_matches([',', '.', ';', ':', '"']);
    while balanced.matches(')').count() > balanced.matches('(').count() && balanced.ends_with(')') {
        balanced = &balanced[..balanced.len() - 1];
    }
    if is_ordinal(c) || is_form_or_term(c) || is_section(c) || is_section(balanced) || is_radionuclide(c) {
        return true;
    }
    if c.starts_with('§') || in_list(&prev, &CITATION_MARKS) || in_list(&next, &CITATION_MARKS) {
        return true;
    }
    if is_law_number(text, chunks, k, c) {
        return true;
    }
    // "10:30", "2019-2021", "2-3 weeks".
    if let Some((h, m)) = c.split_once(':')
        && h.len() <= 2
        && m.len() == 2
        && (h.chars().chain(m.chars())).all(|ch| ch.is_ascii_digit())
    {
        return true;
    }
    if let Some((a, b)) = c.split_once(['-', '–'])
        && a.chars().chain(b.chars()).all(|ch| ch.is_ascii_digit())
        && ((a.len() == 4 && b.len() == 4 && a.starts_with(['1', '2']))
            || (unit_after && a.len() <= 3 && b.len() <= 3))
    {
        return true;
    }
    is_small(c) && in_run(text, chunks, k).is_none()
}

/// Radionuclides of nuclear medicine, by their mass number and element,
/// folded: the isotopes of the radiopharmaceuticals in common use
/// (iodine for MIBG and the thyroid, technetium, fluorine for FDG,
/// lutetium, gallium, yttrium, radium...).
const RADIONUCLIDES: [&str; 33] = [
    "11c", "13n", "15o", "18f", "32p", "51cr", "57co", "64cu", "67ga", "68ga", "75se", "81mkr", "82rb",
    "89sr", "89zr", "90y", "99mtc", "111in", "123i", "124i", "125i", "131i", "133xe", "153sm", "166ho",
    "177lu", "186re", "188re", "201tl", "212pb", "223ra", "225ac", "227th",
];

/// "131I-MIBG", "99mTc", "18F-FDG": a radionuclide written as chemistry
/// does (the mass number, then the element with its capital), alone or
/// before the compound it marks.
fn is_radionuclide(c: &str) -> bool {
    let head = c.split(['-', '/']).next().unwrap_or(c);
    let letters = head.trim_start_matches(|ch: char| ch.is_ascii_digit());
    let element = letters.strip_prefix('m').unwrap_or(letters);
    element.starts_with(|ch: char| ch.is_ascii_uppercase())
        && element.len() <= 2
        && RADIONUCLIDES.contains(&head.to_ascii_lowercase().as_str())
}

/// "R2 350 000", "R45,000", "R1,250,000.00": chunk `k` is in an amount of
/// the rand, written with its "R" glued to the first digits and the
/// thousands marked, by commas or by groups of three apart by a space. A
/// single letter glued to a number is a code as often ("R2" a grade), so
/// the thousands must be there and be whole.
fn is_rand_amount(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    let c = |j: usize| core(&text[chunks[j].0..chunks[j].1]);
    let head = |w: &str| {
        w.strip_prefix('R')
            .filter(|d| {
                (1..=3).contains(&d.len()) && d.chars().all(|ch| ch.is_ascii_digit()) && !d.starts_with('0')
            })
            .is_some()
    };
    let group = |j: usize| c(j).len() == 3 && c(j).chars().all(|ch| ch.is_ascii_digit());
    let joined = |a: usize| text[chunks[a].1..chunks[a + 1].0] == *" ";
    // "R45,000", "R1,250,000.00": glued, with commas.
    if let Some(units) = c(k).strip_prefix('R') {
        let units = units
            .rsplit_once('.')
            .filter(|(_, cents)| cents.len() == 2 && cents.chars().all(|ch| ch.is_ascii_digit()))
            .map_or(units, |(u, _)| u);
        if units.contains(',') && !units.starts_with('0') && grouped_in_thousands(units) {
            return true;
        }
    }
    // "R2 350 000": the head and its groups of three, the last ending the run.
    let mut first = k;
    while !head(c(first)) {
        if !group(first) || first == 0 || !joined(first - 1) {
            return false;
        }
        first -= 1;
    }
    let mut last = first;
    while last + 1 < chunks.len() && joined(last) && group(last + 1) {
        last += 1;
    }
    let more_digits = chunks
        .get(last + 1)
        .is_some_and(|&(s, _)| joined(last) && text[s..].starts_with(|ch: char| ch.is_ascii_digit()));
    last > first && last >= k && !more_digits
}

/// "285.000$00", "12$50": an amount of the escudo (Cabo Verde, Portugal
/// before the euro) written with the cifrão where the decimal mark stands:
/// the units in groups of three apart by full stops, "$" and two digits
/// of centavos.
fn is_cifrao_amount(c: &str) -> bool {
    let Some((units, cents)) = c.split_once('$') else {
        return false;
    };
    let groups: Vec<&str> = units.split('.').collect();
    cents.len() == 2
        && cents.chars().all(|ch| ch.is_ascii_digit())
        && (1..=3).contains(&groups[0].len())
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.chars().all(|ch| ch.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
}

/// A currency's sign standing alone: "₫" in "145.000.000 ₫".
fn is_sign(w: &str) -> bool {
    let mut chars = w.chars();
    // "$U" (read folded, "$u"), Uruguay's peso: the dollar's sign with the
    // country's letter after it.
    chars.next().is_some_and(is_sign_char) && chars.next().is_none_or(|c| c == 'u' && chars.next().is_none())
}

/// "HTG 1 850 000", "1 850 000 gourdes": chunk `k` is in groups of three
/// written apart, with a currency before the first or after the last.
fn grouped_with_currency(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    let Some((a, b)) = in_run(text, chunks, k) else {
        return false;
    };
    // "034 120 455" after "Ar": a number in groups that opens with a zero
    // is a phone's, never an amount.
    if !is_grouped_amount(text[a..b].trim_end_matches([',', '.', ';'])) || text[a..b].starts_with('0') {
        return false;
    }
    let first = chunks.iter().position(|&(s, _)| s == a);
    let last = chunks.iter().position(|&(_, e)| e == b);
    let word = |j: Option<usize>| {
        j.and_then(|j| chunks.get(j))
            .map(|&(s, e)| folded_core(&text[s..e]))
    };
    let before = word(first.and_then(|f| f.checked_sub(1)));
    let after = word(last.map(|l| l + 1));
    // "7 250 000 YER": a code that is also a word, written in capitals;
    // "3 400 000 ريال يمني": a currency's name of two words.
    let capital_code = |j: Option<usize>| {
        j.and_then(|j| raw_word(text, chunks, j))
            .is_some_and(is_capital_code)
    };
    // "₸ 2 300 000": a sign before, as well as after.
    before.as_deref().is_some_and(|w| is_currency(w) || is_sign(w))
        || after.as_deref().is_some_and(|w| is_currency(w) || is_sign(w))
        || last.is_some_and(|l| letter_before_currency(text, chunks, l + 1))
        || capital_code(first.and_then(|f| f.checked_sub(1)))
        || capital_code(last.map(|l| l + 1))
        || first.is_some_and(|f| currency_name_before(text, chunks, f))
        || last.is_some_and(|l| currency_name_after(text, chunks, l))
}

/// Chunk `j`'s core as written, if there is such a chunk.
fn raw_word<'t>(text: &'t str, chunks: &[(usize, usize)], j: usize) -> Option<&'t str> {
    chunks.get(j).map(|&(s, e)| core(&text[s..e]))
}

/// Whether a currency's name of two words or more begins with the chunk
/// after chunk `k`, a space apart: "40 000 dinars tunisiens".
fn currency_name_after(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    chunks.get(k + 1).is_some_and(|&(s, _)| {
        text[chunks[k].1..s].chars().all(char::is_whitespace) && currency_name_from(text, s).is_some()
    })
}

/// Whether a currency's name of two words or more ends with the chunk
/// before chunk `k`, a space apart: "Yemeni rials 4 800 000".
fn currency_name_before(text: &str, chunks: &[(usize, usize)], k: usize) -> bool {
    k.checked_sub(1).is_some_and(|j| {
        let e = chunks[j].1;
        text[e..chunks[k].0].chars().all(char::is_whitespace)
            && !text[..e].ends_with(|c: char| c.is_ascii_punctuation())
            && currency_name_until(text, e)
    })
}

/// "2 750 000 F CFA": chunk `j` is a single capital letter written before
/// a currency's mark, the two one mark after an amount.
fn letter_before_currency(text: &str, chunks: &[(usize, usize)], j: usize) -> bool {
    let word = |j: usize| chunks.get(j).map(|&(s, e)| core(&text[s..e]));
    word(j).is_some_and(|w| w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()))
        && word(j + 1).is_some_and(|w| {
            w.chars().count() >= 3 && w.chars().all(char::is_uppercase) && is_currency(&w.to_lowercase())
        })
}

/// "1 850 000": a first group of one to three digits and groups of three,
/// one space apart.
fn is_grouped_amount(run: &str) -> bool {
    let groups: Vec<&str> = run.split(' ').collect();
    groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
}

/// "Ley 87-01", "Decree 34/2019", "Family Act (Law No. 4/2000)", "Закон
/// № 31-ФЗ": chunk `k` (`c` its core) is a public law's number after the
/// word for a law, or after its label that follows the kind of a law and
/// its title.
fn is_law_number(text: &str, chunks: &[(usize, usize)], k: usize, c: &str) -> bool {
    let start = chunks[k].0;
    // "Ley 87-01", "Decree 34/2019", "قانون 20": a law's number right after
    // the word for a law written with a capital (or in a script without
    // capitals).
    let law_word = k.checked_sub(1).is_some_and(|j| {
        let w = core(&text[chunks[j].0..chunks[j].1]);
        let capital = w
            .chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase() || (ch.is_alphabetic() && !ch.is_lowercase()));
        capital && is_law_kind(w) && text[chunks[j].1..start] == *" "
    });
    (law_word && is_law_number_shape(c)) || is_law_number_at(text, start, &text[start..chunks[k].1])
}

/// The byte range of a run of two or more numbers written apart ("A 212 345
/// 678", "7612 3456") with six digits or more in all, if chunk `k` is in one.
pub fn in_run(text: &str, chunks: &[(usize, usize)], k: usize) -> Option<(usize, usize)> {
    let numeric = |j: usize| {
        let c = &text[chunks[j].0..chunks[j].1];
        let c = c.trim_end_matches([',', '.', ';']);
        !c.is_empty() && c.chars().all(|ch| ch.is_ascii_digit() || ch == '-')
    };
    let joined = |a: usize, b: usize| text[chunks[a].1..chunks[b].0] == *" ";
    if !numeric(k) {
        return None;
    }
    let mut first = k;
    while first > 0 && numeric(first - 1) && joined(first - 1, first) {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < chunks.len() && numeric(last + 1) && joined(last, last + 1) {
        last += 1;
    }
    let digits = (first..=last)
        .map(|j| {
            text[chunks[j].0..chunks[j].1]
                .chars()
                .filter(char::is_ascii_digit)
                .count()
        })
        .sum::<usize>();
    let unit_after = chunks
        .get(last + 1)
        .is_some_and(|&(s, e)| UNITS.contains(&folded_core(&text[s..e]).as_str()));
    (last > first && digits >= 6 && !unit_after).then(|| (chunks[first].0, chunks[last].1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe(text: &str) -> Vec<bool> {
        let chunks = super::super::words::chunks(text);
        (0..chunks.len())
            .filter(|&k| text[chunks[k].0..chunks[k].1].chars().any(|c| c.is_ascii_digit()))
            .map(|k| number_is_safe(text, &chunks, k))
            .collect()
    }

    #[test]
    fn amounts_counts_dates_forms_and_citations_are_safe() {
        let text = "On 14 March 2026 she paid $1,200 (40%) for 3 weeks of 5mg tablets; Form I-134, \
                    COVID-19, 8 U.S.C. § 1182(d)(5)(A), 8 C.F.R. 212.5(f), 2019-2021, at 10:30, 1 200 000 copies, \
                    the 2nd visit, USD 250, Section 212(d)(5), and 212(d)(5).";
        assert!(safe(text).iter().all(|s| *s), "{:?}", safe(text));
    }

    #[test]
    fn an_escudo_amount_with_its_cifrao_is_safe() {
        // The cifrão stands where the decimal mark does: "285.000$00".
        assert_eq!(
            safe("The bank lent 285.000$00 and 1.500$50, and 12$00."),
            [true, true, true]
        );
        // A code with a dollar sign inside is none.
        assert_eq!(safe("Her code is 4471$2219."), [false]);
    }

    #[test]
    fn a_room_or_a_block_is_no_amount() {
        assert_eq!(
            safe("She sleeps in Rm 204 and her son in rm. 12."),
            [false, false]
        );
        assert_eq!(safe("The deposit was RM 850 and RM 1,200."), [true, true]);
        assert_eq!(safe("They live in Block L 12, flat Q 3."), [false, false]);
        assert_eq!(safe("They paid L 4,500 and Q 300."), [true, true]);
    }

    #[test]
    fn an_amount_after_any_currency_sign_is_safe() {
        // Signs no list names: the riel, the afghani, the rial.
        let text = "The loan (៛1,250,000) and the fee of ؋45,000 or ﷼3,200,000 in all.";
        assert_eq!(safe(text), [true, true, true], "{text}");
        // A sign of no currency does not make an amount of a number.
        assert_eq!(safe("ref #2,750,000"), [false]);
    }

    #[test]
    fn amounts_in_the_currencies_of_iso_4217_and_local_marks_are_safe() {
        for text in [
            "Tk 4,50,000",
            "R$ 38.400,00",
            "BDT 450000",
            "ETB 1,250,000",
            "PKR 1,850,000",
            "S/ 46,800",
            "৳4,50,000",
            "12,000 taka",
            "38.400 reais",
            "HTG 1 850 000",
            "1 850 000 gourdes",
            "145.000.000 ₫",
            "145.000.000₫",
            "2,400,000 جنيه",
            "Nfk 12,500",
            "₩4,200,000",
            "₮9,750,000",
            "RM 12,300",
            "RM7,250",
            "NLe 3,600",
            "18 750 000 тенге",
            "₸ 4 100 000",
            "Le 3,750,000",
            "Le 600,000",
            // The Uruguayan peso's sign, the dollar's with the country's
            // letter after it.
            "$U 1.240.000",
            "$U 85.500",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // "Le" before a number that is no amount in thousands is the
        // French article.
        assert!(!safe("Le 1234567").iter().all(|s| *s));
        // A common word is no currency, even where ISO 4217 names one so.
        assert!(!is_currency("all") && !is_currency("sum") && !is_currency("account"));
    }

    #[test]
    fn amounts_grouped_by_dots_or_spaces_with_a_sign_apart_or_a_currency_word_in_any_script_are_safe() {
        for text in [
            "$ 4.175,50",
            "€ 900,00",
            "2.960.000 динара",
            "75 000 динар",
            "420 000 000 so'm",
            "1 250 000 soʻm",
            "9 800 000 сўм",
            "2 400 000 сом",
            "640 000 meticais",
            "3 100 000 MT",
            "710 000 FRW",
            "4 300 000 ريال",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // A currency's word does not make an amount of a number glued to
        // letters, and a lone sign no currency is still no sign.
        assert!(!safe("ref 4417-221 so'm").iter().all(|s| *s));
        assert!(!safe("# 4.175,50").iter().all(|s| *s));
        // A short mark after a room's or a file's number is no currency.
        assert!(!safe("room 41877 MT").iter().all(|s| *s));
    }

    #[test]
    fn amounts_after_short_local_marks_are_safe_and_rooms_after_them_are_not() {
        for text in [
            "Nu. 95,500",
            "Rf 7,250",
            "MRf 18,000",
            "Gs. 4.800.000",
            "1 600 000 F CFA",
            "Q 300",
            "therapy against anti-CD20 and anti-GD2",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // Five digits or more without their thousands marked, after a mark
        // of one or two letters, may be a room's, a file's or a unit's.
        for text in ["Rf 1180442", "Gs 55210", "Nu 304417"] {
            assert!(!safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
    }

    #[test]
    fn rand_amounts_glued_to_their_r_with_thousands_marked_are_safe() {
        for text in [
            "received R2 350 000 from the church",
            "R14 500 in all",
            "R45,000 from the fund",
            "R1,250,000.00 paid",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // No thousands marked, or groups that are no thousands: a code,
        // a ward, a reference.
        for text in ["bed R2 35", "ref R214 5", "R2350000", "R2 35 000", "R0 350 000"] {
            assert!(!safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
    }

    #[test]
    fn amounts_after_the_ariary_s_or_the_shilling_s_short_mark_are_safe_and_phones_are_not() {
        for text in ["Ar 2 750 000", "Ar 18 000", "Sh. 1,250,000", "Sh 640,000"] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // A phone's number after the mark: groups opening with a zero, or
        // a long number with no thousands marked.
        for text in ["Ar 034 120 455", "Sh 0754 118 902", "Ar 3412045"] {
            assert!(!safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
    }

    #[test]
    fn amounts_of_currencies_that_lost_value_are_safe_in_thousands() {
        for text in [
            "LBP 1,460,000,000",
            "Rp 12.500.000",
            "Ks 2,400,000",
            "GH¢ 9,800",
            "VES 3.250.000.000",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // Ten digits or more not grouped in thousands stay an identifier.
        for text in ["LBP 14600000001", "VES 32.500.0000.000"] {
            assert!(!safe(text).iter().all(|s| *s), "{text}");
        }
    }

    #[test]
    fn amounts_after_a_dram_or_baht_sign_and_the_numbers_of_laws_are_safe() {
        for text in [
            "֏2,700,000",
            "฿38,500",
            "under Ley 87-01",
            "the Decree 34/2019 says",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // Three groups after a law's word are a file's number.
        assert!(!safe("Ley 4417-2291-88").iter().all(|s| *s));
        // "No." between the word for a law and its number and year.
        assert_eq!(
            safe("the Marriage Act (Law No. 12/1998) and Case No. 12/1998"),
            [true, false]
        );
    }

    #[test]
    fn amounts_beside_a_code_that_is_a_word_or_a_currency_named_in_two_words_are_safe() {
        for text in [
            "7 250 000 YER",
            "TRY 1 400 000",
            "12,600,000 YER",
            "1 900 000 shilingi ya Tanzania",
            "4 800 000 Tanzanian shillings",
            "3 400 000 ريال يمني",
        ] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // Groups set apart by a no-break or a thin space read as spaces.
        let text = super::super::normalized("6\u{a0}300\u{a0}000\u{202f}YER");
        assert!(safe(&text).iter().all(|s| *s), "{text}: {:?}", safe(&text));
        // The code in lower case is the word; in capitals, it needs an
        // amount in groups of three or with its thousands marked; an
        // adjective alone is no currency.
        for text in [
            "7 250 000 yer",
            "YER 4417 2291",
            "ALL 48213377",
            "room 41877 TRY",
            "4 800 000 Tanzanian",
        ] {
            assert!(!safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
    }

    #[test]
    fn the_number_of_a_law_after_its_kind_and_title_in_any_language_is_safe_and_a_records_is_not() {
        // Kinyarwanda, Arabic (law of the protection of the child, number
        // 12 of the year 2008), Russian with a date or a quoted title
        // between the kind and the number, Spanish with five digits.
        assert_eq!(
            safe("under Itegeko No 54/2019 and file No 0377/2019"),
            [true, false]
        );
        assert_eq!(
            safe("the قانون حماية الطفل رقم 12 لسنة 2008 and شهادة ميلاد رقم 0377/2011"),
            [true, true, false]
        );
        assert_eq!(safe("Федеральный закон от 12.03.2014 № 31-ФЗ"), [true, true]);
        assert_eq!(safe("Закон «Об опеке детей» № 48-ФЗ"), [true]);
        assert_eq!(safe("Ley N° 27337"), [true]);
        // A word of a case or a record between the law and the number, a
        // clause's end, or a number of three groups: the number is no law's.
        assert_eq!(safe("the Children Act Case No. 4417/2019"), [false]);
        assert_eq!(safe("the Itegeko, and his record No 6612/2014"), [false]);
        assert_eq!(safe("under the قانون and قضية رقم 318/2024"), [false]);
        assert_eq!(safe("Закон № 4417-2291-88"), [false]);
        // Four digits or more alone after a title: the title may be a
        // sentence ("the law gives the child number 4417").
        assert_eq!(safe("القانون يمنح الطفل رقم 4417"), [false]);
        assert_eq!(safe("Itegeko No 4417"), [true]);
    }

    #[test]
    fn a_stall_s_code_and_a_register_s_number_after_their_labels_are_not_safe() {
        // A market stall's code of a letter and digits, in English or in
        // French, and a register's number written in Latin letters for
        // Arabic; a form's number with no label stays safe.
        assert_eq!(
            safe("She sells at stall D-204 and at étal K-9, on form I-589."),
            [false, false, true]
        );
        assert_eq!(safe("recorded in sijill 71"), [false]);
    }

    #[test]
    fn stalls_and_kiosks_in_the_plural_label_every_number_of_their_list() {
        // The plural label, and each number joined to the first by "and"
        // or a comma; a kiosk as a stall.
        assert_eq!(safe("She sells at stalls 318 and 319."), [false, false]);
        assert_eq!(safe("They rent étals 12, 13 et 14."), [false, false, false]);
        assert_eq!(safe("Her brother runs kiosk 27."), [false]);
        // Numbers joined so after no label stay safe.
        assert_eq!(safe("She has 3 and 4 children."), [true, true]);
    }

    #[test]
    fn identifiers_of_any_shape_are_not() {
        for text in [
            "LUTH/PAED/2024/0571",
            "ID/4417GCM/2025",
            "partida 1472, folio 88",
            "plate KDA 123X",
            "card ending in 4471",
            "A 212 345 678",
            "card ...8834",
            "ext. 214",
            "ramal 2231",
            "anexo 2217",
            "apto 302",
            "নং 7",
            "№ 12",
            "кв. 5",
            "شقة 4",
            "plate ABC-1234X",
            "Blk 12 Lot 7",
            "No. 12",
            "Registre B-12",
            "acte 447",
            "m\u{e1}y l\u{1ebb} 305",
            "серия 45 09",
            "ul. Svobody, d. 47, kv. 19",
            "tarjeta terminada en 5521",
            "conta terminada em 6402",
            "número 45",
            "bâtiment 3",
            "Daire 5",
            "Kat: 3",
            "Manzana 7",
            "Khana 62",
            "комн. 3",
            "n.º 214",
            "container 112",
            "last four digits 8812",
            "habitación 4",
            "the savings app ends in 5120",
            "a phone wallet, last four 7764",
            "the token, last 4: 2208",
            "Allotment 9, Section 31",
        ] {
            assert!(safe(text).iter().any(|s| !*s), "{text}: {:?}", safe(text));
        }
        // Every number of a run after a label, not only the first.
        assert_eq!(safe("серия 45 09 № 382716"), [false, false, false]);
        assert_eq!(safe("about 45 09 people"), [true, true]);
        // A law's number is public; a case's is not.
        assert_eq!(safe("Personal Status Law No. 59"), [true]);
        assert_eq!(safe("Case No. 59"), [false]);
    }

    #[test]
    fn the_last_digits_after_a_label_and_two_asterisks_are_not_safe() {
        assert_eq!(safe("the debit card ending ** 4518"), [false]);
        assert_eq!(safe("her wallet number ** 90"), [false]);
        // No label before the mask: a note's mark and a count.
        assert_eq!(safe("see the note ** 4518 below"), [true]);
    }

    #[test]
    fn digits_after_any_mask_of_stars_dots_or_letters_behind_a_label_are_hidden() {
        // The mask may be dots or another star, spaced in groups, or come
        // after "in"; the digits after it are a card's last ones.
        for text in [
            "Her card ending in ** 7732 was used.",
            "the card ending •• 7732",
            "the card ending ∗∗ 7732",
            "the card ending ** ** 7732",
            "the account ending in XXXX XXXX 0915",
            "the card ending with ## 5521",
        ] {
            assert_eq!(safe(text), [false], "{text}");
        }
        // A single mark, or a mask with no label before it, hides nothing.
        assert_eq!(safe("the total was ** 4518 in all"), [true]);
        assert_eq!(safe("see x 12 below"), [true]);
    }

    #[test]
    fn ordinary_words_that_are_names_are_known() {
        assert!(is_name_word("grant") && is_name_word("rose") && is_name_word("hope"));
        assert!(!is_name_word("hospital") && !is_name_word("kidney"));
    }

    #[test]
    fn any_run_of_symbols_before_a_card_s_last_digits_is_a_mask_and_the_groups_after_it_one_number() {
        // Round dots, middle dots, heavy stars, squares or an ellipsis in
        // place of the hidden digits; the groups after the mask together.
        for text in [
            "Her card ending in \u{25cf}\u{25cf} 7732 was used.",
            "the card ending \u{b7}\u{b7} 7732",
            "the card ending \u{2731}\u{2731} 7732",
            "the account ending in \u{25aa}\u{25aa} 7732",
            "the card ending in \u{2026} 7732",
        ] {
            assert_eq!(safe(text), [false], "{text}");
        }
        assert_eq!(safe("the card ending in ** 77 32"), [false, false]);
        assert_eq!(
            safe("the card ending in \u{25cf}\u{25cf} 77 32 was used"),
            [false, false]
        );
        // A symbol with no label before it masks nothing.
        assert_eq!(safe("see \u{25cf}\u{25cf} 12 below"), [true]);
    }

    #[test]
    fn a_dinar_written_as_its_maghreb_letters_after_spaced_thousands_is_an_amount() {
        for text in ["2 750 000 DA", "18 000 DA", "1 200 DT", "640 000 UM"] {
            assert!(safe(text).iter().all(|s| *s), "{text}: {:?}", safe(text));
        }
        // After a room's or a file's long number the letters are no currency.
        assert!(!safe("room 41877 DA").iter().all(|s| *s));
    }

    #[test]
    fn a_capital_letter_after_a_long_number_is_its_check_letter_not_a_unit() {
        // A card's number with its letter set apart: "G" is no gram, "M"
        // no metre, so the number is not a measure.
        assert_eq!(safe("her card reads 70431 G on every form"), vec![false]);
        assert_eq!(safe("the slip shows 5520981 M as her number"), vec![false]);
        // In small letters they are the units they stand for, and a litre
        // is written with its capital.
        assert_eq!(safe("she drinks 250 g of rice and walks 400 m"), vec![true, true]);
        assert_eq!(safe("he drinks 2 L a day"), vec![true]);
    }
}

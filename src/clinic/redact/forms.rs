//! Other forms of a name, and the words around a name part that tell a
//! person from a word: initials ("L.M."), spellings in another
//! transliteration ("Danilo" for "Danylo"), "St." in a surname, and the verbs,
//! possessives and eponyms that decide whether "Memory" or "Wilson" stands
//! for someone.

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use super::words::{ends_with, fold, fold_cow, folded_in, is_place};

/// A name as its consonants sound, for spellings of one name in another
/// transliteration: "Danylo" and "Danilo", "Khaled" and "Khalid", "Hamwi"
/// and "Hamawi", "Hodan" and "Xodan" have one skeleton.
pub(super) fn skeleton(folded: &str) -> String {
    let mut s = folded.to_owned();
    for (from, to) in [
        ("tch", "c"),
        ("kh", "h"),
        ("zh", "j"),
        ("ch", "c"),
        ("sh", "s"),
        ("ts", "c"),
        ("ph", "f"),
        ("ck", "k"),
        ("w", "v"),
        ("y", "i"),
        ("q", "k"),
        // Somali writes the sound of "h" in "Hodan" as "x": "Xodan".
        ("x", "h"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::new();
    for (k, c) in s.chars().enumerate() {
        if k > 0 && "aeiou".contains(c) {
            continue;
        }
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Where "St. " or "Ste. " begins, right before word `j`.
pub(super) fn saint_before(text: &str, words: &[(usize, usize)], j: usize) -> Option<usize> {
    let prev = *words.get(j.checked_sub(1)?)?;
    let word = &text[prev.0..prev.1];
    (["St", "Ste", "ST", "STE"].contains(&word) && text[prev.1..words[j].0] == *". ").then_some(prev.0)
}

/// Where "O'" or "D'" begins, right before word `j`: "O'Connell".
pub(super) fn apostrophe_before(text: &str, words: &[(usize, usize)], j: usize) -> Option<usize> {
    let prev = *words.get(j.checked_sub(1)?)?;
    let word = &text[prev.0..prev.1];
    let gap = &text[prev.1..words[j].0];
    (word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase()) && (gap == "'" || gap == "’"))
        .then_some(prev.0)
}

/// Words after a name that make it a person: "Memory was admitted".
pub(super) const PERSON_VERBS: [&str; 58] = [
    "was",
    "is",
    "has",
    "had",
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "who",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "lives",
    "lived",
    "needs",
    "needed",
    "asked",
    "asks",
    "called",
    "went",
    "came",
    "started",
    "began",
    "turned",
    "attends",
    "attended",
    "agrees",
    "agreed",
    "confirms",
    "confirmed",
    "notes",
    "noted",
    "reports",
    "reported",
    "reviewed",
    "reviews",
    "examined",
    "examines",
    "signed",
    "signs",
    "explains",
    "explained",
    "states",
    "stated",
    "treated",
    "treats",
    "recommends",
    "recommended",
    "saw",
    "sees",
    "finds",
    "found",
    "believes",
];

/// Words after a name that make it a disease or a sign: "Wilson's disease".
pub(super) const EPONYM_WORDS: [&str; 54] = [
    // "Kahramanmaraş earthquake", "Kerala floods": a disaster after its place.
    "earthquake",
    "flood",
    "floods",
    // "Philadelphia chromosome", "Holter monitor", "Holter monitoring".
    "chromosome",
    "monitor",
    "monitoring",
    "translocation",
    "disease",
    "syndrome",
    "sign",
    // Anatomy and criteria named after their describer or their city:
    // "Dorello's canal", "Stensen's duct", "Treitz ligament", "Virchow
    // node", "Ghent nosology".
    "canal",
    "duct",
    "ligament",
    "node",
    "nosology",
    "palsy",
    "test",
    "procedure",
    "operation",
    "anomaly",
    "sarcoma",
    "lymphoma",
    "anemia",
    "anaemia",
    "group",
    "classification",
    "criteria",
    "scale",
    "score",
    "staging",
    "tumor",
    "tumour",
    "leukemia",
    "dystrophy",
    "ataxia",
    "shunt",
    "repair",
    "reflex",
    "circulation",
    "virus",
    "stage",
    "muscular",
    "cell",
    "cells",
    "technique",
    "maneuver",
    "fracture",
    "cyst",
    "ulcer",
    "phenomenon",
    "reaction",
    "catheter",
    // Inclusions seen in cells, named after their describers:
    // "Howell-Jolly bodies", "Auer rods".
    "bodies",
    "rods",
];

pub(super) fn is_eponym(after: &str) -> bool {
    // "Wilson's disease", "Wilms' tumor".
    let rest = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .or_else(|| after.strip_prefix(['\'', '’']))
        .unwrap_or(after);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = alphabetic_start(rest);
    let folded = fold_cow(word);
    EPONYM_WORDS.contains(&&*folded) || is_disease_word(word, &folded)
}

const DEVICE_NOUNS: &str = include_str!("data/device-nouns.txt");

/// Small words and verbs that stand between a person and a noun of
/// surgery, where no procedure's own word does: "Tomasz had operation
/// notes", "Ana got stent checks".
const MODIFIER_STOPS: [&str; 22] = [
    "the", "and", "his", "her", "their", "our", "my", "your", "its", "this", "that", "one", "for", "with",
    "new", "old", "had", "got", "did", "will", "can", "may",
];

/// Whether a lower-case noun of a device, an implant or a procedure, or
/// its plural, follows a name ending at `after`: "Blalock-Taussig
/// shunt", "Ilizarov frames", "Hickman line" (`data/device-nouns.txt`).
/// Not read for a person of the case (names.rs asks `is_eponym` only): a
/// surname of the patient's family before "ring" is the family's.
pub(super) fn is_device_eponym(after: &str) -> bool {
    static NOUNS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| {
        DEVICE_NOUNS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let Some(mut rest) = after.strip_prefix(' ') else {
        return false;
    };
    // "a Nikaidoh root procedure": one word of the procedure's own before
    // the noun, no small word or verb ("Tomasz had operation notes").
    let first = alphabetic_start(rest);
    if first.len() >= 3
        && first.chars().all(|c| c.is_ascii_lowercase())
        && !MODIFIER_STOPS.contains(&first)
        && !first.ends_with('s')
        && !first.ends_with("ed")
        && let Some(next) = rest[first.len()..].strip_prefix(' ')
        && next.starts_with(char::is_lowercase)
    {
        let second = alphabetic_start(next);
        if nouns.contains(second) && !nouns.contains(first) {
            rest = next;
        }
    }
    let word = alphabetic_start(rest);
    let ends = rest[word.len()..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    word.starts_with(char::is_lowercase)
        && ends
        && (nouns.contains(word) || word.strip_suffix('s').is_some_and(|w| nouns.contains(w)))
}

/// The letters that open `s`, up to its first character that is no
/// letter: the word there, without a copy.
pub(super) fn alphabetic_start(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len())]
}

/// Endings of the names of diseases and their kinds: "cardiomyopathy",
/// "thyroiditis", "carcinoma", "fibrosis", "dysplasia".
const DISEASE_ENDINGS: [&str; 14] = [
    "pathy", "itis", "oma", "omas", "osis", "emia", "aemia", "plasia", "trophy", "penia", "megaly", "algia",
    "iasis", "ectasia",
];

const DISEASE_NOUNS: &str = include_str!("data/disease-nouns.txt");

/// A disease's name in lower case after an eponym: "Chagas
/// cardiomyopathy", "Hashimoto thyroiditis", "Kaposi sarcoma", "Sydenham
/// chorea" (`data/disease-nouns.txt` has the names no ending gives).
fn is_disease_word(word: &str, folded: &str) -> bool {
    static NOUNS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| {
        DISEASE_NOUNS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    word.starts_with(char::is_lowercase)
        && (nouns.contains(folded)
            || (folded.len() >= 6
                && DISEASE_ENDINGS.iter().any(|end| ends_with(folded, end))
                && !NO_DISEASES.contains(&folded)))
}

/// Words that end as a disease's name does and name an act of medicine,
/// no disease: "Kello's diagnosis" is a person's.
const NO_DISEASES: [&str; 4] = ["diagnosis", "diagnoses", "prognosis", "prognoses"];

/// Whether a lone name part that is also an ordinary word stands as a
/// person: a verb after it, or a possessive of a word that is no place.
pub(super) fn stands_as_person(text: &str, words: &[(usize, usize)], j: usize, last: usize) -> bool {
    let after = &text[words[last].1..];
    if after.starts_with("'s ") || after.starts_with("’s ") {
        return !is_place(&[fold(&text[words[j].0..words[last].1]).as_str()]);
    }
    let Some(&(s, e)) = words.get(last + 1) else {
        return false;
    };
    text[words[last].1..s].chars().all(char::is_whitespace) && folded_in(&text[s..e], &PERSON_VERBS)
}

/// Initials at the start of a text: dotted ("L.M.", "L. M.", "M.J.H.G.")
/// or two to five capitals ("JB"): their length, the letters, and whether
/// they were dotted.
pub(super) fn initials_at(s: &str) -> Option<(usize, String, bool)> {
    let mut letters = String::new();
    let mut i = 0;
    let bytes = s.as_bytes();
    while i + 1 < bytes.len() && bytes[i].is_ascii_uppercase() && bytes[i + 1] == b'.' {
        letters.push(bytes[i] as char);
        i += 2;
        if bytes.get(i) == Some(&b' ')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            && bytes.get(i + 2) == Some(&b'.')
        {
            i += 1;
        }
    }
    if letters.len() >= 2 {
        return Some((i, letters, true));
    }
    let len = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    let word = &s[..len];
    ((2..=5).contains(&len) && word.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| (len, word.to_owned(), false))
}

/// The letters of an alias made of initials ("L.M.", "JB", "M. J. H. G."),
/// if it is one.
pub(super) fn initials_of(alias: &str) -> Option<String> {
    let letters: String = alias.chars().filter(char::is_ascii_uppercase).collect();
    let only = alias
        .chars()
        .all(|c| c.is_ascii_uppercase() || c == '.' || c == ' ');
    let dotted = alias.contains('.');
    (only && (2..=6).contains(&letters.len()) && (dotted || letters.len() <= 5)).then_some(letters)
}

/// Dotted abbreviations that are more often something else than a
/// person's initials.
pub(super) const NOT_INITIALS: [&str; 14] = [
    "us", "uk", "un", "eu", "usa", "uae", "am", "pm", "po", "bc", "ad", "dc", "ie", "eg",
];

/// The dotted initials that stand for a person: all of them ("MJHG") and,
/// for three or more, the first and the last ("MG").
pub(super) fn short_forms(initials: &[(char, usize, bool)]) -> Vec<(String, bool)> {
    let all: String = initials.iter().map(|&(c, _, _)| c.to_ascii_uppercase()).collect();
    let mut out = Vec::new();
    if all.len() < 2 {
        return out;
    }
    let mut forms = vec![all.clone()];
    if all.len() > 2 {
        let first_last: String = [all.chars().next(), all.chars().last()]
            .into_iter()
            .flatten()
            .collect();
        forms.push(first_last);
    }
    for form in forms {
        let lower = form.to_lowercase();
        if !NOT_INITIALS.contains(&lower.as_str()) {
            out.push((form, false));
        }
    }
    out
}

//! Street addresses: US ones ("1300 East 9th Street, Suite 1105", "235 E.
//! 18th St.", "14 Willow Ct") and the forms other countries use ("Colonia
//! Kennedy, Bloque 12, Casa 7", "House 12, Street 4", "P.O. Box 4471",
//! "123/45 Nguyễn Trãi, Phường 7", "Flat 5, Batanai Gardens").

use super::words::{digits, fold, folded_in, lowered_in, one_of};

/// Street types that end a US street address. "Court" ends one only after a
/// number that is not a year: "2025 Supreme Court" is no street.
const STREET_SUFFIXES: [&str; 29] = [
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "ln",
    "way",
    "place",
    "pl",
    "drive",
    "dr",
    "parkway",
    "pkwy",
    "highway",
    "hwy",
    "terrace",
    "circle",
    "square",
    "plaza",
    "trail",
    "court",
    "ct",
    "alley",
    "row",
    "crescent",
];

const UNIT_WORDS: [&str; 9] = [
    "suite",
    "ste",
    "apt",
    "apartment",
    "unit",
    "floor",
    "fl",
    "room",
    "#",
];

/// Words that begin a part of an address in other countries, folded:
/// "Colonia Kennedy", "Bloque 12", "House 12", "Rue ...", "Số 12".
const ADDRESS_PARTS: [&str; 59] = [
    "colonia",
    "col",
    "barrio",
    "bo",
    "bloque",
    "casa",
    "calle",
    "avenida",
    "av",
    "residencial",
    "aldea",
    "lote",
    "sector",
    "manzana",
    "pasaje",
    "edificio",
    "apto",
    "apartamento",
    "km",
    "rue",
    "quartier",
    "impasse",
    "ruelle",
    "house",
    "street",
    "road",
    "lane",
    "block",
    "plot",
    "flat",
    "building",
    "apartment",
    "alley",
    "so",
    "ngo",
    "ngach",
    "hem",
    "duong",
    "phuong",
    "kuche",
    "koocheh",
    "district",
    "zona",
    "rua",
    "vul",
    "vulytsia",
    "prospekt",
    "apt",
    "kv",
    "pereulok",
    "quan",
    "stand",
    "section",
    "moo",
    "soi",
    "tambon",
    // "Shop 14, Limbe Market": a shop, a stall or a kiosk in a market or
    // a row of them.
    "shop",
    "stall",
    "kiosk",
];

/// "2210 Caroline Street", "1300 East 9th Street, Suite 1105", "235 E. 18th
/// St.", "14 Willow Ct", "12 Rue des Fleurs". The full stop of an
/// abbreviation at the end stays in the text, where it may end the sentence.
pub(super) fn street_address(s: &str) -> Option<usize> {
    let (mut end, number) = digits(s, 1, 6)?;
    let year_like = (1900..=2099).contains(&number) && end == 4;
    let mut words = 0;
    let mut foreign = false;
    loop {
        let gap = if s[end..].starts_with(". ") && words > 0 {
            2
        } else if s[end..].starts_with(' ') {
            1
        } else if foreign && words > 1 {
            break;
        } else {
            return None;
        };
        let start = end + gap;
        let len = s[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '\''))
            .unwrap_or(s.len() - start);
        let word = &s[start..start + len];
        let folded = fold(word);
        let particle =
            foreign && ["de", "la", "del", "des", "du", "le", "los", "las"].contains(&folded.as_str());
        if len == 0 || !(particle || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())) {
            if foreign && words > 1 {
                break;
            }
            return None;
        }
        if gap == 2 && !is_initial(&s[..end]) {
            // A full stop after a whole word ends the sentence.
            return None;
        }
        if words == 0 && ["rue", "calle", "avenida", "rua", "avenue"].contains(&folded.as_str()) {
            foreign = true;
        }
        end = start + len;
        words += 1;
        let suffix = STREET_SUFFIXES.contains(&folded.as_str());
        if !foreign && words > 1 && suffix && !(year_like && (folded == "court" || folded == "ct")) {
            // The full stop of "Dr." goes with it, unless it may also end
            // the sentence.
            let after = &s[end..];
            if let Some(rest) = after.strip_prefix('.') {
                let next = rest.trim_start();
                let ends_sentence = next.is_empty()
                    || (rest.starts_with(char::is_whitespace) && next.starts_with(char::is_uppercase));
                if !ends_sentence {
                    end += 1;
                }
            }
            break;
        }
        if words > 6 {
            if foreign {
                break;
            }
            return None;
        }
    }
    // ", Suite 300", ", Apt. 4B", " #12"
    let rest = &s[end..];
    let after_comma = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(". "))
        .or_else(|| rest.strip_prefix(' '));
    if let Some(unit) = after_comma {
        let word_len = unit
            .find(|c: char| !(c.is_alphabetic() || c == '#'))
            .unwrap_or(unit.len());
        if word_len > 0 && lowered_in(&unit[..word_len], &UNIT_WORDS) {
            let mut k = word_len;
            if unit[k..].starts_with('.') {
                k += 1;
            }
            if unit[k..].starts_with(' ') {
                k += 1;
            }
            let n = unit[k..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(unit.len() - k);
            if n > 0 {
                end += (rest.len() - unit.len()) + k + n;
            }
        }
    }
    Some(end)
}

/// An address of any form at the start of `s`: a US street, another
/// country's parts, a Khmer one, or a home told by what stands near it.
pub(super) fn any_address(s: &str) -> Option<usize> {
    street_address(s)
        .or_else(|| foreign_address(s))
        .or_else(|| part_by_landmark(s))
        .or_else(|| khmer_address(s))
        .or_else(|| described_home(s))
        .or_else(|| directions_before_home(s))
        .or_else(|| home_at_place(s))
}

/// An address at byte `i` of `text`: any of [`any_address`], or a home
/// described in apposition after a comma ("..., Hummingbird Highway, the
/// blue house on posts"): an article, one or two adjectives of which one
/// is a colour or a compound ("blue", "red-roofed"), and a noun of a
/// home; its length.
pub(super) fn address_at(text: &str, i: usize) -> Option<usize> {
    any_address(&text[i..])
        .or_else(|| appositive_home(text, i))
        .or_else(|| place_after_possessive(text, i))
        .or_else(|| postcode_line(text, i))
        .or_else(|| town_postcode_line(text, i))
}

/// Whether the line before byte `i` (which opens a line) ends with a comma
/// and holds a digit: an address wrapped at `i`.
fn after_wrapped_address(text: &str, i: usize) -> bool {
    let Some(before) = text[..i].strip_suffix('\n') else {
        return false;
    };
    let before = before.trim_end_matches(' ');
    let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
    before.ends_with(',') && line.contains(|c: char| c.is_ascii_digit())
}

/// "...Wolong St.,\nXinyi Dist., Keelung City 201": the district and the
/// town, then the postcode, that open a line after an address wrapped
/// there, as East Asian addresses run in English; one to five
/// capitalised words ("Dist.", "Naka-ku" with theirs), a comma between
/// them or not, and a number of three to six digits ended by a comma, a
/// full stop or the line; with a landmark after it ("behind the temple"),
/// which tells the home's place; its length.
fn town_postcode_line(text: &str, i: usize) -> Option<usize> {
    if !after_wrapped_address(text, i) {
        return None;
    }
    let s = &text[i..];
    let mut at = 0;
    for word in 0..5 {
        if !s[at..].starts_with(char::is_uppercase) {
            return None;
        }
        at += s[at..]
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')))
            .unwrap_or(s.len() - at);
        // "Al Sadd, Doha, above the pharmacy": with no postcode, the
        // places and a landmark in small letters after them, which tells
        // the home's place.
        if word > 0
            && let Some(tail) = landmark_tail(&s[at..])
            && !s[at..at + tail].contains(char::is_uppercase)
        {
            return Some(at + tail);
        }
        let gap = [", ", " "].into_iter().find(|g| s[at..].starts_with(g))?;
        at += gap.len();
        // A postcode of digits after two words or more ("Camp 300" is a
        // count); one of letters and digits after one ("Gadong BE3119").
        if gap == " "
            && let Some(len) = digits(&s[at..], 3, 6)
                .map(|(len, _)| len)
                .filter(|_| word > 0)
                .or_else(|| lettered_postcode(&s[at..]))
        {
            let end = at + len;
            let after = &s[end..];
            if !(after.is_empty() || after.starts_with([',', '.', '\n', ';'])) {
                return None;
            }
            return Some(end + landmark_tail(after).unwrap_or(0));
        }
    }
    None
}

/// A postcode of capital letters and digits at the start of `s`: one or
/// two letters run on to four or five digits ("BB14006", "BE3119"), or
/// the two groups of a British one ("CF11 9HA", "NP20 4AB"); its length.
fn lettered_postcode(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let letters = b.iter().take(2).take_while(|c| c.is_ascii_uppercase()).count();
    if letters == 0 {
        return None;
    }
    let run = |from: usize, test: fn(&u8) -> bool| b[from..].iter().take_while(|c| test(c)).count();
    let numbers = run(letters, u8::is_ascii_digit);
    let ends = |at: usize| b.get(at).is_none_or(|c| !c.is_ascii_alphanumeric());
    if (4..=5).contains(&numbers) && ends(letters + numbers) {
        return Some(letters + numbers);
    }
    if !(1..=2).contains(&numbers) {
        return None;
    }
    let mut at = letters + numbers;
    if b.get(at).is_some_and(u8::is_ascii_uppercase) {
        at += 1;
    }
    let inward = b.get(at + 1..at + 4)?;
    (b[at] == b' '
        && inward[0].is_ascii_digit()
        && inward[1..].iter().all(u8::is_ascii_uppercase)
        && ends(at + 4))
    .then_some(at + 4)
}

/// "Sólvallagata 14, kjallari,\n101 Reykjavík": the postcode and the
/// town that open a line after an address wrapped there, whose line ends
/// with a comma and holds a house's number; the town one or two
/// capitalised words ended by a comma, a full stop or the line (so "250
/// Syrians arrived" is a count); its length.
fn postcode_line(text: &str, i: usize) -> Option<usize> {
    if !after_wrapped_address(text, i) {
        return None;
    }
    let s = &text[i..];
    let (mut end, _) = digits(s, 3, 5)?;
    // "1150-191 Lisboa", "00-950 Warszawa": a postcode of two groups.
    if let Some((len, _)) = s[end..].strip_prefix('-').and_then(|r| digits(r, 2, 3)) {
        end += 1 + len;
    }
    for word in 0..2 {
        if !(s[end..].starts_with(' ') && s[end + 1..].starts_with(char::is_uppercase)) {
            if word == 0 {
                return None;
            }
            break;
        }
        end += 1;
        end += s[end..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(s.len() - end);
    }
    let after = &s[end..];
    if !(after.is_empty() || after.starts_with([',', '.', '\n', ';'])) {
        return None;
    }
    // ", above the bakery by the bridge": a landmark in small letters
    // after the town tells the home's place.
    let tail = landmark_tail(after).filter(|&n| !after[..n].contains(char::is_uppercase));
    Some(end + tail.unwrap_or(0))
}

fn appositive_home(text: &str, i: usize) -> Option<usize> {
    if !text[..i].ends_with(", ") {
        return None;
    }
    let s = &text[i..];
    let rest = s.strip_prefix("the ")?;
    let mut at = s.len() - rest.len();
    let mut described = false;
    for _ in 0..3 {
        let len = s[at..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(s.len() - at);
        let word = &s[at..at + len];
        if len == 0 || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        if ["house", "hut", "cottage", "shack", "compound"].contains(&word) {
            if !described || s[at + len..].starts_with(char::is_alphanumeric) {
                return None;
            }
            // "..., the green house with the lime tree in the yard": its
            // features and directions go with it.
            let end = at + len + with_features(&s[at + len..]).unwrap_or(0);
            return Some(further_directions(s, end));
        }
        described |= word.contains('-') || HOME_COLOURS.contains(&word);
        if !s[at + len..].starts_with(' ') {
            return None;
        }
        at += len + 1;
    }
    None
}

/// ", next to the ma'tam", ", behind the old souq": a comma, a preposition
/// of place (not "after" or "past", which tell a time here) and a
/// landmark; its length.
fn landmark_tail(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(", ")?;
    let prep = PLACE_PREPOSITIONS
        .iter()
        .filter(|p| !["after", "past"].contains(p))
        .find(|p| rest.starts_with(*p) && rest[p.len()..].starts_with(' '));
    // ", above the bakery", ", over the café": a home above or below a
    // landmark, only before an article ("above all" is none).
    let prep = prep.or_else(|| {
        ["above", "over", "below", "under"]
            .iter()
            .find(|p| rest.strip_prefix(**p).is_some_and(|r| r.starts_with(" the ")))
    })?;
    let at = s.len() - rest.len() + prep.len();
    landmark_end(s, at).map(|end| further_directions(s, end))
}

/// "Block 751, Sanad, next to the ma'tam": one numbered part of an address
/// (which alone is no address: "Block 751" may be a ward's), maybe a
/// locality of one to three capitalized words, and a landmark in small
/// letters; the landmark tells a home's place. A landmark with a name of
/// its own ("near Kgale Hill", "near the Place de la Nation") is public
/// and stays, as after a whole address.
fn part_by_landmark(s: &str) -> Option<usize> {
    let (mut end, true) = address_part(s)? else {
        return None;
    };
    if let Some(rest) = s[end..].strip_prefix(", ") {
        let mut at = s.len() - rest.len();
        let mut words = 0;
        while words < 3 && s[at..].starts_with(char::is_uppercase) {
            let len = s[at..].find(|c: char| !c.is_alphabetic()).unwrap_or(s.len() - at);
            at += len;
            words += 1;
            if s[at..].starts_with(' ') && s[at + 1..].starts_with(char::is_uppercase) {
                at += 1;
            } else {
                break;
            }
        }
        if words > 0 && s[at..].starts_with(", ") {
            end = at;
        }
    }
    let tail = landmark_tail(&s[end..])?;
    s[end..end + tail]
        .chars()
        .all(|c| !c.is_uppercase())
        .then_some(end + tail)
}

/// Whether the text ends with a single capital letter: "E" of "235 E".
fn is_initial(before: &str) -> bool {
    let mut chars = before.chars().rev();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next().is_some_and(|c| c == ' ')
}

/// An address as other countries write it: parts such as "Colonia Kennedy",
/// "Bloque 12", "Casa 7", "House 12", "Street 4", joined by commas, at least
/// one with a number; or a post office box alone.
pub(super) fn foreign_address(s: &str) -> Option<usize> {
    // "4a. Avenida 12-34": an ordinal before the street goes with it.
    if let Some(len) = ordinal_prefix(s)
        && s[len..].starts_with(char::is_uppercase)
        && address_part(&s[len..]).is_some_and(|(_, has_number)| has_number)
    {
        return foreign_address(&s[len..]).map(|n| len + n);
    }
    let mut end = 0;
    let mut parts = 0;
    let mut numbered = false;
    // "45/2 Moo 7": a house number before a numbered part.
    if let Some((len, _)) = digits(s, 1, 5)
        && let Some(lane) = s[len..]
            .strip_prefix('/')
            .and_then(|r| digits(r, 1, 4))
            .map_or(Some(0), |(n, _)| Some(1 + n))
        && s[len + lane..].starts_with(' ')
        && let Some((part, true)) = address_part(&s[len + lane + 1..])
    {
        end = len + lane + 1 + part;
        parts = 2;
        numbered = true;
    } else if let Some(len) = numbered_street(s)
        && s[len..].starts_with(", ")
        && address_part(&s[len + 2..]).is_some_and(|(_, has_number)| has_number)
    {
        end = len;
        parts = 1;
        numbered = true;
    } else {
        // A capital, or an abbreviation: "Colonia", "vul.".
        let word = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
        if !(s.starts_with(char::is_uppercase) || (word > 0 && s[word..].starts_with(". "))) {
            return None;
        }
        if let Some(len) = post_box(s) {
            return Some(len);
        }
    }
    (end, parts, numbered) = more_parts(s, (end, parts, numbered), |rest, gap, numbered| {
        address_part(rest).or_else(|| {
            // After a numbered part, "Glen View 3" or "Batanai Gardens".
            (numbered && gap.starts_with(','))
                .then(|| locality_part(rest))
                .flatten()
        })
    });
    let first = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    let alone = parts == 1 && numbered && folded_in(&s[..first], &HOUSE_WORDS);
    ((parts >= 2 || alone) && numbered).then_some(end)
}

/// Words that begin the parts of a Khmer address, longest first: a house
/// number, a house, a street number, a street, a village, a commune, a
/// quarter (sangkat), a district (khan, srok), a town.
const KHMER_ADDRESS_WORDS: [&str; 10] = [
    "ផ្ទះលេខ",
    "ផ្លូវលេខ",
    "ផ្ទះ",
    "ផ្លូវ",
    "ភូមិ",
    "ឃុំ",
    "សង្កាត់",
    "ខណ្ឌ",
    "ស្រុក",
    "ក្រុង",
];

/// "ផ្ទះលេខ 12 ផ្លូវ 7 ភូមិ...": a Khmer address (its digits read as
/// ASCII), two parts or more, each a word of the list above, the rest of
/// its word (a village's name) and maybe a number, at least one numbered.
pub(super) fn khmer_address(s: &str) -> Option<usize> {
    let goes_on = |r: &str| {
        r.starts_with(|c: char| c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c))
    };
    let (end, parts, numbered) = more_parts(s, (0, 0, false), |part, _, _| {
        let word = KHMER_ADDRESS_WORDS.iter().find(|w| part.starts_with(*w))?;
        let mut at = word.len();
        // The rest of the word: "ភូមិរំចេក", a village's name.
        while goes_on(&part[at..]) && !part[at..].starts_with(|c: char| c.is_ascii_digit()) {
            at += part[at..].chars().next().map_or(1, char::len_utf8);
        }
        if let Some(rest) = part[at..].strip_prefix(' ')
            && let Some((len, _)) = digits(rest, 1, 5)
            && !goes_on(&rest[len..])
        {
            return Some((at + 1 + len, true));
        }
        Some((at, false))
    });
    (parts >= 2 && numbered).then_some(end)
}

/// An address's parts read one after another from `run` (where the parts
/// read so far end, how many there are, whether one holds a number), each
/// after ", " or " " (none before the first), as far as `part` reads one:
/// from the text at the part's start, the gap before it and whether a part
/// before it holds a number, the part's length and whether it holds one.
fn more_parts(
    s: &str,
    run: (usize, usize, bool),
    mut part: impl FnMut(&str, &str, bool) -> Option<(usize, bool)>,
) -> (usize, usize, bool) {
    let (mut end, mut parts, mut numbered) = run;
    loop {
        let start = if parts == 0 {
            0
        } else if let Some(gap) = one_of(&s[end..], &[", ", " "]) {
            end + gap
        } else {
            break;
        };
        let Some((len, has_number)) = part(&s[start..], &s[end..start], numbered) else {
            break;
        };
        end = start + len;
        parts += 1;
        numbered |= has_number;
    }
    (end, parts, numbered)
}

/// Parts of an address that are a home or a trade's place by themselves:
/// "Flat 5", "Stand 1234", "Casa 7", "Shop 14".
pub(super) const HOUSE_WORDS: [&str; 14] = [
    "shop",
    "stall",
    "kiosk",
    "flat",
    "stand",
    "house",
    "plot",
    "casa",
    "bloque",
    "apto",
    "apartamento",
    "lote",
    "manzana",
    "apartment",
];

/// Words that end the name of an estate or a block of flats.
const ESTATE_WORDS: [&str; 9] = [
    "gardens", "estate", "park", "heights", "villas", "complex", "compound", "court", "towers",
];

/// A suburb with a number ("Glen View 3", "Delmas 33") or an estate
/// ("Batanai Gardens"): one to three capitalised words.
fn locality_part(s: &str) -> Option<(usize, bool)> {
    let mut end = 0;
    let mut words = 0;
    let mut last = "";
    while words < 3 && s[end..].starts_with(char::is_uppercase) {
        let len = s[end..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(s.len() - end);
        last = &s[end..end + len];
        end += len;
        words += 1;
        if s[end..].starts_with(' ') && s[end + 1..].starts_with(char::is_uppercase) {
            end += 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    if s[end..].starts_with(' ')
        && let Some((len, _)) = digits(&s[end + 1..], 1, 4)
        && !s[end + 1 + len..].starts_with(|c: char| c.is_alphanumeric())
    {
        return Some((end + 1 + len, true));
    }
    folded_in(last, &ESTATE_WORDS).then_some((end, false))
}

/// "4a. ", "1ra ", "3o. ": a Spanish or Portuguese ordinal and a space.
fn ordinal_prefix(s: &str) -> Option<usize> {
    let (len, _) = digits(s, 1, 2)?;
    let suffix = [
        "ra.", "ra", "a.", "a", "o.", "o", "ta.", "ta", "va.", "va", "da.", "da",
    ]
    .iter()
    .find(|x| s[len..].starts_with(*x))?;
    let end = len + suffix.len();
    s[end..].starts_with(' ').then_some(end + 1)
}

/// "123/45 Nguyễn Trãi": a house number (with a lane after a slash) and one
/// to three capitalised words.
fn numbered_street(s: &str) -> Option<usize> {
    let (mut end, _) = digits(s, 1, 5)?;
    if s[end..].starts_with('/')
        && let Some((len, _)) = digits(&s[end + 1..], 1, 5)
    {
        end += 1 + len;
    }
    let mut words = 0;
    while words < 3 && s[end..].starts_with(' ') && s[end + 1..].starts_with(char::is_uppercase) {
        let len = s[end + 1..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(s.len() - end - 1);
        end += 1 + len;
        words += 1;
    }
    (words > 0).then_some(end)
}

/// "P.O. Box 4471", "PO Box 12", "Apartado Postal 221", "B.P. 1250",
/// "C.P. 47" (Romania's "căsuța poștală", Italy's "casella postale");
/// the box of the mail in the words of Argentina and Spain ("Casilla de
/// Correo 214", "Apartado de Correos 45"), the longer label first.
fn post_box(s: &str) -> Option<usize> {
    let label = one_of(
        s,
        &[
            "P.O. Box ",
            "PO Box ",
            "P. O. Box ",
            "Apartado Postal ",
            "Apartado de Correos ",
            "Apartado ",
            "Casilla de Correos ",
            "Casilla de Correo ",
            "Casilla Postal ",
            "Casilla ",
            "B.P. ",
            "Caixa Postal ",
            "C.P. ",
        ],
    )?;
    let (len, _) = digits(&s[label..], 1, 7)?;
    Some(label + len)
}

/// One part of a foreign address: a word that begins such parts, then a
/// number ("Bloque 12", "Km 7.5") or up to three capitalised words
/// ("Colonia Kennedy", "Barrio La Granja").
fn address_part(s: &str) -> Option<(usize, bool)> {
    let word_len = s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len());
    if word_len == 0 || !folded_in(&s[..word_len], &ADDRESS_PARTS) {
        return None;
    }
    let mut end = word_len;
    if s[end..].starts_with('.') {
        end += 1;
    }
    if !s[end..].starts_with(' ') {
        return None;
    }
    end += 1;
    // "C4", "B12": a block or house code of one or two capitals and digits.
    let code = s[end..]
        .find(|c: char| !c.is_ascii_uppercase())
        .unwrap_or(s.len() - end);
    if (1..=2).contains(&code)
        && let Some((len, _)) = digits(&s[end + code..], 1, 4)
        && !s[end + code + len..].starts_with(|c: char| c.is_alphanumeric())
    {
        return Some((end + code + len, true));
    }
    if let Some((len, _)) = digits(&s[end..], 1, 5) {
        end += len;
        // "12A", "4/2", "7-B"
        let tail = s[end..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '-'))
            .unwrap_or(s.len() - end);
        if tail <= 3 {
            end += tail;
        }
        return Some((end, true));
    }
    let mut words = 0;
    while words < 3 {
        let len = s[end..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(s.len() - end);
        let word = &s[end..end + len];
        if len < 2 || !word.starts_with(char::is_uppercase) {
            break;
        }
        end += len;
        words += 1;
        if s[end..].starts_with(' ') && s[end + 1..].starts_with(char::is_uppercase) {
            let next = s[end + 1..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(s.len() - end - 1);
            if folded_in(&s[end + 1..end + 1 + next], &ADDRESS_PARTS) {
                break;
            }
            end += 1;
        } else {
            break;
        }
    }
    if s[..end].ends_with(' ') {
        end -= 1;
    }
    // "vul. Sumska 10": a number after the name.
    if words > 0
        && s[end..].starts_with(' ')
        && let Some((len, _)) = digits(&s[end + 1..], 1, 5)
        && !s[end + 1 + len..].starts_with(|c: char| c.is_alphanumeric())
    {
        return Some((end + 1 + len, true));
    }
    (words > 0).then_some((end, false))
}

/// Words that open a home's description: an article or a possessive.
const HOME_DETERMINERS: [&str; 9] = ["the", "a", "an", "their", "our", "his", "her", "my", "your"];

/// Ordinals that count homes along a way: "the first house after ...".
const HOME_ORDINALS: [&str; 14] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
    "next", "2nd", "3rd",
];

/// Nouns of a home. "Room", "flat" and "yard" are a home only counted
/// ("the second room behind the shop"); the others with an adjective too
/// ("the yellow house near the mosque"); "one" only counted or described
/// by a colour or a compound ("the red-roofed one").
/// "Door" and "gate" are a home's only counted or described ("the blue
/// door upstairs"), or marked by what stands at them ("the gate with the
/// aloe"); "floor" only counted.
/// "Stand", "kiosk" and "stall", where a trader or a driver waits, only
/// counted or described by a compound ("the moto-taxi stand"; not "the
/// drip stand").
/// "Block" and "unit", a block of flats and a flat in one, only described
/// by a colour, a compound or their place ("the grey block with the
/// pharmacy on the ground floor", "the corner unit facing the car park";
/// not "the intensive care unit near the lifts", "the nerve block").
/// "Farmhouse" is a home as "house" is; "apartment" as "flat" is;
/// "building" only counted, described, marked by features, or marked by
/// what grows on it and placed by a landmark ("the building with the
/// jasmine behind the bakery"; not "the building near the ward").
pub(super) const HOME_NOUNS: [&str; 25] = [
    "house",
    "home",
    "hut",
    "compound",
    "cottage",
    "shack",
    "one",
    "room",
    "flat",
    "yard",
    "tent",
    "rondavel",
    "door",
    "gate",
    "floor",
    "stand",
    "kiosk",
    "stall",
    "block",
    "unit",
    "farmhouse",
    "apartment",
    "building",
    // The town houses of American cities, named by their make.
    "brownstone",
    "triple-decker",
];

/// Words that describe a home by its place in a row or a block, as a
/// colour does: "the corner unit", "the end house".
const HOME_PLACINGS: [&str; 2] = ["corner", "end"];

/// Nouns of a home's way in, told apart by what marks them: "the gate
/// with the aloe", "the door with the Sacred Heart picture", "the tent
/// with the torn canvas".
const MARKED_ENTRANCES: [&str; 3] = ["door", "gate", "tent"];

/// Nouns of a block of flats and a flat in one that what is in them marks
/// when described: "the grey block with the pharmacy".
const BLOCKS: [&str; 2] = ["block", "unit"];

/// Ordinals that open directions with no article: "second lane after the
/// water pump". ("Next" and "last" need one.)
const COUNTING_ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd",
    "3rd",
];

/// Ways counted along a road to a home: "the third alley on the left".
/// Only counted ("the lane after the rain" is a time), told as having no
/// name ("the lane with no name"), or bare in directions after a home's
/// place ("..., alley behind the mill"). "Von" is Lomé's word for an alley.
pub(super) const WAY_NOUNS: [&str; 7] = ["lane", "alley", "track", "path", "turning", "gap", "von"];

/// "on the left", "on your right": the side of a counted way or home
/// ("the third alley on the left"); its length after the noun.
fn side_of_way(s: &str) -> Option<usize> {
    ["on the left", "on the right", "on your left", "on your right"]
        .iter()
        .find(|side| {
            s.strip_prefix(' ')
                .is_some_and(|r| r.starts_with(*side) && !r[side.len()..].starts_with(char::is_alphanumeric))
        })
        .map(|side| 1 + side.len())
}

/// Parts of a home that tell it apart when described: "with the green
/// gate", "with a tin roof"; the enclosed wooden balcony by its Maltese
/// and Arabic names ("gallarija", "mashrabiya").
const HOME_PARTS: [&str; 39] = [
    "gate",
    "gates",
    "door",
    "doors",
    "roof",
    "fence",
    "wall",
    "walls",
    "shutters",
    "windows",
    "porch",
    "veranda",
    "verandah",
    "balcony",
    "balconies",
    "verandas",
    "verandahs",
    "porches",
    "steps",
    "awning",
    "railings",
    "tank",
    "tree",
    "tarpaulin",
    "canvas",
    "dish",
    "aerial",
    "mural",
    "sign",
    "curtains",
    "grille",
    "flag",
    "flags",
    "banner",
    "gallarija",
    "gallariji",
    "mashrabiya",
    "mashrabiyas",
    "mashrabiyya",
];

/// " with the green gate", " with a tin roof": a home told by a described
/// part of it (an article, one or two adjectives, a part of a home), its
/// length. A part not described ("with the garden") or a person ("with
/// his mother") tells no home. More features may follow after "and" ("with
/// the tamarind and the red tin roof"): one described is enough for all;
/// a plant in the yard is one ("with the hibiscus in the yard").
fn with_features(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(" with ").or_else(|| s.strip_prefix("\nwith "))?;
    let (mut end, mut strong) = feature_item(s, s.len() - rest.len())?;
    while let Some(r) = s[end..].strip_prefix(" and ") {
        let Some((next, described)) = feature_item(s, s.len() - r.len()) else {
            break;
        };
        if !(described || strong) {
            break;
        }
        end = next;
        strong |= described;
    }
    strong.then_some(end)
}

/// Yards and gardens a plant of a home stands in: "in the yard".
const HOME_GROUNDS: [&str; 4] = [" in the yard", " in the garden", " in the compound", " in front"];

/// One feature of a home at byte `at` of `s`: a part of it described (an
/// article or none, one or two adjectives, a part: "the green gate"), or
/// one or two words after an article ("the tamarind", not described);
/// its end and whether it is described. A plant in the yard ("the hibiscus
/// in the yard") is described by where it stands.
fn feature_item(s: &str, mut at: usize) -> Option<(usize, bool)> {
    // "with green shutters": the article may go; an adjective may not.
    // A count stands for one ("with three rondavels").
    let article = ["the ", "a ", "an "]
        .iter()
        .chain(FEATURE_COUNTS.iter())
        .find(|a| s[at..].starts_with(*a));
    if let Some(article) = article {
        at += article.len();
    }
    let mut adjectives = 0;
    // Capitalized words before the part ("the Hanuman flag", "a Red Cross
    // sign"): the part must follow them.
    let mut named = 0;
    let mut end = at;
    loop {
        let len = s[at..]
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(s.len() - at);
        let word = &s[at..at + len];
        let capital = article.is_some()
            && named < 2
            && adjectives == named
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && word.len() > 1;
        if capital && s[at + len..].starts_with(' ') {
            named += 1;
            adjectives += 1;
            at += len + 1;
            continue;
        }
        if len == 0 || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            break;
        }
        if HOME_PARTS.contains(&word) {
            if adjectives > 0 {
                let end = at + len;
                return Some((end + grounds(&s[end..]).unwrap_or(0), true));
            }
            end = at + len;
            adjectives += 1;
            break;
        }
        if adjectives == 2 || named > 0 || LANDMARK_ENDS.contains(&word) || HOME_DETERMINERS.contains(&word) {
            break;
        }
        adjectives += 1;
        end = at + len;
        if !s[end..].starts_with(' ') {
            break;
        }
        at = end + 1;
    }
    if article.is_none() || adjectives == 0 || named > 0 || s[end..].starts_with(char::is_alphanumeric) {
        return None;
    }
    match grounds(&s[end..]) {
        Some(len) => Some((end + len, true)),
        None => Some((end, false)),
    }
}

/// Counts that open a home's feature as an article does: "with three
/// rondavels", "with two mango trees".
const FEATURE_COUNTS: [&str; 9] = [
    "two ", "three ", "four ", "five ", "six ", "seven ", "eight ", "nine ", "ten ",
];

/// " in the yard": where a plant of a home stands; its length.
fn grounds(s: &str) -> Option<usize> {
    HOME_GROUNDS
        .iter()
        .find(|g| s.starts_with(**g) && !s[g.len()..].starts_with(char::is_alphanumeric))
        .map(|g| g.len())
}

/// Colours that describe a home: "the green one beside the well".
const HOME_COLOURS: [&str; 12] = [
    "red", "blue", "green", "yellow", "white", "black", "pink", "grey", "gray", "brown", "orange", "purple",
];

/// Prepositions of place, longest first. "After" and "past" tell a place
/// only after an ordinal and a noun of a home ("the first house after the
/// bridge"); without them they tell a time ("the house after the
/// operation", "the first one after the surgery").
const PLACE_PREPOSITIONS: [&str; 11] = [
    "in front of",
    "across from",
    "next to",
    "close to",
    "opposite",
    "facing",
    "behind",
    "beside",
    "near",
    "after",
    "past",
];

/// Words that end the landmark's name: a preposition, a conjunction, a
/// verb of being ("the hut past the tank in Kimbo was ...").
const LANDMARK_ENDS: [&str; 34] = [
    "in", "at", "on", "of", "and", "or", "but", "where", "when", "while", "which", "that", "who", "with",
    "to", "for", "from", "by", "since", "until", "as", "is", "was", "were", "are", "has", "had", "have",
    "so", "because", "down", "up", "over", "under",
];

/// "the remis stand at the corner of the Plaza 25 de Mayo": a trade's
/// stand named by one word (`adjectives` before the noun), placed at a
/// named place; the length of what follows the noun in `rest`.
fn placed_stand(noun: &str, adjectives: usize, rest: &str) -> Option<usize> {
    (matches!(noun, "stand" | "kiosk" | "stall") && adjectives == 1)
        .then(|| stand_place(rest))
        .flatten()
}

/// A home told by what stands near it, with no street or number: "the
/// first house after the koker", "the red-roofed one beside the spring",
/// "their hut behind the fish market". An article or a possessive, maybe an
/// ordinal and adjectives, a noun of a home, a preposition of place and a
/// landmark of up to four words (after an article, or capitalized): its
/// length. A public building ("the clinic behind the cathedral") or a home
/// without an article ("went home after the surgery") is none.
pub(super) fn described_home(s: &str) -> Option<usize> {
    let word_at = |at: usize| -> &str {
        let len = s[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(s.len() - at);
        &s[at..at + len]
    };
    let first = word_at(0);
    // Read at every word and every space between: no word, no home; the
    // word lowered once.
    let bare = lowered_in(first, &COUNTING_ORDINALS);
    if first.is_empty()
        || !(bare || lowered_in(first, &HOME_DETERMINERS))
        || !first[1..].chars().all(char::is_lowercase)
    {
        return None;
    }
    let mut at = first.len();
    // A description may wrap onto the next line.
    let next = |at: &mut usize| -> Option<&str> {
        let rest = s[*at..].strip_prefix([' ', '\n'])?;
        let w = word_at(s.len() - rest.len());
        if w.is_empty() {
            return None;
        }
        *at = s.len() - rest.len() + w.len();
        Some(w)
    };
    // "second lane after the water pump": an ordinal may open the
    // directions with no article.
    let mut word = if bare { first } else { next(&mut at)? };
    let counted = HOME_ORDINALS.contains(&word) || bare;
    if counted {
        word = next(&mut at)?;
    }
    let mut described = false;
    let mut adjectives = 0;
    while !(HOME_NOUNS.contains(&word) || WAY_NOUNS.contains(&word)) {
        // Up to two adjectives, small letters: "red-roofed", "old wooden".
        if adjectives == 2
            || !word.chars().all(|c| c.is_lowercase() || c == '-')
            || LANDMARK_ENDS.contains(&word)
            || PLACE_PREPOSITIONS.contains(&word)
        {
            return None;
        }
        described |= word.contains('-') || HOME_COLOURS.contains(&word) || HOME_PLACINGS.contains(&word);
        adjectives += 1;
        word = next(&mut at)?;
    }
    // "the unpainted block house": a block before another noun of a home
    // is what the home is built of.
    if BLOCKS.contains(&word) && adjectives < 2 {
        let mut probe = at;
        if let Some(w) = next(&mut probe).filter(|w| HOME_NOUNS.contains(w) && !BLOCKS.contains(w)) {
            (word, at) = (w, probe);
        }
    }
    let noun = word;
    // "the blue board house on stilts with the breadfruit tree".
    if described {
        at += raised(&s[at..]);
    }
    let features = || marked_home(noun, described, &s[at..]);
    if let Some(len) = placed_stand(noun, adjectives, &s[at..]) {
        return Some(at + len);
    }
    // "the flat above the pharmacy": a home placed above a landmark.
    let above = s[at..].starts_with(" above the ");
    let allowed = match noun {
        "room" | "flat" | "yard" | "floor" | "apartment" => counted || above,
        "building" => counted || described || above || features().is_some(),
        "block" | "unit" => counted || described || placed_and_marked(&s[at..]),
        "stand" | "kiosk" | "stall" => counted || described,
        "one" => counted || described || features().is_some(),
        "door" | "gate" => counted || described || features().is_some(),
        n if WAY_NOUNS.contains(&n) => counted || s[at..].starts_with(" with no name"),
        _ => true,
    };
    if !allowed {
        return None;
    }
    if counted && let Some(len) = side_of_way(&s[at..]) {
        return Some(at + len);
    }
    // "the lane with no name": a way no name tells apart.
    if WAY_NOUNS.contains(&noun)
        && let Some(r) = s[at..].strip_prefix(" with no name")
        && !r.starts_with(char::is_alphanumeric)
    {
        return Some(further_directions(s, at + " with no name".len()));
    }
    if !["room", "flat", "yard", "floor", "apartment"].contains(&noun)
        && !WAY_NOUNS.contains(&noun)
        && let Some(len) = features()
    {
        return Some(further_directions(s, at + len));
    }
    // "the green door upstairs": a storey after a counted or described home.
    if (counted || described)
        && let Some(len) = storey(&s[at..])
    {
        return Some(further_directions(s, at + len));
    }
    let rest = s[at..].strip_prefix([' ', '\n'])?;
    let prep = home_preposition(rest, counted && noun != "one", adjectives > 0)?;
    at = s.len() - rest.len() + prep.len();
    landmark_end(s, at).map(|end| further_directions(s, end))
}

/// " at the corner of the Plaza 25 de Mayo", " at the Carrefour Vêdoko",
/// " by the Chaguanas market": where a trade's stand is, a place written
/// with its capitals after "at the corner of" (one word is enough) or
/// "at", "by", "near" and the like (two are needed, or one and the kind
/// of a public place: "at the Conservatory" may be where a music stand
/// is); its length. A number
/// with "de" and a capitalized word goes with the place's name ("25 de
/// Mayo", "9 de Julio"), as streets and squares are named after dates.
fn stand_place(s: &str) -> Option<usize> {
    let (rest, least) = if let Some(r) = s.strip_prefix(" at the corner of the ") {
        (r, 1)
    } else {
        let r = [
            " at the ",
            " by the ",
            " near the ",
            " beside the ",
            " behind the ",
            " opposite the ",
        ]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
        (r, 2)
    };
    let word_len = |r: &str| {
        r.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(r.len())
    };
    let capital = |w: &str| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
    let mut at = s.len() - rest.len();
    let mut end = at;
    let mut words = 0;
    while words < 4 {
        let w = &s[at..at + word_len(&s[at..])];
        if capital(w) {
            words += 1;
            end = at + w.len();
        } else if words > 0 && !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 2 {
            // "25 de Mayo": the date and its month, together or not at all.
            let r = &s[at + w.len()..];
            let Some(month) = r.strip_prefix(" de ") else {
                break;
            };
            let m = &month[..word_len(month)];
            if !capital(m) {
                break;
            }
            end = s.len() - month.len() + m.len();
            break;
        } else {
            break;
        }
        match s[end..].strip_prefix(' ') {
            Some(r) => at = s.len() - r.len(),
            None => break,
        }
    }
    // "by the Chaguanas market": one capitalized word and the kind of a
    // public place written small.
    if words >= 1
        && let Some(r) = s[end..].strip_prefix(' ')
    {
        let w = &r[..word_len(r)];
        if STAND_LANDMARKS.contains(&w) {
            return Some(s.len() - r.len() + w.len());
        }
    }
    (words >= least).then_some(end)
}

/// Kinds of a public place written small after its name, by which a
/// trade's stand is placed: "by the Chaguanas market".
const STAND_LANDMARKS: [&str; 9] = [
    "market",
    "bazaar",
    "jetty",
    "bridge",
    "mosque",
    "church",
    "station",
    "roundabout",
    "junction",
];

/// The preposition that places a described home, at the start of `rest`
/// (what follows the home's description). "the last house on the road
/// down to the jetty": a counted home on a way ("the house on the hill"
/// is no count, and stays); "after" and "past" only for a counted one.
/// "under the kapok tree": under a landmark too, here only (a person is
/// "under the care" of someone; the landmark must follow an article or a
/// capital, and "under construction" has neither).
fn home_preposition(rest: &str, counted: bool, described: bool) -> Option<&'static str> {
    let on_way = (counted && rest.starts_with("on the ")).then_some("on");
    let prep = on_way.or_else(|| {
        PLACE_PREPOSITIONS
            .iter()
            .chain(&["under", "above"])
            .find(|p| rest.starts_with(*p) && rest[p.len()..].starts_with(' '))
            .copied()
    })?;
    if prep == "under" && (rest.starts_with("under the care") || rest.starts_with("under the name")) {
        return None;
    }
    // "the adobe house past the windbreak": past a landmark, a home with
    // a word of its make or look before it is placed as a counted one.
    if (prep == "after" || prep == "past") && !counted && !(prep == "past" && described) {
        return None;
    }
    Some(prep)
}

/// What marks a home after its noun in `rest`: its features ("with the
/// red door"), what stands at a way in or a described block ("the gate
/// with the aloe"), or a plant and a landmark for a building; its length.
fn marked_home(noun: &str, described: bool, rest: &str) -> Option<usize> {
    with_features(rest)
        .or_else(|| {
            (MARKED_ENTRANCES.contains(&noun) || (BLOCKS.contains(&noun) && described))
                .then(|| marked_by(rest))
                .flatten()
        })
        .or_else(|| (noun == "building").then(|| planted_and_placed(rest)).flatten())
}

/// " with the jasmine behind the bakery": a feature not described (a
/// plant, one word in small letters after "the") and a preposition of place
/// with a landmark in small letters after it: the length of the feature,
/// the directions left to [`further_directions`].
fn planted_and_placed(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(" with the ")?;
    let len = rest
        .find(|c: char| !(c.is_lowercase() || c == '-'))
        .unwrap_or(rest.len());
    if len == 0 {
        return None;
    }
    let end = s.len() - rest.len() + len;
    let to = placed_by_landmark(s, end)?;
    (!s[end..to].chars().any(char::is_uppercase)).then_some(end)
}

/// " behind the market with the green balconies": a preposition of place,
/// a landmark in small letters and the described features of the home
/// after it; whether `s` starts so.
fn placed_and_marked(s: &str) -> bool {
    placed_by_landmark(s, 0)
        .is_some_and(|to| !s[..to].chars().any(char::is_uppercase) && with_features(&s[to..]).is_some())
}

/// " behind the bakery" at byte `at` of `s`: a space, a preposition of
/// place (not "after" or "past", which may tell a time) and a landmark
/// opening with "the"; where the landmark ends.
fn placed_by_landmark(s: &str, at: usize) -> Option<usize> {
    let after = s[at..].strip_prefix(' ')?;
    let prep = PLACE_PREPOSITIONS
        .iter()
        .filter(|p| !["after", "past"].contains(*p))
        .find(|p| after.starts_with(**p) && after[p.len()..].starts_with(" the "))?;
    landmark_end(s, s.len() - after.len() + prep.len())
}

/// " on stilts", " on posts": a described home raised, and what follows
/// it goes with it; its length, or 0.
fn raised(s: &str) -> usize {
    [" on stilts", " on posts", " on piles"]
        .iter()
        .find(|r| s.starts_with(**r) && !s[r.len()..].starts_with(char::is_alphanumeric))
        .map_or(0, |r| r.len())
}

/// " upstairs", " downstairs": a storey that tells a home; its length.
fn storey(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(' ')?;
    ["upstairs", "downstairs"]
        .iter()
        .find(|w| rest.starts_with(**w) && !rest[w.len()..].starts_with(char::is_alphanumeric))
        .map(|w| 1 + w.len())
}

/// " with the aloe", " with the Sacred Heart picture": what marks a door,
/// a gate or a tent, after "with" and an article (a landmark of up to
/// four words); its length. A possessive ("with his mother") marks none.
fn marked_by(s: &str) -> Option<usize> {
    let rest = s.strip_prefix(" with ")?;
    let at = s.len() - rest.len();
    if !["the ", "a ", "an "].iter().any(|a| rest.starts_with(*a)) {
        return None;
    }
    landmark_end(s, at - 1)
}

/// Prepositions that carry directions on after a first landmark ("behind
/// the bakery on the lava road", "upstairs over the tailor"), only before
/// an article: "on Sunday" is a time.
const FURTHER_PREPOSITIONS: [&str; 6] = ["on", "by", "under", "over", "down to", "up to"];

/// The end of directions that run on after a home's description at byte
/// `end` of `s`: more prepositions of place with a landmark, and a storey,
/// also after a comma (", upstairs over the tailor"); up to three.
fn further_directions(s: &str, mut end: usize) -> usize {
    for _ in 0..3 {
        let rest = &s[end..];
        if let Some(r) = rest.strip_prefix(',')
            && let Some(len) = storey(r)
        {
            end += 1 + len;
            continue;
        }
        // ", the one with the Madonna poster", ", third gap on the left":
        // a second description of the same home, set off by a comma, on
        // the same line or wrapped onto the next; or its features alone
        // (",\nwith the blue iron door ...").
        if let Some(r) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(",\n")) {
            if let Some(len) = with_features(&rest[1..]) {
                end += 1 + len;
                continue;
            }
            let marked = || {
                r.strip_prefix("the one")
                    .and_then(marked_by)
                    .map(|n| "the one".len() + n)
            };
            if let Some(len) = described_home(r).or_else(marked) {
                end += 2 + len;
                continue;
            }
            // ", past the standpipe", ", up the hill": directions go on
            // after a comma.
            if let Some(prep) = ["past", "up", "down", "beyond"]
                .iter()
                .find(|p| r.starts_with(**p) && r[p.len()..].starts_with(" the "))
                && let Some(next) = landmark_end(s, end + 2 + prep.len())
            {
                end = next;
                continue;
            }
        }
        if let Some(len) = storey(rest) {
            end += len;
            continue;
        }
        // "the flat above the tea shop with the red shutters": what marks
        // the landmark goes with the directions.
        if let Some(len) = with_features(rest) {
            end += len;
            continue;
        }
        // ", next to the boutique": directions set off by a comma, with a
        // preposition of place only ("by the way" is none).
        let comma = rest.starts_with(", ");
        let Some(r) = rest.strip_prefix([' ', '\n']).or_else(|| rest.strip_prefix(", ")) else {
            break;
        };
        let Some(prep) = PLACE_PREPOSITIONS
            .iter()
            .chain(FURTHER_PREPOSITIONS.iter().filter(|_| !comma))
            // "the farmhouse with the red door past the mill": "past" right
            // after a home tells where it is; after a comma, and "after",
            // it may tell a time.
            .filter(|p| *p != &"after" && (*p != &"past" || !comma))
            .find(|p| r.starts_with(**p) && r[p.len()..].starts_with(' '))
        else {
            break;
        };
        let after = &r[prep.len() + 1..];
        if !["the ", "a ", "an "].iter().any(|a| after.starts_with(*a)) {
            break;
        }
        let Some(next) = landmark_end(s, end + usize::from(comma) + 1 + prep.len()) else {
            break;
        };
        end = next;
    }
    end
}

/// "opposite the panel-beater's yard, the green door upstairs": directions
/// to a landmark in small letters set before a described home, a comma
/// between; its length with the home. A landmark with a name of its own
/// ("behind the Shoprite") is public and stays.
fn directions_before_home(s: &str) -> Option<usize> {
    let prep = PLACE_PREPOSITIONS
        .iter()
        .filter(|p| !["after", "past"].contains(*p))
        .find(|p| s.starts_with(**p) && s[p.len()..].starts_with(' '))?;
    let end = landmark_end(s, prep.len())?;
    if s[..end].chars().any(char::is_uppercase) {
        return None;
    }
    let rest = s[end..].strip_prefix(", ")?;
    let at = s.len() - rest.len();
    described_home(rest).map(|len| at + len)
}

/// Nouns of a home or a stand that a place and directions follow ("the
/// family's house in barrio Kalo, behind the mission"); a possessive
/// stands for one too ("at her cousin's in Nyekonakpoe, ...").
const PLACED_HOME_NOUNS: [&str; 18] = [
    "house",
    "houses",
    "homestead",
    "homesteads",
    "home",
    "hut",
    "huts",
    "compound",
    "compounds",
    "cottage",
    "shack",
    "rondavel",
    "rondavels",
    "stand",
    "stall",
    "kiosk",
    "room",
    "flat",
];

/// "house in barrio Kalo, behind the mission", "compound at Zanvi, alley
/// behind the mill", "stall at Hedzranawoe, under the mango tree": a
/// noun of a home (or a possessive), "in" or "at", a place of up to four
/// words (one capitalized), a comma and directions: to a landmark (a
/// preposition of place and an article), along a bare way, or to a
/// described home. The directions tell where someone lives, so the place
/// goes with them; its length. A place alone, or a time after it ("house
/// in Bata, after the surgery"), is none.
fn home_at_place(s: &str) -> Option<usize> {
    let noun_len = s
        .find(|c: char| !(c.is_alphabetic() || c == '\''))
        .unwrap_or(s.len());
    let noun = &s[..noun_len];
    if !(PLACED_HOME_NOUNS.contains(&noun)
        || noun.len() > 3 && noun.ends_with("'s") && noun.starts_with(char::is_lowercase))
    {
        return None;
    }
    placed_directions(s, noun_len)
}

/// " in Kolongo, beside the market" after a person's possessive ("at Tante
/// Mireille's in Kolongo, ..."), at byte `i` of `text` (the "in"): the
/// place and its directions, which [`home_at_place`] reads after a home's
/// noun; the name before is the names' to replace. Its length.
fn place_after_possessive(text: &str, i: usize) -> Option<usize> {
    if !(text[i..].starts_with("in ") || text[i..].starts_with("at ")) {
        return None;
    }
    let before = text[..i].strip_suffix(' ')?;
    if !(before.ends_with("'s") || before.ends_with("\u{2019}s")) {
        return None;
    }
    placed_directions(&text[i - 1..], 0).map(|n| n - 1)
}

/// What follows a home's noun (at byte `noun_len` of `s`) in
/// [`home_at_place`]: "in" or "at", a place, a comma and directions; the
/// length of all from the start of `s`.
fn placed_directions(s: &str, noun_len: usize) -> Option<usize> {
    let rest = s[noun_len..]
        .strip_prefix(" in ")
        .or_else(|| s[noun_len..].strip_prefix(" at "))?;
    let mut at = s.len() - rest.len();
    let mut capitalized = false;
    for words in 0..4 {
        let len = s[at..]
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .unwrap_or(s.len() - at);
        let word = &s[at..at + len];
        if len == 0 || LANDMARK_ENDS.contains(&word) {
            return None;
        }
        capitalized |= word.starts_with(char::is_uppercase);
        at += len;
        if s[at..].starts_with(", ") || s[at..].starts_with(",\n") {
            break;
        }
        if words == 3 || !s[at..].starts_with(' ') {
            return None;
        }
        at += 1;
    }
    if !capitalized {
        return None;
    }
    let from = at + 2;
    let tail = &s[from..];
    let to_landmark = |t: &str| -> Option<usize> {
        // "up the track past the spring", "below the old chapel": a way up
        // or down, or a landmark above or below, after a place.
        let prep = PLACE_PREPOSITIONS
            .iter()
            .chain(&["under", "below", "above", "up", "down"])
            .filter(|p| !["after", "past"].contains(*p))
            .find(|p| t.starts_with(**p) && t[p.len()..].starts_with(' '))?;
        let after = &t[prep.len() + 1..];
        if !["the ", "a ", "an "].iter().any(|a| after.starts_with(*a)) {
            return None;
        }
        let base = s.len() - t.len();
        landmark_end(s, base + prep.len()).map(|end| further_directions(s, end))
    };
    // "alley behind the mill": a bare way, then directions.
    let along_way = || -> Option<usize> {
        let len = tail.find(|c: char| !c.is_alphabetic()).unwrap_or(tail.len());
        if !WAY_NOUNS.contains(&&tail[..len]) {
            return None;
        }
        to_landmark(tail[len..].strip_prefix(' ')?)
    };
    // "in Bethel, Tobago, up the gap ...": a region or an island after
    // the town, set off by commas, before the directions.
    let after_region = || -> Option<usize> {
        let mut at = 0;
        for _ in 0..2 {
            let len = tail[at..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(tail.len() - at);
            if len < 2 || !tail[at..].starts_with(char::is_uppercase) {
                return None;
            }
            at += len;
            if let Some(r) = tail[at..]
                .strip_prefix(", ")
                .or_else(|| tail[at..].strip_prefix(",\n"))
            {
                let base = s.len() - r.len();
                return to_landmark(r).or_else(|| described_home(r).map(|len| base + len));
            }
            at = at + tail[at..].strip_prefix(' ').map(|_| 1)?;
        }
        None
    };
    to_landmark(tail)
        .or_else(along_way)
        .or_else(|| described_home(tail).map(|len| from + len))
        .or_else(after_region)
}

/// The end of a landmark of up to four words at byte `at` of `s` (after a
/// preposition of place): after an article, or capitalized.
fn landmark_end(s: &str, at: usize) -> Option<usize> {
    let word_at = |at: usize| -> &str {
        let len = s[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(s.len() - at);
        &s[at..at + len]
    };
    // A description may wrap onto the next line.
    let next = |at: &mut usize| -> Option<&str> {
        let rest = s[*at..].strip_prefix([' ', '\n'])?;
        let w = word_at(s.len() - rest.len());
        if w.is_empty() {
            return None;
        }
        *at = s.len() - rest.len() + w.len();
        Some(w)
    };
    let mut end = at;
    let mut words = 0;
    let mut article = false;
    while words < 4 {
        let mut probe = end;
        let Some(w) = next(&mut probe) else { break };
        let lower = w.to_lowercase();
        if words == 0 && !article && ["the", "a", "an"].contains(&lower.as_str()) {
            article = true;
            end = probe;
            continue;
        }
        // "the barber's facing the bus stop": a second preposition of
        // place starts directions of its own.
        if LANDMARK_ENDS.contains(&lower.as_str())
            || (words > 0 && PLACE_PREPOSITIONS.contains(&lower.as_str()))
            || !w.chars().next().is_some_and(char::is_alphabetic)
        {
            break;
        }
        if words == 0 && !article && !w.starts_with(char::is_uppercase) {
            return None;
        }
        end = probe;
        words += 1;
    }
    (words > 0).then_some(end)
}

#[cfg(test)]
mod khmer_tests {
    use super::*;

    #[test]
    fn a_khmer_address_is_read_whole() {
        let text = "ផ្ទះលេខ 27 ផ្លូវ 5 ភូមិស្វាយ 2, ខណ្ឌដង្កោ and more";
        let len = khmer_address(text).unwrap();
        assert_eq!(&text[..len], "ផ្ទះលេខ 27 ផ្លូវ 5 ភូមិស្វាយ 2, ខណ្ឌដង្កោ");
        // One part, or no number: no address.
        assert_eq!(khmer_address("ផ្ទះលេខ 27 and more"), None);
        assert_eq!(khmer_address("ភូមិស្វាយ ខណ្ឌដង្កោ"), None);
    }
}

#[cfg(test)]
mod landmark_tests {
    use super::*;

    fn found(s: &str) -> Option<&str> {
        any_address(s).map(|n| &s[..n])
    }

    #[test]
    fn a_way_counted_from_a_landmark_is_an_address() {
        // No article: the ordinal opens the directions.
        assert_eq!(
            found("fourth track after the cattle dip, he says"),
            Some("fourth track after the cattle dip")
        );
        assert_eq!(
            found("third shack past the boat ramp."),
            Some("third shack past the boat ramp")
        );
        // A side of the way ends the directions.
        assert_eq!(
            found("the fifth alley on the right. Then"),
            Some("the fifth alley on the right")
        );
        assert_eq!(
            found("second lane on the left, near"),
            Some("second lane on the left")
        );
        // Uncounted, or a time: none.
        assert_eq!(found("the lane after the rain"), None);
        assert_eq!(found("second dose after the surgery"), None);
        assert_eq!(found("first alley cat on the left"), None);
        assert_eq!(found("second opinion on the left ventricle"), None);
    }

    #[test]
    fn a_post_box_written_c_p_is_an_address() {
        // Romania's and Italy's "căsuța poștală", "casella postale".
        assert_eq!(found("C.P. 47, O.P. 9 Iași"), Some("C.P. 47"));
        assert_eq!(found("C.P. 3021 Bologna"), Some("C.P. 3021"));
    }

    #[test]
    fn a_block_or_a_unit_told_by_its_colour_or_its_corner_is_an_address() {
        // A block of flats by its colour and the shop in it, on a storey.
        assert_eq!(
            found("the brown block with the bakery on the ground floor, where"),
            Some("the brown block with the bakery on the ground floor")
        );
        // A flat by its place in the block and what it looks onto.
        assert_eq!(
            found("the corner unit facing the bus depot, where"),
            Some("the corner unit facing the bus depot")
        );
        assert_eq!(
            found("the end unit behind the petrol station. She"),
            Some("the end unit behind the petrol station")
        );
        // "Block" before a home's noun is what the home is built of.
        assert_eq!(
            found("a cement block house near the clinic, and"),
            Some("a cement block house near the clinic")
        );
        // A ward's unit, or a block not described: none.
        assert_eq!(found("the intensive care unit near the lifts"), None);
        assert_eq!(found("the dialysis unit facing the car park"), None);
        assert_eq!(found("the operating block with the new theatres"), None);
        assert_eq!(found("the nerve block with the catheter"), None);
    }

    #[test]
    fn a_home_told_by_its_features_is_an_address() {
        assert_eq!(
            found("the mud-brick hut with the red door, where"),
            Some("the mud-brick hut with the red door")
        );
        assert_eq!(
            found("a wooden house with a tin roof near"),
            Some("a wooden house with a tin roof")
        );
        // Who lives there, or a part not described: none.
        assert_eq!(found("the house with his mother"), None);
        assert_eq!(found("the house with the garden"), None);
        assert_eq!(found("the room with the red door"), None);
    }

    #[test]
    fn a_home_marked_by_a_named_thing_is_an_address() {
        // A capitalized word before a part that marks the home.
        assert_eq!(
            found("the hut with the Ganesh flag, then"),
            Some("the hut with the Ganesh flag")
        );
        assert_eq!(
            found("a cottage with a Red Cross sign near"),
            Some("a cottage with a Red Cross sign")
        );
        // Directions set off by a comma go with it.
        assert_eq!(
            found("the hut with the Ganesh flag, beside the tailor shop. Then"),
            Some("the hut with the Ganesh flag, beside the tailor shop")
        );
        assert_eq!(
            found("the hut with the Ganesh flag, by the way, is gone"),
            Some("the hut with the Ganesh flag")
        );
        // A capitalized word with no part of a home after it: none.
        assert_eq!(found("the house with the Ganesh painters"), None);
        assert_eq!(found("the house with Grace"), None);
    }

    #[test]
    fn a_trade_s_stand_told_by_a_landmark_is_an_address() {
        assert_eq!(
            found("the bike-taxi stand under the mango tree by the Total gate, and"),
            Some("the bike-taxi stand under the mango tree by the Total gate")
        );
        assert_eq!(
            found("the fruit-juice kiosk beside the old mosque."),
            Some("the fruit-juice kiosk beside the old mosque")
        );
        // A stand of a ward, or one not described: none.
        assert_eq!(found("the drip stand beside the bed"), None);
        assert_eq!(found("the stand under the window"), None);
        assert_eq!(found("the house under construction"), None);
    }

    #[test]
    fn a_trade_s_stand_named_by_one_word_at_a_corner_or_a_named_place_is_an_address() {
        // One word names the trade; "at the corner of" or "at" a place
        // written with its capital tells where the stand is.
        assert_eq!(
            found("the tuk-tuk stand at the corner of the Avenida 9 de Julio in town"),
            Some("the tuk-tuk stand at the corner of the Avenida 9 de Julio")
        );
        assert_eq!(
            found("the okada stand at the corner of the Plaza 12 de Octubre of Lomas,"),
            Some("the okada stand at the corner of the Plaza 12 de Octubre")
        );
        assert_eq!(
            found("the okada stand at the Rond-point Kpota, he says"),
            Some("the okada stand at the Rond-point Kpota")
        );
        // A ward's stand, or a stand at something not named: none.
        assert_eq!(found("the drip stand at the bedside"), None);
        assert_eq!(found("the drip stand at the corner of the bed"), None);
        assert_eq!(found("the music stand at the Conservatory"), None);
        assert_eq!(found("the stand at the corner of the Plaza Mayor"), None);
        // By, near or behind a named place: two capitalized words, or one
        // and the kind of a public place written small.
        assert_eq!(
            found("the maxi stand by the Penal market, he says"),
            Some("the maxi stand by the Penal market")
        );
        assert_eq!(
            found("the okada stand near the Kpota Rond Point"),
            Some("the okada stand near the Kpota Rond Point")
        );
        assert_eq!(found("the drip stand by the Window"), None);
        assert_eq!(found("the music stand by the Steinway piano"), None);
    }

    #[test]
    fn a_home_with_a_word_of_its_make_is_placed_past_a_landmark() {
        // "Past" tells a place after a home described by what it is
        // made of or how it looks, as after a counted one.
        assert_eq!(
            found("the tin-roofed cottage past the old mango grove, where she lives"),
            Some("the tin-roofed cottage past the old mango grove")
        );
        assert_eq!(
            found("the stone house past the chapel ruins. He"),
            Some("the stone house past the chapel ruins")
        );
        // A home with no word before it, past something: a time or no
        // place ("the house past the deadline" is not written, "the house
        // past" is no address).
        assert_eq!(found("the house past the hospital"), None);
    }

    #[test]
    fn a_brownstone_or_a_triple_decker_placed_by_a_landmark_is_a_home() {
        // The town houses of American cities, named by their make, placed
        // across from or behind a landmark.
        assert_eq!(
            found("the grey triple-decker across from the laundromat, where"),
            Some("the grey triple-decker across from the laundromat")
        );
        assert_eq!(
            found("the brownstone behind the bodega on the corner."),
            Some("the brownstone behind the bodega on the corner")
        );
        // The word with no place after it is no address.
        assert_eq!(found("the brownstone was cold"), None);
    }

    #[test]
    fn a_described_home_set_off_after_a_place_is_an_address() {
        let text =
            "the family's house at Kilometre 9, Western Road, the green house on stilts behind the shop";
        let at = text.find("the green").unwrap();
        assert_eq!(
            address_at(text, at).map(|n| &text[at..at + n]),
            Some("the green house on stilts behind the shop")
        );
        // Not set off, or not described by a colour or a compound: none.
        let text = "She painted the green house on stilts.";
        assert_eq!(address_at(text, text.find("the green").unwrap()), None);
        let text = "He came home, the old house being cold.";
        assert_eq!(address_at(text, text.find("the old").unwrap()), None);
    }

    #[test]
    fn a_door_gate_or_tent_told_by_what_marks_it_is_an_address() {
        assert_eq!(
            found("the gate with the bougainvillea, she said"),
            Some("the gate with the bougainvillea")
        );
        assert_eq!(
            found("the door with the Holy Family poster."),
            Some("the door with the Holy Family poster")
        );
        assert_eq!(
            found("the tent with the torn canvas near"),
            Some("the tent with the torn canvas")
        );
        assert_eq!(
            found("the one with the orange satellite dish, where"),
            Some("the one with the orange satellite dish")
        );
        assert_eq!(
            found("the whitewashed mud house with the lemon tree."),
            Some("the whitewashed mud house with the lemon tree")
        );
        // Described parts with no article.
        assert_eq!(
            found("the cottage with red shutters, where"),
            Some("the cottage with red shutters")
        );
        // A door of a ward, or who is there: none.
        assert_eq!(found("the door of the ward"), None);
        assert_eq!(found("the house with his mother"), None);
        assert_eq!(found("the house with running water"), None);
    }

    #[test]
    fn directions_run_on_after_a_described_home() {
        assert_eq!(
            found("the cottage with red shutters behind the forge on the cinder road. Then"),
            Some("the cottage with red shutters behind the forge on the cinder road")
        );
        assert_eq!(
            found("fifth door after the Total garage, upstairs over the cobbler. She"),
            Some("fifth door after the Total garage, upstairs over the cobbler")
        );
        assert_eq!(
            found("the sixth rondavel past the cattle post, and"),
            Some("the sixth rondavel past the cattle post")
        );
        // A day after the landmark is no part of it.
        assert_eq!(
            found("the hut behind the well on Sunday"),
            Some("the hut behind the well")
        );
    }

    #[test]
    fn a_flat_above_a_shop_or_a_building_marked_by_a_plant_is_a_home() {
        // A flat placed above a landmark, and what marks the landmark.
        assert_eq!(
            found("the flat above the pharmacy with the green awning, where"),
            Some("the flat above the pharmacy with the green awning")
        );
        assert_eq!(
            found("the apartment above the barber's facing the bus stop. She"),
            Some("the apartment above the barber's facing the bus stop")
        );
        // A farmhouse is a home as a house is; a building only marked by
        // what grows on it and placed by a landmark.
        assert_eq!(
            found("the farmhouse with the red door past the mill, where"),
            Some("the farmhouse with the red door past the mill")
        );
        assert_eq!(
            found("the building with the jasmine behind the bakery, and"),
            Some("the building with the jasmine behind the bakery")
        );
        // A flat that is no place, a building of the hospital: none.
        assert_eq!(found("the flat rate above the threshold"), None);
        // A block placed by a landmark and marked by what it has.
        assert_eq!(
            found("the block behind the market with the green balconies, and"),
            Some("the block behind the market with the green balconies")
        );
        assert_eq!(found("the unit near the lifts with the new beds"), None);
        assert_eq!(found("the building with the lifts"), None);
        assert_eq!(found("the building near the ward"), None);
    }

    #[test]
    fn directions_before_a_described_home_belong_to_it() {
        assert_eq!(
            found("opposite the tyre-mender's shed, the red door upstairs. Then"),
            Some("opposite the tyre-mender's shed, the red door upstairs")
        );
        // A landmark with a name of its own is public: it stays, and the
        // home after it is found on its own.
        assert_eq!(found("behind the Total garage, the gate with the palm"), None);
        // No home after the directions: none.
        assert_eq!(found("opposite the nurses' station, the drip was"), None);
    }

    #[test]
    fn a_home_wrapped_across_lines_or_facing_a_landmark_is_read_whole() {
        assert_eq!(
            found("the sixth hut past the\nwater tower, and"),
            Some("the sixth hut past the\nwater tower")
        );
        assert_eq!(
            found("the shack\nfacing the bus depot. She"),
            Some("the shack\nfacing the bus depot")
        );
        // A paragraph's break is no wrapped line.
        assert_eq!(found("the sixth hut past the\n\nwater tower"), None);
    }

    #[test]
    fn a_home_told_by_its_enclosed_balcony_in_the_local_word_is_an_address() {
        // The Maltese "gallarija" and the Arabic "mashrabiya": the wooden
        // balcony a house is known by.
        assert_eq!(
            found("the house with the blue gallariji opposite the parish church, where"),
            Some("the house with the blue gallariji opposite the parish church")
        );
        assert_eq!(
            found("the house with the carved mashrabiya behind the souq. She"),
            Some("the house with the carved mashrabiya behind the souq")
        );
    }

    #[test]
    fn a_way_with_no_name_is_an_address() {
        assert_eq!(
            found("the track with no name, where"),
            Some("the track with no name")
        );
        assert_eq!(
            found("a lane with no name behind the depot."),
            Some("a lane with no name behind the depot")
        );
        // A way with a name, or someone with no name: none.
        assert_eq!(found("the lane with the name"), None);
        assert_eq!(found("the boy with no name"), None);
    }

    #[test]
    fn directions_after_a_homes_place_belong_to_it() {
        // After the place, a comma and directions: to a landmark, along a
        // bare way, or to a described home.
        assert_eq!(
            found("house in quartier Kalo, behind the Baptist mission, where"),
            Some("house in quartier Kalo, behind the Baptist mission")
        );
        assert_eq!(
            found("compound at Zanvi, alley behind the mill, and"),
            Some("compound at Zanvi, alley behind the mill")
        );
        assert_eq!(
            found("stall at Hedzranawoe, under the mango tree by the taxi rank. He"),
            Some("stall at Hedzranawoe, under the mango tree by the taxi rank")
        );
        assert_eq!(
            found("huts at Ha Pita, the second hut past the\nwell, and"),
            Some("huts at Ha Pita, the second hut past the\nwell")
        );
        assert_eq!(
            found("cousin's in Nyekonakpoe, the house\nfacing the bakery. She"),
            Some("cousin's in Nyekonakpoe, the house\nfacing the bakery")
        );
        // A place alone, a time after it, or no home: none.
        assert_eq!(found("house in Bata, after the surgery"), None);
        assert_eq!(found("house in Bata, where"), None);
        assert_eq!(found("clinic in Bata, behind the school"), None);
    }

    #[test]
    fn a_landmark_after_a_numbered_part_belongs_to_the_address() {
        assert_eq!(
            found("Block 312, Tubli, behind the old souq. She"),
            Some("Block 312, Tubli, behind the old souq")
        );
        assert_eq!(
            found("Road 44, next to the borehole."),
            Some("Road 44, next to the borehole")
        );
        // A numbered part with a time after it: not a landmark.
        assert_eq!(found("Block 312, after the surgery"), None);
        // A landmark with a name of its own is public: it stays.
        assert_eq!(found("Block 8, near Kgale Hill"), None);
    }

    #[test]
    fn features_joined_by_and_tell_a_home_together() {
        // A feature not described (a tree of one word) counts beside a
        // described one; the second feature goes with the first.
        assert_eq!(
            found("the one with the tamarind and the red tin roof. Then"),
            Some("the one with the tamarind and the red tin roof")
        );
        assert_eq!(
            found("the mud hut with the lime tree and the blue shutters, where"),
            Some("the mud hut with the lime tree and the blue shutters")
        );
        // A plant in the yard marks the home too.
        assert_eq!(
            found("the pink house with the hibiscus in the yard. She"),
            Some("the pink house with the hibiscus in the yard")
        );
        // Two features neither described: none; a person: none.
        assert_eq!(found("the one with the cough and the fever"), None);
        assert_eq!(found("the house with his mother and the baby"), None);
    }

    #[test]
    fn a_second_description_after_a_home_goes_with_it() {
        assert_eq!(
            found("the fourth door past the well, the one with the Madonna poster. She"),
            Some("the fourth door past the well, the one with the Madonna poster")
        );
        assert_eq!(
            found("the white house with the mango tree, third gap on the left. Then"),
            Some("the white house with the mango tree, third gap on the left")
        );
        // After a comma, a clause that is no home ends it.
        assert_eq!(
            found("the blue hut behind the church, the one they rent, is"),
            Some("the blue hut behind the church")
        );
        let text = "He said, the orange cottage with the lemon tree in the yard. Then";
        let at = text.find("the orange").unwrap();
        assert_eq!(
            address_at(text, at).map(|n| &text[at..at + n]),
            Some("the orange cottage with the lemon tree in the yard")
        );
    }

    #[test]
    fn a_second_description_wrapped_onto_the_next_line_goes_with_the_home() {
        // The comma ends the line; the second description opens the next.
        assert_eq!(
            found("the third hut past the mill,\nthe one with the two clay pots on the wall steps, and"),
            Some("the third hut past the mill,\nthe one with the two clay pots on the wall steps")
        );
        // Features alone after the comma ("with the ..."), described.
        assert_eq!(
            found("the second house after the bakery,\nwith the red iron gate and the fig over the shed. He"),
            Some("the second house after the bakery,\nwith the red iron gate and the fig over the shed")
        );
        // A count opens a feature as an article does.
        assert_eq!(
            found("the one with four huts and a yellow water tank, and"),
            Some("the one with four huts and a yellow water tank")
        );
        // A counted home on a way, and on down to a landmark.
        assert_eq!(
            found("the second hut on the track down to the river, where"),
            Some("the second hut on the track down to the river")
        );
        // A clause that is no home after the comma still ends it.
        assert_eq!(
            found("the blue hut behind the church,\nthe one they rent, is"),
            Some("the blue hut behind the church")
        );
        assert_eq!(found("the house on the hill"), None);
        // A described home raised on stilts, with its features.
        assert_eq!(
            found("the green plank house on stilts with the almond tree, and"),
            Some("the green plank house on stilts with the almond tree")
        );
        // A homestead at a place, below a landmark.
        assert_eq!(
            found("homestead in Mhlosheni, below the Zion church, and"),
            Some("homestead in Mhlosheni, below the Zion church")
        );
        // A place with its island after a possessive, then directions
        // that go on after a comma.
        let text = "at Tante Lise's in Roseau, Dominica, up the lane by the Roseau Primary School, past the pump, on weekdays";
        let at = text.find("in Roseau").unwrap();
        assert_eq!(
            address_at(text, at).map(|n| &text[at..at + n]),
            Some("in Roseau, Dominica, up the lane by the Roseau Primary School, past the pump")
        );
    }

    #[test]
    fn a_place_and_directions_up_a_hill_or_below_a_landmark_are_an_address() {
        assert_eq!(
            found("house at Grande Riviere, up the track past the spring, and"),
            Some("house at Grande Riviere, up the track past the spring")
        );
        assert_eq!(
            found("shack in Soufriere, below the old chapel, where"),
            Some("shack in Soufriere, below the old chapel")
        );
        // After a person's possessive, the place and its directions.
        let text = "she stays at Tante Mireille's in Kolongo, beside the market, on weekdays";
        let at = text.find("in Kolongo").unwrap();
        assert_eq!(
            address_at(text, at).map(|n| &text[at..at + n]),
            Some("in Kolongo, beside the market")
        );
        // A place with no directions after the possessive: none.
        let text = "she stays at Tante Mireille's in Kolongo, on weekdays";
        let at = text.find("in Kolongo").unwrap();
        assert_eq!(address_at(text, at), None);
    }

    /// What `address_at` reads at the start of the last line of `text`.
    fn on_last_line(text: &str) -> Option<&str> {
        let at = text.rfind('\n').map_or(0, |n| n + 1);
        address_at(text, at).map(|n| &text[at..at + n])
    }

    #[test]
    fn a_landmark_after_the_town_line_of_a_wrapped_address_goes_with_it() {
        // The postcode and the town, then the home placed above or over a
        // landmark in small letters, and the directions on from it.
        assert_eq!(
            on_last_line("at Fjellveien 12, leilighet 3,\n4021 Stavanger, above the bakery by the bridge."),
            Some("4021 Stavanger, above the bakery by the bridge")
        );
        // A postcode of two groups, as Portugal and Poland write theirs.
        assert_eq!(
            on_last_line(
                "at Rua das Flores 9, 3.º Esq.,\n4050-262 Porto, over the café opposite the market."
            ),
            Some("4050-262 Porto, over the café opposite the market")
        );
        // A district and a town with no postcode, then the landmark.
        assert_eq!(
            on_last_line(
                "at Building 9, Flat 2, Zone 40,\nAl Nasr, Doha, above the tailor by the roundabout."
            ),
            Some("Al Nasr, Doha, above the tailor by the roundabout")
        );
        // With no landmark, no postcode, the town line stays; a landmark
        // with a name of its own is public and stays too.
        assert_eq!(
            on_last_line("at Building 9, Flat 2, Zone 40,\nAl Nasr, Doha."),
            None
        );
        assert_eq!(
            on_last_line("at Building 9, Flat 2, Zone 40,\nAl Nasr, Doha, above the Gulf Mall."),
            None
        );
        // Prose after a line ending in a comma is no address.
        assert_eq!(
            on_last_line("we met on 3 May, at noon,\nThe children, above all the youngest, were tired."),
            None
        );
    }
}

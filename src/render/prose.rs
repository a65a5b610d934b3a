//! Small pieces of US legal prose shared by the memo templates: numbers one
//! to ten in words, periods of time in words, lists joined with "and".
//!
//! The templates reach them as Tera filters (`words`, `join_and`, `fill`;
//! see [`super::templates`]).

use crate::model::Period;

const WORDS: [&str; 11] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A number as prose writes it: zero to ten in words, larger numbers in digits.
pub fn number_words(n: i64) -> String {
    usize::try_from(n)
        .ok()
        .and_then(|i| WORDS.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

/// Items joined as a sentence lists them: "I", "I and III", "I, III, and IV"
/// (with the serial comma).
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

/// "six months", "one year", "90 days".
pub fn period_words(period: Period) -> String {
    let text = period.to_string();
    match text.split_once(' ') {
        Some((_, unit)) => format!("{} {unit}", number_words(i64::from(period.count))),
        None => text,
    }
}

/// "a", "a and b", "a, b, and c" (with the serial comma US legal writing
/// uses); items that hold commas themselves are set off by semicolons.
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "and", true)
}

/// [`join_and`] with another language's word for "and" (`y`, `et`), and
/// the serial comma only where the language writes one.
pub fn join_with<S: AsRef<str>>(items: &[S], and: &str, serial: bool) -> String {
    let sep = if items.iter().any(|i| i.as_ref().contains(',')) {
        ";"
    } else {
        ","
    };
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [a, b] if sep == "," => format!("{} {and} {}", a.as_ref(), b.as_ref()),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            let before = if serial { sep } else { "" };
            format!(
                "{}{before} {and} {}",
                head.join(&format!("{sep} ")),
                last.as_ref()
            )
        }
    }
}

/// A sentence of the case file inside a memo's sentence: its first word
/// lowered unless it is a name or an abbreviation ("Complete repair." is
/// "complete repair"), its final period dropped.
pub fn clause(text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let keep = first
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || first.ends_with('.')
        || matches!(first, "Form" | "Dr." | "I" | "Mr." | "Ms." | "Mrs.");
    let mut chars = first.chars();
    let first = match chars.next() {
        Some(c) if !keep => c.to_lowercase().chain(chars).collect(),
        _ => first.to_owned(),
    };
    if rest.is_empty() {
        first
    } else {
        format!("{first} {rest}")
    }
}

/// Whole years between two dates (an age on a given day).
pub fn years_between(born: jiff::civil::Date, on: jiff::civil::Date) -> Option<i64> {
    if on < born {
        return None;
    }
    let mut years = i64::from(on.year() - born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    Some(years)
}

/// A title inside a sentence: its first letter lowered unless it starts a
/// name ("Form I-134", "Dr. Paz").
pub fn title_in_prose(title: &str) -> String {
    let mut words = title.split_whitespace();
    let first = words.next().unwrap_or("");
    let keep = first
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        || matches!(first, "Form" | "Dr.")
        || first.ends_with('.');
    if keep || first.is_empty() {
        return title.to_owned();
    }
    let mut chars = first.chars();
    let lowered: String = chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    std::iter::once(lowered.as_str())
        .chain(words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Page ranges as a citation prints them: "at 2-3" becomes "at 2–3" (a
/// hyphen between two digits only; "Form I-131" keeps its hyphen).
pub fn en_dash_ranges(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let range = c == '-'
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if range { '\u{2013}' } else { c }
        })
        .collect()
}

/// An evidence type's label ("Cost estimate", "Medical records", "Evidence
/// of financial support") as a sentence names it: in lower case (names and
/// abbreviations kept) with "a" or "an" before a singular count noun ("a
/// cost estimate", "an identity document"), none before a plural or
/// "evidence" ("medical records", "evidence of financial support"); and
/// whether it is plural, for the pronoun that stands for it.
pub fn kind_in_prose(label: &str) -> (String, bool) {
    let text = title_in_prose(label.trim());
    // The head noun phrase: the words before "and", "of", "for" or "to".
    let head: Vec<&str> = text
        .split_whitespace()
        .take_while(|w| !matches!(*w, "and" | "of" | "for" | "to" | "with"))
        .collect();
    let last = head.last().copied().unwrap_or("");
    let plural = last.len() > 2 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("'s");
    let mass = head.first().is_some_and(|w| *w == "evidence") || last == "evidence";
    if plural || mass || text.is_empty() {
        return (text, plural);
    }
    let vowel = text.chars().next().is_some_and(|c| "aeiou".contains(c));
    (format!("{} {text}", if vowel { "an" } else { "a" }), false)
}

/// Words naming a kind of institution: a name in which one of them comes
/// right before "of" ("University of Michigan Transplant Center", "American
/// University of Beirut Medical Center", "Children's Hospital of
/// Philadelphia") reads as a description and takes "the" in a sentence; a
/// name built otherwise ("City Hospital", "Mayo Clinic") stands alone.
const INSTITUTION_KINDS: &[&str] = &[
    "academy",
    "agency",
    "center",
    "centre",
    "clinic",
    "college",
    "department",
    "foundation",
    "hospital",
    "infirmary",
    "institute",
    "ministry",
    "office",
    "school",
    "service",
    "university",
];

/// The name as a sentence uses it: "the University of Michigan Transplant
/// Center" ("The ..." when `start`, at the head of a sentence) for a name
/// of the form KIND of PLACE (see [`INSTITUTION_KINDS`]); a name that
/// begins with "the" with its article in the right case; any other name as
/// written.
pub fn with_article(name: &str, start: bool) -> String {
    let name = name.trim();
    let article = if start { "The" } else { "the" };
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 1 && words[0].eq_ignore_ascii_case("the") {
        return format!("{article} {}", name[3..].trim_start());
    }
    let described = words
        .windows(2)
        .any(|w| w[1] == "of" && INSTITUTION_KINDS.iter().any(|k| w[0].eq_ignore_ascii_case(k)));
    if described {
        format!("{article} {name}")
    } else {
        name.to_owned()
    }
}

/// "November 5, 2026".
pub fn us_date(date: jiff::civil::Date) -> String {
    jiff::fmt::strtime::format("%B %-d, %Y", date).unwrap_or_else(|_| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_with_the_languages_word_and_its_comma() {
        assert_eq!(join_and(&["a", "b", "c"]), "a, b, and c");
        assert_eq!(join_with(&["a", "b", "c"], "y", false), "a, b y c");
        assert_eq!(join_with(&["a", "b"], "et", false), "a et b");
        assert_eq!(join_with(&["x, y", "z"], "y", false), "x, y y z");
    }

    #[test]
    fn page_ranges_take_an_en_dash_and_form_names_keep_their_hyphen() {
        assert_eq!(en_dash_ranges("NOID at 2-3"), "NOID at 2\u{2013}3");
        assert_eq!(
            en_dash_ranges("Form I-131 at 4-5, 7"),
            "Form I-131 at 4\u{2013}5, 7"
        );
    }

    #[test]
    fn titles_in_a_sentence_keep_names_and_forms() {
        assert_eq!(title_in_prose("Acceptance letter"), "acceptance letter");
        assert_eq!(
            title_in_prose("Form I-134 with tax return"),
            "Form I-134 with tax return"
        );
        assert_eq!(
            title_in_prose("US provider's acceptance"),
            "US provider's acceptance"
        );
        assert_eq!(title_in_prose("Dr. Paz's letter"), "Dr. Paz's letter");
    }
    use crate::model::PeriodUnit;

    #[test]
    fn lists_read_as_prose() {
        let list = |items: &[&str]| and_list(&items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["I"]), "I");
        assert_eq!(list(&["I", "III"]), "I and III");
        assert_eq!(list(&["I", "III", "IV"]), "I, III, and IV");
    }

    #[test]
    fn one_to_ten_in_words_then_digits() {
        assert_eq!(number_words(1), "one");
        assert_eq!(number_words(10), "ten");
        assert_eq!(number_words(11), "11");
        assert_eq!(number_words(-2), "-2");
    }

    #[test]
    fn periods_read_as_prose() {
        let p = |count, unit| Period { count, unit };
        assert_eq!(period_words(p(6, PeriodUnit::Months)), "six months");
        assert_eq!(period_words(p(1, PeriodUnit::Years)), "one year");
        assert_eq!(period_words(p(90, PeriodUnit::Days)), "90 days");
    }

    #[test]
    fn lists_take_a_serial_comma() {
        assert_eq!(join_and::<&str>(&[]), "");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(join_and(&["a", "b"]), "a and b");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b, and c");
        assert_eq!(join_and(&["a, b", "c"]), "a, b; and c");
        assert_eq!(join_and(&["a", "b, c", "d"]), "a; b, c; and d");
    }

    #[test]
    fn clauses_lower_their_first_word_but_not_names() {
        assert_eq!(
            clause("Complete repair, then follow-up."),
            "complete repair, then follow-up"
        );
        assert_eq!(clause("CAR T-cell therapy"), "CAR T-cell therapy");
        assert_eq!(clause("Stereo-EEG monitoring"), "stereo-EEG monitoring");
        assert_eq!(clause("Dr. Paz will operate."), "Dr. Paz will operate");
    }

    #[test]
    fn ages_count_whole_years() {
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        assert_eq!(years_between(d("2023-04-02"), d("2026-11-25")), Some(3));
        assert_eq!(years_between(d("2008-11-26"), d("2026-11-25")), Some(17));
        assert_eq!(years_between(d("2008-11-25"), d("2026-11-25")), Some(18));
        assert_eq!(years_between(d("2027-01-01"), d("2026-11-25")), None);
    }

    #[test]
    fn an_institution_named_kind_of_place_takes_the_article() {
        let the = |n: &str| with_article(n, false);
        assert_eq!(
            with_article("University of Michigan Transplant Center", true),
            "The University of Michigan Transplant Center"
        );
        assert_eq!(
            the("University of Michigan Transplant Center"),
            "the University of Michigan Transplant Center"
        );
        assert_eq!(
            the("American University of Beirut Medical Center"),
            "the American University of Beirut Medical Center"
        );
        assert_eq!(
            the("Hospital of the University of Pennsylvania"),
            "the Hospital of the University of Pennsylvania"
        );
        assert_eq!(the("City Hospital"), "City Hospital");
        assert_eq!(the("Mayo Clinic"), "Mayo Clinic");
        assert_eq!(the("Bank of America"), "Bank of America");
        assert_eq!(
            with_article("The Johns Hopkins Hospital", false),
            "the Johns Hopkins Hospital"
        );
        assert_eq!(
            with_article("the Johns Hopkins Hospital", true),
            "The Johns Hopkins Hospital"
        );
    }

    #[test]
    fn evidence_kinds_take_an_article_unless_plural_or_mass_nouns() {
        let k = |l: &str| kind_in_prose(l);
        assert_eq!(k("Cost estimate"), ("a cost estimate".to_owned(), false));
        assert_eq!(k("Identity document"), ("an identity document".to_owned(), false));
        assert_eq!(
            k("Third-party attestation"),
            ("a third-party attestation".to_owned(), false)
        );
        assert_eq!(k("Medical records"), ("medical records".to_owned(), true));
        assert_eq!(
            k("Background checks and safety assurances"),
            ("background checks and safety assurances".to_owned(), true)
        );
        assert_eq!(
            k("Evidence of financial support"),
            ("evidence of financial support".to_owned(), false)
        );
        assert_eq!(
            k("US provider's acceptance and treatment plan"),
            ("a US provider's acceptance and treatment plan".to_owned(), false)
        );
        assert_eq!(
            k("Treating physician's opinion"),
            ("a treating physician's opinion".to_owned(), false)
        );
        assert_eq!(
            k("Aftercare and return plan"),
            ("an aftercare and return plan".to_owned(), false)
        );
    }
}

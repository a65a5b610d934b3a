//! Small helpers for sentences in US legal English, registered as Tera
//! filters in [`super::templates`].

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

/// A count as prose writes it: "one" to "ten" in words, larger numbers
/// in digits.
pub fn number_words(n: i64) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    usize::try_from(n)
        .ok()
        .and_then(|i| WORDS.get(i))
        .map_or_else(|| n.to_string(), |w| (*w).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_prose() {
        let list = |items: &[&str]| and_list(&items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["I"]), "I");
        assert_eq!(list(&["I", "III"]), "I and III");
        assert_eq!(list(&["I", "III", "IV"]), "I, III, and IV");
    }

    #[test]
    fn small_numbers_are_words() {
        assert_eq!(number_words(1), "one");
        assert_eq!(number_words(10), "ten");
        assert_eq!(number_words(11), "11");
        assert_eq!(number_words(-2), "-2");
    }
}

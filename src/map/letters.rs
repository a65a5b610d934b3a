//! Exhibit letters, as the case-format spec fixes them: the cited, received
//! exhibits are lettered `A`, `B`, … `Z`, `AA`, … in the order they are first
//! cited (grounds in file order, points in file order); uncited and
//! requested evidence gets no letter.

use crate::check::Report;
use crate::model::Case;

/// The letter of each evidence item (indexed like `case.evidence`), if it
/// has one.
pub fn exhibit_letters(case: &Case, report: &Report) -> Vec<Option<String>> {
    let mut letters = vec![None; case.evidence.len()];
    let mut next = 0;
    // Each ground's evidence list is already in first-cited order.
    for ground in &report.grounds {
        for &i in &ground.evidence {
            if letters[i].is_none() && case.evidence[i].is_received() {
                letters[i] = Some(letter(next));
                next += 1;
            }
        }
    }
    letters
}

/// The `n`th exhibit letter, from 0: `A` … `Z`, `AA` … `AZ`, `BA` …
pub fn letter(n: usize) -> String {
    let mut rest = n + 1;
    let mut reversed = Vec::new();
    while rest > 0 {
        rest -= 1;
        reversed.push(b'A' + (rest % 26) as u8);
        rest /= 26;
    }
    reversed.iter().rev().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::letter;

    #[test]
    fn letters_run_past_z_like_spreadsheet_columns() {
        let names: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(letter).into();
        assert_eq!(names, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn every_letter_is_distinct_and_in_order_of_length() {
        let names: Vec<String> = (0..2000).map(letter).collect();
        let mut sorted = names.clone();
        sorted.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
        assert_eq!(names, sorted);
        sorted.dedup();
        assert_eq!(sorted.len(), 2000);
    }
}

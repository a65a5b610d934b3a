//! Small text helpers that memos, maps and the clinic share: Roman numerals
//! for grounds, and text made to fit on one line. Imports nothing of the
//! crate.

/// Upper-case Roman numerals, for section numbers (any positive number;
/// past 3999 the thousands simply repeat).
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roman_numerals() {
        let cases = [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (14, "XIV"),
            (40, "XL"),
            (1994, "MCMXCIV"),
        ];
        for (n, expected) in cases {
            assert_eq!(roman(n), expected);
        }
    }
}

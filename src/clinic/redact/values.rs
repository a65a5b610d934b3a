//! The values a redaction replaces besides names, each with the placeholder
//! it got, so that one value gets one placeholder wherever it appears.

pub use crate::text::is_receipt;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    Receipt,
    BirthDate,
    /// A date of a calendar none of ours moves (its months numbered).
    Date,
    Address,
    Email,
    Phone,
    Bar,
    Number,
    Link,
    Handle,
    /// A run of name words whose person is uncertain.
    Name,
    /// A surname several people share, standing alone.
    FamilyName,
}

impl ValueKind {
    fn word(self) -> &'static str {
        match self {
            ValueKind::Receipt => "receipt",
            ValueKind::BirthDate => "birth date",
            ValueKind::Date => "date",
            ValueKind::Address => "address",
            ValueKind::Email => "e-mail",
            ValueKind::Phone => "phone",
            ValueKind::Bar => "bar number",
            ValueKind::Number => "number",
            ValueKind::Link => "link",
            ValueKind::Handle => "handle",
            ValueKind::Name => "name",
            ValueKind::FamilyName => "family name",
        }
    }
}

/// One replaced value, as the key file lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Replacement {
    pub kind: ValueKind,
    pub placeholder: String,
    pub real: String,
}

#[derive(Debug, Default)]
pub struct Values {
    pub entries: Vec<Replacement>,
    /// The normalised form each entry was registered under.
    norms: Vec<String>,
    /// Entries by kind and look-up form (a phone's last seven digits), so
    /// that finding a value does not read every other.
    index: HashMap<(ValueKind, String), Vec<usize>>,
    /// Placeholders made so far, by kind.
    made: HashMap<ValueKind, usize>,
    /// Every real value recorded, whatever its kind.
    reals: std::collections::HashSet<String>,
}

impl Values {
    /// The placeholder for `real`, made on first sight: "[e-mail 1]",
    /// "[phone 2]"; a well-formed receipt keeps its shape ("XXX0000000001") so
    /// that the redacted case checks the same.
    pub fn placeholder(&mut self, kind: ValueKind, real: &str) -> String {
        let norm = normalise(kind, real);
        if let Some(i) = self.find(kind, &norm) {
            if self.entries[i].real != real && !self.reals.contains(real) {
                let placeholder = self.entries[i].placeholder.clone();
                self.push(kind, &placeholder, real, norm);
                return placeholder;
            }
            return self.entries[i].placeholder.clone();
        }
        let n = {
            let made = self.made.entry(kind).or_default();
            *made += 1;
            *made
        };
        let placeholder = match kind {
            ValueKind::Receipt if is_receipt(real) => format!("XXX{n:010}"),
            _ => format!("[{} {n}]", kind.word()),
        };
        self.push(kind, &placeholder, real, norm);
        placeholder
    }

    /// Records a value whose placeholder is decided elsewhere (a birth date).
    pub fn record(&mut self, kind: ValueKind, placeholder: &str, real: &str) {
        if !self.entries.iter().any(|e| e.kind == kind && e.real == real) {
            if !self
                .entries
                .iter()
                .any(|e| e.kind == kind && e.placeholder == placeholder)
            {
                *self.made.entry(kind).or_default() += 1;
            }
            self.push(kind, placeholder, real, normalise(kind, real));
        }
    }

    fn push(&mut self, kind: ValueKind, placeholder: &str, real: &str, norm: String) {
        self.entries.push(Replacement {
            kind,
            placeholder: placeholder.to_owned(),
            real: real.to_owned(),
        });
        self.reals.insert(real.to_owned());
        self.index
            .entry((kind, lookup(kind, &norm)))
            .or_default()
            .push(self.entries.len() - 1);
        self.norms.push(norm);
    }

    fn find(&self, kind: ValueKind, norm: &str) -> Option<usize> {
        let candidates = self.index.get(&(kind, lookup(kind, norm)))?;
        candidates.iter().copied().find(|&i| {
            self.entries[i].kind == kind && {
                let known = self.norms[i].as_str();
                match kind {
                    // A number written with or without its country code.
                    ValueKind::Phone => {
                        let (short, long) = if known.len() <= norm.len() {
                            (known, norm)
                        } else {
                            (norm, known)
                        };
                        short.len() >= 7 && long.ends_with(short)
                    }
                    _ => known == norm,
                }
            }
        })
    }
}

/// The form values are indexed under: a phone number by its last seven
/// digits (a number with and without its country code are one), others whole.
fn lookup(kind: ValueKind, norm: &str) -> String {
    match kind {
        ValueKind::Phone if norm.len() >= 7 => norm[norm.len() - 7..].to_owned(),
        _ => norm.to_owned(),
    }
}

fn normalise(kind: ValueKind, real: &str) -> String {
    match kind {
        ValueKind::Email => real.to_lowercase(),
        ValueKind::Phone => real.chars().filter(char::is_ascii_digit).collect(),
        ValueKind::Receipt => real.to_uppercase(),
        _ => real.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_value_one_placeholder_and_numbers_per_kind() {
        let mut v = Values::default();
        assert_eq!(v.placeholder(ValueKind::Email, "A@x.org"), "[e-mail 1]");
        assert_eq!(v.placeholder(ValueKind::Email, "a@X.org"), "[e-mail 1]");
        assert_eq!(v.placeholder(ValueKind::Email, "b@x.org"), "[e-mail 2]");
        assert_eq!(v.placeholder(ValueKind::Phone, "+1 713 555 0148"), "[phone 1]");
        assert_eq!(v.placeholder(ValueKind::Phone, "(713) 555-0148"), "[phone 1]");
        assert_eq!(
            v.placeholder(ValueKind::Receipt, "IOE0927461853"),
            "XXX0000000001"
        );
        assert_eq!(v.placeholder(ValueKind::Receipt, "IOE-12"), "[receipt 2]");
        // Both spellings of the phone number are in the key.
        assert_eq!(v.entries.iter().filter(|e| e.kind == ValueKind::Phone).count(), 2);
    }
}

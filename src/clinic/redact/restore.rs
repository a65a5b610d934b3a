//! How a field of the copy goes back to what the case said: each stage of
//! the redaction writes its text as pieces copied from its input and pieces
//! written anew ([`Rewrite`]); the copied pieces, followed through every
//! stage, leave between them exactly what was replaced ([`Edit`]), which the
//! key keeps so that [`restore`] gives the field back byte for byte.

use serde::Serialize;

/// A piece of a stage's output copied from its input: where it starts in
/// the input, where in the output, and its length in bytes.
pub type Anchor = (usize, usize, usize);

/// A text written by one stage, with what of it was copied.
#[derive(Debug, Default)]
pub struct Rewrite {
    pub out: String,
    pub anchors: Vec<Anchor>,
}

impl Rewrite {
    pub fn with_capacity(n: usize) -> Rewrite {
        Rewrite {
            out: String::with_capacity(n),
            anchors: Vec::new(),
        }
    }

    /// Copies `input[from..to]`.
    pub fn copy(&mut self, input: &str, from: usize, to: usize) {
        if to <= from {
            return;
        }
        let at = self.out.len();
        match self.anchors.last_mut() {
            Some((i, o, len)) if *i + *len == from && *o + *len == at => *len += to - from,
            _ => self.anchors.push((from, at, to - from)),
        }
        self.out.push_str(&input[from..to]);
    }

    /// Writes `text` anew.
    pub fn put(&mut self, text: &str) {
        self.out.push_str(text);
    }
}

/// What a text went through when nothing was replaced: all of it copied.
pub fn unchanged(text: &str) -> Vec<Anchor> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![(0, 0, text.len())]
    }
}

/// The anchors of two stages one after the other: the pieces the second
/// copied from what the first copied. Both lists are in order, so one pass
/// over each does.
pub fn compose(first: &[Anchor], second: &[Anchor]) -> Vec<Anchor> {
    let mut out: Vec<Anchor> = Vec::new();
    let mut k = 0;
    for &(mid, end, len) in second {
        // The second stage copied mid..mid+len of the first's output.
        while k < first.len() && first[k].1 + first[k].2 <= mid {
            k += 1;
        }
        let mut j = k;
        while j < first.len() && first[j].1 < mid + len {
            let (a_in, a_out, a_len) = first[j];
            let from = a_out.max(mid);
            let to = (a_out + a_len).min(mid + len);
            if from < to {
                out.push((a_in + (from - a_out), end + (from - mid), to - from));
            }
            j += 1;
        }
    }
    out
}

/// One replacement in a field: at byte `at` of the copy's text, `copy`
/// stands where the case said `real`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub at: usize,
    pub copy: String,
    pub real: String,
}

/// The replacements of a field, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldEdits {
    pub field: String,
    pub edits: Vec<Edit>,
}

/// The edits that take `real` to `copy`, given the pieces copied from one
/// to the other: whatever lies between two copied pieces was replaced.
pub fn edits(real: &str, copy: &str, anchors: &[Anchor]) -> Vec<Edit> {
    let mut out = Vec::new();
    let (mut r, mut c) = (0, 0);
    let ends = anchors
        .iter()
        .copied()
        .chain(std::iter::once((real.len(), copy.len(), 0)));
    for (a_in, a_out, len) in ends {
        if a_in > r || a_out > c {
            let (was, now) = (&real[r..a_in], &copy[c..a_out]);
            if was != now {
                out.push(Edit {
                    at: c,
                    copy: now.to_owned(),
                    real: was.to_owned(),
                });
            }
        }
        r = a_in + len;
        c = a_out + len;
    }
    out
}

/// A field of the copy with its edits undone.
pub fn restore(copy: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(copy.len());
    let mut copied = 0;
    for e in edits {
        if e.at < copied || !copy[e.at..].starts_with(e.copy.as_str()) {
            // A copy edited since: left as it is from here.
            break;
        }
        out.push_str(&copy[copied..e.at]);
        out.push_str(&e.real);
        copied = e.at + e.copy.len();
    }
    out.push_str(&copy[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stage that replaces each `from` with `to`.
    fn stage(text: &str, from: &str, to: &str) -> Rewrite {
        let mut rw = Rewrite::with_capacity(text.len());
        let mut copied = 0;
        for (at, _) in text.match_indices(from) {
            rw.copy(text, copied, at);
            rw.put(to);
            copied = at + from.len();
        }
        rw.copy(text, copied, text.len());
        rw
    }

    #[test]
    fn stages_compose_and_the_edits_restore_the_text() {
        let real = "Oksana met Oksana at 12 Main St; Oksana paid.";
        let one = stage(real, "Oksana", "Person C");
        let two = stage(&one.out, "12 Main St", "[address 1]");
        let three = stage(&two.out, "Person C paid", "[name 1]");
        let anchors = compose(&compose(&one.anchors, &two.anchors), &three.anchors);
        let edits = edits(real, &three.out, &anchors);
        assert_eq!(three.out, "Person C met Person C at [address 1]; [name 1].");
        assert_eq!(
            edits
                .iter()
                .map(|e| (e.copy.as_str(), e.real.as_str()))
                .collect::<Vec<_>>(),
            [
                ("Person C", "Oksana"),
                ("Person C", "Oksana"),
                ("[address 1]", "12 Main St"),
                ("[name 1]", "Oksana paid"),
            ]
        );
        assert_eq!(restore(&three.out, &edits), real);
    }
}

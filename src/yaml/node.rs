//! A YAML document as a tree of located nodes.
//!
//! `serde-saphyr` parses the text (rejecting duplicate keys, enforcing the
//! budget) and gives every node its `Spanned` location; we keep the whole tree
//! so that the conversion into the model can report every problem in the file
//! at once, instead of stopping at the first one as a derived `Deserialize`
//! would.
//!
//! Text in the tree borrows from the file where the file holds it as it
//! reads (keys, ids, names, plain and quoted text without escapes), and is
//! its own copy only where YAML changes it (block text, escapes, folded
//! lines): a case file is mostly keys and short values, and the tree then
//! costs little more than its nodes. Read through `serde-saphyr` (the
//! reference path), every scalar is a copy.

use crate::base::Loc;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::borrow::Cow;
use std::fmt;

#[derive(Debug)]
pub struct Node<'a> {
    pub loc: Loc,
    /// For a scalar, the byte offset in the text just past it as written
    /// (its closing quote included); 0 for a collection.
    pub end: u32,
    pub value: Value<'a>,
}

impl Node<'_> {
    /// Whether this is text written without quotes whose line goes on with
    /// ` #`: YAML read the rest of the line as a comment, which in a value
    /// of prose is often text lost (`title: Reyes, account #4471`).
    pub fn cut_by_comment(&self, text: &str) -> bool {
        let Value::Str(value) = &self.value else {
            return false;
        };
        let end = self.end as usize;
        let Some(rest) = text.get(end..) else {
            return false;
        };
        // Written plain, its last line ends with the value's last word; in
        // quotes, with the closing quote.
        let last_word = value.rsplit([' ', '\n']).next().unwrap_or_default();
        let written_plain = !last_word.is_empty() && text[..end].ends_with(last_word);
        let line = rest.split('\n').next().unwrap_or_default();
        let after = line.trim_start_matches([' ', '\t']);
        written_plain && after.starts_with('#') && after.len() < line.len()
    }
}

/// A node's value. Lists and maps hold exactly their items, and a whole
/// number is held in two halves, so that a node is 40 bytes (with `Vec`s
/// and an `i128`, which aligns to 16, it was 48): the tree of a large case
/// has a node for every key and every value.
#[derive(Debug)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Int(Whole),
    Float(f64),
    Str(Cow<'a, str>),
    Seq(Box<[Node<'a>]>),
    Map(Box<[(Node<'a>, Node<'a>)]>),
}

/// A whole number as YAML writes it, up to 128 bits, aligned as a `u64`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Whole([u64; 2]);

impl Whole {
    pub fn get(self) -> i128 {
        ((u128::from(self.0[1]) << 64) | u128::from(self.0[0])) as i128
    }
}

impl From<i128> for Whole {
    fn from(n: i128) -> Self {
        let bits = n as u128;
        Whole([bits as u64, (bits >> 64) as u64])
    }
}

impl fmt::Display for Whole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.get(), f)
    }
}

impl fmt::Debug for Whole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.get(), f)
    }
}

impl Value<'_> {
    /// How the value is named in a "found ..." message.
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing (null)",
            Value::Bool(_) => "true/false",
            Value::Int(_) => "a number",
            Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a map",
        }
    }
}

fn loc_of(location: serde_saphyr::Location, len: u32) -> Loc {
    Loc {
        line: u32::try_from(location.line()).unwrap_or(u32::MAX),
        column: u32::try_from(location.column()).unwrap_or(u32::MAX),
        len,
    }
}

impl<'de> Deserialize<'de> for Node<'static> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value<'static>>::deserialize(deserializer)?;
        // Carets underline a scalar as written; a collection gets one character.
        let span_len = spanned.referenced.span().len();
        let len = match &spanned.value {
            Value::Seq(_) | Value::Map(_) => 1,
            _ => u32::try_from(span_len).unwrap_or(1).max(1),
        };
        let span = spanned.referenced.span();
        let end = match &spanned.value {
            Value::Seq(_) | Value::Map(_) => 0,
            _ => span
                .byte_offset()
                .zip(span.byte_len())
                .and_then(|(offset, len)| u32::try_from(offset + len).ok())
                .unwrap_or(0),
        };
        Ok(Node {
            loc: loc_of(spanned.referenced, len),
            end,
            value: spanned.value,
        })
    }
}

impl<'de> Deserialize<'de> for Value<'static> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'static>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_unit<E>(self) -> Result<Value<'static>, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value<'static>, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value<'static>, D::Error> {
        Value::deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value<'static>, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value<'static>, E> {
        Ok(Value::Int(i128::from(v).into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value<'static>, E> {
        Ok(Value::Int(i128::from(v).into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value<'static>, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value<'static>, E> {
        Ok(i128::try_from(v).map_or(Value::Float(v as f64), |v| Value::Int(v.into())))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value<'static>, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value<'static>, E> {
        Ok(Value::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Value<'static>, E> {
        Ok(Value::Str(Cow::Owned(v)))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Value<'static>, E> {
        Ok(Value::Str(Cow::Owned(String::from_utf8_lossy(v).into_owned())))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value<'static>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Seq(items.into_boxed_slice()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value<'static>, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Value::Map(entries.into_boxed_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_keeps_every_bit_in_its_halves() {
        for n in [0, 1, -1, 42, i128::from(i64::MAX) + 1, i128::MIN, i128::MAX] {
            assert_eq!(Whole::from(n).get(), n);
            assert_eq!(Whole::from(n).to_string(), n.to_string());
        }
    }

    /// The tree of a large case is mostly nodes: one that grows shows here.
    #[test]
    fn a_node_is_forty_bytes() {
        assert_eq!(std::mem::size_of::<Node<'_>>(), 40);
    }
}

//! The located tree read into the model through serde.
//!
//! The model's own `Deserialize` (derived) says which keys a map has and
//! what each holds; the JSON Schema derived from the same types says which
//! keys are required. This deserializer never stops at a problem: it reports
//! it at its place in the [`Reader`] and hands the model a stand-in (empty
//! text is [`read::FALLBACK`], a missing map is read as one with nothing in
//! it), so that one run finds every problem of the file. A value read from a
//! file with problems is thrown away.
//!
//! Besides serde's own calls it answers the shapes named in
//! [`crate::model::read`] (places, ids, dates, counts, periods, pinpoints,
//! citations) and fills the model's `$loc` fields with places.

use crate::diag::{Problem, ProblemKind, did_you_mean};
use crate::model::read::{self, FALLBACK, LOC_KEY};
use crate::model::{At, Case, Evidence, Ground, Loc, Period, Pinpoint, TimelineEntry};
use crate::yaml::{Node, Reader, Value, unknown_name};
use schemars::SchemaGenerator;
use schemars::generate::SchemaSettings;
use serde::Deserialize;
use serde::de::value::StringDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// Only a visitor of the model can fail; the deserializer itself reports
/// problems to the reader and carries on.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The name of the whole file in messages.
pub const ROOT: &str = "the case file";

/// Reads a case file's tree (its `rebut` line already taken out).
pub fn read_case(root: Node<'_>, text: &str, reader: &mut Reader) -> Result<Case, Error> {
    Case::deserialize(De {
        node: root,
        what: What::Name(ROOT),
        role: Role::Root,
        prose: false,
        text,
        cx: reader,
    })
}

/// The case file's lists whose items are read one at a time, as the file
/// is parsed ([`read_item`]).
pub const LISTS: [&str; 3] = ["grounds", "evidence", "timeline"];

/// The items of [`LISTS`], read as the file was parsed.
#[derive(Default)]
pub struct ListItems {
    pub grounds: Vec<Ground>,
    pub evidence: Vec<Evidence>,
    pub timeline: Vec<TimelineEntry>,
    /// The first error of a visitor of the model, as [`read_case`] gives it.
    pub error: Option<Error>,
}

/// One item of the list under the root's key `key` (one of [`LISTS`]), read
/// as it would be within the whole file, its problems reported to `reader`.
pub fn read_item(key: &'static str, node: Node<'_>, text: &str, reader: &mut Reader, into: &mut ListItems) {
    let de = De {
        node,
        what: What::Field("", key),
        role: Role::Item,
        prose: false,
        text,
        cx: reader,
    };
    let read = match key {
        "grounds" => Ground::deserialize(de).map(|g| into.grounds.push(g)),
        "evidence" => Evidence::deserialize(de).map(|e| into.evidence.push(e)),
        _ => TimelineEntry::deserialize(de).map(|t| into.timeline.push(t)),
    };
    if let Err(e) = read {
        into.error.get_or_insert(e);
    }
}

/// How a value is named in messages: `case.beneficiary.name`.
#[derive(Clone, Copy)]
enum What<'a> {
    Name(&'a str),
    Field(&'a str, &'static str),
}

impl fmt::Display for What<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            What::Name(name) | What::Field("", name) => f.write_str(name),
            What::Field(map, key) => write!(f, "{map}.{key}"),
        }
    }
}

/// Where a value stands, which decides how a map there is named.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The whole file.
    Root,
    /// Under a key: a map is named by its path (`case.beneficiary`).
    Field,
    /// In a list: a map is named by its kind (`ground`).
    Item,
    /// A citation written as a bare id: read as `{id: ...}`.
    Bare,
}

/// What the JSON Schema derived from the model says of one map's keys.
#[derive(Default)]
struct Keys {
    /// Keys the file must give.
    required: Vec<String>,
    /// Keys with a default of their own, which serde fills in when absent.
    defaulted: Vec<String>,
    /// Keys whose value is free text (not an id, a date or a name from a list).
    prose: Vec<String>,
}

/// The keys of a map of the model, by type name. Every other key of the
/// model is optional: when absent it is read as nothing (`None`, an empty
/// list, `false`).
fn keys(name: &str) -> &'static Keys {
    static TABLE: OnceLock<HashMap<String, Keys>> = OnceLock::new();
    static NONE: OnceLock<Keys> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let generator = SchemaGenerator::new(SchemaSettings::draft2020_12());
        let schema = generator.into_root_schema_for::<Case>().to_value();
        let keys = |v: &serde_json::Value| -> Keys {
            let object = v["anyOf"]
                .as_array()
                .and_then(|forms| forms.iter().find(|f| f["type"] == "object"))
                .unwrap_or(v);
            let required = object["required"]
                .as_array()
                .map(|r| r.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            let defaulted = object["properties"]
                .as_object()
                .map(|p| {
                    p.iter()
                        .filter(|(_, v)| v.get("default").is_some())
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default();
            let prose = object["properties"]
                .as_object()
                .map(|p| {
                    p.iter()
                        .filter(|(_, v)| is_prose(v))
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default();
            Keys {
                required,
                defaulted,
                prose,
            }
        };
        let mut table = HashMap::new();
        table.insert("Case".to_owned(), keys(&schema));
        if let Some(defs) = schema["$defs"].as_object() {
            for (name, def) in defs {
                table.insert(name.clone(), keys(def));
            }
        }
        table
    });
    table.get(name).unwrap_or_else(|| NONE.get_or_init(Keys::default))
}

/// Free text in the schema: a string with no shape of its own.
fn is_prose(property: &serde_json::Value) -> bool {
    let string = match &property["type"] {
        serde_json::Value::String(t) => t == "string",
        serde_json::Value::Array(types) => types.iter().any(|t| t == "string"),
        _ => false,
    };
    let shaped = ["$ref", "enum", "pattern", "format", "allOf", "anyOf", "const"]
        .iter()
        .any(|k| property.get(k).is_some());
    string && !shaped
}

/// How an item of a list is named: `TimelineEntry` is "timeline entry";
/// a point is written under `responses`.
fn item_name(type_name: &str) -> String {
    if type_name == "Point" {
        return "response".to_owned();
    }
    let mut name = String::with_capacity(type_name.len() + 2);
    for (i, c) in type_name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push(' ');
        }
        name.extend(c.to_lowercase());
    }
    name
}

/// Items named by their id in messages ("ground `G2`").
const NAMED_BY_ID: [&str; 2] = ["Ground", "Evidence"];

fn valid_id(value: &Value<'_>) -> Option<String> {
    let text = match value {
        Value::Str(s) => s.to_string(),
        Value::Int(n) if n.get() >= 0 => n.to_string(),
        _ => return None,
    };
    let ok = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    ok.then_some(text)
}

struct De<'a> {
    node: Node<'a>,
    what: What<'a>,
    role: Role,
    /// Whether the value is prose (checked for text lost to ` #`).
    prose: bool,
    text: &'a str,
    cx: &'a mut Reader,
}

/// What a map's key holds once the map has been looked over.
enum Slot<'a> {
    Node(Node<'a>),
    Loc(Loc),
    /// A key that is not there: nothing, or a stand-in for a required key
    /// (reported).
    Missing,
}

impl<'a> De<'a> {
    /// The keys of a map of the model: known keys in file order, places for
    /// its `$loc` fields, stand-ins for missing required keys (each
    /// reported), and every unknown key reported.
    fn slots(
        &mut self,
        type_name: &'static str,
        fields: &'static [&'static str],
        map_name: &str,
        loc: Loc,
        entries: Vec<(Node<'a>, Node<'a>)>,
    ) -> Vec<(&'static str, Slot<'a>)> {
        let bare = self.role == Role::Bare;
        let mut slots: Vec<(&'static str, Slot<'a>)> = Vec::with_capacity(fields.len());
        let mut empty: Vec<&'static str> = Vec::new();
        let mut unknown: Vec<(String, Loc)> = Vec::new();
        for (key, value) in entries {
            let Value::Str(name) = key.value else {
                self.cx.push(Problem::at(
                    ProblemKind::WrongType,
                    key.loc,
                    format!(
                        "keys of `{map_name}` must be plain names, found {}",
                        key.value.describe()
                    ),
                ));
                continue;
            };
            match fields.iter().find(|f| **f == name && !f.starts_with('$')) {
                Some(&field) if matches!(value.value, Value::Null) && !bare => empty.push(field),
                Some(&field) => slots.push((field, Slot::Node(value))),
                None => unknown.push((name.into_owned(), key.loc)),
            }
        }
        let display = match slots.iter().find(|(k, _)| *k == "id") {
            Some((_, Slot::Node(id))) if self.role == Role::Item && NAMED_BY_ID.contains(&type_name) => {
                valid_id(&id.value).map(|id| format!("{map_name} `{id}`"))
            }
            _ => None,
        }
        .unwrap_or_else(|| format!("`{map_name}`"));
        let keys = keys(type_name);
        for &field in fields {
            if let Some(key) = field.strip_prefix(LOC_KEY) {
                let place = match key.strip_prefix(':') {
                    None => Some(loc),
                    Some(key) => slots.iter().find_map(|(k, s)| match s {
                        Slot::Node(n) if *k == key => Some(n.loc),
                        _ => None,
                    }),
                };
                slots.extend(place.map(|l| (field, Slot::Loc(l))));
            } else if !slots.iter().any(|(k, _)| *k == field) && !keys.defaulted.iter().any(|d| d == field) {
                // Absent: a stand-in, which reads as nothing for an optional
                // key, and is a problem for a required one.
                if keys.required.iter().any(|r| r == field) {
                    let message = if empty.contains(&field) {
                        format!("`{field}` of {display} is empty, but it is required")
                    } else {
                        format!("{display} is missing the required key `{field}`")
                    };
                    self.cx.push(
                        Problem::at(ProblemKind::MissingKey, loc, message)
                            .help(format!("add `{field}:` with a value")),
                    );
                }
                slots.push((field, Slot::Missing));
            }
        }
        if !unknown.is_empty() {
            let mut known: Vec<&str> = fields.iter().copied().filter(|f| !f.starts_with('$')).collect();
            if self.role == Role::Root {
                known.push("rebut");
            }
            known.sort_unstable();
            known.dedup();
            for (name, key_loc) in unknown {
                let mut problem = Problem::at(
                    ProblemKind::UnknownKey,
                    key_loc,
                    format!("unknown key `{name}` in {display}"),
                )
                .help(format!("the keys of `{map_name}` are: {}", known.join(", ")));
                if let Some(close) = did_you_mean(&name, known.iter().copied()) {
                    problem = problem.label(format!("did you mean `{close}`?"));
                }
                self.cx.push(problem);
            }
        }
        slots
    }

    /// The shapes of [`read`]: checked here, then handed over as
    /// `(loc, value)`, or as nothing after a problem.
    fn checked<'de, V: Visitor<'de>>(self, shape: &str, visitor: V) -> Result<V::Value, Error> {
        let loc = self.node.loc;
        let what = self.what;
        let cx = self.cx;
        let text: Option<(Loc, String)> = match shape {
            read::ID => cx.id(self.node, what).map(|id| (id.loc, id.value)),
            read::DATE => cx.date(self.node, what).map(|d| (d.loc, d.value.to_string())),
            read::COUNT => {
                return match cx.count(self.node, what, 1) {
                    Some(n) => visitor.visit_seq(Pair::new(LocDe(loc), n.into_deserializer())),
                    None => visitor.visit_none(),
                };
            }
            read::PERIOD => period(self.node, what, cx).map(|t| (loc, t)),
            _ => pinpoint(self.node, what, cx).map(|t| (loc, t)),
        };
        match text {
            Some((loc, text)) => visitor.visit_seq(Pair::new(LocDe(loc), StringDeserializer::new(text))),
            None => visitor.visit_none(),
        }
    }
}

/// "6 months": a whole number and a unit.
fn period(node: Node<'_>, what: What<'_>, cx: &mut Reader) -> Option<String> {
    let text = cx.located_string(node, what)?;
    if Period::parse(&text.value).is_some() {
        return Some(text.value);
    }
    cx.push(
        Problem::at(
            ProblemKind::InvalidValue,
            text.loc,
            format!("`{}` is not a period of time", text.value),
        )
        .help("write a whole number and `days`, `weeks`, `months` or `years`, e.g. \"6 months\""),
    );
    None
}

/// "3", "2-3", "2–3", "2-3, 7"; a bare number also works.
fn pinpoint(node: Node<'_>, what: What<'_>, cx: &mut Reader) -> Option<String> {
    let loc = node.loc;
    let text = match node.value {
        Value::Str(s) => s.into_owned(),
        Value::Int(n) => n.to_string(),
        _ => {
            cx.push(Problem::at(
                ProblemKind::WrongType,
                loc,
                format!(
                    "`{what}` should be pages such as \"2-3\", found {}",
                    node.value.describe()
                ),
            ));
            return None;
        }
    };
    if Pinpoint::parse(&text).is_some() {
        return Some(text);
    }
    cx.push(
        Problem::at(
            ProblemKind::InvalidValue,
            loc,
            format!("`{text}` is not a page pinpoint"),
        )
        .help("write a page or a range of pages: \"3\", \"2-3\" or \"2-3, 7\""),
    );
    None
}

impl<'de> Deserializer<'de> for De<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Int(n) => match i64::try_from(n.get()) {
                Ok(n) => visitor.visit_i64(n),
                Err(_) => visitor.visit_i128(n.get()),
            },
            Value::Float(x) => visitor.visit_f64(x),
            Value::Str(Cow::Borrowed(s)) => visitor.visit_str(s),
            Value::Str(Cow::Owned(s)) => visitor.visit_string(s),
            Value::Seq(items) => visitor.visit_seq(Items {
                items: items.into_vec().into_iter(),
                what: self.what,
                text: self.text,
                cx: self.cx,
            }),
            Value::Map(_) => {
                self.cx.wrong_type(&self.node, self.what, "a value");
                visitor.visit_unit()
            }
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(self.cx.bool(self.node, self.what).unwrap_or(false))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.prose && self.node.cut_by_comment(self.text) {
            self.cx.cut.push(At::new(self.what.to_string(), self.node.loc));
        }
        match self.cx.string(self.node, self.what) {
            Some(s) => visitor.visit_string(s),
            None => visitor.visit_str(FALLBACK),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.node.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let items = self.cx.list(self.node, self.what);
        visitor.visit_seq(Items {
            items: items.into_iter(),
            what: self.what,
            text: self.text,
            cx: self.cx,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        mut self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let map_name = match self.role {
            Role::Root => ROOT.to_owned(),
            Role::Item | Role::Bare => item_name(name),
            Role::Field => self.what.to_string(),
        };
        let (loc, end) = (self.node.loc, self.node.end);
        let entries = match std::mem::replace(&mut self.node.value, Value::Null) {
            Value::Map(entries) => entries.into_vec(),
            value if self.role == Role::Bare => {
                let key = Node {
                    loc,
                    end: 0,
                    value: Value::Str(Cow::Borrowed("id")),
                };
                vec![(key, Node { loc, end, value })]
            }
            value => {
                let node = Node { loc, end, value };
                self.cx
                    .wrong_type(&node, &map_name, "a map of `key: value` lines");
                return visitor.visit_map(Fallback::new(name, fields));
            }
        };
        let slots = self.slots(name, fields, &map_name, loc, entries);
        let prefix = if self.role == Role::Root {
            String::new()
        } else {
            map_name
        };
        visitor.visit_map(Fields {
            slots: slots.into_iter(),
            pending: None,
            prefix,
            bare: (self.role == Role::Bare).then_some(self.what),
            prose: &keys(name).prose,
            text: self.text,
            cx: self.cx,
        })
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let loc = self.node.loc;
        let what = self.what.to_string();
        let fallback = variants.first().copied().unwrap_or_default();
        let Some(text) = self.cx.string(self.node, &what) else {
            return visitor.visit_enum(fallback.into_deserializer());
        };
        if let Some(&known) = variants.iter().find(|v| **v == text) {
            return visitor.visit_enum(known.into_deserializer());
        }
        self.cx.push(unknown_name(
            ProblemKind::InvalidValue,
            loc,
            &what,
            &text,
            variants.iter().copied(),
        ));
        visitor.visit_enum(fallback.into_deserializer())
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        match name {
            read::AT => {
                let loc = self.node.loc;
                visitor.visit_seq(Pair::new(LocDe(loc), self))
            }
            read::ID | read::DATE | read::COUNT | read::PERIOD | read::PINPOINT => {
                self.checked(name, visitor)
            }
            read::LIST => {
                let items = match self.node.value {
                    Value::Seq(items) => items.into_vec(),
                    Value::Null => Vec::new(),
                    value => vec![Node { value, ..self.node }],
                };
                visitor.visit_seq(Items {
                    items: items.into_iter(),
                    what: self.what,
                    text: self.text,
                    cx: self.cx,
                })
            }
            read::CITATION => {
                let role = match self.node.value {
                    Value::Map(_) => Role::Item,
                    _ => Role::Bare,
                };
                visitor.visit_newtype_struct(De { role, ..self })
            }
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit unit_struct
        tuple tuple_struct map identifier
    }
}

/// The items of a list, each named as the list is.
struct Items<'a> {
    items: std::vec::IntoIter<Node<'a>>,
    what: What<'a>,
    text: &'a str,
    cx: &'a mut Reader,
}

impl<'de> SeqAccess<'de> for Items<'_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        seed.deserialize(De {
            node,
            what: self.what,
            role: Role::Item,
            prose: false,
            text: self.text,
            cx: &mut *self.cx,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The keys of one map of the model, looked over by [`De::slots`].
struct Fields<'a> {
    slots: std::vec::IntoIter<(&'static str, Slot<'a>)>,
    pending: Option<(&'static str, Slot<'a>)>,
    prefix: String,
    /// A bare citation's id is named as the list it stands in.
    bare: Option<What<'a>>,
    prose: &'static [String],
    text: &'a str,
    cx: &'a mut Reader,
}

impl<'de> MapAccess<'de> for Fields<'_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, slot)) = self.slots.next() else {
            return Ok(None);
        };
        self.pending = Some((key, slot));
        seed.deserialize(key.into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.pending.take() {
            Some((key, Slot::Node(node))) => seed.deserialize(De {
                node,
                what: self.bare.unwrap_or(What::Field(&self.prefix, key)),
                role: Role::Field,
                prose: self.prose.iter().any(|p| p == key),
                text: self.text,
                cx: &mut *self.cx,
            }),
            Some((_, Slot::Loc(loc))) => seed.deserialize(LocDe(loc)),
            Some((_, Slot::Missing)) | None => seed.deserialize(Missing),
        }
    }
}

/// A place, as the model reads it: `(line, column, len)`.
struct LocDe(Loc);

impl<'de> Deserializer<'de> for LocDe {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let Loc { line, column, len } = self.0;
        visitor.visit_seq(de::value::SeqDeserializer::new([line, column, len].into_iter()))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// Two values in a row: a place and what stands there.
struct Pair<A, B> {
    first: Option<A>,
    second: Option<B>,
}

impl<A, B> Pair<A, B> {
    fn new(first: A, second: B) -> Self {
        Pair {
            first: Some(first),
            second: Some(second),
        }
    }
}

impl<'de, A: Deserializer<'de, Error = Error>, B: Deserializer<'de, Error = Error>> SeqAccess<'de>
    for Pair<A, B>
{
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        if let Some(first) = self.first.take() {
            return seed.deserialize(first).map(Some);
        }
        match self.second.take() {
            Some(second) => seed.deserialize(second).map(Some),
            None => Ok(None),
        }
    }
}

/// The stand-in for a value that is not there or could not be read: the
/// problem is already reported; reading goes on.
struct Missing;

impl<'de> Deserializer<'de> for Missing {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(false)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u32(0)
    }
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(FALLBACK)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(FALLBACK)
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_none()
    }
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_seq(de::value::SeqDeserializer::new(std::iter::empty::<u32>()))
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_map(Fallback::new(name, fields))
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_enum(variants.first().copied().unwrap_or_default().into_deserializer())
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        match name {
            read::AT => visitor.visit_seq(Pair::new(LocDe(Loc::default()), Missing)),
            read::ID | read::DATE | read::COUNT | read::PERIOD | read::PINPOINT => visitor.visit_none(),
            read::LIST => self.deserialize_seq(visitor),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct tuple tuple_struct map identifier ignored_any
    }
}

/// A map of the model read from nothing: its keys, each a stand-in, but
/// those with a default of their own.
struct Fallback {
    keys: Vec<&'static str>,
    pending: Option<&'static str>,
}

impl Fallback {
    fn new(name: &'static str, fields: &'static [&'static str]) -> Self {
        let defaulted = &keys(name).defaulted;
        let keys = fields
            .iter()
            .copied()
            .filter(|f| *f == LOC_KEY || !(f.starts_with('$') || defaulted.iter().any(|d| d == f)))
            .rev()
            .collect();
        Fallback { keys, pending: None }
    }
}

impl<'de> MapAccess<'de> for Fallback {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(key) = self.keys.pop() else {
            return Ok(None);
        };
        self.pending = Some(key);
        seed.deserialize(de::value::BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.pending.take() {
            Some(LOC_KEY) => seed.deserialize(LocDe(Loc::default())),
            _ => seed.deserialize(Missing),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A field that is one value or a list, as a new key would declare it.
    #[derive(Deserialize)]
    struct Item {
        #[serde(rename = "$loc", default)]
        #[allow(dead_code)]
        loc: Loc,
        #[serde(deserialize_with = "read::one_or_list")]
        kinds: Vec<crate::model::At<String>>,
    }

    fn read(yaml: &str) -> (Option<Vec<String>>, Vec<String>) {
        let root = crate::yaml::parse("t.yaml", yaml).unwrap();
        let mut reader = Reader::default();
        let item = Item::deserialize(De {
            node: root,
            what: What::Name("item"),
            role: Role::Item,
            prose: false,
            text: yaml,
            cx: &mut reader,
        })
        .ok();
        let problems = reader.problems.iter().map(|p| p.message.clone()).collect();
        (
            item.map(|i| i.kinds.into_iter().map(|k| k.value).collect()),
            problems,
        )
    }

    #[test]
    fn one_value_or_a_list_reads_as_a_list_with_each_place() {
        assert_eq!(read("kinds: a").0.unwrap(), ["a"]);
        assert_eq!(read("kinds: [a, b]").0.unwrap(), ["a", "b"]);
        let (_, problems) = read("kinds: [a, {b: 1}]");
        assert_eq!(problems, ["`item.kinds` should be text, found a map"]);
        let (_, problems) = read("kind: a");
        assert_eq!(problems, ["unknown key `kind` in `item`"]);
    }
}

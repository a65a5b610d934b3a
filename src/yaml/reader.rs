//! Typed reading of a located YAML tree, collecting every problem instead of
//! stopping at the first one.

use super::node::{Node, Value};
use crate::base::{At, Loc};
use crate::diag::{Problem, ProblemKind, did_you_mean};
use jiff::civil::Date;
use std::borrow::Cow;
use std::fmt::{self, Display};

/// Reads typed values out of a located tree, keeping the problems found so
/// far in one file.
#[derive(Default)]
pub struct Reader {
    pub problems: Vec<Problem>,
    /// Prose values that YAML cut short at ` #`, by path: not a problem
    /// (the file reads), a warning for `check`.
    pub cut: Vec<At<String>>,
}

impl Reader {
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    pub fn wrong_type(&mut self, node: &Node<'_>, what: impl Display, expected: &str) {
        let mut problem = Problem::at(
            ProblemKind::WrongType,
            node.loc,
            format!("`{what}` should be {expected}, found {}", node.value.describe()),
        );
        if matches!(node.value, Value::Int(_) | Value::Float(_) | Value::Bool(_))
            && expected.starts_with("text")
        {
            problem = problem.help("put the value in quotes to make it text");
        }
        self.push(problem);
    }

    /// A map, ready for its keys to be taken one by one.
    pub fn map<'a>(&mut self, node: Node<'a>, what: impl MapName) -> Option<Fields<'a>> {
        let what = what.into_name();
        match node.value {
            Value::Map(entries) => {
                let mut fields = Vec::with_capacity(entries.len());
                for (key, value) in entries {
                    match key.value {
                        Value::Str(name) => fields.push(Entry {
                            name: name.into_owned(),
                            key_loc: key.loc,
                            value: Some(value),
                        }),
                        _ => self.push(Problem::at(
                            ProblemKind::WrongType,
                            key.loc,
                            format!(
                                "keys of `{what}` must be plain names, found {}",
                                key.value.describe()
                            ),
                        )),
                    }
                }
                Some(Fields {
                    name: None,
                    what,
                    loc: node.loc,
                    entries: fields,
                    known: Known::default(),
                })
            }
            _ => {
                self.wrong_type(&node, &what, "a map of `key: value` lines");
                None
            }
        }
    }

    /// A list; nothing at all (`key:` with no value) counts as an empty list.
    pub fn list<'a>(&mut self, node: Node<'a>, what: impl Display + Copy) -> Vec<Node<'a>> {
        match node.value {
            Value::Seq(items) => items.into_vec(),
            Value::Null => Vec::new(),
            _ => {
                self.wrong_type(&node, what, "a list (lines starting with `- `)");
                Vec::new()
            }
        }
    }

    /// Text, refused when it holds a character that XML 1.0 cannot (a
    /// control character, U+FFFE, U+FFFF): a Word document or web page made
    /// from it would not open.
    pub fn string(&mut self, node: Node<'_>, what: impl Display + Copy) -> Option<String> {
        match node.value {
            Value::Str(s) => match s.chars().find(|&c| !crate::markup::is_xml_char(c)) {
                None => Some(s.into_owned()),
                Some(c) => {
                    self.push(
                        Problem::at(
                            ProblemKind::InvalidValue,
                            node.loc,
                            format!(
                                "`{what}` holds the character U+{:04X}, which documents cannot hold",
                                c as u32
                            ),
                        )
                        .help("remove it (it often comes with copied text, or from an escape such as `\\u0007` in quotes)"),
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(&node, what, "text");
                None
            }
        }
    }

    pub fn located_string(&mut self, node: Node<'_>, what: impl Display + Copy) -> Option<At<String>> {
        let loc = node.loc;
        self.string(node, what).map(|s| At::new(s, loc))
    }

    /// An id: letters, digits, `-`, `_`, `.`. A bare number such as `1` is
    /// read as the id "1".
    pub fn id(&mut self, node: Node<'_>, what: impl Display + Copy) -> Option<At<String>> {
        let loc = node.loc;
        let text = match node.value {
            Value::Str(s) => s.into_owned(),
            Value::Int(n) if n.get() >= 0 => n.to_string(),
            _ => {
                self.wrong_type(&node, what, "an id (letters, digits, `-`, `_`, `.`)");
                return None;
            }
        };
        if text.is_empty()
            || !text
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.push(
                Problem::at(ProblemKind::InvalidId, loc, format!("`{text}` is not a valid id"))
                    .help("ids use only letters, digits, `-`, `_` and `.`, e.g. `G1` or `dr-lopez-2025`"),
            );
            return None;
        }
        Some(At::new(text, loc))
    }

    pub fn bool(&mut self, node: Node<'_>, what: impl Display + Copy) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(&node, what, "`true` or `false`");
                None
            }
        }
    }

    /// A whole number of at least `min`.
    pub fn count(&mut self, node: Node<'_>, what: impl Display + Copy, min: u32) -> Option<u32> {
        match node.value {
            Value::Int(n) => match u32::try_from(n.get()) {
                Ok(n) if n >= min => Some(n),
                _ => {
                    self.push(Problem::at(
                        ProblemKind::InvalidValue,
                        node.loc,
                        format!("`{what}` must be a whole number of at least {min}, found {n}"),
                    ));
                    None
                }
            },
            _ => {
                self.wrong_type(&node, what, &format!("a whole number of at least {min}"));
                None
            }
        }
    }

    /// A calendar date written `YYYY-MM-DD` that exists.
    pub fn date(&mut self, node: Node<'_>, what: impl Display + Copy) -> Option<At<Date>> {
        let loc = node.loc;
        let Value::Str(text) = &node.value else {
            self.wrong_type(&node, what, "a date written YYYY-MM-DD");
            return None;
        };
        match parse_date(text) {
            Ok(date) => Some(At::new(date, loc)),
            Err(reason) => {
                self.push(
                    Problem::at(
                        ProblemKind::InvalidDate,
                        loc,
                        format!("`{what}`: `{text}` is not a date ({reason})"),
                    )
                    .help("write dates as YYYY-MM-DD, e.g. 2025-03-14"),
                );
                None
            }
        }
    }

    /// One of a fixed set of names, with a suggestion when it is close to one.
    pub fn choice<T>(
        &mut self,
        node: Node<'_>,
        what: &str,
        names: &[&'static str],
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let loc = node.loc;
        let text = self.string(node, what)?;
        if let Some(value) = parse(&text) {
            return Some(value);
        }
        self.push(unknown_name(
            ProblemKind::InvalidValue,
            loc,
            what,
            &text,
            names.iter().copied(),
        ));
        None
    }
}

/// Beyond this many known names, an unknown one gets no "did you mean".
const MAX_SUGGESTION_CANDIDATES: usize = 1000;

/// "unknown X `name`", with a "did you mean" and the list of known names.
pub fn unknown_name<'a>(
    kind: ProblemKind,
    loc: Loc,
    what: &str,
    name: &str,
    known: impl Iterator<Item = &'a str> + Clone,
) -> Problem {
    let mut problem = Problem::at(kind, loc, format!("unknown {what} `{name}`"));
    // Against thousands of names a suggestion costs more than it helps,
    // and many unknown names would make that cost quadratic.
    let few = known.clone().nth(MAX_SUGGESTION_CANDIDATES).is_none();
    if few && let Some(close) = did_you_mean(name, known.clone()) {
        problem = problem.label(format!("did you mean `{close}`?"));
    }
    let list: Vec<&str> = known.take(21).collect();
    if list.len() <= 20 {
        problem = problem.help(format!("expected one of: {}", list.join(", ")));
    }
    problem
}

/// Parses `YYYY-MM-DD` strictly; the reason says what is wrong otherwise.
pub fn parse_date(text: &str) -> Result<Date, String> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err("expected YYYY-MM-DD".to_owned());
    }
    let year: i16 = text[0..4].parse().map_err(|_| "bad year".to_owned())?;
    let month: i8 = text[5..7].parse().map_err(|_| "bad month".to_owned())?;
    let day: i8 = text[8..10].parse().map_err(|_| "bad day".to_owned())?;
    if !(1..=12).contains(&month) {
        return Err(format!("there is no month {month}"));
    }
    Date::new(year, month, day).map_err(|_| {
        let last = Date::new(year, month, 1).map(|d| d.days_in_month()).unwrap_or(31);
        format!("that month has {last} days")
    })
}

struct Entry<'a> {
    name: String,
    key_loc: Loc,
    value: Option<Node<'a>>,
}

/// How a map is named in messages: a fixed name, or one built at run time
/// (as the playbook does for its entries).
pub trait MapName {
    fn into_name(self) -> Cow<'static, str>;
}

impl MapName for &'static str {
    fn into_name(self) -> Cow<'static, str> {
        Cow::Borrowed(self)
    }
}

impl MapName for &String {
    fn into_name(self) -> Cow<'static, str> {
        Cow::Owned(self.clone())
    }
}

/// `map.key`, written out only when a message needs it.
#[derive(Clone, Copy)]
pub struct FieldPath<'a> {
    map: &'a str,
    key: &'static str,
}

impl Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.map, self.key)
    }
}

/// The keys a map was asked for, kept inline: every map of every file has
/// them, and only a message about an unknown key reads them.
#[derive(Default)]
struct Known {
    first: [&'static str; 16],
    len: usize,
    more: Vec<&'static str>,
}

impl Known {
    fn push(&mut self, key: &'static str) {
        match self.first.get_mut(self.len) {
            Some(slot) => *slot = key,
            None => self.more.push(key),
        }
        self.len += 1;
    }

    fn all(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.first[..self.len.min(16)].iter().chain(&self.more).copied()
    }
}

/// The keys of one map, taken by name; whatever is left at `finish` is an
/// unknown key.
pub struct Fields<'a> {
    /// What the map is ("ground"), and once its id is known, the id, for
    /// messages ("ground `G2`").
    name: Option<(&'static str, String)>,
    what: Cow<'static, str>,
    pub loc: Loc,
    entries: Vec<Entry<'a>>,
    known: Known,
}

impl<'a> Fields<'a> {
    /// Names the map by its id in messages: `name("ground", "G2")`.
    pub fn name(&mut self, kind: &'static str, id: &str) {
        self.name = Some((kind, id.to_owned()));
    }

    fn display_name(&self) -> String {
        match &self.name {
            Some((kind, id)) => format!("{kind} `{id}`"),
            None => format!("`{}`", self.what),
        }
    }

    /// The value under `key`, if present and not null.
    pub fn take(&mut self, key: &'static str) -> Option<Node<'a>> {
        self.known.push(key);
        let entry = self.entries.iter_mut().find(|e| e.name == key)?;
        let node = entry.value.take()?;
        match node.value {
            Value::Null => None,
            _ => Some(node),
        }
    }

    /// The value under `key`, reporting it as missing when absent.
    pub fn require(&mut self, reader: &mut Reader, key: &'static str) -> Option<Node<'a>> {
        let present = self.entries.iter().any(|e| e.name == key);
        let node = self.take(key);
        if node.is_none() {
            let message = if present {
                format!("`{key}` of {} is empty, but it is required", self.display_name())
            } else {
                format!("{} is missing the required key `{key}`", self.display_name())
            };
            reader.push(
                Problem::at(ProblemKind::MissingKey, self.loc, message)
                    .help(format!("add `{key}:` with a value")),
            );
        }
        node
    }

    fn path(&self, key: &'static str) -> FieldPath<'_> {
        FieldPath { map: &self.what, key }
    }

    pub fn string(&mut self, reader: &mut Reader, key: &'static str) -> Option<String> {
        let node = self.take(key)?;
        reader.string(node, self.path(key))
    }

    pub fn required_string(&mut self, reader: &mut Reader, key: &'static str) -> Option<String> {
        let node = self.require(reader, key)?;
        reader.string(node, self.path(key))
    }

    pub fn located_string(&mut self, reader: &mut Reader, key: &'static str) -> Option<At<String>> {
        let node = self.take(key)?;
        reader.located_string(node, self.path(key))
    }

    pub fn date(&mut self, reader: &mut Reader, key: &'static str) -> Option<At<Date>> {
        let node = self.take(key)?;
        reader.date(node, self.path(key))
    }

    pub fn required_date(&mut self, reader: &mut Reader, key: &'static str) -> Option<At<Date>> {
        let node = self.require(reader, key)?;
        reader.date(node, self.path(key))
    }

    pub fn bool(&mut self, reader: &mut Reader, key: &'static str) -> Option<bool> {
        let node = self.take(key)?;
        reader.bool(node, self.path(key))
    }

    pub fn list(&mut self, reader: &mut Reader, key: &'static str) -> Vec<Node<'a>> {
        match self.take(key) {
            Some(node) => reader.list(node, self.path(key)),
            None => Vec::new(),
        }
    }

    pub fn required_id(&mut self, reader: &mut Reader, key: &'static str) -> Option<At<String>> {
        let node = self.require(reader, key)?;
        reader.id(node, self.path(key))
    }

    /// Every entry, for maps whose keys are ids rather than fixed names.
    pub fn entries(&mut self) -> Vec<(At<String>, Node<'a>)> {
        self.entries
            .drain(..)
            .filter_map(|e| Some((At::new(e.name, e.key_loc), e.value?)))
            .collect()
    }

    /// Reports every key that no `take` asked for: those still holding
    /// their value (a key asked for gives its value up, even a null one).
    pub fn finish(self, reader: &mut Reader) {
        for entry in self.entries.iter().filter(|e| e.value.is_some()) {
            let mut known: Vec<&str> = self.known.all().collect();
            known.sort_unstable();
            known.dedup();
            let mut problem = Problem::at(
                ProblemKind::UnknownKey,
                entry.key_loc,
                format!("unknown key `{}` in {}", entry.name, self.display_name()),
            )
            .help(format!("the keys of `{}` are: {}", self.what, known.join(", ")));
            if let Some(close) = did_you_mean(&entry.name, known.iter().copied()) {
                problem = problem.label(format!("did you mean `{close}`?"));
            }
            reader.push(problem);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist_and_have_the_iso_shape() {
        assert_eq!(parse_date("2025-03-14").unwrap().to_string(), "2025-03-14");
        assert!(parse_date("2025-02-30").unwrap_err().contains("28 days"));
        assert!(parse_date("2024-13-01").unwrap_err().contains("month 13"));
        assert!(parse_date("14/03/2025").is_err());
        assert!(parse_date("2025-3-14").is_err());
    }
}

//! The playbook's paperwork around the memo: the draft declarations
//! (`declarations`) and the request letters' wording in other languages
//! (`letters`). Both are Tera text, parsed here so that a broken one is a
//! located problem of the playbook.

use super::{Category, EvidenceType, Fact, snippet_parses};
use crate::diag::{Problem, ProblemKind};
use crate::yaml::{Fields, Node, Reader, unknown_name};
use serde::Serialize;
use std::collections::BTreeMap;

/// The people a declaration may be drafted for.
pub const DECLARANTS: [&str; 3] = ["petitioner", "companion", "sponsor"];

/// The entries every language of `letters` must give: the built-in request
/// template prints each.
pub const LETTER_WORDS: [&str; 26] = [
    "heading",
    "to",
    "from",
    "date",
    "re",
    "subject",
    "to_complete",
    "capacity",
    "greeting",
    "intro",
    "reason",
    "baseline",
    "facts",
    "concerns",
    "more_concerns",
    "ground",
    "must_state",
    "ground_needs",
    "send",
    "reply",
    "missing",
    "thanks",
    "closing",
    "counsel",
    "english_follows",
    "and",
];

/// What a draft declaration says.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Declarations {
    /// 28 U.S.C. § 1746(2): the declaration signed in the United States.
    pub inside: String,
    /// 28 U.S.C. § 1746(1): the declaration signed anywhere else.
    pub outside: String,
    /// Per kind of declarant (`petitioner`, `companion`, `sponsor`), the
    /// topics of their declaration, in order.
    pub people: BTreeMap<String, Vec<String>>,
    /// The topics, by id, in the playbook's order.
    pub topics: Vec<Topic>,
}

/// One part of a declaration: statements with bracketed blanks.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    pub id: String,
    pub heading: String,
    /// The catalog's fact this topic states: the topic is left out once
    /// the record shows the fact.
    pub fact: Option<String>,
    /// Tera text, one statement each (a numbered paragraph).
    pub statements: Vec<String>,
}

impl Declarations {
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

/// A request letter's wording in one language.
#[derive(Debug, Clone, Serialize)]
pub struct LetterWords {
    /// The language's English name ("Spanish").
    pub name: String,
    /// The countries where it is written: a letter asking for a `home`
    /// type of a beneficiary of one of them is in this language.
    pub countries: Vec<String>,
    /// The twelve months' names.
    pub months: Vec<String>,
    /// A date: Tera text with `day`, `month` and `year`.
    pub date: String,
    /// The letter's sentences (see [`LETTER_WORDS`]), Tera text.
    pub words: BTreeMap<String, String>,
    /// Per evidence type: its name and what it must state.
    pub types: BTreeMap<String, TypeWords>,
    /// Per category: its name and what a letter asks for it.
    pub categories: BTreeMap<String, CategoryWords>,
    /// Per fact: its label.
    pub facts: BTreeMap<String, String>,
    /// The playbook's English roles ("the treating physician"), translated.
    pub roles: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct TypeWords {
    pub label: Option<String>,
    pub must_state: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryWords {
    pub label: Option<String>,
    pub letter: Vec<String>,
}

fn strings(f: &mut Fields, reader: &mut Reader, key: &'static str, what: &str) -> Vec<String> {
    f.list(reader, key)
        .into_iter()
        .filter_map(|n| reader.string(n, what))
        .collect()
}

/// A string that must parse as Tera text.
fn snippet(reader: &mut Reader, node: Node, what: &str) -> Option<String> {
    let loc = node.loc;
    let text = reader.string(node, what)?;
    snippet_parses(reader, loc, what, &text).then_some(text)
}

fn snippets(reader: &mut Reader, nodes: Vec<Node>, what: &str) -> Vec<String> {
    nodes
        .into_iter()
        .filter_map(|n| snippet(reader, n, what))
        .collect()
}

fn unknown_fact(reader: &mut Reader, loc: crate::model::Loc, id: &str, facts: &[Fact]) {
    reader.push(unknown_name(
        ProblemKind::UnknownKey,
        loc,
        "fact",
        id,
        facts.iter().map(|f| f.id.as_str()),
    ));
}

/// The `declarations` section (optional: without it the declarations are
/// refused by the render, since it has nothing to say).
pub fn declarations(top: &mut Fields, reader: &mut Reader, facts: &[Fact]) -> Declarations {
    let mut out = Declarations::default();
    let Some(node) = top.take("declarations") else {
        return out;
    };
    let Some(mut f) = reader.map(node, "declarations") else {
        return out;
    };
    out.inside = f.required_string(reader, "inside").unwrap_or_default();
    out.outside = f.required_string(reader, "outside").unwrap_or_default();
    if let Some(node) = f.require(reader, "topics")
        && let Some(mut topics) = reader.map(node, "declarations.topics")
    {
        for (key, node) in topics.entries() {
            let what = format!("declarations.topics.{}", key.value);
            let Some(mut t) = reader.map(node, &what) else {
                continue;
            };
            let heading = t.required_string(reader, "heading");
            let fact = t.located_string(reader, "fact");
            let nodes = t.list(reader, "statements");
            let statements = snippets(reader, nodes, &format!("{what}.statements"));
            t.finish(reader);
            if let Some(fact) = &fact
                && !facts.iter().any(|x| x.id == fact.value)
            {
                unknown_fact(reader, fact.loc, &fact.value, facts);
            }
            if let Some(heading) = heading {
                out.topics.push(Topic {
                    id: key.value,
                    heading,
                    fact: fact.map(|f| f.value),
                    statements,
                });
            }
        }
        topics.finish(reader);
    }
    if let Some(node) = f.require(reader, "people")
        && let Some(mut people) = reader.map(node, "declarations.people")
    {
        for (key, node) in people.entries() {
            if !DECLARANTS.contains(&key.value.as_str()) {
                reader.push(unknown_name(
                    ProblemKind::UnknownKey,
                    key.loc,
                    "declarant",
                    &key.value,
                    DECLARANTS.iter().copied(),
                ));
                continue;
            }
            let what = format!("declarations.people.{}", key.value);
            let mut ids = Vec::new();
            for n in reader.list(node, what.as_str()) {
                let Some(id) = reader.located_string(n, what.as_str()) else {
                    continue;
                };
                if out.topic(&id.value).is_none() {
                    reader.push(unknown_name(
                        ProblemKind::UnknownKey,
                        id.loc,
                        "topic",
                        &id.value,
                        out.topics.iter().map(|t| t.id.as_str()),
                    ));
                } else {
                    ids.push(id.value);
                }
            }
            out.people.insert(key.value, ids);
        }
        people.finish(reader);
    }
    f.finish(reader);
    out
}

/// The `letters` section: per language, the request letter's wording.
pub fn letters(
    top: &mut Fields,
    reader: &mut Reader,
    evidence_types: &[EvidenceType],
    categories: &[Category],
    facts: &[Fact],
) -> BTreeMap<String, LetterWords> {
    let mut out = BTreeMap::new();
    let Some(node) = top.take("letters") else {
        return out;
    };
    let Some(mut langs) = reader.map(node, "letters") else {
        return out;
    };
    for (key, node) in langs.entries() {
        let what = format!("letters.{}", key.value);
        let Some(mut f) = reader.map(node, &what) else {
            continue;
        };
        let loc = f.loc;
        let name = f.required_string(reader, "name");
        if crate::model::language(&key.value)
            .and_then(|l| l.to_639_1())
            .is_none_or(|code| code != key.value)
        {
            reader.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    key.loc,
                    format!(
                        "`letters.{}` is not a two-letter ISO 639-1 language code",
                        key.value
                    ),
                )
                .help("write the language's code in lower case: `es` for Spanish, `fr` for French"),
            );
        }
        let countries = strings(&mut f, reader, "countries", &format!("{what}.countries"));
        let months = strings(&mut f, reader, "months", &format!("{what}.months"));
        if months.len() != 12 {
            reader.push(Problem::at(
                ProblemKind::InvalidValue,
                loc,
                format!("`{what}.months` must name the twelve months, January first"),
            ));
        }
        let date = f
            .require(reader, "date")
            .and_then(|n| snippet(reader, n, &format!("{what}.date")));
        let words = words(&mut f, reader, &what);
        let types = type_words(&mut f, reader, &what, evidence_types);
        let categories = category_words(&mut f, reader, &what, categories);
        let facts = fact_words(&mut f, reader, &what, facts);
        let roles = plain_map(&mut f, reader, "roles", &format!("{what}.roles"));
        f.finish(reader);
        if let (Some(name), Some(date)) = (name, date) {
            out.insert(
                key.value,
                LetterWords {
                    name,
                    countries,
                    months,
                    date,
                    words,
                    types,
                    categories,
                    facts,
                    roles,
                },
            );
        }
    }
    langs.finish(reader);
    out
}

fn words(f: &mut Fields, reader: &mut Reader, what: &str) -> BTreeMap<String, String> {
    let mut words = BTreeMap::new();
    let Some(node) = f.require(reader, "words") else {
        return words;
    };
    let Some(mut m) = reader.map(node, &format!("{what}.words")) else {
        return words;
    };
    let loc = m.loc;
    for (key, node) in m.entries() {
        if !LETTER_WORDS.contains(&key.value.as_str()) {
            reader.push(unknown_name(
                ProblemKind::UnknownKey,
                key.loc,
                "letter entry",
                &key.value,
                LETTER_WORDS.iter().copied(),
            ));
            continue;
        }
        if let Some(text) = snippet(reader, node, &format!("{what}.words.{}", key.value)) {
            words.insert(key.value, text);
        }
    }
    for required in LETTER_WORDS {
        if !words.contains_key(required) {
            reader.push(
                Problem::at(
                    ProblemKind::MissingKey,
                    loc,
                    format!("`{what}.words` is missing `{required}`"),
                )
                .help("the request letters print it; `rebut playbook` shows the Spanish and French wording"),
            );
        }
    }
    m.finish(reader);
    words
}

fn plain_map(f: &mut Fields, reader: &mut Reader, key: &'static str, what: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let what = what.to_owned();
    if let Some(node) = f.take(key)
        && let Some(mut m) = reader.map(node, &what)
    {
        for (key, node) in m.entries() {
            if let Some(text) = reader.string(node, what.as_str()) {
                out.insert(key.value, text);
            }
        }
        m.finish(reader);
    }
    out
}

fn type_words(
    f: &mut Fields,
    reader: &mut Reader,
    what: &str,
    evidence_types: &[EvidenceType],
) -> BTreeMap<String, TypeWords> {
    let mut out = BTreeMap::new();
    let Some(node) = f.take("types") else {
        return out;
    };
    let Some(mut m) = reader.map(node, &format!("{what}.types")) else {
        return out;
    };
    for (key, node) in m.entries() {
        if !evidence_types.iter().any(|t| t.id == key.value) {
            reader.push(unknown_name(
                ProblemKind::UnknownEvidenceType,
                key.loc,
                "evidence type",
                &key.value,
                evidence_types.iter().map(|t| t.id.as_str()),
            ));
            continue;
        }
        let w = format!("{what}.types.{}", key.value);
        let Some(mut t) = reader.map(node, &w) else {
            continue;
        };
        let label = t.string(reader, "label");
        let must_state = strings(&mut t, reader, "must_state", &format!("{w}.must_state"));
        t.finish(reader);
        out.insert(key.value, TypeWords { label, must_state });
    }
    m.finish(reader);
    out
}

fn category_words(
    f: &mut Fields,
    reader: &mut Reader,
    what: &str,
    categories: &[Category],
) -> BTreeMap<String, CategoryWords> {
    let mut out = BTreeMap::new();
    let Some(node) = f.take("categories") else {
        return out;
    };
    let Some(mut m) = reader.map(node, &format!("{what}.categories")) else {
        return out;
    };
    for (key, node) in m.entries() {
        if !categories.iter().any(|c| c.id == key.value) {
            reader.push(unknown_name(
                ProblemKind::UnknownCategory,
                key.loc,
                "category",
                &key.value,
                categories.iter().map(|c| c.id.as_str()),
            ));
            continue;
        }
        let w = format!("{what}.categories.{}", key.value);
        let Some(mut c) = reader.map(node, &w) else {
            continue;
        };
        let label = c.string(reader, "label");
        let letter = strings(&mut c, reader, "letter", &format!("{w}.letter"));
        c.finish(reader);
        out.insert(key.value, CategoryWords { label, letter });
    }
    m.finish(reader);
    out
}

fn fact_words(f: &mut Fields, reader: &mut Reader, what: &str, facts: &[Fact]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(node) = f.take("facts")
        && let Some(mut m) = reader.map(node, &format!("{what}.facts"))
    {
        for (key, node) in m.entries() {
            if !facts.iter().any(|x| x.id == key.value) {
                unknown_fact(reader, key.loc, &key.value, facts);
                continue;
            }
            if let Some(text) = reader.string(node, &format!("{what}.facts.{}", key.value)) {
                out.insert(key.value, text);
            }
        }
        m.finish(reader);
    }
    out
}

//! The JSON Schema (draft 2020-12) of the case file, for editors that
//! complete and check keys as one types.
//!
//! The schema is derived from the model's own types ([`crate::model`]),
//! whose doc comments become the descriptions an editor shows; this module
//! holds the few value shapes that the model stores in another form (dates,
//! ids, pinpoints, a citation's two spellings) and the names the playbook
//! defines (categories, evidence types, its id), which are filled in from the
//! playbook in force, so `--playbook` changes them. A test checks that the
//! schema and the loader accept and refuse the same files, cross-references
//! aside (a schema cannot tell that a cited id exists).

use crate::model::{Case, Citation, DecisionKind, EvidenceStatus};
use crate::playbook::Playbook;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Value, json};
use std::borrow::Cow;

/// Where `rebut schema > rebut.schema.json` is suggested to write the schema.
pub const SCHEMA_FILE: &str = "rebut.schema.json";

/// The first line of a case file that points YAML editors (the
/// yaml-language-server behind the common editor extensions) at the schema
/// written next to it.
pub const SCHEMA_COMMENT_HINT: &str = "# yaml-language-server: $schema=rebut.schema.json";

/// The same line for a schema at another path, relative to the case file.
pub fn schema_comment(schema_path: &str) -> String {
    format!("# yaml-language-server: $schema={schema_path}")
}

/// The schema of a case file under `playbook`.
pub fn case_schema(playbook: &Playbook) -> Value {
    let generator = SchemaGenerator::new(SchemaSettings::draft2020_12());
    let mut schema = generator.into_root_schema_for::<Case>().to_value();
    // The format line is the file's, not the model's.
    schema["description"] = json!(
        "A rebut case file: the decision being answered, the grounds it states, the evidence gathered, and which evidence answers which ground."
    );
    let properties = std::mem::take(&mut schema["properties"]);
    let mut with_format = serde_json::Map::new();
    with_format.insert(
        "rebut".to_owned(),
        json!({ "description": "The case file format; this version of rebut reads format `1`.", "type": "integer", "const": 1 }),
    );
    if let Value::Object(properties) = properties {
        with_format.extend(properties);
    }
    schema["properties"] = Value::Object(with_format);
    if let Some(required) = schema["required"].as_array_mut() {
        required.insert(0, json!("rebut"));
    }
    schema["title"] = json!(format!("rebut case file, format 1 (playbook `{}`)", playbook.id));
    let defs = &mut schema["$defs"];
    defs["Category"] = names(
        "One of the playbook's ground categories",
        playbook
            .categories
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_str())),
    );
    defs["EvidenceType"] = names(
        "One of the playbook's evidence types",
        playbook
            .evidence_types
            .iter()
            .map(|t| (t.id.as_str(), t.label.as_str())),
    );
    defs["Fact"] = names(
        "One of the playbook's facts",
        playbook.facts.iter().map(|f| (f.id.as_str(), f.label.as_str())),
    );
    defs["PlaybookId"] = json!({
        "description": format!("The playbook this case is written for; only `{}` is in force", playbook.id),
        "type": "string",
        "const": playbook.id,
    });
    schema
}

/// An enum of the playbook's names, with their labels in the description.
fn names<'a>(what: &str, entries: impl Iterator<Item = (&'a str, &'a str)>) -> Value {
    let (ids, lines): (Vec<&str>, Vec<String>) = entries
        .map(|(id, label)| (id, format!("- `{id}`: {label}")))
        .unzip();
    json!({
        "description": format!("{what}:\n{}", lines.join("\n")),
        "type": "string",
        "enum": ids,
    })
}

/// The names that only the playbook in force knows; `case_schema` replaces
/// these placeholders.
macro_rules! playbook_name {
    ($name:ident) => {
        pub struct $name;
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string" })
            }
        }
    };
}

playbook_name!(Category);
playbook_name!(EvidenceType);
playbook_name!(PlaybookId);
playbook_name!(Fact);

/// One evidence type, or a list of them for a document of several kinds.
pub struct EvidenceTypes;

impl JsonSchema for EvidenceTypes {
    fn schema_name() -> Cow<'static, str> {
        "EvidenceTypes".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<EvidenceType>();
        json_schema!({
            "anyOf": [
                one,
                { "type": "array", "items": one, "minItems": 1 }
            ]
        })
    }
}

/// An id: letters, digits, `-`, `_`, `.`. A bare whole number reads as an id too.
pub struct Id;

impl JsonSchema for Id {
    fn schema_name() -> Cow<'static, str> {
        "Id".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An id of your own choosing (`G1`, `dr-lopez-2025`): letters, digits, `-`, `_` and `.`; unique across the file",
            "anyOf": [
                { "type": "string", "pattern": "^[A-Za-z0-9._-]+$" },
                { "type": "integer", "minimum": 0 }
            ]
        })
    }
}

/// A calendar date written `YYYY-MM-DD`. The pattern refuses days that no
/// month has; 29 February of a common year is left to `format: date` and to
/// `rebut check`.
pub struct Date;

pub const DATE_PATTERN: &str = "^[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-9]))$";

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date written YYYY-MM-DD, e.g. 2026-03-14",
            "type": "string",
            "format": "date",
            "pattern": DATE_PATTERN
        })
    }
}

/// Pages within one exhibit: "3", "2-3" (or with an en dash), "2-3, 7", or a bare page number.
pub struct Pinpoint;

/// A length of time: a whole number and days, weeks, months or years.
pub struct Period;

impl JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A whole number and `days`, `weeks`, `months` or `years`, e.g. \"6 months\"",
            "type": "string",
            "pattern": "^\\s*0*[1-9][0-9]*\\s+(day|week|month|year)s?\\s*$"
        })
    }
}

/// A citation is an evidence id (`E1`), or a map with a pinpoint
/// (`{id: E1, pages: "2-3"}`).
impl JsonSchema for Citation {
    fn schema_name() -> Cow<'static, str> {
        "Citation".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let id = generator.subschema_for::<Id>();
        let pages = generator.subschema_for::<Pinpoint>();
        json_schema!({
            "description": "An evidence id (`E1`), or a map with a pinpoint (`{id: E1, pages: \"2-3\"}`).",
            "anyOf": [
                id.clone(),
                {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id"],
                    "properties": {
                        "id": { "description": "The cited evidence item's id.", "allOf": [id] },
                        "pages": {
                            "description": "The pages cited, e.g. \"2-3\".",
                            "anyOf": [pages, { "type": "null" }]
                        },
                        "optional": {
                            "description": "In a grading key: a link the student may leave out at no cost.",
                            "type": ["boolean", "null"]
                        }
                    }
                }
            ]
        })
    }
}

const PAGE: &str = r"\s*\+?0*[1-9][0-9]*\s*";

impl JsonSchema for Pinpoint {
    fn schema_name() -> Cow<'static, str> {
        "Pinpoint".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let range = format!("{PAGE}(?:[-\u{2013}]{PAGE})?");
        json_schema!({
            "description": "Pages within the exhibit, rendered as \"Ex. C at 2–3\": \"3\", \"2-3\" or \"2-3, 7\"; they must lie within the exhibit's `pages`",
            "anyOf": [
                { "type": "string", "pattern": format!("^{range}(?:,{range})*$") },
                { "type": "integer", "minimum": 1, "maximum": u32::MAX }
            ]
        })
    }
}

/// A whole number of pages, at least 1.
pub struct PageCount;

impl JsonSchema for PageCount {
    fn schema_name() -> Cow<'static, str> {
        "PageCount".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 1, "maximum": u32::MAX })
    }
}

/// One of a fixed list of names, taken from the model's own list.
fn choice(description: &str, names: &[&str]) -> Schema {
    json_schema!({ "description": description, "type": "string", "enum": names })
}

pub struct DecisionKindName;

impl JsonSchema for DecisionKindName {
    fn schema_name() -> Cow<'static, str> {
        "DecisionKind".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        choice(
            "`denial`, `noid` (notice of intent to deny) or `rfe` (request for evidence)",
            &DecisionKind::NAMES,
        )
    }
}

pub struct EvidenceStatusName;

impl JsonSchema for EvidenceStatusName {
    fn schema_name() -> Cow<'static, str> {
        "EvidenceStatus".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        choice(
            "`received` (in hand) or `requested` (asked for, not yet in hand)",
            &EvidenceStatus::NAMES,
        )
    }
}

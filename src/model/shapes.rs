//! The value shapes of the JSON Schema that the model stores in another
//! form (dates, ids, pinpoints, periods, page counts) and the placeholders
//! for the names only the playbook in force knows, which `crate::schema`
//! fills in. The model names them in `#[schemars(with = ...)]` (as
//! `schema::...`); they import nothing of the crate, and the few whose names
//! the model lists (decision kinds, evidence statuses, citations) get their
//! schema in `model` itself.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

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
pub fn choice(description: &str, names: &[&str]) -> Schema {
    json_schema!({ "description": description, "type": "string", "enum": names })
}

/// The decision kinds' names; their schema is in `model`, beside the list.
pub struct DecisionKindName;

/// The evidence statuses' names; their schema is in `model`, beside the list.
pub struct EvidenceStatusName;

/// A grading weight: a whole number, at least 1.
pub struct Weight;

impl JsonSchema for Weight {
    fn schema_name() -> Cow<'static, str> {
        "Weight".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 1, "maximum": u32::MAX })
    }
}

//! The JSON Schema (draft 2020-12) of the case file, for editors that
//! complete and check keys as one types.
//!
//! The loader reads the file by hand, to report every problem at once with
//! its place, so the model types carry locations and defaults rather than
//! the file's shape. The file's shape is described here instead, as types
//! that mirror the loader key by key and derive the schema with `schemars`;
//! their doc comments become the descriptions an editor shows. The names the
//! playbook defines (categories, evidence types, its id) are filled in from
//! the playbook in force, so `--playbook` changes them. A test checks that the
//! schema and the loader accept and refuse the same files, cross-references
//! aside (a schema cannot tell that a cited id exists).

use crate::model::{DecisionKind, EvidenceStatus};
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
    let mut schema = generator.into_root_schema_for::<shape::CaseFile>().to_value();
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

/// The format version.
pub struct FormatVersion;

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        "FormatVersion".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "const": 1 })
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

/// The file's shape, key by key as `load::case` reads it. A key the loader
/// requires is a plain field (null is refused, as "empty but required");
/// an optional one is an `Option` (null is the same as leaving it out).
/// These types describe; nothing builds them.
#[allow(dead_code)]
mod shape {
    use super::*;

    /// A rebut case file: the decision being answered, the grounds it states,
    /// the evidence gathered, and which evidence answers which ground.
    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct CaseFile {
        /// The case file format; this version of rebut reads format `1`.
        rebut: FormatVersion,
        /// Who and what: the beneficiary, the decision being answered, who signs.
        case: CaseInfo,
        /// The grounds the decision states, in its order; at least one.
        #[schemars(length(min = 1))]
        grounds: Vec<Ground>,
        /// The evidence inventory: every document, received or requested.
        evidence: Option<Vec<Evidence>>,
        /// Dated events for the memo's chronology.
        timeline: Option<Vec<TimelineEntry>>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct CaseInfo {
        /// The case's name, e.g. "Humanitarian parole for M. Reyes (pediatric leukemia)".
        title: String,
        /// The playbook this case is written for; leave it out for the default.
        kind: Option<PlaybookId>,
        /// The agency receipt number: three letters and ten digits (IOE0912345678); another shape is a warning.
        receipt: Option<String>,
        /// The person who needs parole.
        beneficiary: Beneficiary,
        /// Who asks on the beneficiary's behalf.
        petitioner: Option<Petitioner>,
        /// Who signs the memo: the signature block.
        representative: Option<Representative>,
        /// When the original request was filed.
        filed: Date,
        /// The decision this case answers.
        decision: Decision,
        /// The medical treatment sought.
        treatment: Option<Treatment>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Beneficiary {
        /// Full name.
        name: String,
        /// Country where the beneficiary is now.
        country: String,
        /// Date of birth.
        born: Option<Date>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Petitioner {
        /// Full name.
        name: Option<String>,
        /// Relationship to the beneficiary, e.g. "paternal uncle, US lawful permanent resident".
        relationship: Option<String>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Representative {
        /// Name of the attorney or accredited representative.
        name: Option<String>,
        /// Firm or organization.
        firm: Option<String>,
        /// Postal address, on one line.
        address: Option<String>,
        /// Email address.
        email: Option<String>,
        /// Telephone number; quote it ("+1 713 555 0148") so YAML keeps it as text.
        phone: Option<String>,
        /// Bar admission or accreditation, e.g. "Texas Bar No. 24012345".
        bar: Option<String>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Decision {
        /// What the agency issued.
        kind: DecisionKindName,
        /// The date on the decision.
        date: Date,
        /// The deadline to respond, if the decision sets one.
        respond_by: Option<Date>,
        /// The office that issued it.
        office: Option<String>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Treatment {
        /// The diagnosis.
        condition: Option<String>,
        /// The treatment planned in the United States.
        plan: Option<String>,
        /// The treating facility.
        provider: Option<String>,
        /// When treatment would start.
        start: Option<Date>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Ground {
        /// This ground's id, e.g. `G1`.
        id: Id,
        /// Which kind of ground it is, from the playbook.
        category: Category,
        /// The decision's own words for this ground.
        quote: String,
        /// Where in the decision, e.g. "Decision at 2".
        cite: Option<String>,
        /// The points that answer this ground; none means the ground is unanswered.
        responses: Option<Vec<Point>>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Point {
        /// The argument, in plain language; inline Markdown allowed.
        point: String,
        /// What proves the point: evidence ids, or `{id, pages}` for a pinpoint.
        evidence: Option<Vec<Citation>>,
    }

    /// An evidence id (`E1`), or a map with a pinpoint (`{id: E1, pages: "2-3"}`).
    #[derive(JsonSchema)]
    #[schemars(untagged)]
    pub enum Citation {
        Id(Id),
        Pinpointed(PinpointedCitation),
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct PinpointedCitation {
        /// The cited evidence item's id.
        id: Id,
        /// The pages cited, e.g. "2-3".
        pages: Option<Pinpoint>,
        /// In a grading key: a link the student may leave out at no cost.
        optional: Option<bool>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Evidence {
        /// This item's id, e.g. `E1` or `dr-lopez-2025`.
        id: Id,
        /// What kind of document it is, from the playbook.
        #[schemars(rename = "type")]
        kind: EvidenceType,
        /// How the exhibit is named in the index.
        title: String,
        /// The person or body that made it.
        author: Option<String>,
        /// When it was made; opinions without a date are flagged.
        date: Option<Date>,
        /// Its page count (default 1); drives the page ranges of the exhibit index.
        pages: Option<PageCount>,
        /// Whether it is in hand (default `received`).
        status: Option<EvidenceStatusName>,
        /// True when it was already part of the original filing (default false).
        submitted_before: Option<bool>,
        /// Its language (default `en`); any other needs a certified translation.
        language: Option<String>,
        /// The translation of a document not in English.
        translation: Option<Translation>,
        /// The document's file, relative to the case file; a missing file is a warning.
        file: Option<String>,
        /// Internal notes; never rendered into a memo.
        notes: Option<String>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct Translation {
        /// Whether the translation is certified.
        certified: Option<bool>,
        /// Who translated it.
        translator: Option<String>,
        /// Its page count (default the original's); it follows the original in the packet.
        pages: Option<PageCount>,
        /// The translation with its certificate, relative to the case file, for `rebut packet`.
        file: Option<String>,
    }

    #[derive(JsonSchema)]
    #[schemars(deny_unknown_fields)]
    pub struct TimelineEntry {
        /// When it happened.
        date: Date,
        /// What happened.
        event: String,
        /// Evidence ids that document it.
        evidence: Option<Vec<Id>>,
    }
}

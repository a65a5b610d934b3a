//! The case file's types, format 1 (see `docs/case-file.md`),
//! defined once.
//!
//! The loader fills them in, with the location of each item in the file;
//! the later stages only read them. They serialize in the file's own shape
//! (for writing a case back and for the memo templates) and derive the JSON
//! Schema that editors use; their doc comments are the schema's
//! descriptions. A field added here is read in `load::case`, written by
//! `clinic::emit` without more work, and must be handled in
//! `clinic::redact`, which destructures every struct and so does not compile
//! until it is.

use crate::schema;
use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Serialize;

/// Where something stands in a source file: 1-based line and column
/// (columns count characters), plus the character length of the span that a
/// caret should underline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Loc {
    pub line: u32,
    pub column: u32,
    #[serde(skip)]
    pub len: u32,
}

/// A value together with where it was written; it serializes, and is
/// described, as the value alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> At<T> {
    pub fn new(value: T, loc: Loc) -> Self {
        At { value, loc }
    }
}

impl<T: Serialize> Serialize for At<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T: JsonSchema> JsonSchema for At<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// A whole case file. Serialized, it is the file's own shape (the
/// `rebut: 1` line aside), with `null` for what the file leaves out; the
/// writer drops those (see `clinic::emit`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Case {
    /// Who and what: the beneficiary, the decision being answered, who signs.
    #[serde(rename = "case")]
    pub info: CaseInfo,
    /// The grounds the decision states, in its order; at least one.
    #[schemars(length(min = 1))]
    pub grounds: Vec<Ground>,
    /// The evidence inventory: every document, received or requested.
    #[schemars(with = "Option<Vec<Evidence>>")]
    pub evidence: Vec<Evidence>,
    /// Dated events for the memo's chronology.
    #[schemars(with = "Option<Vec<TimelineEntry>>")]
    pub timeline: Vec<TimelineEntry>,
}

/// The `case` map: who and what.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CaseInfo {
    #[serde(skip)]
    #[schemars(skip)]
    pub loc: Loc,
    /// The case's name, e.g. "Humanitarian parole for M. Reyes (pediatric leukemia)".
    pub title: String,
    /// The playbook this case is written for; leave it out for the default.
    #[schemars(with = "Option<schema::PlaybookId>")]
    pub kind: Option<String>,
    #[serde(skip)]
    #[schemars(skip)]
    pub kind_loc: Option<Loc>,
    /// The agency receipt number: three letters and ten digits (IOE0912345678); another shape is a warning.
    pub receipt: Option<At<String>>,
    /// The person who needs parole.
    pub beneficiary: Beneficiary,
    /// Who asks on the beneficiary's behalf.
    pub petitioner: Option<Petitioner>,
    /// Who signs the memo: the signature block.
    pub representative: Option<Representative>,
    /// What the request asks for: the period of parole, expedited processing.
    pub request: Option<Request>,
    /// People who travel with the beneficiary, each filing a request of their own.
    #[schemars(with = "Option<Vec<Companion>>")]
    pub companions: Vec<Companion>,
    /// People or bodies who sign an affidavit of support (Form I-134).
    #[schemars(with = "Option<Vec<Sponsor>>")]
    pub sponsors: Vec<Sponsor>,
    /// When the original request was filed.
    #[schemars(with = "schema::Date")]
    pub filed: At<Date>,
    /// The decision this case answers.
    pub decision: Decision,
    /// The medical treatment sought.
    pub treatment: Option<Treatment>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Beneficiary {
    /// Full name.
    pub name: String,
    /// Country where the beneficiary is now.
    pub country: String,
    /// Date of birth.
    #[schemars(with = "Option<schema::Date>")]
    pub born: Option<At<Date>>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Petitioner {
    /// Full name.
    pub name: Option<String>,
    /// Relationship to the beneficiary, e.g. "paternal uncle, US lawful permanent resident".
    pub relationship: Option<String>,
}

/// The signature block of whoever signs the memo.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Representative {
    /// Name of the attorney, accredited representative or supervised student.
    pub name: Option<String>,
    /// The signer's role under the signature (default "Counsel for the petitioner").
    pub role: Option<String>,
    /// Firm or organization.
    pub firm: Option<String>,
    /// Postal address, on one line.
    pub address: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Telephone number; quote it ("+1 713 555 0148") so YAML keeps it as text.
    pub phone: Option<String>,
    /// Bar admission or accreditation, e.g. "Texas Bar No. 24012345".
    pub bar: Option<String>,
    /// The supervising attorney, when a student signs under supervision.
    pub supervisor: Option<Supervisor>,
}

/// The attorney who supervises a student's filing.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Supervisor {
    /// Full name.
    pub name: String,
    /// Bar admission, e.g. "Texas Bar No. 24012345".
    pub bar: Option<String>,
    /// Firm, clinic or organization.
    pub firm: Option<String>,
}

/// What the request asks for.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Request {
    /// How long parole is needed: a whole number and days, weeks, months or years ("6 months").
    #[schemars(with = "Option<schema::Period>")]
    pub period: Option<At<Period>>,
    /// Ask for expedited processing (default false).
    #[schemars(with = "Option<bool>")]
    pub expedite: bool,
}

/// A length of time: "6 months".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub count: u32,
    pub unit: PeriodUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PeriodUnit {
    Days,
    Weeks,
    Months,
    Years,
}

impl Period {
    /// "6 months", "1 year", "90 days"; singular or plural.
    pub fn parse(text: &str) -> Option<Period> {
        let mut words = text.split_whitespace();
        let count: u32 = words.next()?.parse().ok()?;
        let word = words.next()?;
        let unit = match word.strip_suffix('s').unwrap_or(word) {
            "day" => PeriodUnit::Days,
            "week" => PeriodUnit::Weeks,
            "month" => PeriodUnit::Months,
            "year" => PeriodUnit::Years,
            _ => return None,
        };
        (count > 0 && words.next().is_none()).then_some(Period { count, unit })
    }

    /// The period in days, counting a month as 30 and a year as 365, for
    /// comparing periods written in different units.
    pub fn approximate_days(self) -> u64 {
        let per = match self.unit {
            PeriodUnit::Days => 1,
            PeriodUnit::Weeks => 7,
            PeriodUnit::Months => 30,
            PeriodUnit::Years => 365,
        };
        u64::from(self.count) * per
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            PeriodUnit::Days => "day",
            PeriodUnit::Weeks => "week",
            PeriodUnit::Months => "month",
            PeriodUnit::Years => "year",
        };
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} {unit}{plural}", self.count)
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Someone who travels with the beneficiary.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Companion {
    /// Full name.
    pub name: String,
    /// Relationship to the beneficiary, e.g. "mother" or "legal guardian".
    pub relationship: String,
    /// What they do on the journey, e.g. "caregiver" or "medical escort".
    pub role: Option<String>,
    /// Date of birth.
    #[schemars(with = "Option<schema::Date>")]
    pub born: Option<At<Date>>,
}

/// Someone who signs an affidavit of support.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Sponsor {
    /// Full name of the person or body.
    pub name: String,
    /// Relationship to the beneficiary, e.g. "uncle" or "charity".
    pub relationship: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Decision {
    /// What the agency issued.
    #[schemars(with = "schema::DecisionKindName")]
    pub kind: DecisionKind,
    /// The date on the decision.
    #[schemars(with = "schema::Date")]
    pub date: At<Date>,
    /// The deadline to respond, if the decision sets one.
    #[schemars(with = "Option<schema::Date>")]
    pub respond_by: Option<At<Date>>,
    /// The office that issued it.
    pub office: Option<String>,
    /// Where responses go (for the cover letter), on one line.
    pub address: Option<String>,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    Denial,
    Noid,
    Rfe,
}

impl DecisionKind {
    pub const NAMES: [&'static str; 3] = ["denial", "noid", "rfe"];

    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "denial" => Some(Self::Denial),
            "noid" => Some(Self::Noid),
            "rfe" => Some(Self::Rfe),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Denial => "denial",
            Self::Noid => "noid",
            Self::Rfe => "rfe",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Treatment {
    /// The diagnosis.
    pub condition: Option<String>,
    /// The treatment planned in the United States.
    pub plan: Option<String>,
    /// The treating facility.
    pub provider: Option<String>,
    /// When treatment would start.
    #[schemars(with = "Option<schema::Date>")]
    pub start: Option<At<Date>>,
}

/// One ground the decision states.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Ground {
    #[serde(skip)]
    #[schemars(skip)]
    pub loc: Loc,
    /// This ground's id, e.g. `G1`.
    #[schemars(with = "schema::Id")]
    pub id: String,
    /// Which kind of ground it is, from the playbook.
    #[schemars(with = "schema::Category")]
    pub category: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub category_loc: Loc,
    /// Where in the decision, e.g. "Decision at 2".
    pub cite: Option<String>,
    /// The decision's own words for this ground.
    pub quote: String,
    /// The points that answer this ground; none means the ground is unanswered.
    #[serde(rename = "responses")]
    #[schemars(with = "Option<Vec<Point>>")]
    pub points: Vec<Point>,
}

/// One point answering a ground (a `responses[]` item).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Point {
    #[serde(skip)]
    #[schemars(skip)]
    pub loc: Loc,
    /// The argument, in plain language; inline Markdown allowed.
    #[serde(rename = "point")]
    pub text: String,
    /// What proves the point: evidence ids, or `{id, pages}` for a pinpoint.
    #[serde(rename = "evidence")]
    #[schemars(with = "Option<Vec<Citation>>")]
    pub citations: Vec<Citation>,
}

/// A reference from a point to an exhibit, with an optional pinpoint. In
/// the file, a bare id when nothing else is said (the JSON Schema is in
/// `schema`).
#[derive(Debug, Clone)]
pub struct Citation {
    pub loc: Loc,
    pub evidence: String,
    pub pages: Option<Pinpoint>,
    /// In a grading key: a link the student may leave out at no cost.
    pub optional: bool,
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.pages.is_none() && !self.optional {
            return s.serialize_str(&self.evidence);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.evidence)?;
        if let Some(pages) = &self.pages {
            map.serialize_entry("pages", pages)?;
        }
        if self.optional {
            map.serialize_entry("optional", &true)?;
        }
        map.end()
    }
}

/// Pages within one exhibit: "3", "2-3", "2-3, 7".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinpoint {
    pub ranges: Vec<(u32, u32)>,
    pub loc: Option<Loc>,
}

impl Pinpoint {
    pub fn last_page(&self) -> u32 {
        self.ranges.iter().map(|r| r.1).max().unwrap_or(0)
    }

    fn write(&self, f: &mut impl std::fmt::Write, dash: char) -> std::fmt::Result {
        for (i, (first, last)) in self.ranges.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if first == last {
                write!(f, "{first}")?;
            } else {
                write!(f, "{first}{dash}{last}")?;
            }
        }
        Ok(())
    }
}

impl std::fmt::Display for Pinpoint {
    /// Renders ranges with an en dash, as a memo cites them: "2–3, 7".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write(f, '\u{2013}')
    }
}

impl Serialize for Pinpoint {
    /// As the file writes it, with a hyphen: "2-3, 7".
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut text = String::new();
        self.write(&mut text, '-').map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }
}

/// One item of the evidence inventory.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Evidence {
    #[serde(skip)]
    #[schemars(skip)]
    pub loc: Loc,
    /// This item's id, e.g. `E1` or `dr-lopez-2025`.
    #[schemars(with = "schema::Id")]
    pub id: String,
    /// What kind of document it is, from the playbook.
    #[serde(rename = "type")]
    #[schemars(with = "schema::EvidenceType")]
    pub kind: String,
    #[serde(skip)]
    #[schemars(skip)]
    pub kind_loc: Loc,
    /// How the exhibit is named in the index.
    pub title: String,
    /// The person or body that made it.
    pub author: Option<String>,
    /// When it was made; a received opinion without a date is flagged.
    #[schemars(with = "Option<schema::Date>")]
    pub date: Option<At<Date>>,
    /// Its page count (default 1); drives the page ranges of the exhibit index.
    #[schemars(with = "Option<schema::PageCount>", default = "one")]
    pub pages: u32,
    /// Whether it is in hand (default `received`).
    #[serde(skip_serializing_if = "EvidenceStatus::is_received")]
    #[schemars(with = "Option<schema::EvidenceStatusName>", default = "received")]
    pub status: EvidenceStatus,
    /// When a requested item was asked for.
    #[schemars(with = "Option<schema::Date>")]
    pub requested_on: Option<At<Date>>,
    /// True when it was already part of the original filing (default false).
    #[serde(skip_serializing_if = "is_false")]
    #[schemars(with = "Option<bool>", default)]
    pub submitted_before: bool,
    /// Its language (default `en`): an ISO 639 code (`es`) or the language's
    /// English name (`Spanish`), in any case; any but English needs a
    /// certified translation.
    #[serde(skip_serializing_if = "is_english_default")]
    #[schemars(with = "Option<String>", default = "english")]
    pub language: String,
    /// The translation of a document not in English.
    pub translation: Option<Translation>,
    /// The document's file, relative to the case file; a missing file is a warning.
    pub file: Option<At<String>>,
    /// Internal notes: shown in the gap report, never in a filed document.
    pub notes: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_english_default(language: &String) -> bool {
    language == ENGLISH
}

/// The language an item has when the file names none.
pub const ENGLISH: &str = "en";

/// A language named by an ISO 639 code (`es`, `spa`) or by its English name
/// (`Spanish`), in any case; a region after `-` or `_` (`en-US`, `es_MX`) is
/// ignored.
pub fn language(name: &str) -> Option<isolang::Language> {
    let name = name.trim();
    let code = name.split(['-', '_']).next().unwrap_or(name).to_ascii_lowercase();
    let by_code = match code.len() {
        2 => isolang::Language::from_639_1(&code),
        3 => isolang::Language::from_639_3(&code),
        _ => None,
    };
    by_code.or_else(|| {
        let wanted = name.to_owned();
        isolang::Language::match_names(move |n| n.eq_ignore_ascii_case(&wanted)).next()
    })
}

fn one() -> u32 {
    1
}

fn received() -> EvidenceStatus {
    EvidenceStatus::Received
}

fn english() -> String {
    ENGLISH.to_owned()
}

impl Evidence {
    /// English needs no translation: `en`, `eng`, `English`, in any case,
    /// and `en-US` and the like.
    pub fn is_english(&self) -> bool {
        language(&self.language) == Some(isolang::Language::Eng)
    }

    /// The language's English name ("Spanish" for `es`, `spa` or `spanish`),
    /// or the value as written when it names no ISO 639 language.
    pub fn language_name(&self) -> &str {
        language(&self.language).map_or(self.language.trim(), |l| l.to_name())
    }

    pub fn has_certified_translation(&self) -> bool {
        self.translation.as_ref().is_some_and(|t| t.certified)
    }

    pub fn is_received(&self) -> bool {
        self.status == EvidenceStatus::Received
    }

    /// The pages a certified translation adds after the original in the
    /// packet: `translation.pages`, else as many as the original has.
    pub fn translation_pages(&self) -> u32 {
        match &self.translation {
            Some(t) if t.certified => t.pages.unwrap_or(self.pages).max(1),
            _ => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceStatus {
    Received,
    Requested,
}

impl EvidenceStatus {
    pub const NAMES: [&'static str; 2] = ["received", "requested"];

    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "received" => Some(Self::Received),
            "requested" => Some(Self::Requested),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Received => "received",
            Self::Requested => "requested",
        }
    }

    fn is_received(&self) -> bool {
        *self == Self::Received
    }
}

/// The certified English translation of a document in another language.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Translation {
    /// Whether the translation is certified as complete and accurate.
    #[schemars(with = "Option<bool>", default)]
    pub certified: bool,
    /// Who translated it.
    pub translator: Option<String>,
    /// Its page count (default the original's); it follows the original in the packet.
    #[schemars(with = "Option<schema::PageCount>")]
    pub pages: Option<u32>,
    /// The translation with its certificate, relative to the case file, for the packet.
    pub file: Option<At<String>>,
}

/// A dated event for the chronology.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TimelineEntry {
    #[serde(skip)]
    #[schemars(skip)]
    pub loc: Loc,
    /// When it happened.
    #[schemars(with = "schema::Date")]
    pub date: At<Date>,
    /// What happened.
    pub event: String,
    /// Evidence ids that document it.
    #[schemars(with = "Option<Vec<schema::Id>>")]
    pub evidence: Vec<At<String>>,
}

impl Case {
    pub fn evidence_by_id(&self, id: &str) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    /// The playbook this case asks for.
    pub fn kind(&self) -> &str {
        self.info.kind.as_deref().unwrap_or(crate::playbook::DEFAULT_KIND)
    }
}

//! The case file's types, format 1 (see `docs/case-file.md`),
//! defined once.
//!
//! The loader fills them in, with the location of each item in the file;
//! the later stages only read them. They serialize in the file's own shape
//! (for writing a case back and for the memo templates) and derive the JSON
//! Schema that editors use; their doc comments are the schema's
//! descriptions. A field added here is read by `load` through its derived
//! `Deserialize` (shapes the reader checks are named in [`read`]), written
//! by `clinic::emit` without more work, and must be handled in
//! `clinic::redact`, which destructures every struct and so does not compile
//! until it is.

pub use crate::base::{At, Loc};

pub mod shapes;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use shapes as schema;
use std::borrow::Cow;

/// The playbook a case is written for when it names none (the playbook
/// module re-exports it).
pub const DEFAULT_KIND: &str = "humanitarian-parole-medical";

/// A whole case file. Serialized, it is the file's own shape (the
/// `rebut: 1` line aside), with `null` for what the file leaves out; the
/// writer drops those (see `clinic::emit`).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
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
    /// Prose values written without quotes that YAML cut short at ` #`
    /// (the rest of the line read as a comment), by key path: the reader
    /// notes them, `check` warns.
    #[serde(skip)]
    #[schemars(skip)]
    pub cut_text: Vec<At<String>>,
}

/// The `case` map: who and what.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct CaseInfo {
    #[serde(skip_serializing, rename = "$loc", default)]
    #[schemars(skip)]
    pub loc: Loc,
    /// The case's name, e.g. "Humanitarian parole for M. Reyes (pediatric leukemia)".
    pub title: String,
    /// True in a clinic exercise (`rebut exercise` sets it): `check` and the
    /// gap report keep their findings but leave out the hints that would give
    /// the answer away, such as which exhibit could answer which ground.
    #[serde(skip_serializing_if = "is_false", default)]
    #[schemars(with = "Option<bool>", default)]
    pub exercise: bool,
    /// The playbook this case is written for; leave it out for the default.
    #[schemars(with = "Option<schema::PlaybookId>")]
    pub kind: Option<String>,
    #[serde(skip_serializing, rename = "$loc:kind", default)]
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
    /// People who sign a declaration of financial support (Form I-134); an
    /// organization that pays is evidence of financial support, not a sponsor.
    #[schemars(with = "Option<Vec<Sponsor>>")]
    pub sponsors: Vec<Sponsor>,
    /// When the original request was filed.
    #[schemars(with = "schema::Date")]
    #[serde(deserialize_with = "read::date")]
    pub filed: At<Date>,
    /// The decision this case answers.
    pub decision: Decision,
    /// The medical treatment sought.
    pub treatment: Option<Treatment>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Beneficiary {
    /// Full name.
    pub name: String,
    /// Country where the beneficiary is now.
    pub country: String,
    /// Date of birth.
    #[schemars(with = "Option<schema::Date>")]
    #[serde(deserialize_with = "read::opt_date")]
    pub born: Option<At<Date>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Petitioner {
    /// Full name.
    pub name: Option<String>,
    /// Relationship to the beneficiary, e.g. "paternal uncle, US lawful permanent resident".
    pub relationship: Option<String>,
    /// Postal address, on one line: a pro se petitioner's letters give it
    /// for the reply, and the petitioner's declaration is pre-filled with it.
    pub address: Option<String>,
    /// Email address, for the reply to a pro se petitioner's letters.
    pub email: Option<String>,
    /// Telephone number; quote it so YAML keeps it as text.
    pub phone: Option<String>,
}

/// The signature block of whoever signs the memo.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Request {
    /// How long parole is needed: a whole number and days, weeks, months or years ("6 months").
    #[schemars(with = "Option<schema::Period>")]
    #[serde(deserialize_with = "read::period")]
    pub period: Option<At<Period>>,
    /// Ask for expedited processing (default false).
    #[schemars(with = "Option<bool>")]
    pub expedite: bool,
    /// Where a new request (a re-filing after a denial) is filed, from the
    /// current Form I-131 instructions, on one line; the re-filing's cover
    /// letter is addressed there (`decision.address` stays the address for
    /// responses to an RFE or NOID).
    pub filing_address: Option<String>,
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
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Companion {
    /// Full name.
    pub name: String,
    /// Relationship to the beneficiary, e.g. "mother" or "legal guardian".
    pub relationship: String,
    /// What they do on the journey, e.g. "caregiver" or "medical escort".
    pub role: Option<String>,
    /// Postal address, on one line (pre-fills their declaration).
    pub address: Option<String>,
    /// Date of birth.
    #[schemars(with = "Option<schema::Date>")]
    #[serde(deserialize_with = "read::opt_date")]
    pub born: Option<At<Date>>,
}

/// A person who signs a declaration of financial support (Form I-134).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Sponsor {
    /// Full name of the person or body.
    pub name: String,
    /// Relationship to the beneficiary, e.g. "uncle" or "charity".
    pub relationship: Option<String>,
    /// Postal address, on one line (pre-fills their declaration).
    pub address: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Decision {
    /// What the agency issued.
    #[schemars(with = "schema::DecisionKindName")]
    pub kind: DecisionKind,
    /// The date on the decision.
    #[schemars(with = "schema::Date")]
    #[serde(deserialize_with = "read::date")]
    pub date: At<Date>,
    /// The deadline to respond, if the decision sets one.
    #[schemars(with = "Option<schema::Date>")]
    #[serde(deserialize_with = "read::opt_date")]
    pub respond_by: Option<At<Date>>,
    /// The office that issued it.
    pub office: Option<String>,
    /// Where responses go (for the cover letter), on one line.
    pub address: Option<String>,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DecisionKind {
    Denial,
    Noid,
    Rfe,
}

impl DecisionKind {
    pub const ALL: [Self; 3] = [Self::Denial, Self::Noid, Self::Rfe];

    /// The names a case file writes, serde's own.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|k| k.as_str()).collect()
    }

    pub fn parse(name: &str) -> Option<Self> {
        crate::base::by_name(&Self::ALL, name)
    }

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
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
    #[serde(deserialize_with = "read::opt_date")]
    pub start: Option<At<Date>>,
}

/// One ground the decision states.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Ground {
    #[serde(skip_serializing, rename = "$loc", default)]
    #[schemars(skip)]
    pub loc: Loc,
    /// This ground's id, e.g. `G1`.
    #[schemars(with = "schema::Id")]
    #[serde(deserialize_with = "read::id")]
    pub id: String,
    /// Which kind of ground it is, from the playbook.
    #[schemars(with = "schema::Category")]
    pub category: String,
    #[serde(skip_serializing, rename = "$loc:category", default)]
    #[schemars(skip)]
    pub category_loc: Loc,
    /// Where in the decision, e.g. "Decision at 2".
    pub cite: Option<String>,
    /// The decision's own words for this ground.
    pub quote: String,
    /// Only in a grading key: this ground's share of the score (default 1;
    /// the shares are scaled to 100 points).
    #[schemars(with = "Option<schema::Weight>")]
    #[serde(deserialize_with = "read::opt_count")]
    pub weight: Option<u32>,
    /// The points that answer this ground; none means the ground is unanswered.
    #[serde(rename = "responses")]
    #[schemars(with = "Option<Vec<Point>>")]
    pub points: Vec<Point>,
}

/// One point answering a ground (a `responses[]` item).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Point {
    #[serde(skip_serializing, rename = "$loc", default)]
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
    /// Boxed: most citations have none, and a case has many citations.
    pub pages: Option<Box<Pinpoint>>,
    /// What a grading key says of this link; boxed, as `pages` is (a
    /// citation is 56 bytes, was 112 with both inline).
    pub grading: Option<Box<Grading>>,
}

/// What a grading key says of one link.
#[derive(Debug, Clone, Default)]
pub struct Grading {
    /// A link the student may leave out at no cost.
    pub optional: bool,
    /// How much this link counts within its ground (default 1).
    pub weight: Option<u32>,
    /// The instructor's comment on this link, shown to the student in the
    /// feedback.
    pub comment: Option<String>,
}

impl Citation {
    /// In a grading key: a link the student may leave out at no cost.
    pub fn optional(&self) -> bool {
        self.grading.as_ref().is_some_and(|g| g.optional)
    }

    /// In a grading key: how much this link counts within its ground.
    pub fn weight(&self) -> Option<u32> {
        self.grading.as_ref().and_then(|g| g.weight)
    }

    /// In a grading key: the instructor's comment on this link.
    pub fn comment(&self) -> Option<&str> {
        self.grading.as_ref().and_then(|g| g.comment.as_deref())
    }

    /// What a grading key says of this link, made where it said nothing.
    pub fn grading_mut(&mut self) -> &mut Grading {
        self.grading.get_or_insert_default()
    }
}

impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.pages.is_none() && !self.optional() && self.weight().is_none() && self.comment().is_none() {
            return s.serialize_str(&self.evidence);
        }
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("id", &self.evidence)?;
        if let Some(pages) = &self.pages {
            map.serialize_entry("pages", pages)?;
        }
        if self.optional() {
            map.serialize_entry("optional", &true)?;
        }
        if let Some(weight) = self.weight() {
            map.serialize_entry("weight", &weight)?;
        }
        if let Some(comment) = self.comment() {
            map.serialize_entry("comment", comment)?;
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
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Evidence {
    #[serde(skip_serializing, rename = "$loc", default)]
    #[schemars(skip)]
    pub loc: Loc,
    /// This item's id, e.g. `E1` or `dr-lopez-2025`.
    #[schemars(with = "schema::Id")]
    #[serde(deserialize_with = "read::id")]
    pub id: String,
    /// What kind of document it is, from the playbook; a list when one
    /// document is several kinds at once (`[provider-acceptance,
    /// cost-quote]`): every rule that asks for a kind counts it for each,
    /// and the exhibit index names the first.
    #[serde(
        rename = "type",
        serialize_with = "one_or_list",
        deserialize_with = "read::one_or_list"
    )]
    #[schemars(with = "schema::EvidenceTypes")]
    pub kinds: Vec<String>,
    #[serde(skip_serializing, rename = "$loc:type", default)]
    #[schemars(skip)]
    pub kind_loc: Loc,
    /// How the exhibit is named in the index.
    pub title: String,
    /// The person or body that made it.
    pub author: Option<String>,
    /// When it was made; a received opinion without a date is flagged.
    #[schemars(with = "Option<schema::Date>")]
    #[serde(deserialize_with = "read::opt_date")]
    pub date: Option<At<Date>>,
    /// Its page count (default 1); drives the page ranges of the exhibit index.
    #[schemars(with = "Option<schema::PageCount>", default = "one")]
    #[serde(default = "one", deserialize_with = "read::count")]
    pub pages: u32,
    /// Whether it is in hand (default `received`).
    #[serde(skip_serializing_if = "EvidenceStatus::is_received")]
    #[schemars(with = "Option<schema::EvidenceStatusName>", default = "received")]
    #[serde(default = "received")]
    pub status: EvidenceStatus,
    /// When a requested item was asked for.
    #[schemars(with = "Option<schema::Date>")]
    #[serde(deserialize_with = "read::opt_date")]
    pub requested_on: Option<At<Date>>,
    /// True when it was already part of the original filing (default false).
    #[serde(skip_serializing_if = "is_false")]
    #[schemars(with = "Option<bool>", default)]
    #[serde(default)]
    pub submitted_before: bool,
    /// Its language (default `en`): an ISO 639 code (`es`) or the language's
    /// English name (`Spanish`), in any case; any but English needs a
    /// certified translation.
    #[serde(skip_serializing_if = "is_english_default")]
    #[schemars(with = "Option<String>", default = "english")]
    #[serde(default = "english", deserialize_with = "read::language")]
    pub language: Cow<'static, str>,
    /// The translation of a document not in English (boxed: most items
    /// have none, and an item is one of many).
    #[schemars(with = "Option<Translation>")]
    pub translation: Option<Box<Translation>>,
    /// The document's file, relative to the case file; a missing file is a warning.
    pub file: Option<At<String>>,
    /// Internal notes: shown in the gap report, never in a filed document.
    pub notes: Option<String>,
    /// Facts this document shows beyond what its kind shows by default
    /// (fact ids from the playbook's `facts`, e.g. `life-threatening` for a
    /// physician's letter that says so, `cost` for a hospital letter that is
    /// also the estimate).
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "read::ids")]
    #[schemars(with = "Option<Vec<schema::Fact>>")]
    pub shows: Vec<At<String>>,
}

/// One kind as a bare string, several as a list.
fn one_or_list<S: serde::Serializer>(kinds: &[String], s: S) -> Result<S::Ok, S::Error> {
    match kinds {
        [one] => s.serialize_str(one),
        _ => kinds.serialize(s),
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_english_default(language: &str) -> bool {
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

/// English, the default, without an allocation per item.
fn english() -> Cow<'static, str> {
    Cow::Borrowed(ENGLISH)
}

impl Evidence {
    /// The first of `kinds`: the kind the exhibit index names (read from
    /// the list, not kept twice: a case has many items).
    pub fn kind(&self) -> &str {
        self.kinds.first().map_or("", String::as_str)
    }

    /// Whether this document is of kind `kind` (any of its kinds).
    pub fn is_kind(&self, kind: &str) -> bool {
        self.kinds.iter().any(|k| k == kind)
    }

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceStatus {
    Received,
    Requested,
}

impl EvidenceStatus {
    pub const ALL: [Self; 2] = [Self::Received, Self::Requested];

    /// The names a case file writes, serde's own.
    pub fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|s| s.as_str()).collect()
    }

    pub fn parse(name: &str) -> Option<Self> {
        crate::base::by_name(&Self::ALL, name)
    }

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }

    fn is_received(&self) -> bool {
        *self == Self::Received
    }
}

/// The certified English translation of a document in another language.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Translation {
    /// Whether the translation is certified as complete and accurate.
    #[schemars(with = "Option<bool>", default)]
    #[serde(default)]
    pub certified: bool,
    /// Who translated it.
    pub translator: Option<String>,
    /// Its page count (default the original's); it follows the original in the packet.
    #[schemars(with = "Option<schema::PageCount>")]
    #[serde(deserialize_with = "read::opt_count")]
    pub pages: Option<u32>,
    /// The translation with its certificate, relative to the case file, for the packet.
    pub file: Option<At<String>>,
}

/// A dated event for the chronology.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct TimelineEntry {
    #[serde(skip_serializing, rename = "$loc", default)]
    #[schemars(skip)]
    pub loc: Loc,
    /// When it happened.
    #[schemars(with = "schema::Date")]
    #[serde(deserialize_with = "read::date")]
    pub date: At<Date>,
    /// What happened.
    pub event: String,
    /// Evidence ids that document it.
    #[schemars(with = "Option<Vec<schema::Id>>")]
    #[serde(deserialize_with = "read::ids")]
    pub evidence: Vec<At<String>>,
}

impl Case {
    pub fn evidence_by_id(&self, id: &str) -> Option<&Evidence> {
        self.evidence.iter().find(|e| e.id == id)
    }

    /// The evidence items by id, for looking up every citation of a case.
    pub fn evidence_index(&self) -> EvidenceIndex<'_> {
        let mut ids: Vec<(&str, u32)> = self
            .evidence
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        ids.sort_unstable();
        EvidenceIndex(ids)
    }

    /// The playbook this case asks for.
    pub fn kind(&self) -> &str {
        self.info.kind.as_deref().unwrap_or(DEFAULT_KIND)
    }
}

/// Evidence ids with the index of their item, sorted and searched by
/// halves: a hash map of a large case's ids would take twice the room, at
/// the check's peak.
pub struct EvidenceIndex<'a>(Vec<(&'a str, u32)>);

impl EvidenceIndex<'_> {
    /// The index of the item with this id; of the last such item, where
    /// ids repeat (a file with repeated ids does not load).
    pub fn get(&self, id: &str) -> Option<usize> {
        let end = self.0.partition_point(|(k, _)| *k <= id);
        end.checked_sub(1)
            .map(|last| self.0[last])
            .filter(|(k, _)| *k == id)
            .map(|(_, i)| i as usize)
    }
}

/// A citation is an evidence id (`E1`), or a map with a pinpoint
/// (`{id: E1, pages: "2-3"}`).
impl JsonSchema for Citation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Citation".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let id = generator.subschema_for::<schema::Id>();
        let pages = generator.subschema_for::<schema::Pinpoint>();
        let count = generator.subschema_for::<schema::Weight>();
        schemars::json_schema!({
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
                        },
                        "weight": {
                            "description": "In a grading key: how much this link counts within its ground (default 1).",
                            "anyOf": [count, { "type": "null" }]
                        },
                        "comment": {
                            "description": "In a grading key: the instructor's comment on this link, shown to the student in the feedback.",
                            "type": ["string", "null"]
                        }
                    }
                }
            ]
        })
    }
}

impl JsonSchema for schema::DecisionKindName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DecisionKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema::choice(
            "`denial`, `noid` (notice of intent to deny) or `rfe` (request for evidence)",
            &DecisionKind::names(),
        )
    }
}

impl JsonSchema for schema::EvidenceStatusName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EvidenceStatus".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schema::choice(
            "`received` (in hand) or `requested` (asked for, not yet in hand)",
            &EvidenceStatus::names(),
        )
    }
}

impl Pinpoint {
    /// "3", "2-3", "2–3", "2-3, 7"; `None` for anything else.
    pub fn parse(text: &str) -> Option<Pinpoint> {
        let mut ranges = Vec::new();
        for part in text.split(',') {
            let part = part.trim();
            let (first, last) = match part.split_once(['-', '\u{2013}']) {
                Some((a, b)) => (a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?),
                None => {
                    let n = part.parse::<u32>().ok()?;
                    (n, n)
                }
            };
            if first == 0 || last < first {
                return None;
            }
            ranges.push((first, last));
        }
        (!ranges.is_empty()).then_some(Pinpoint { ranges, loc: None })
    }
}

/// How the model is read: the shapes a located reader (`load`) is asked
/// for by name, beyond what serde's derive asks on its own.
///
/// A located reader checks each of these shapes itself, reports a problem
/// at the value's place when it does not hold, and then hands over a
/// stand-in (`visit_none`) so that reading goes on and every problem of the
/// file is found in one run; a value read from a file with problems is
/// never used. Then it hands over `(loc, value)` as a sequence of two.
pub mod read {
    use super::{At, Citation, Date, Loc, Period, Pinpoint};
    use serde::Deserialize;
    use serde::de::Error as _;
    use serde::de::{self, DeserializeSeed, Deserializer, SeqAccess, Visitor};
    use std::borrow::Cow;
    use std::fmt;
    use std::marker::PhantomData;

    /// A value with its place.
    pub const AT: &str = "$at";
    /// An id: letters, digits, `-`, `_`, `.` (a bare whole number counts).
    pub const ID: &str = "$id";
    /// A date written `YYYY-MM-DD` that exists.
    pub const DATE: &str = "$date";
    /// A whole number of at least 1.
    pub const COUNT: &str = "$count";
    /// A period of time ("6 months").
    pub const PERIOD: &str = "$period";
    /// A page pinpoint ("2-3, 7"), text or a bare number.
    pub const PINPOINT: &str = "$pinpoint";
    /// A citation: a map, or a bare id standing for `{id: ...}`.
    pub const CITATION: &str = "$citation";
    /// A list, or one item standing for a list of one.
    pub const LIST: &str = "$list";
    /// The stand-in for text that could not be read: a character that no
    /// text read from a file holds (documents cannot hold it, so the reader
    /// refuses it).
    pub const FALLBACK: &str = "\u{FFFF}";

    /// The most room a list takes on a reader's word before its items are
    /// read.
    const MAX_HINT: usize = 4096;

    /// Keys of this shape are not the file's: `$loc` is the place of the
    /// map, `$loc:key` the place of the value under `key`.
    pub const LOC_KEY: &str = "$loc";

    impl<'de> Deserialize<'de> for Loc {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let (line, column, len) = <(u32, u32, u32)>::deserialize(d)?;
            Ok(Loc { line, column, len })
        }
    }

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for At<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let (loc, value) = located::<D, T>(d, AT)?.ok_or_else(|| D::Error::custom("no value"))?;
            Ok(At::new(value, loc))
        }
    }

    /// A value and its place, or `None` where the reader reported a problem.
    fn located<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
        shape: &'static str,
    ) -> Result<Option<(Loc, T)>, D::Error> {
        d.deserialize_newtype_struct(shape, Located(PhantomData))
    }

    struct Located<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Located<T> {
        type Value = Option<(Loc, T)>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a located value")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let loc = seq
                .next_element()?
                .ok_or_else(|| A::Error::invalid_length(0, &self))?;
            let value = seq
                .next_element()?
                .ok_or_else(|| A::Error::invalid_length(1, &self))?;
            Ok(Some((loc, value)))
        }
        /// A reader without places (any other serde format).
        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            Ok(Some((Loc::default(), T::deserialize(d)?)))
        }
    }

    fn parsed<T, E: de::Error>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T, E> {
        parse(text).ok_or_else(|| E::custom(format!("`{text}` cannot be read")))
    }

    fn parse_date(text: &str) -> Option<Date> {
        text.parse().ok()
    }

    pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        Ok(located::<D, String>(d, ID)?.map_or_else(|| FALLBACK.to_owned(), |(_, id)| id))
    }

    /// A list of ids, each with its place; ids with a problem are left out.
    pub fn ids<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<At<String>>, D::Error> {
        struct Ids;
        struct One;
        impl<'de> DeserializeSeed<'de> for One {
            type Value = Option<(Loc, String)>;
            fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
                located(d, ID)
            }
        }
        impl<'de> Visitor<'de> for Ids {
            type Value = Vec<At<String>>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of ids")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut ids = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_HINT));
                while let Some(id) = seq.next_element_seed(One)? {
                    ids.extend(id.map(|(loc, id)| At::new(id, loc)));
                }
                ids.shrink_to_fit();
                Ok(ids)
            }
        }
        d.deserialize_seq(Ids)
    }

    /// A required date; a date with a problem stands in as one at line 0.
    pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<At<Date>, D::Error> {
        Ok(opt_date(d)?.unwrap_or_else(|| At::new(Date::default(), Loc::default())))
    }

    pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<At<Date>>, D::Error> {
        located::<D, String>(d, DATE)?
            .map(|(loc, text)| Ok(At::new(parsed(&text, parse_date)?, loc)))
            .transpose()
    }

    /// A page count; 0 stands in for one with a problem.
    pub fn count<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
        Ok(opt_count(d)?.unwrap_or(0))
    }

    pub fn opt_count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        Ok(located::<D, u32>(d, COUNT)?.map(|(_, n)| n))
    }

    pub fn period<'de, D: Deserializer<'de>>(d: D) -> Result<Option<At<Period>>, D::Error> {
        located::<D, String>(d, PERIOD)?
            .map(|(loc, text)| Ok(At::new(parsed(&text, Period::parse)?, loc)))
            .transpose()
    }

    /// A language; left out (or unreadable) it is English.
    pub fn language<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        let text = String::deserialize(d)?;
        Ok(if text == FALLBACK || text == super::ENGLISH {
            Cow::Borrowed(super::ENGLISH)
        } else {
            Cow::Owned(text)
        })
    }

    pub fn pinpoint<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Pinpoint>, D::Error> {
        located::<D, String>(d, PINPOINT)?
            .map(|(loc, text)| {
                let pin = parsed(&text, Pinpoint::parse)?;
                Ok(Pinpoint {
                    loc: Some(loc),
                    ..pin
                })
            })
            .transpose()
    }

    /// One value or a list of them (`type: a` or `type: [a, b]`), read as a
    /// list: `#[serde(deserialize_with = "read::one_or_list")]` on a `Vec`.
    pub fn one_or_list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
        struct List<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for List<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("one value or a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // Held at its length: a list grown from empty has room
                // for four, and most hold one.
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_HINT));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                items.shrink_to_fit();
                Ok(items)
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
                Vec::deserialize(d)
            }
        }
        d.deserialize_newtype_struct(LIST, List(PhantomData))
    }

    /// A citation's map form, as the file writes it.
    #[derive(Deserialize)]
    #[serde(rename = "Citation")]
    struct CitationMap {
        #[serde(rename = "$loc", default)]
        loc: Loc,
        #[serde(rename = "$loc:id", default)]
        id_loc: Loc,
        #[serde(deserialize_with = "id")]
        id: String,
        #[serde(deserialize_with = "pinpoint")]
        pages: Option<Pinpoint>,
        #[serde(default)]
        optional: bool,
        #[serde(deserialize_with = "opt_count")]
        weight: Option<u32>,
        comment: Option<String>,
    }

    impl<'de> Deserialize<'de> for Citation {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Either;
            impl<'de> Visitor<'de> for Either {
                type Value = CitationMap;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an evidence id or a map with `id`")
                }
                fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<CitationMap, D::Error> {
                    CitationMap::deserialize(d)
                }
            }
            let c = d.deserialize_newtype_struct(CITATION, Either)?;
            Ok(Citation {
                loc: Loc {
                    len: c.id_loc.len,
                    ..c.loc
                },
                evidence: c.id,
                pages: c.pages.map(Box::new),
                grading: (c.optional || c.weight.is_some() || c.comment.is_some()).then(|| {
                    Box::new(super::Grading {
                        optional: c.optional,
                        weight: c.weight,
                        comment: c.comment,
                    })
                }),
            })
        }
    }
}

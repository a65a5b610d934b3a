//! The case file's types, format 1 (see `shared/spec/case-format.md`).
//!
//! Everything here is plain data: the loader fills it in, with the location of
//! each item in the file, and the later stages only read it.

use jiff::civil::Date;
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

/// A value together with where it was written.
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

/// A whole case file.
#[derive(Debug, Clone)]
pub struct Case {
    pub info: CaseInfo,
    pub grounds: Vec<Ground>,
    pub evidence: Vec<Evidence>,
    pub timeline: Vec<TimelineEntry>,
}

/// The `case` map: who and what.
#[derive(Debug, Clone)]
pub struct CaseInfo {
    pub loc: Loc,
    pub title: String,
    pub kind: Option<String>,
    pub kind_loc: Option<Loc>,
    pub receipt: Option<At<String>>,
    pub beneficiary: Beneficiary,
    pub petitioner: Option<Petitioner>,
    pub representative: Option<Representative>,
    pub filed: At<Date>,
    pub decision: Decision,
    pub treatment: Option<Treatment>,
}

#[derive(Debug, Clone)]
pub struct Beneficiary {
    pub name: String,
    pub country: String,
    pub born: Option<At<Date>>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Petitioner {
    pub name: Option<String>,
    pub relationship: Option<String>,
}

/// The signature block of whoever signs the memo.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Representative {
    pub name: Option<String>,
    pub firm: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub bar: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub kind: DecisionKind,
    pub date: At<Date>,
    pub respond_by: Option<At<Date>>,
    pub office: Option<String>,
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

#[derive(Debug, Clone, Default)]
pub struct Treatment {
    pub condition: Option<String>,
    pub plan: Option<String>,
    pub provider: Option<String>,
    pub start: Option<At<Date>>,
}

/// One ground the decision states.
#[derive(Debug, Clone)]
pub struct Ground {
    pub loc: Loc,
    pub id: String,
    pub category: String,
    pub category_loc: Loc,
    pub quote: String,
    pub cite: Option<String>,
    pub points: Vec<Point>,
}

/// One point answering a ground (a `responses[]` item).
#[derive(Debug, Clone)]
pub struct Point {
    pub loc: Loc,
    pub text: String,
    pub citations: Vec<Citation>,
}

/// A reference from a point to an exhibit, with an optional pinpoint.
#[derive(Debug, Clone)]
pub struct Citation {
    pub loc: Loc,
    pub evidence: String,
    pub pages: Option<Pinpoint>,
    /// In a grading key: a link the student may leave out at no cost.
    pub optional: bool,
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
}

impl std::fmt::Display for Pinpoint {
    /// Renders ranges with an en dash, as a memo cites them: "2–3, 7".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (first, last)) in self.ranges.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if first == last {
                write!(f, "{first}")?;
            } else {
                write!(f, "{first}\u{2013}{last}")?;
            }
        }
        Ok(())
    }
}

/// One item of the evidence inventory.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub loc: Loc,
    pub id: String,
    pub kind: String,
    pub kind_loc: Loc,
    pub title: String,
    pub author: Option<String>,
    pub date: Option<At<Date>>,
    pub pages: u32,
    pub status: EvidenceStatus,
    pub submitted_before: bool,
    pub language: String,
    pub translation: Option<Translation>,
    pub file: Option<At<String>>,
    pub notes: Option<String>,
}

impl Evidence {
    /// English needs no translation; `en-US` and the like count as English.
    pub fn is_english(&self) -> bool {
        let lang = self.language.trim();
        lang.eq_ignore_ascii_case("en")
            || lang
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case("en-") || p.eq_ignore_ascii_case("en_"))
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
}

#[derive(Debug, Clone, Default)]
pub struct Translation {
    pub certified: bool,
    pub translator: Option<String>,
    /// Its pages in the packet, when they differ from the original's.
    pub pages: Option<u32>,
    /// The translation with its certificate, relative to the case file.
    pub file: Option<At<String>>,
}

/// A dated event for the chronology.
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    pub loc: Loc,
    pub date: At<Date>,
    pub event: String,
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

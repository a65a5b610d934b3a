//! A case written back as YAML, in format 1, for the files the clinic
//! commands produce.
//!
//! The text goes through serde-saphyr's serializer, which quotes whatever a
//! reader could take for another type; the loader reads the result back to the
//! same case (tested). Comments and layout of an original file are not kept.

use crate::model::{Case, Citation, Evidence, Ground, Pinpoint, TimelineEntry};
use serde::Serialize;

/// The case as a format-1 YAML document.
pub fn case_to_yaml(case: &Case) -> String {
    let file = CaseFile::from(case);
    let options = serde_saphyr::ser_options! {
        indent_step: 2,
    };
    serde_saphyr::to_string_with_options(&file, options).expect("a case serialises to YAML")
}

fn skip_false(b: &bool) -> bool {
    !*b
}

#[derive(Serialize)]
struct CaseFile<'a> {
    rebut: u32,
    case: Info<'a>,
    grounds: Vec<GroundOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<EvidenceOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    timeline: Vec<TimelineOut<'a>>,
}

#[derive(Serialize)]
struct Info<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    receipt: Option<&'a str>,
    beneficiary: BeneficiaryOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    petitioner: Option<PetitionerOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    representative: Option<RepresentativeOut<'a>>,
    filed: String,
    decision: DecisionOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    treatment: Option<TreatmentOut<'a>>,
}

#[derive(Serialize)]
struct BeneficiaryOut<'a> {
    name: &'a str,
    country: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    born: Option<String>,
}

#[derive(Serialize)]
struct PetitionerOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    relationship: Option<&'a str>,
}

#[derive(Serialize)]
struct RepresentativeOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    firm: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bar: Option<&'a str>,
}

#[derive(Serialize)]
struct DecisionOut<'a> {
    kind: &'static str,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    respond_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    office: Option<&'a str>,
}

#[derive(Serialize)]
struct TreatmentOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    condition: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
}

#[derive(Serialize)]
struct GroundOut<'a> {
    id: &'a str,
    category: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cite: Option<&'a str>,
    quote: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    responses: Vec<PointOut<'a>>,
}

#[derive(Serialize)]
struct PointOut<'a> {
    point: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<CitationOut<'a>>,
}

/// A bare id when nothing else is said, as people write it.
#[derive(Serialize)]
#[serde(untagged)]
enum CitationOut<'a> {
    Id(&'a str),
    Pinned {
        id: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        pages: Option<String>,
        #[serde(skip_serializing_if = "skip_false")]
        optional: bool,
    },
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    pages: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "skip_false")]
    submitted_before: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translation: Option<TranslationOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<&'a str>,
}

#[derive(Serialize)]
struct TranslationOut<'a> {
    certified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    translator: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pages: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
}

#[derive(Serialize)]
struct TimelineOut<'a> {
    date: String,
    event: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<&'a str>,
}

/// Pages as the loader reads them back: "2-3, 7".
fn pinpoint_text(pin: &Pinpoint) -> String {
    let parts: Vec<String> = pin
        .ranges
        .iter()
        .map(|&(a, b)| if a == b { a.to_string() } else { format!("{a}-{b}") })
        .collect();
    parts.join(", ")
}

impl<'a> From<&'a Case> for CaseFile<'a> {
    fn from(case: &'a Case) -> Self {
        let info = &case.info;
        CaseFile {
            rebut: 1,
            case: Info {
                title: &info.title,
                kind: info.kind.as_deref(),
                receipt: info.receipt.as_ref().map(|r| r.value.as_str()),
                beneficiary: BeneficiaryOut {
                    name: &info.beneficiary.name,
                    country: &info.beneficiary.country,
                    born: info.beneficiary.born.as_ref().map(|d| d.value.to_string()),
                },
                petitioner: info.petitioner.as_ref().map(|p| PetitionerOut {
                    name: p.name.as_deref(),
                    relationship: p.relationship.as_deref(),
                }),
                representative: info.representative.as_ref().map(|r| RepresentativeOut {
                    name: r.name.as_deref(),
                    firm: r.firm.as_deref(),
                    address: r.address.as_deref(),
                    email: r.email.as_deref(),
                    phone: r.phone.as_deref(),
                    bar: r.bar.as_deref(),
                }),
                filed: info.filed.value.to_string(),
                decision: DecisionOut {
                    kind: info.decision.kind.as_str(),
                    date: info.decision.date.value.to_string(),
                    respond_by: info.decision.respond_by.as_ref().map(|d| d.value.to_string()),
                    office: info.decision.office.as_deref(),
                },
                treatment: info.treatment.as_ref().map(|t| TreatmentOut {
                    condition: t.condition.as_deref(),
                    plan: t.plan.as_deref(),
                    provider: t.provider.as_deref(),
                    start: t.start.as_ref().map(|d| d.value.to_string()),
                }),
            },
            grounds: case.grounds.iter().map(ground).collect(),
            evidence: case.evidence.iter().map(evidence).collect(),
            timeline: case.timeline.iter().map(timeline_entry).collect(),
        }
    }
}

fn ground(g: &Ground) -> GroundOut<'_> {
    GroundOut {
        id: &g.id,
        category: &g.category,
        cite: g.cite.as_deref(),
        quote: &g.quote,
        responses: g
            .points
            .iter()
            .map(|p| PointOut {
                point: &p.text,
                evidence: p.citations.iter().map(citation).collect(),
            })
            .collect(),
    }
}

fn citation(c: &Citation) -> CitationOut<'_> {
    if c.pages.is_none() && !c.optional {
        CitationOut::Id(&c.evidence)
    } else {
        CitationOut::Pinned {
            id: &c.evidence,
            pages: c.pages.as_ref().map(pinpoint_text),
            optional: c.optional,
        }
    }
}

fn evidence(e: &Evidence) -> EvidenceOut<'_> {
    EvidenceOut {
        id: &e.id,
        kind: &e.kind,
        title: &e.title,
        author: e.author.as_deref(),
        date: e.date.as_ref().map(|d| d.value.to_string()),
        pages: e.pages,
        status: (!e.is_received()).then(|| e.status.as_str()),
        submitted_before: e.submitted_before,
        language: (e.language != "en").then_some(e.language.as_str()),
        translation: e.translation.as_ref().map(|t| TranslationOut {
            certified: t.certified,
            translator: t.translator.as_deref(),
            pages: t.pages,
            file: t.file.as_ref().map(|f| f.value.as_str()),
        }),
        file: e.file.as_ref().map(|f| f.value.as_str()),
        notes: e.notes.as_deref(),
    }
}

fn timeline_entry(t: &TimelineEntry) -> TimelineOut<'_> {
    TimelineOut {
        date: t.date.value.to_string(),
        event: &t.event,
        evidence: t.evidence.iter().map(|id| id.value.as_str()).collect(),
    }
}

//! The context every memo template receives: the case, the check's results,
//! the exhibit letters and the playbook's wording, as plain data.
//!
//! It is one structure for all four memos, so a template author learns it
//! once (`rebut render CASE --dump-context` prints it). Text is raw here; the
//! templates' automatic escaping makes it safe for Markdown. Dates are
//! `YYYY-MM-DD` strings; the `date` filter formats them.

use super::MemoKind;
use super::markdown;
use crate::check::{self, Code, Finding, Report, Status, Subject};
use crate::exhibits::{ExhibitPlan, page_range};
use crate::model::{Case, Evidence, Petitioner, Representative};
use crate::playbook::Playbook;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// The version of this context's shape; fields may be added within it.
pub const CONTEXT_FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct MemoContext {
    pub context_format: u32,
    /// Which memo: `rebuttal`, `refiling`, `gaps` or `exhibits`.
    pub kind: MemoKind,
    /// False with `--final`: then every `gaps` list is empty.
    pub draft: bool,
    pub today: String,
    pub case: CaseContext,
    pub playbook: PlaybookInfo,
    /// The playbook's `memo` entries (Markdown), by name.
    pub memo: BTreeMap<String, String>,
    /// The playbook's categories, by id.
    pub categories: BTreeMap<String, CategoryContext>,
    pub summary: SummaryContext,
    pub grounds: Vec<GroundContext>,
    /// The packet: cited, received evidence in letter order.
    pub exhibits: Vec<EvidenceContext>,
    /// Pages in the whole packet.
    pub packet_pages: u64,
    /// Evidence without a letter (requested, or cited by no point), in file order.
    pub not_in_packet: Vec<EvidenceContext>,
    /// Evidence no point cites.
    pub unused: Vec<EvidenceRef>,
    /// Non-English evidence without a certified translation.
    pub translation_problems: Vec<EvidenceRef>,
    /// True when some exhibit in the packet is not in English.
    pub has_translations: bool,
    pub timeline: Vec<TimelineContext>,
    pub deadline: Option<DeadlineContext>,
    /// Findings about the case as a whole (deadline, receipt, dates).
    pub case_gaps: Vec<Gap>,
    /// The evidence map as inline SVG, for HTML output (not produced yet).
    pub map_svg: Option<String>,
    /// The evidence map as a Mermaid diagram, for Markdown output (not produced yet).
    pub map_mermaid: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookInfo {
    pub id: String,
    pub title: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryContext {
    pub label: String,
    pub heading: String,
    pub expects: Vec<TypeRef>,
    pub strengthens: Vec<TypeRef>,
    /// The questions an adjudicator will ask of a ground of this category.
    pub questions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseContext {
    pub title: String,
    /// The playbook the case asks for.
    pub kind: String,
    pub receipt: Option<String>,
    pub beneficiary: BeneficiaryContext,
    /// The case file's own maps: plain text fields, `null` when absent.
    pub petitioner: Option<Petitioner>,
    pub representative: Option<Representative>,
    pub filed: String,
    pub decision: DecisionContext,
    pub treatment: Option<TreatmentContext>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BeneficiaryContext {
    pub name: String,
    pub country: String,
    pub born: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionContext {
    /// `denial`, `noid` or `rfe`.
    pub kind: String,
    pub date: String,
    pub respond_by: Option<String>,
    pub office: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TreatmentContext {
    pub condition: Option<String>,
    pub plan: Option<String>,
    pub provider: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SummaryContext {
    pub grounds: usize,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Grounds per status.
    pub unanswered: usize,
    pub asserted: usize,
    pub pending: usize,
    pub supported: usize,
    pub corroborated: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroundContext {
    /// 1, 2, 3 … and I, II, III …, for numbering sections.
    pub number: usize,
    pub numeral: String,
    pub id: String,
    pub category: String,
    /// The playbook's label and affirmative heading for the category.
    pub label: String,
    pub heading: String,
    /// The decision's words, one string per paragraph.
    pub quote_paragraphs: Vec<String>,
    pub cite: Option<String>,
    pub status: Status,
    pub points: Vec<PointContext>,
    /// Everything the ground's points cite, first-cited order, no repeats.
    pub evidence: Vec<EvidenceRef>,
    /// The ground cites evidence, all of it from the first request.
    pub prior_only: bool,
    /// Evidence types the playbook expects for the category that no cited item has.
    pub missing_types: Vec<TypeRef>,
    /// Types that would strengthen the ground and that no cited item has.
    pub suggested_types: Vec<TypeRef>,
    /// Findings about this ground (other than about one of its points).
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PointContext {
    pub number: usize,
    /// The point as written: inline Markdown (print it with `inline_markdown`).
    pub text: String,
    pub citations: Vec<CitationContext>,
    /// True when at least one citation has an exhibit letter.
    pub has_exhibits: bool,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CitationContext {
    pub id: String,
    /// The exhibit letter; none for evidence not in the packet (requested).
    pub letter: Option<String>,
    /// The pinpoint within the exhibit ("2–3"), if the citation gives one.
    pub pages: Option<String>,
    /// The cited pages in the packet: the pinpoint's, or the whole exhibit's.
    pub packet_pages: Option<String>,
    pub title: String,
    pub author: Option<String>,
    /// `received` or `requested`.
    pub status: String,
}

/// A short reference to an evidence item.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRef {
    pub id: String,
    pub letter: Option<String>,
    pub title: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub status: String,
    pub submitted_before: bool,
    pub packet_pages: Option<String>,
}

/// An evidence item in full, as the exhibit index shows it.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceContext {
    pub id: String,
    pub letter: Option<String>,
    pub title: String,
    /// The evidence type's id and the playbook's label for it.
    #[serde(rename = "type")]
    pub kind: String,
    pub type_label: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub pages: u32,
    /// The exhibit's pages in the packet: first, last, and "7–10".
    pub packet_first: Option<u64>,
    pub packet_last: Option<u64>,
    pub packet_pages: Option<String>,
    pub status: String,
    pub submitted_before: bool,
    /// Whether any point cites it.
    pub cited: bool,
    pub language: String,
    pub translation: Option<TranslationContext>,
    /// `english`, `certified`, `uncertified` or `missing`.
    pub translation_status: String,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranslationContext {
    pub certified: bool,
    pub translator: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeRef {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineContext {
    pub date: String,
    pub event: String,
    pub evidence: Vec<EvidenceRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeadlineContext {
    pub respond_by: String,
    /// Days from today to `respond_by`; negative once it has passed.
    pub days_left: i32,
}

/// A finding of `rebut check`, shown where it belongs in a draft.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub code: &'static str,
    pub severity: &'static str,
    /// The id of what it is about (`case` for the case).
    pub subject: String,
    /// The subject's exhibit letter, when it is evidence in the packet.
    pub exhibit: Option<String>,
    pub message: String,
}

impl Gap {
    fn of(f: &Finding, plan: &ExhibitPlan) -> Gap {
        let exhibit = match f.subject {
            Subject::Evidence(i) => plan.of(i).map(|x| x.letter.clone()),
            _ => None,
        };
        Gap {
            code: f.code.as_str(),
            severity: f.severity.as_str(),
            subject: f.subject_id.clone(),
            exhibit,
            message: f.message.clone(),
        }
    }
}

/// Findings sorted by where they belong.
#[derive(Default)]
struct GapIndex {
    case: Vec<Gap>,
    ground: HashMap<usize, Vec<Gap>>,
    point: HashMap<(usize, usize), Vec<Gap>>,
    evidence: HashMap<usize, Vec<Gap>>,
}

impl GapIndex {
    fn build(case: &Case, report: &Report, plan: &ExhibitPlan) -> GapIndex {
        let mut index = GapIndex::default();
        for f in &report.findings {
            let gap = Gap::of(f, plan);
            match f.subject {
                Subject::Case => index.case.push(gap),
                Subject::Evidence(i) => index.evidence.entry(i).or_default().push(gap),
                Subject::Ground(g) => {
                    let point = (f.code == Code::UnsupportedPoint)
                        .then(|| case.grounds.get(g)?.points.iter().position(|p| p.loc == f.loc))
                        .flatten();
                    match point {
                        Some(p) => index.point.entry((g, p)).or_default().push(gap),
                        None => index.ground.entry(g).or_default().push(gap),
                    }
                }
            }
        }
        index
    }
}

fn iso(date: Date) -> String {
    date.to_string()
}

/// Builds the context for one memo. With `draft` false (`--final`) the
/// findings are left out, so no template can show a gap marker.
pub fn context(
    case: &Case,
    report: &Report,
    playbook: &Playbook,
    today: Date,
    kind: MemoKind,
    draft: bool,
) -> MemoContext {
    let plan = ExhibitPlan::assign(case);
    let mut gaps = if draft {
        GapIndex::build(case, report, &plan)
    } else {
        GapIndex::default()
    };
    let ids: HashMap<&str, usize> = case
        .evidence
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut cited = vec![false; case.evidence.len()];
    for citation in case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
    {
        if let Some(&i) = ids.get(citation.evidence.as_str()) {
            cited[i] = true;
        }
    }

    let evidence_ref = |i: usize| -> EvidenceRef {
        let e = &case.evidence[i];
        let exhibit = plan.of(i);
        EvidenceRef {
            id: e.id.clone(),
            letter: exhibit.map(|x| x.letter.clone()),
            title: e.title.clone(),
            author: e.author.clone(),
            date: e.date.as_ref().map(|d| iso(d.value)),
            status: e.status.as_str().to_owned(),
            submitted_before: e.submitted_before,
            packet_pages: exhibit.map(|x| page_range(x.first_page, x.last_page)),
        }
    };

    let grounds: Vec<GroundContext> = case
        .grounds
        .iter()
        .enumerate()
        .map(|(g, ground)| {
            let result = &report.grounds[g];
            let category = playbook.category(&ground.category);
            let cited_items: Vec<&Evidence> = result.evidence.iter().map(|&i| &case.evidence[i]).collect();
            let lacking = |types: &[String]| -> Vec<TypeRef> {
                types
                    .iter()
                    .filter(|t| !cited_items.iter().any(|e| &e.kind == *t))
                    .map(|t| TypeRef {
                        id: t.clone(),
                        label: playbook.type_label(t).to_owned(),
                    })
                    .collect()
            };
            let points = ground
                .points
                .iter()
                .enumerate()
                .map(|(p, point)| {
                    let citations: Vec<CitationContext> = point
                        .citations
                        .iter()
                        .filter_map(|c| {
                            let i = *ids.get(c.evidence.as_str())?;
                            let e = &case.evidence[i];
                            let exhibit = plan.of(i);
                            let packet_pages = exhibit.map(|x| match &c.pages {
                                Some(pin) => pin
                                    .ranges
                                    .iter()
                                    .map(|&(a, b)| page_range(x.packet_page(a), x.packet_page(b)))
                                    .collect::<Vec<_>>()
                                    .join(", "),
                                None => page_range(x.first_page, x.last_page),
                            });
                            Some(CitationContext {
                                id: e.id.clone(),
                                letter: exhibit.map(|x| x.letter.clone()),
                                pages: c.pages.as_ref().map(|p| p.to_string()),
                                packet_pages,
                                title: e.title.clone(),
                                author: e.author.clone(),
                                status: e.status.as_str().to_owned(),
                            })
                        })
                        .collect();
                    PointContext {
                        number: p + 1,
                        text: point.text.clone(),
                        has_exhibits: citations.iter().any(|c| c.letter.is_some()),
                        citations,
                        gaps: gaps.point.remove(&(g, p)).unwrap_or_default(),
                    }
                })
                .collect();
            GroundContext {
                number: g + 1,
                numeral: roman(g + 1),
                id: ground.id.clone(),
                category: ground.category.clone(),
                label: category.map_or_else(|| ground.category.clone(), |c| c.label.clone()),
                heading: category.map_or_else(|| ground.category.clone(), |c| c.heading.clone()),
                quote_paragraphs: markdown::paragraphs(&ground.quote),
                cite: ground.cite.clone(),
                status: result.status,
                points,
                evidence: result.evidence.iter().map(|&i| evidence_ref(i)).collect(),
                prior_only: !cited_items.is_empty() && cited_items.iter().all(|e| e.submitted_before),
                missing_types: category.map_or_else(Vec::new, |c| lacking(&c.expects)),
                suggested_types: category.map_or_else(Vec::new, |c| lacking(&c.strengthens)),
                gaps: gaps.ground.remove(&g).unwrap_or_default(),
            }
        })
        .collect();

    let mut evidence_context = |i: usize| -> EvidenceContext {
        let e = &case.evidence[i];
        let exhibit = plan.of(i);
        EvidenceContext {
            id: e.id.clone(),
            letter: exhibit.map(|x| x.letter.clone()),
            title: e.title.clone(),
            kind: e.kind.clone(),
            type_label: playbook.type_label(&e.kind).to_owned(),
            author: e.author.clone(),
            date: e.date.as_ref().map(|d| iso(d.value)),
            pages: e.pages,
            packet_first: exhibit.map(|x| x.first_page),
            packet_last: exhibit.map(|x| x.last_page),
            packet_pages: exhibit.map(|x| page_range(x.first_page, x.last_page)),
            status: e.status.as_str().to_owned(),
            submitted_before: e.submitted_before,
            cited: cited[i],
            language: e.language.clone(),
            translation: e.translation.as_ref().map(|t| TranslationContext {
                certified: t.certified,
                translator: t.translator.clone(),
            }),
            translation_status: translation_status(e).to_owned(),
            gaps: gaps.evidence.remove(&i).unwrap_or_default(),
        }
    };
    let exhibits: Vec<EvidenceContext> = plan
        .exhibits
        .iter()
        .map(|x| evidence_context(x.evidence))
        .collect();
    let not_in_packet: Vec<EvidenceContext> = (0..case.evidence.len())
        .filter(|&i| plan.of(i).is_none())
        .map(&mut evidence_context)
        .collect();

    let info = &case.info;
    let summary = report.summary();
    let count = |s: Status| report.grounds.iter().filter(|r| r.status == s).count();
    MemoContext {
        context_format: CONTEXT_FORMAT,
        kind,
        draft,
        today: iso(today),
        case: CaseContext {
            title: info.title.clone(),
            kind: case.kind().to_owned(),
            receipt: info.receipt.as_ref().map(|r| r.value.clone()),
            beneficiary: BeneficiaryContext {
                name: info.beneficiary.name.clone(),
                country: info.beneficiary.country.clone(),
                born: info.beneficiary.born.as_ref().map(|d| iso(d.value)),
            },
            petitioner: info.petitioner.clone(),
            representative: info.representative.clone(),
            filed: iso(info.filed.value),
            decision: DecisionContext {
                kind: info.decision.kind.as_str().to_owned(),
                date: iso(info.decision.date.value),
                respond_by: info.decision.respond_by.as_ref().map(|d| iso(d.value)),
                office: info.decision.office.clone(),
            },
            treatment: info.treatment.as_ref().map(|t| TreatmentContext {
                condition: t.condition.clone(),
                plan: t.plan.clone(),
                provider: t.provider.clone(),
                start: t.start.as_ref().map(|d| iso(d.value)),
            }),
        },
        playbook: PlaybookInfo {
            id: playbook.id.clone(),
            title: playbook.title.clone(),
            version: playbook.version.clone(),
        },
        memo: playbook.memo.clone(),
        categories: playbook
            .categories
            .iter()
            .map(|c| {
                let types = |ids: &[String]| -> Vec<TypeRef> {
                    ids.iter()
                        .map(|t| TypeRef {
                            id: t.clone(),
                            label: playbook.type_label(t).to_owned(),
                        })
                        .collect()
                };
                let context = CategoryContext {
                    label: c.label.clone(),
                    heading: c.heading.clone(),
                    expects: types(&c.expects),
                    strengthens: types(&c.strengthens),
                    questions: c.questions.clone(),
                };
                (c.id.clone(), context)
            })
            .collect(),
        summary: SummaryContext {
            grounds: summary.grounds,
            errors: summary.errors,
            warnings: summary.warnings,
            notes: summary.notes,
            unanswered: count(Status::Unanswered),
            asserted: count(Status::Asserted),
            pending: count(Status::Pending),
            supported: count(Status::Supported),
            corroborated: count(Status::Corroborated),
        },
        grounds,
        has_translations: exhibits.iter().any(|e| e.translation_status != "english"),
        exhibits,
        packet_pages: plan.total_pages,
        not_in_packet,
        unused: (0..case.evidence.len())
            .filter(|&i| !cited[i])
            .map(evidence_ref)
            .collect(),
        translation_problems: (0..case.evidence.len())
            .filter(|&i| matches!(translation_status(&case.evidence[i]), "missing" | "uncertified"))
            .map(evidence_ref)
            .collect(),
        timeline: case
            .timeline
            .iter()
            .map(|t| TimelineContext {
                date: iso(t.date.value),
                event: t.event.clone(),
                evidence: t
                    .evidence
                    .iter()
                    .filter_map(|id| ids.get(id.value.as_str()))
                    .map(|&i| evidence_ref(i))
                    .collect(),
            })
            .collect(),
        deadline: info.decision.respond_by.as_ref().map(|d| DeadlineContext {
            respond_by: iso(d.value),
            days_left: check::days_between(today, d.value),
        }),
        case_gaps: std::mem::take(&mut gaps.case),
        map_svg: None,
        map_mermaid: None,
    }
}

fn translation_status(e: &Evidence) -> &'static str {
    if e.is_english() {
        "english"
    } else {
        match &e.translation {
            Some(t) if t.certified => "certified",
            Some(_) => "uncertified",
            None => "missing",
        }
    }
}

/// Upper-case Roman numerals, for section numbers (any positive number;
/// past 3999 the thousands simply repeat).
pub fn roman(mut n: usize) -> String {
    const TABLE: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::EvidenceGraph;
    use crate::load::{self, Source};

    const CASE: &str = "
rebut: 1
case:
  title: T
  beneficiary: {name: B, country: C}
  filed: 2026-01-01
  decision: {kind: rfe, date: 2026-02-01, respond_by: 2026-03-01}
grounds:
  - id: G1
    category: medical-urgency
    quote: Q
    responses:
      - point: one
        evidence: [later, {id: first, pages: '2-3, 5'}]
      - point: two
        evidence: [asked]
      - point: three
evidence:
  - {id: first, type: physician-opinion, title: F, pages: 6, date: 2026-02-10}
  - {id: later, type: medical-record, title: L, pages: 4, language: es}
  - {id: asked, type: other, title: A, status: requested}
  - {id: spare, type: other, title: S}
";

    fn build(draft: bool) -> MemoContext {
        let playbook = Playbook::builtin();
        let case = load::load_case(&Source::from_text("t.yaml", CASE), &playbook).unwrap();
        let report = crate::check::check(
            &case,
            &EvidenceGraph::build(&case),
            &crate::check::Context {
                playbook: &playbook,
                today: "2026-02-20".parse().unwrap(),
                base_dir: std::path::Path::new("."),
            },
        );
        context(
            &case,
            &report,
            &playbook,
            "2026-02-20".parse().unwrap(),
            MemoKind::Rebuttal,
            draft,
        )
    }

    #[test]
    fn citations_resolve_to_letters_and_packet_pages() {
        let cx = build(true);
        let cites = &cx.grounds[0].points[0].citations;
        assert_eq!(cites[0].letter.as_deref(), Some("A"));
        assert_eq!(cites[0].packet_pages.as_deref(), Some("1\u{2013}4"));
        assert_eq!(cites[1].letter.as_deref(), Some("B"));
        assert_eq!(cites[1].pages.as_deref(), Some("2\u{2013}3, 5"));
        assert_eq!(cites[1].packet_pages.as_deref(), Some("6\u{2013}7, 9"));
        let asked = &cx.grounds[0].points[1].citations[0];
        assert_eq!(
            (asked.letter.as_deref(), asked.status.as_str()),
            (None, "requested")
        );
        assert!(!cx.grounds[0].points[1].has_exhibits);
        assert_eq!(cx.packet_pages, 10);
        let ids: Vec<&str> = cx.not_in_packet.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["asked", "spare"]);
        assert_eq!(cx.exhibits[0].translation_status, "missing");
        assert_eq!(cx.deadline.as_ref().map(|d| d.days_left), Some(9));
    }

    #[test]
    fn findings_go_where_they_belong_and_a_final_has_none() {
        let cx = build(true);
        let codes = |gaps: &[Gap]| gaps.iter().map(|g| g.code).collect::<Vec<_>>();
        assert_eq!(codes(&cx.grounds[0].points[2].gaps), ["unsupported-point"]);
        assert!(cx.grounds[0].points[0].gaps.is_empty());
        assert!(!codes(&cx.grounds[0].gaps).contains(&"unsupported-point"));
        assert_eq!(codes(&cx.exhibits[0].gaps), ["missing-translation"]);
        assert_eq!(cx.exhibits[0].gaps[0].exhibit.as_deref(), Some("A"));
        assert_eq!(codes(&cx.not_in_packet[1].gaps), ["unused-evidence"]);
        assert_eq!(codes(&cx.case_gaps), ["deadline"]);

        let fin = build(false);
        assert!(!fin.draft);
        assert!(fin.case_gaps.is_empty() && fin.grounds[0].gaps.is_empty());
        assert!(fin.grounds[0].points.iter().all(|p| p.gaps.is_empty()));
        assert!(
            fin.exhibits
                .iter()
                .chain(&fin.not_in_packet)
                .all(|e| e.gaps.is_empty())
        );
    }

    #[test]
    fn roman_numerals() {
        let cases = [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (14, "XIV"),
            (40, "XL"),
            (1994, "MCMXCIV"),
        ];
        for (n, expected) in cases {
            assert_eq!(roman(n), expected);
        }
    }
}

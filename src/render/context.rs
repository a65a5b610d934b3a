//! The context every memo template receives: the case, the check's results,
//! the exhibit letters and the playbook's wording, as plain data.
//!
//! It is one structure for all four memos, so a template author learns it
//! once (`rebut render CASE --dump-context` prints it). Text is raw here; the
//! templates' automatic escaping makes it safe for Markdown. Dates are
//! `YYYY-MM-DD` strings; the `date` filter formats them.

use super::MemoKind;
use super::declarations::{Declarant, declarants};
use super::filing::{FilingContext, filing};
use super::markdown;
use super::requests::{self, Action, RequestsContext};
pub use super::shared::Shared;
pub use super::translation::TranslationStatus;
use crate::check::{self, Checked, Code, Finding, Report, Severity, Status, Subject};
use crate::exhibits::page_range;
use crate::model::{CaseInfo, Citation, Evidence, EvidenceStatus, Translation};
use crate::playbook::{Declarations, LetterWords};
pub use crate::text::roman;
use jiff::civil::Date;
use serde::Serialize;
use std::cell::{OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap};

/// The version of this context's shape; fields may be added within it.
pub const CONTEXT_FORMAT: u32 = 1;

/// At most this many uncited items are offered for one ground: a file with
/// thousands would otherwise list all of them under every ground.
pub const COULD_CITE_LISTED: usize = 10;

#[derive(Debug, Clone, Serialize)]
pub struct MemoContext<'a> {
    pub context_format: u32,
    /// Which memo: `rebuttal`, `refiling`, `cover`, `gaps` or `exhibits`.
    pub kind: MemoKind,
    /// False with `--final`: then every `gaps` list is empty.
    pub draft: bool,
    pub today: String,
    /// The case file's `case` map as written (absent keys are `null`).
    pub case: &'a CaseInfo,
    pub playbook: PlaybookInfo<'a>,
    /// The playbook's `memo` entries (Markdown), by name.
    pub memo: &'a BTreeMap<String, String>,
    /// The playbook's categories, by id.
    pub categories: BTreeMap<&'a str, CategoryContext<'a>>,
    pub summary: SummaryContext,
    pub grounds: Vec<GroundContext<'a>>,
    /// The packet: cited, received evidence in letter order.
    pub exhibits: Vec<EvidenceContext<'a>>,
    /// Pages in the whole packet.
    pub packet_pages: u64,
    /// Evidence without a letter (requested, or cited by no point), in file order.
    pub not_in_packet: Vec<EvidenceContext<'a>>,
    /// Evidence no point cites.
    pub unused: Vec<Shared<EvidenceRef<'a>>>,
    /// Non-English evidence without a certified translation.
    pub translation_problems: Vec<Shared<EvidenceRef<'a>>>,
    /// True when some exhibit in the packet is not in English.
    pub has_translations: bool,
    /// True when every exhibit in the packet that is not in English has a
    /// certified translation (the translation statement may be made).
    pub translations_certified: bool,
    pub timeline: Vec<TimelineContext<'a>>,
    pub deadline: Option<DeadlineContext>,
    /// Findings about the case as a whole (deadline, receipt, dates, baseline).
    pub case_gaps: Vec<Gap>,
    /// The playbook's `baseline` types, each with what the grounds cite of it.
    pub baseline: Vec<BaselineContext<'a>>,
    /// The evidence-request letters (see `rebut::render::requests`).
    pub requests: RequestsContext<'a>,
    /// The gap report's action list, blocking tasks first.
    pub actions: Vec<Action<'a>>,
    /// The playbook's `prefiling` checklist (the gap report of a re-filing
    /// prints it).
    pub prefiling: &'a [String],
    /// The draft declarations, one per person who can state facts.
    pub declarants: Vec<Declarant<'a>>,
    /// The playbook's declaration wording: `inside` and `outside` (the two
    /// forms of 28 U.S.C. § 1746).
    pub declaration: &'a Declarations,
    /// The playbook's request-letter wording in other languages, by code
    /// (`es`, `fr`): a letter whose `language` is set is written in it
    /// first.
    pub letter_words: &'a BTreeMap<String, LetterWords>,
    /// The evidence map as inline SVG, in HTML output only.
    pub map_svg: Option<String>,
    /// The evidence map as a Mermaid diagram, in a Markdown gap report only.
    pub map_mermaid: Option<String>,
    /// What the filed documents state beyond the grounds: facts, expedite
    /// request, fee exceptions, conclusion, enclosures, signer.
    pub filing: FilingContext<'a>,
}

impl MemoContext<'_> {
    /// The top-level names of the context, as the templates see them.
    pub const NAMES: [&'static str; 30] = [
        "context_format",
        "kind",
        "draft",
        "today",
        "case",
        "playbook",
        "memo",
        "categories",
        "summary",
        "grounds",
        "exhibits",
        "packet_pages",
        "not_in_packet",
        "unused",
        "translation_problems",
        "has_translations",
        "translations_certified",
        "timeline",
        "deadline",
        "case_gaps",
        "baseline",
        "requests",
        "actions",
        "prefiling",
        "declarants",
        "declaration",
        "letter_words",
        "map_svg",
        "map_mermaid",
        "filing",
    ];
}

/// A type every complete request needs, and whether the grounds cite it.
#[derive(Debug, Clone, Serialize)]
pub struct BaselineContext<'a> {
    pub id: &'a str,
    pub label: &'a str,
    /// What the grounds cite of this type, in file order.
    pub evidence: Vec<Shared<EvidenceRef<'a>>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PlaybookInfo<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub version: &'a str,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryContext<'a> {
    pub label: &'a str,
    pub heading: &'a str,
    pub expects: Vec<TypeRef<'a>>,
    pub strengthens: Vec<TypeRef<'a>>,
    /// The questions an adjudicator will ask of a ground of this category.
    pub questions: &'a [String],
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
pub struct GroundContext<'a> {
    /// 1, 2, 3 … and I, II, III …, for numbering sections.
    pub number: usize,
    pub numeral: String,
    pub id: &'a str,
    pub category: &'a str,
    /// The playbook's label and affirmative heading for the category.
    pub label: &'a str,
    pub heading: &'a str,
    /// The decision's words, one string per paragraph.
    pub quote_paragraphs: Vec<String>,
    /// The decision's cite, page ranges with an en dash ("NOID at 2–3").
    pub cite: Option<String>,
    pub status: Status,
    pub points: Vec<PointContext<'a>>,
    /// Everything the ground's points cite, first-cited order, no repeats.
    pub evidence: Vec<Shared<EvidenceRef<'a>>>,
    /// The letters of the exhibits it cites, in letter order ("A", "C", "AA").
    pub exhibit_letters: Vec<&'a str>,
    /// The ground cites evidence, all of it from the first request.
    pub prior_only: bool,
    /// The ground cites an exhibit in the packet that the first request did not have.
    pub has_new: bool,
    /// Evidence types the playbook expects for the category that no cited
    /// item has. This and the next two are empty in a clinic exercise
    /// (`case.exercise`), where they would give the answer away.
    pub missing_types: Vec<TypeRef<'a>>,
    /// Types that would strengthen the ground and that no cited item has.
    pub suggested_types: Vec<TypeRef<'a>>,
    /// Evidence in the file that no point cites, of a type this ground's
    /// category expects or is strengthened by: the first
    /// [`COULD_CITE_LISTED`], in file order.
    pub could_cite: Vec<Shared<EvidenceRef<'a>>>,
    /// For a re-filing's ground that cites only what was filed before: a
    /// document in the file, new and dated after the decision, that could
    /// answer it (the task is to cite it, not to find new evidence).
    pub new_in_file: Option<Shared<EvidenceRef<'a>>>,
    /// How many more such items the file holds than `could_cite` lists.
    pub could_cite_more: usize,
    /// Findings about this ground (other than about one of its points).
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PointContext<'a> {
    pub number: usize,
    /// The point as written: inline Markdown (print it with `inline_markdown`).
    pub text: &'a str,
    pub citations: Vec<Shared<CitationContext<'a>>>,
    /// True when at least one citation has an exhibit letter.
    pub has_exhibits: bool,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CitationContext<'a> {
    pub id: &'a str,
    /// The exhibit letter; none for evidence not in the packet (requested).
    pub letter: Option<&'a str>,
    /// The pinpoint within the exhibit ("2–3"), if the citation gives one.
    pub pages: Option<String>,
    /// The cited pages in the packet: the pinpoint's, or the whole exhibit's.
    pub packet_pages: Option<String>,
    pub title: &'a str,
    pub author: Option<&'a str>,
    /// `received` or `requested`.
    pub status: EvidenceStatus,
    /// Part of the prior request (a re-filing cites it as previously submitted).
    pub submitted_before: bool,
}

/// A short reference to an evidence item.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRef<'a> {
    pub id: &'a str,
    pub letter: Option<&'a str>,
    pub title: &'a str,
    pub author: Option<&'a str>,
    pub date: Option<String>,
    pub status: EvidenceStatus,
    pub submitted_before: bool,
    pub packet_pages: Option<String>,
    /// When a requested item was asked for, and the days since.
    pub requested_on: Option<String>,
    pub days_waiting: Option<i32>,
    /// The case file's internal `notes` (the gap report shows them; a filed
    /// document never does).
    pub notes: Option<&'a str>,
}

/// An evidence item in full, as the exhibit index shows it.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceContext<'a> {
    pub id: &'a str,
    pub letter: Option<&'a str>,
    pub title: &'a str,
    /// The evidence type's id and the playbook's label for it.
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub type_label: &'a str,
    pub author: Option<&'a str>,
    pub date: Option<String>,
    pub pages: u32,
    /// Pages of the translation that follows the original in the packet.
    pub translation_pages: u64,
    /// The exhibit's pages in the packet, translation included: first, last, and "7–10".
    pub packet_first: Option<u64>,
    pub packet_last: Option<u64>,
    pub packet_pages: Option<String>,
    pub status: EvidenceStatus,
    pub submitted_before: bool,
    /// Whether any point cites it.
    pub cited: bool,
    pub language: &'a str,
    /// The case file's `translation` map as written.
    pub translation: Option<&'a Translation>,
    pub translation_status: TranslationStatus,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeRef<'a> {
    pub id: &'a str,
    pub label: &'a str,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineContext<'a> {
    pub date: String,
    pub event: &'a str,
    pub evidence: Vec<Shared<EvidenceRef<'a>>>,
    /// True when an exhibit in the packet shows the event; a filed memo
    /// states no other (a draft marks it).
    pub proven: bool,
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
    pub code: Code,
    pub severity: Severity,
    /// The id of what it is about (`case` for the case).
    pub subject: String,
    /// The subject's exhibit letter, when it is evidence in the packet.
    pub exhibit: Option<String>,
    /// What is wrong and the fix as a task, in the memo's own terms: grounds
    /// by numeral and heading, exhibits by letter or title, no ids or codes.
    pub message: String,
}

impl Gap {
    fn of(f: &Finding, lookup: &requests::Lookup) -> Gap {
        let checked = lookup.checked();
        let exhibit = match f.subject {
            Subject::Evidence(i) => checked.plan.of(i).map(|x| x.letter.clone()),
            _ => None,
        };
        Gap {
            code: f.code,
            severity: f.severity,
            subject: f.subject_id.clone(),
            exhibit,
            message: super::gap_text::message(f, lookup),
        }
    }
}

/// Findings sorted by where they belong.
#[derive(Default)]
struct GapIndex {
    /// Built for a draft (a final shows no finding).
    draft: bool,
    case: Vec<Gap>,
    ground: HashMap<usize, Vec<Gap>>,
    point: HashMap<(usize, usize), Vec<Gap>>,
    evidence: HashMap<usize, Vec<Gap>>,
}

impl GapIndex {
    fn build(lookup: &requests::Lookup) -> GapIndex {
        let checked = lookup.checked();
        let mut index = GapIndex {
            draft: true,
            ..GapIndex::default()
        };
        for f in &checked.report.findings {
            // A fact's gap is marked where the memo would state the fact.
            if matches!(f.code, Code::UnshownFact | Code::StaleFact) {
                continue;
            }
            let gap = Gap::of(f, lookup);
            match f.subject {
                // A treatment start that has passed, or falls before the response is
                // due, comes first.
                Subject::Case if matches!(f.code, Code::EarlyStart | Code::PastStart) => {
                    index.case.insert(0, gap)
                }
                Subject::Case => index.case.push(gap),
                Subject::Evidence(i) => index.evidence.entry(i).or_default().push(gap),
                Subject::Ground(g) => {
                    let point = (f.code == Code::UnsupportedPoint)
                        .then(|| {
                            checked
                                .case
                                .grounds
                                .get(g)?
                                .points
                                .iter()
                                .position(|p| p.loc == f.loc)
                        })
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

/// Parts of the context that only some memos show and that cost the most
/// to build in a large case: the letters and the action list (`requests`
/// and `actions`, made together) and the draft declarations
/// (`declarants`). A memo whose templates never name a part is rendered
/// without it ([`super::Templates::parts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub requests: bool,
    pub declarants: bool,
}

impl Parts {
    pub const ALL: Parts = Parts {
        requests: true,
        declarants: true,
    };

    /// The top-level names of the context the parts hold.
    pub const NAMES: [&'static str; 3] = ["requests", "actions", "declarants"];

    /// The top-level names of the context that these parts leave out.
    pub fn left_out(self) -> Vec<&'static str> {
        let mut names = Vec::new();
        if !self.requests {
            names.extend(["requests", "actions"]);
        }
        if !self.declarants {
            names.push("declarants");
        }
        names
    }
}

/// Builds the context for one memo. With `draft` false (`--final`) the
/// findings are left out, so no template can show a gap marker.
pub fn context<'a>(checked: &'a Checked, kind: MemoKind, draft: bool) -> MemoContext<'a> {
    context_with(checked, kind, draft, Parts::ALL)
}

/// [`context`] with only the `parts` given built: the others are empty
/// (no letter, no task, no declarant), for templates that never name them.
pub fn context_with<'a>(checked: &'a Checked, kind: MemoKind, draft: bool, parts: Parts) -> MemoContext<'a> {
    let builder = Builder::new(checked, draft);
    let mut cx = builder.frame(kind, parts);
    cx.grounds = builder.grounds(0..checked.case.grounds.len());
    cx.exhibits = builder.exhibits(0..checked.plan.exhibits.len());
    cx.not_in_packet = builder.not_in_packet(0..builder.not_in_packet_len());
    cx
}

/// The context made in parts: [`Builder::frame`], everything but the
/// three lists that grow with the case (`grounds`, `exhibits` and
/// `not_in_packet`), and those lists a stretch at a time, each made again
/// as often as it is asked for. A large case's memo is rendered this way
/// without ever holding the whole of any of them (see
/// `super::templates`); [`context_with`] puts the parts together.
pub struct Builder<'a> {
    checked: &'a Checked<'a>,
    view: View<'a>,
    gaps: GapIndex,
    /// The evidence not in the packet, in file order.
    not_in_packet: Vec<usize>,
}

impl<'a> Builder<'a> {
    /// With `draft` false (`--final`) no part shows a finding.
    pub fn new(checked: &'a Checked<'a>, draft: bool) -> Builder<'a> {
        let lookup = requests::Lookup::new(checked);
        let gaps = if draft {
            GapIndex::build(&lookup)
        } else {
            GapIndex::default()
        };
        let view = View {
            checked,
            uncited: uncited_by_category(checked),
            refs: (0..checked.case.evidence.len())
                .map(|_| OnceCell::new())
                .collect(),
            made: RefCell::default(),
            lookup,
            citations: RefCell::default(),
        };
        Builder {
            checked,
            view,
            gaps,
            not_in_packet: (0..checked.case.evidence.len())
                .filter(|&i| checked.plan.of(i).is_none())
                .collect(),
        }
    }

    /// How many items `not_in_packet` has.
    pub fn not_in_packet_len(&self) -> usize {
        self.not_in_packet.len()
    }

    /// How long the three lists are: grounds, exhibits, not in the packet.
    pub fn counts(&self) -> [usize; 3] {
        [
            self.checked.case.grounds.len(),
            self.checked.plan.exhibits.len(),
            self.not_in_packet.len(),
        ]
    }

    /// Grounds `range`, in file order.
    pub fn grounds(&self, range: std::ops::Range<usize>) -> Vec<GroundContext<'a>> {
        self.grounds_for(range, Needs::ALL)
    }

    /// Grounds `range`, with only the costly fields `need` names filled in
    /// (the others empty), for templates that never read the others.
    pub fn grounds_for(&self, range: std::ops::Range<usize>, need: Needs) -> Vec<GroundContext<'a>> {
        range.map(|g| self.view.ground(g, &self.gaps, need)).collect()
    }

    /// Exhibits `range` of the packet, in letter order.
    pub fn exhibits(&self, range: std::ops::Range<usize>) -> Vec<EvidenceContext<'a>> {
        self.checked.plan.exhibits[range]
            .iter()
            .map(|x| self.view.evidence(x.evidence, &self.gaps))
            .collect()
    }

    /// Items `range` of the evidence not in the packet.
    pub fn not_in_packet(&self, range: std::ops::Range<usize>) -> Vec<EvidenceContext<'a>> {
        self.not_in_packet[range]
            .iter()
            .map(|&i| self.view.evidence(i, &self.gaps))
            .collect()
    }

    /// Lets go of the references and citations made so far: the parts made
    /// after this make their own (equal) ones, and what holds the earlier
    /// ones alone keeps them.
    pub fn forget_shared(&mut self) {
        for i in self.view.made.take() {
            self.view.refs[i].take();
        }
        self.view.citations.borrow_mut().clear();
    }

    /// Ground `g` as the three lists' stand-in has it ([`GroundBrief`]).
    pub fn ground_brief(&self, g: usize) -> GroundBrief {
        let checked = self.checked;
        let cited = &checked.report.grounds[g].evidence;
        GroundBrief {
            prior_only: !cited.is_empty() && cited.iter().all(|&i| checked.case.evidence[i].submitted_before),
            has_new: cited
                .iter()
                .any(|&i| checked.plan.of(i).is_some() && !checked.case.evidence[i].submitted_before),
        }
    }

    /// Everything but the three lists, which are empty.
    pub fn frame(&self, kind: MemoKind, parts: Parts) -> MemoContext<'a> {
        let checked = self.checked;
        let view = &self.view;
        let evidence = &checked.case.evidence;
        let info = &checked.case.info;
        let playbook = checked.playbook;
        let (requests, actions) = if parts.requests {
            requests::build(checked, &view.lookup, &|f| {
                super::gap_text::message(f, &view.lookup)
            })
        } else {
            (RequestsContext::default(), Vec::new())
        };
        let packet_translations = || {
            checked
                .plan
                .exhibits
                .iter()
                .map(|x| TranslationStatus::of(&evidence[x.evidence]))
        };
        MemoContext {
            context_format: CONTEXT_FORMAT,
            kind,
            draft: self.gaps.draft,
            today: iso(checked.today),
            case: info,
            playbook: PlaybookInfo {
                id: &playbook.id,
                title: &playbook.title,
                version: &playbook.version,
            },
            memo: &playbook.memo,
            categories: view.categories(),
            summary: summary(&checked.report),
            grounds: Vec::new(),
            has_translations: packet_translations().any(|t| t != TranslationStatus::English),
            translations_certified: packet_translations().all(|t| !t.is_problem()),
            exhibits: Vec::new(),
            packet_pages: checked.plan.total_pages,
            not_in_packet: Vec::new(),
            unused: (0..evidence.len())
                .filter(|&i| !checked.graph.is_cited(i))
                .map(|i| view.evidence_ref(i))
                .collect(),
            translation_problems: (0..evidence.len())
                .filter(|&i| TranslationStatus::of(&evidence[i]).is_problem())
                .map(|i| view.evidence_ref(i))
                .collect(),
            timeline: view.timeline(),
            deadline: info.decision.respond_by.as_ref().map(|d| DeadlineContext {
                respond_by: iso(d.value),
                days_left: check::days_between(checked.today, d.value),
            }),
            case_gaps: self.gaps.case.clone(),
            baseline: view.baseline(),
            requests,
            actions,
            prefiling: &checked.playbook.prefiling,
            declarants: if parts.declarants {
                declarants(checked)
            } else {
                Vec::new()
            },
            declaration: &checked.playbook.declarations,
            letter_words: &checked.playbook.letters,
            map_svg: None,
            map_mermaid: None,
            filing: filing(checked, kind),
        }
    }
}

/// The fields of a [`GroundContext`] that cost the most to make, and
/// whether a template reads each ([`Builder::grounds_for`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    pub quote: bool,
    pub points: bool,
    pub evidence: bool,
    pub could_cite: bool,
    pub new_in_file: bool,
}

impl Needs {
    pub const ALL: Needs = Needs {
        quote: true,
        points: true,
        evidence: true,
        could_cite: true,
        new_in_file: true,
    };

    /// What templates that read only `fields` of a ground need.
    pub fn of<'f>(fields: impl IntoIterator<Item = &'f str> + Clone) -> Needs {
        let reads = |name: &str| fields.clone().into_iter().any(|f| f == name);
        Needs {
            quote: reads("quote_paragraphs"),
            points: reads("points"),
            evidence: reads("evidence"),
            could_cite: reads("could_cite"),
            new_in_file: reads("new_in_file"),
        }
    }
}

/// What the templates may ask of a ground outside a loop over the
/// grounds, where a memo is rendered in parts: whether it has something
/// new, or cites only what was filed before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct GroundBrief {
    pub prior_only: bool,
    pub has_new: bool,
}

fn summary(report: &Report) -> SummaryContext {
    let totals = report.summary();
    let count = |s: Status| report.grounds.iter().filter(|r| r.status == s).count();
    SummaryContext {
        grounds: totals.grounds,
        errors: totals.errors,
        warnings: totals.warnings,
        notes: totals.notes,
        unanswered: count(Status::Unanswered),
        asserted: count(Status::Asserted),
        pending: count(Status::Pending),
        supported: count(Status::Supported),
        corroborated: count(Status::Corroborated),
    }
}

/// The checked case seen from the templates: each part of the context built
/// from the graph, the exhibit plan and the report.
struct View<'a> {
    checked: &'a Checked<'a>,
    /// Per category, the evidence no point cites of a type it expects or
    /// is strengthened by, in file order.
    uncited: HashMap<&'a str, Vec<usize>>,
    /// Each evidence item's reference, made the first time it is shown and
    /// shared by every place that shows it.
    refs: Vec<OnceCell<Shared<EvidenceRef<'a>>>>,
    /// The items whose reference has been made, in `refs`.
    made: RefCell<Vec<usize>>,
    /// What the action list looks up, shared with the grounds' `new_in_file`.
    lookup: requests::Lookup<'a>,
    /// Each citation of an item at some pages, likewise.
    citations: RefCell<HashMap<Cited, Shared<CitationContext<'a>>>>,
}

/// A citation as the memo shows it: the evidence item and the pages cited.
type Cited = (usize, Option<String>);

/// The uncited evidence each category could use, found once for all grounds.
fn uncited_by_category<'a>(checked: &'a Checked) -> HashMap<&'a str, Vec<usize>> {
    let uncited: Vec<usize> = (0..checked.case.evidence.len())
        .filter(|&i| !checked.graph.is_cited(i))
        .collect();
    checked
        .playbook
        .categories
        .iter()
        .map(|c| {
            let fits = uncited
                .iter()
                .copied()
                .filter(|&i| {
                    checked.case.evidence[i]
                        .kinds
                        .iter()
                        .any(|k| c.expects.contains(k) || c.strengthens.contains(k))
                })
                .collect();
            (c.id.as_str(), fits)
        })
        .collect()
}

impl<'a> View<'a> {
    fn type_ref(&self, id: &'a str) -> TypeRef<'a> {
        TypeRef {
            id,
            label: self.checked.playbook.type_label(id),
        }
    }

    fn packet_pages(&self, i: usize) -> Option<String> {
        self.checked
            .plan
            .of(i)
            .map(|x| page_range(x.first_page, x.last_page))
    }

    /// Evidence item `i`'s reference, the same one wherever it is shown.
    fn evidence_ref(&self, i: usize) -> Shared<EvidenceRef<'a>> {
        self.refs[i]
            .get_or_init(|| {
                self.made.borrow_mut().push(i);
                Shared::new(self.new_evidence_ref(i))
            })
            .clone()
    }

    fn new_evidence_ref(&self, i: usize) -> EvidenceRef<'a> {
        let e = &self.checked.case.evidence[i];
        EvidenceRef {
            id: &e.id,
            letter: self.checked.plan.of(i).map(|x| x.letter.as_str()),
            title: &e.title,
            author: e.author.as_deref(),
            date: e.date.as_ref().map(|d| iso(d.value)),
            status: e.status,
            submitted_before: e.submitted_before,
            packet_pages: self.packet_pages(i),
            requested_on: e.requested_on.as_ref().map(|d| iso(d.value)),
            days_waiting: requests::days_waiting(self.checked, e),
            notes: e.notes.as_deref(),
        }
    }

    fn evidence(&self, i: usize, gaps: &GapIndex) -> EvidenceContext<'a> {
        let e = &self.checked.case.evidence[i];
        let exhibit = self.checked.plan.of(i);
        EvidenceContext {
            id: &e.id,
            letter: exhibit.map(|x| x.letter.as_str()),
            title: &e.title,
            kind: e.kind(),
            type_label: self.checked.playbook.type_label(e.kind()),
            author: e.author.as_deref(),
            date: e.date.as_ref().map(|d| iso(d.value)),
            pages: e.pages,
            translation_pages: exhibit.map_or(0, |x| x.translation_pages),
            packet_first: exhibit.map(|x| x.first_page),
            packet_last: exhibit.map(|x| x.last_page),
            packet_pages: self.packet_pages(i),
            status: e.status,
            submitted_before: e.submitted_before,
            cited: self.checked.graph.is_cited(i),
            language: &e.language,
            translation: e.translation.as_deref(),
            translation_status: TranslationStatus::of(e),
            gaps: gaps.evidence.get(&i).cloned().unwrap_or_default(),
        }
    }

    /// A citation of item `i` at pages `pin`, the same one wherever the
    /// item is cited at those pages.
    fn citation(&self, c: &'a Citation, i: usize, pin: Option<String>) -> Shared<CitationContext<'a>> {
        self.citations
            .borrow_mut()
            .entry((i, pin))
            .or_insert_with(|| Shared::new(self.new_citation(c, i)))
            .clone()
    }

    fn new_citation(&self, c: &'a Citation, i: usize) -> CitationContext<'a> {
        let e = &self.checked.case.evidence[i];
        let exhibit = self.checked.plan.of(i);
        let packet_pages = exhibit.map(|x| match &c.pages {
            Some(pin) => pin
                .ranges
                .iter()
                .map(|&(a, b)| page_range(x.packet_page(a), x.packet_page(b)))
                .collect::<Vec<_>>()
                .join(", "),
            None => page_range(x.first_page, x.last_page),
        });
        CitationContext {
            id: &e.id,
            letter: exhibit.map(|x| x.letter.as_str()),
            pages: c.pages.as_ref().map(ToString::to_string),
            packet_pages,
            title: &e.title,
            author: e.author.as_deref(),
            status: e.status,
            submitted_before: e.submitted_before,
        }
    }

    fn point(&self, g: usize, p: usize, gaps: &GapIndex) -> PointContext<'a> {
        let point = &self.checked.case.grounds[g].points[p];
        // The graph resolves each citation, in citation order.
        let cited = self.checked.graph.point_evidence(self.checked.graph.points[g][p]);
        // The same exhibit at the same pages is cited once: a repeat adds
        // nothing to the memo, and a point citing one exhibit a million
        // times would otherwise cost a context entry each.
        let mut seen = std::collections::BTreeSet::new();
        let citations: Vec<Shared<CitationContext>> = point
            .citations
            .iter()
            .zip(cited)
            .filter_map(|(c, i)| {
                let pin = c.pages.as_ref().map(ToString::to_string);
                seen.insert((i, pin.clone())).then(|| self.citation(c, i, pin))
            })
            .collect();
        PointContext {
            number: p + 1,
            text: &point.text,
            has_exhibits: citations.iter().any(|c| c.letter.is_some()),
            citations,
            gaps: gaps.point.get(&(g, p)).cloned().unwrap_or_default(),
        }
    }

    fn ground(&self, g: usize, gaps: &GapIndex, need: Needs) -> GroundContext<'a> {
        let checked = self.checked;
        let ground = &checked.case.grounds[g];
        let result = &checked.report.grounds[g];
        let category = checked.playbook.category(&ground.category);
        let hints = category.filter(|_| !checked.case.info.exercise);
        let cited: Vec<&Evidence> = result
            .evidence
            .iter()
            .map(|&i| &checked.case.evidence[i])
            .collect();
        let lacking = |types: &'a [String]| -> Vec<TypeRef<'a>> {
            types
                .iter()
                .filter(|t| !cited.iter().any(|e| e.is_kind(t)))
                .map(|t| self.type_ref(t))
                .collect()
        };
        GroundContext {
            number: g + 1,
            numeral: roman(g + 1),
            id: &ground.id,
            category: &ground.category,
            label: category.map_or(&ground.category, |c| &c.label),
            heading: category.map_or(&ground.category, |c| &c.heading),
            quote_paragraphs: if need.quote {
                markdown::paragraphs(&ground.quote)
            } else {
                Vec::new()
            },
            cite: ground.cite.as_deref().map(super::prose::en_dash_ranges),
            status: result.status,
            points: if need.points {
                (0..ground.points.len()).map(|p| self.point(g, p, gaps)).collect()
            } else {
                Vec::new()
            },
            evidence: if need.evidence {
                result.evidence.iter().map(|&i| self.evidence_ref(i)).collect()
            } else {
                Vec::new()
            },
            exhibit_letters: {
                let mut lettered: Vec<&crate::exhibits::Exhibit> = result
                    .evidence
                    .iter()
                    .filter_map(|&i| checked.plan.of(i))
                    .collect();
                lettered.sort_by_key(|x| x.first_page);
                lettered.iter().map(|x| x.letter.as_str()).collect()
            },
            prior_only: !cited.is_empty() && cited.iter().all(|e| e.submitted_before),
            has_new: result
                .evidence
                .iter()
                .any(|&i| checked.plan.of(i).is_some() && !checked.case.evidence[i].submitted_before),
            // An exercise keeps these hints out: they would give the answer away.
            missing_types: hints.map_or_else(Vec::new, |c| lacking(&c.expects)),
            suggested_types: hints.map_or_else(Vec::new, |c| lacking(&c.strengthens)),
            could_cite: if need.could_cite {
                self.could_cite(hints)
                    .iter()
                    .take(COULD_CITE_LISTED)
                    .map(|&i| self.evidence_ref(i))
                    .collect()
            } else {
                Vec::new()
            },
            could_cite_more: self.could_cite(hints).len().saturating_sub(COULD_CITE_LISTED),
            // As the action list has it: a ground with no answer needs its
            // points written; one whose points cite nothing, a document no
            // point cites yet; one with nothing new, a current new one.
            new_in_file: match result.status {
                _ if !need.new_in_file => None,
                Status::Unanswered => None,
                Status::Asserted => self.lookup.answers_in_file(g, false),
                _ => self.lookup.answers_in_file(g, true),
            }
            .map(|i| self.evidence_ref(i)),
            gaps: gaps.ground.get(&g).cloned().unwrap_or_default(),
        }
    }

    fn could_cite(&self, category: Option<&crate::playbook::Category>) -> &[usize] {
        category
            .and_then(|c| self.uncited.get(c.id.as_str()))
            .map_or(&[], Vec::as_slice)
    }

    fn categories(&self) -> BTreeMap<&'a str, CategoryContext<'a>> {
        self.checked
            .playbook
            .categories
            .iter()
            .map(|c| {
                let types = |ids: &'a [String]| ids.iter().map(|t| self.type_ref(t)).collect();
                let context = CategoryContext {
                    label: &c.label,
                    heading: &c.heading,
                    expects: types(&c.expects),
                    strengthens: types(&c.strengthens),
                    questions: &c.questions,
                };
                (c.id.as_str(), context)
            })
            .collect()
    }

    fn baseline(&self) -> Vec<BaselineContext<'a>> {
        let checked = self.checked;
        checked
            .playbook
            .baseline
            .iter()
            .map(|t| BaselineContext {
                id: t,
                label: checked.playbook.type_label(t),
                evidence: (0..checked.case.evidence.len())
                    .filter(|&i| checked.case.evidence[i].is_kind(t) && checked.graph.is_cited(i))
                    .map(|i| self.evidence_ref(i))
                    .collect(),
            })
            .collect()
    }

    fn timeline(&self) -> Vec<TimelineContext<'a>> {
        let case = &self.checked.case;
        let index: HashMap<&str, usize> = case
            .evidence
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        case.timeline
            .iter()
            .map(|t| {
                let evidence: Vec<Shared<EvidenceRef>> = t
                    .evidence
                    .iter()
                    .filter_map(|id| index.get(id.value.as_str()))
                    .map(|&i| self.evidence_ref(i))
                    .collect();
                TimelineContext {
                    date: iso(t.date.value),
                    event: &t.event,
                    proven: evidence.iter().any(|e| e.letter.is_some()),
                    evidence,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Source;
    use crate::playbook::Playbook;

    const CASE: &str = "
rebut: 1
case:
  title: T
  beneficiary: {name: B, country: C}
  request: {period: 3 months}
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

    fn checked(playbook: &Playbook) -> Checked<'_> {
        let source = Source::from_text("t.yaml", CASE);
        Checked::load(&source, playbook, "2026-02-20".parse().unwrap()).unwrap()
    }

    #[test]
    fn citations_resolve_to_letters_and_packet_pages() {
        let playbook = Playbook::builtin();
        let checked = checked(&playbook);
        let cx = context(&checked, MemoKind::Rebuttal, true);
        let cites = &cx.grounds[0].points[0].citations;
        assert_eq!(cites[0].letter, Some("A"));
        assert_eq!(cites[0].packet_pages.as_deref(), Some("1\u{2013}4"));
        assert_eq!(cites[1].letter, Some("B"));
        assert_eq!(cites[1].pages.as_deref(), Some("2\u{2013}3, 5"));
        assert_eq!(cites[1].packet_pages.as_deref(), Some("6\u{2013}7, 9"));
        let asked = &cx.grounds[0].points[1].citations[0];
        assert_eq!((asked.letter, asked.status), (None, EvidenceStatus::Requested));
        assert!(!cx.grounds[0].points[1].has_exhibits);
        assert_eq!(cx.packet_pages, 10);
        let ids: Vec<&str> = cx.not_in_packet.iter().map(|e| e.id).collect();
        assert_eq!(ids, ["asked", "spare"]);
        assert_eq!(cx.exhibits[0].translation_status, TranslationStatus::Missing);
        assert_eq!(cx.deadline.as_ref().map(|d| d.days_left), Some(9));
    }

    #[test]
    fn findings_go_where_they_belong_and_a_final_has_none() {
        let playbook = Playbook::builtin();
        let checked = checked(&playbook);
        let cx = context(&checked, MemoKind::Rebuttal, true);
        let codes = |gaps: &[Gap]| gaps.iter().map(|g| g.code.as_str()).collect::<Vec<_>>();
        assert_eq!(codes(&cx.grounds[0].points[2].gaps), ["unsupported-point"]);
        assert!(cx.grounds[0].points[0].gaps.is_empty());
        assert!(!codes(&cx.grounds[0].gaps).contains(&"unsupported-point"));
        assert_eq!(codes(&cx.exhibits[0].gaps), ["missing-translation"]);
        assert_eq!(cx.exhibits[0].gaps[0].exhibit.as_deref(), Some("A"));
        assert_eq!(codes(&cx.not_in_packet[1].gaps), ["unused-evidence"]);
        assert_eq!(codes(&cx.case_gaps), ["missing-address", "deadline"]);

        let fin = context(&checked, MemoKind::Rebuttal, false);
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
}

//! Properties over generated case files: valid ones get the statuses and
//! findings their definitions give (computed here from the generated
//! description, not from the code under test), subtly broken ones are
//! refused with located problems, arbitrary damage never panics, and output
//! is the same on every run.
//! Rendering then re-checking is stable: memos come out the same twice, and
//! rendering changes nothing that checking sees.

use crate::support::{self, Checked, Rebut, TODAY};
use proptest::prelude::*;
use rebut::check::{Code, Report, Severity, Status, Subject};
use rebut::diag::{ProblemKind, Unusable};
use rebut::load::Source;
use rebut::playbook::Playbook;
use rebut::render::{self, Format, MemoKind, Templates};
use rebut::synth::{SynthCase, SynthCite, SynthEvidence, SynthGround, SynthPoint};
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn playbook() -> &'static Playbook {
    static PLAYBOOK: OnceLock<Playbook> = OnceLock::new();
    PLAYBOOK.get_or_init(Playbook::builtin)
}

const TYPES: [&str; 5] = [
    "physician-opinion",
    "independent-expert",
    "medical-record",
    "cost-quote",
    "safety-assurance",
];
const CATEGORIES: [&str; 4] = [
    "medical-urgency",
    "treatment-unavailable",
    "financial-support",
    "security",
];
const AUTHORS: [&str; 3] = ["Dr. Ana Morales", "dr. ana morales ", "Lakeside Hospital"];
const DATES: [&str; 3] = ["2025-06-01", "2026-08-01", "2026-08-20"];

fn evidence() -> impl Strategy<Value = SynthEvidence> {
    (
        prop::sample::select(&TYPES[..]),
        prop::option::of(prop::sample::select(&AUTHORS[..])),
        prop::option::of(prop::sample::select(&DATES[..])),
        1u32..6,
        prop::bool::weighted(0.3),
        prop::bool::weighted(0.3),
        prop::option::weighted(0.15, prop::bool::ANY),
    )
        .prop_map(
            |(kind, author, date, pages, requested, submitted_before, language)| SynthEvidence {
                kind: kind.to_owned(),
                title: "An exhibit".to_owned(),
                author: author.map(str::to_owned),
                date: date.map(str::to_owned),
                pages,
                requested,
                submitted_before,
                language: language.map(|certified| ("es".to_owned(), certified)),
            },
        )
}

/// A valid case: 1–5 grounds of 0–3 points citing 0–3 of up to 8 exhibits.
fn valid_case() -> impl Strategy<Value = SynthCase> {
    (
        prop::collection::vec(evidence(), 1..8),
        prop::sample::select(&["denial", "noid", "rfe"][..]),
    )
        .prop_flat_map(|(evidence, decision)| {
            let n = evidence.len();
            let cite = (0..n, prop::option::weighted(0.2, (1u32..6, 0u32..3)));
            let point = prop::collection::vec(cite, 0..4);
            let ground = (
                prop::sample::select(&CATEGORIES[..]),
                prop::collection::vec(point, 0..4),
            );
            (
                Just(evidence),
                Just(decision),
                prop::collection::vec(ground, 1..6),
            )
        })
        .prop_map(|(evidence, decision, grounds)| {
            let grounds = grounds
                .into_iter()
                .map(|(category, points)| SynthGround {
                    category: category.to_owned(),
                    quote: "The evidence does not show it.".to_owned(),
                    points: points
                        .into_iter()
                        .map(|cites| SynthPoint {
                            text: "It does.".to_owned(),
                            cites: cites
                                .into_iter()
                                .map(|(e, pin)| SynthCite {
                                    evidence: e,
                                    // Keep pinpoints inside the exhibit.
                                    pages: pin.map(|(first, extra)| {
                                        let first = first.min(evidence[e].pages);
                                        (first, (first + extra).min(evidence[e].pages))
                                    }),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect();
            SynthCase {
                decision,
                grounds,
                evidence,
            }
        })
}

/// Loads and checks a generated case as of the suite's [`TODAY`], which is
/// after every date the generator writes.
fn load(text: &str) -> Result<Checked, Unusable> {
    support::try_check(&Source::from_text("prop.yaml", text), playbook().clone())
}

/// After a denial, the core facts no exhibit in the packet shows: the
/// provider's acceptance (no generated type or category shows it), and the
/// diagnosis unless a received exhibit dated after the decision shows it
/// (a medical type, or cited under a medical-urgency ground).
fn core_facts_unshown(synth: &SynthCase) -> usize {
    if synth.decision != "denial" {
        return 0;
    }
    let medical = ["physician-opinion", "independent-expert", "medical-record"];
    let diagnosis = synth.grounds.iter().any(|g| {
        g.points.iter().flat_map(|p| &p.cites).any(|c| {
            let e = &synth.evidence[c.evidence];
            !e.requested
                && e.date
                    .as_deref()
                    .is_some_and(|d| d >= rebut::synth::DECISION_DATE)
                && (medical.contains(&e.kind.as_str()) || g.category == "medical-urgency")
        })
    });
    1 + usize::from(!diagnosis)
}

/// The status of a ground, straight from the spec's table.
fn expected_status(synth: &SynthCase, ground: &SynthGround) -> Status {
    if ground.points.is_empty() {
        return Status::Unanswered;
    }
    let cited: Vec<&SynthEvidence> = ground
        .points
        .iter()
        .flat_map(|p| &p.cites)
        .map(|c| &synth.evidence[c.evidence])
        .collect();
    if cited.is_empty() {
        return Status::Asserted;
    }
    let received: Vec<&&SynthEvidence> = cited.iter().filter(|e| !e.requested).collect();
    if received.is_empty() {
        return Status::Pending;
    }
    let authored: Vec<(String, &str)> = received
        .iter()
        .filter_map(|e| Some((e.author.as_ref()?.trim().to_lowercase(), e.kind.as_str())))
        .collect();
    let authors: BTreeSet<&String> = authored.iter().map(|(a, _)| a).collect();
    let types: BTreeSet<&str> = authored.iter().map(|(_, t)| *t).collect();
    if authors.len() >= 2 && types.len() >= 2 {
        Status::Corroborated
    } else {
        Status::Supported
    }
}

fn codes_about(report: &Report, subject: &Subject) -> Vec<Code> {
    report
        .findings
        .iter()
        .filter(|f| &f.subject == subject)
        .map(|f| f.code)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn statuses_and_gap_findings_follow_their_definitions(synth in valid_case()) {
        let text = synth.to_yaml();
        let checked = load(&text).map_err(|u| TestCaseError::fail(format!("{:?}\n{text}", u.problems)))?;
        let report = &checked.report;
        prop_assert_eq!(report.grounds.len(), synth.grounds.len());
        for (g, (ground, result)) in synth.grounds.iter().zip(&report.grounds).enumerate() {
            let status = expected_status(&synth, ground);
            prop_assert_eq!(result.status, status, "ground G{}", g + 1);

            // The ground's exhibits: first-cited order, no repeats.
            let mut order = Vec::new();
            for cite in ground.points.iter().flat_map(|p| &p.cites) {
                if !order.contains(&cite.evidence) {
                    order.push(cite.evidence);
                }
            }
            prop_assert_eq!(&result.evidence, &order);

            let codes = codes_about(report, &Subject::Ground(g));
            let count = |code| codes.iter().filter(|c| **c == code).count();
            prop_assert_eq!(count(Code::UnansweredGround), usize::from(status == Status::Unanswered));
            prop_assert_eq!(count(Code::UnsupportedGround), usize::from(status == Status::Asserted));
            prop_assert_eq!(count(Code::PendingEvidence), usize::from(status == Status::Pending));
            let uncited_points = ground.points.iter().filter(|p| p.cites.is_empty()).count();
            prop_assert_eq!(count(Code::UnsupportedPoint), uncited_points);
            prop_assert!(count(Code::SingleSource) <= usize::from(status == Status::Supported));
        }
        for (i, item) in synth.evidence.iter().enumerate() {
            let codes = codes_about(report, &Subject::Evidence(i));
            let cited = synth.grounds.iter().flat_map(|g| &g.points).flat_map(|p| &p.cites).any(|c| c.evidence == i);
            prop_assert_eq!(codes.contains(&Code::UnusedEvidence), !cited, "E{}", i + 1);
            let untranslated = matches!(item.language, Some((_, false)));
            prop_assert_eq!(codes.contains(&Code::MissingTranslation), untranslated, "E{}", i + 1);
            let undated_opinion = item.date.is_none() && !item.requested && playbook().is_opinion(&item.kind);
            prop_assert_eq!(codes.contains(&Code::UndatedOpinion), undated_opinion, "E{}", i + 1);
        }
        // Errors are exactly the unanswered, asserted and untranslated.
        let errors = report.findings.iter().filter(|f| f.severity == Severity::Error).count();
        let expected_errors = synth.grounds.iter()
            .filter(|g| expected_status(&synth, g) <= Status::Asserted)
            .count()
            + synth.evidence.iter().filter(|e| matches!(e.language, Some((_, false)))).count()
            + core_facts_unshown(&synth);
        prop_assert_eq!(errors, expected_errors);
        // Every finding points into the file.
        let lines = text.lines().count() as u32;
        prop_assert!(report.findings.iter().all(|f| (1..=lines).contains(&f.loc.line)));
    }

    #[test]
    fn rendering_then_rechecking_is_stable(synth in valid_case()) {
        let text = synth.to_yaml();
        let checked = load(&text).map_err(|u| TestCaseError::fail(format!("{:?}", u.problems)))?;
        let before = &checked.report;
        let templates = Templates::builtin();
        for kind in MemoKind::ALL {
            for format in [Format::Markdown, Format::Html] {
                let render_once = || {
                    let cx = checked.memo(kind, true);
                    render::render(&cx, format, &templates)
                };
                let first = render_once().map_err(|e| TestCaseError::fail(e.to_string()))?;
                let second = render_once().map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(&first, &second, "{:?} {:?}", kind, format);
            }
        }
        // And the same file loads to the same report again.
        let after = load(&text).unwrap().0.report;
        prop_assert_eq!(&before.grounds, &after.grounds);
        prop_assert_eq!(&before.findings, &after.findings);
    }

    #[test]
    fn a_subtly_broken_case_is_refused_with_located_problems(
        synth in valid_case(),
        flaw in 0usize..FLAWS.len(),
    ) {
        let text = synth.to_yaml();
        let (name, kind, broken) = FLAWS[flaw](&text);
        prop_assume!(broken != text, "the flaw does not apply");
        let Err(unusable) = load(&broken) else {
            return Err(TestCaseError::fail(format!("{name}: accepted\n{broken}")));
        };
        prop_assert!(unusable.problems.iter().any(|p| p.kind == kind), "{}: {:?}", name, unusable.problems);
        let lines = broken.lines().count() as u32;
        for problem in &unusable.problems {
            let loc = problem.loc.ok_or_else(|| TestCaseError::fail(format!("{name}: unlocated {problem:?}")))?;
            prop_assert!((1..=lines + 1).contains(&loc.line), "{}: {:?}", name, problem);
        }
        // The rendering names every problem at its place.
        let rendered = unusable.render(Some(&broken), false);
        for problem in &unusable.problems {
            let loc = problem.loc.unwrap();
            let place = format!("prop.yaml:{}:{}", loc.line, loc.column);
            prop_assert!(rendered.contains(&place), "{} missing from\n{}", place, rendered);
        }
    }

    #[test]
    fn damaged_text_never_panics(
        synth in valid_case(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..6, "[ -~\n\t]{0,4}"), 1..6),
    ) {
        let mut text = synth.to_yaml();
        for (at, cut, insert) in edits {
            let mut start = at.index(text.len() + 1);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + cut).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            text.replace_range(start..end, &insert);
        }
        match load(&text) {
            Ok(checked) => {
                prop_assert_eq!(checked.report.grounds.len(), checked.case.grounds.len());
            }
            Err(unusable) => {
                prop_assert!(!unusable.problems.is_empty());
                let lines = text.lines().count() as u32;
                for loc in unusable.problems.iter().filter_map(|p| p.loc) {
                    prop_assert!(loc.line <= lines + 1, "{:?} in a file of {} lines", loc, lines);
                }
                unusable.render(Some(&text), true);
            }
        }
    }
}

type Flaw = fn(&str) -> (&'static str, ProblemKind, String);

/// Small mistakes a person makes in a case file, each with the problem it
/// must raise. A flaw that finds nothing to change leaves the text as is.
const FLAWS: [Flaw; 8] = [
    |t| {
        (
            "dangling citation",
            ProblemKind::UnknownId,
            replace_in_citation(t, "E1", "E99"),
        )
    },
    |t| {
        (
            "duplicate id",
            ProblemKind::DuplicateId,
            t.replacen("  - id: G1\n", "  - id: E1\n", 1),
        )
    },
    |t| {
        (
            "impossible date",
            ProblemKind::InvalidDate,
            t.replacen("    date: 2026-08-14", "    date: 2026-02-30", 1),
        )
    },
    |t| {
        (
            "misspelt key",
            ProblemKind::UnknownKey,
            t.replacen("    title: \"An exhibit\"", "    titel: \"An exhibit\"", 1),
        )
    },
    |t| {
        (
            "unknown category",
            ProblemKind::UnknownCategory,
            t.replacen("category: medical-urgency", "category: medical-urgancy", 1),
        )
    },
    |t| {
        (
            "unknown evidence type",
            ProblemKind::UnknownEvidenceType,
            t.replacen("type: medical-record", "type: medical-recrod", 1),
        )
    },
    |t| {
        (
            "pinpoint past the end",
            ProblemKind::PinpointOutOfRange,
            replace_in_citation(t, "E1", "{id: E1, pages: \"40-41\"}"),
        )
    },
    |t| ("missing quote", ProblemKind::MissingKey, remove_first_quote(t)),
];

/// Replaces the first citation of `id` in a point's evidence list.
fn replace_in_citation(text: &str, id: &str, with: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut done = false;
    for line in text.split_inclusive('\n') {
        if !done && let Some(list) = line.strip_prefix("        evidence: [") {
            let items: Vec<&str> = list.trim_end().trim_end_matches(']').split(", ").collect();
            if let Some(i) = items
                .iter()
                .position(|item| *item == id || item.starts_with(&format!("{{id: {id},")))
            {
                let mut items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
                items[i] = with.to_owned();
                out.push_str(&format!("        evidence: [{}]\n", items.join(", ")));
                done = true;
                continue;
            }
        }
        out.push_str(line);
    }
    out
}

/// Drops the `quote:` block of the first ground.
fn remove_first_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    let mut done = false;
    for line in text.split_inclusive('\n') {
        if !done && line == "    quote: |\n" {
            skipping = true;
            done = true;
            continue;
        }
        if skipping && line.starts_with("      ") {
            continue;
        }
        skipping = false;
        out.push_str(line);
    }
    out
}

/// The same input gives byte-identical output, run after run, from the
/// binary itself (text and JSON).
#[test]
fn output_is_identical_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(12));
    runner
        .run(&valid_case(), |synth| {
            let path = dir.path().join("case.yaml");
            std::fs::write(&path, synth.to_yaml()).unwrap();
            for format in ["text", "json"] {
                let run = || {
                    Rebut::new()
                        .args(["check", "--today", TODAY, "--format", format])
                        .arg(&path)
                        .run()
                };
                let (first, second) = (run(), run());
                prop_assert!(first.status < 2, "{}", first.head());
                prop_assert_eq!(first.status, second.status);
                prop_assert_eq!(&first.stdout, &second.stdout);
                prop_assert_eq!(&first.stderr, &second.stderr);
            }
            Ok(())
        })
        .unwrap();
}

/// The letters of "Ex. A; Ex. C" as evidence indexes of the packet.
fn cited_items(checked: &Checked, cite: &str) -> Vec<usize> {
    cite.split("; ")
        .filter_map(|c| c.strip_prefix("Ex. "))
        .map(|letter| {
            checked
                .plan
                .exhibits
                .iter()
                .find(|x| x.letter == letter)
                .map(|x| x.evidence)
                .expect("a cited letter is an exhibit of the packet")
        })
        .collect()
}

/// The facts labels a draft marks as unshown ("⚠ Gap: no exhibit yet shows
/// LABEL: …").
fn marked_facts(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    for prefix in [
        "⚠ Gap: no exhibit yet shows ",
        "⚠ Gap: only exhibits older than the decision show ",
        "⚠ Gap: only an undated exhibit shows ",
    ] {
        for (at, _) in md.match_indices(prefix) {
            let rest = &md[at + prefix.len()..];
            if let Some(end) = rest.find(": ") {
                out.push(rest[..end].to_owned());
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// No final document cites, for a fact, an exhibit that does not show
    /// it (or is too old for a current fact); every fact a draft memo marks
    /// is a task in the gap report.
    #[test]
    fn facts_cite_only_what_shows_them_and_every_marker_is_a_task(synth in valid_case()) {
        let text = synth.to_yaml();
        let checked = load(&text).map_err(|u| TestCaseError::fail(format!("{:?}\n{text}", u.problems)))?;
        let decision = checked.case.info.decision.date.value;
        let kind = MemoKind::default_for(checked.case.info.decision.kind);
        let cx = render::context(&checked, kind, false);
        for (key, view) in &cx.filing.facts {
            let id = key.replace('_', "-");
            let fact = playbook().fact(&id).unwrap();
            for i in cited_items(&checked, &view.exhibits) {
                prop_assert!(
                    rebut::check::facts::shows(&checked.case, &checked.report.grounds, i, fact),
                    "{} cited for {id}, which it does not show\n{text}", checked.case.evidence[i].id
                );
                if fact.current {
                    let date = checked.case.evidence[i].date.as_ref().map(|d| d.value);
                    prop_assert!(date.is_some_and(|d| d >= decision), "{id}: old exhibit cited\n{text}");
                }
            }
        }
        let fee = &cx.filing.fee;
        let prongs = [
            (&fee.medical_emergency, &["diagnosis", "urgency"][..]),
            (&fee.unavailable, &["unavailable"][..]),
            (&fee.no_time_for_visa, &["life-threatening", "no-time-for-visa"][..]),
        ];
        for (cite, ids) in prongs {
            for i in cite.as_deref().map(|c| cited_items(&checked, c)).unwrap_or_default() {
                prop_assert!(
                    ids.iter().any(|id| rebut::check::facts::shows(&checked.case, &checked.report.grounds, i, playbook().fact(id).unwrap())),
                    "fee cites {} for {ids:?}\n{text}", checked.case.evidence[i].id
                );
            }
        }

        let templates = Templates::builtin();
        let draft = String::from_utf8(render::memo(&checked, kind, true, Format::Markdown, &templates).unwrap()).unwrap();
        let gaps = String::from_utf8(render::memo(&checked, MemoKind::Gaps, true, Format::Markdown, &templates).unwrap()).unwrap();
        let actions = &gaps[gaps.find("## Action list").unwrap()..gaps.find("## Overview").unwrap()];
        for label in marked_facts(&draft) {
            prop_assert!(actions.contains(&label), "marked but no task: {label}\n{actions}\n{text}");
        }
        prop_assert!(!actions.contains("Nothing to do") || marked_facts(&draft).is_empty());
        // One rule decides "blocks filing" for the action list and --final.
        crate::one_truth::assert_one_rule(&checked, &text);
    }
}

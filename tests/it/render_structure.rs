//! Every example renders in every memo kind and both formats, and the
//! Markdown, read back with comrak, has the structure the memo promises:
//! one section per ground, every quote, every citation resolved to the right
//! exhibit letter and pages, packet pages that add up, and a gap marker
//! exactly where `rebut check` reports a finding.

use crate::support::markdown::*;
use crate::support::*;
use rebut::check::{Code, Finding, Severity, Subject};
use rebut::render::{self, Format, MemoKind, Templates};

fn render_md(l: &Checked, kind: MemoKind, draft: bool) -> String {
    let cx = l.memo(kind, draft);
    render::markdown(&cx, &Templates::builtin()).unwrap()
}

/// The marker a finding should produce: its message in the memo's terms.
fn marker_text(f: &Finding, l: &Checked) -> String {
    let label = if f.severity == Severity::Note {
        "Note"
    } else {
        "Gap"
    };
    format!(
        "\u{26a0} {label}: {}.",
        render::gap_text::message(f, &render::requests::Lookup::new(l))
    )
}

fn markers(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| b.marker().map(str::to_owned))
        .collect()
}

/// A memo is rendered from a context without the parts its templates never
/// name (`Templates::parts`); it must come out as from the whole context.
#[test]
fn a_memo_without_the_parts_it_never_names_is_the_same() {
    let templates = Templates::builtin();
    let mut left_out = 0;
    for path in examples() {
        let l = check_file(&path);
        for kind in MemoKind::ALL {
            if !kind.fits(l.case.info.decision.kind) {
                continue;
            }
            left_out += templates.parts(kind).left_out().len();
            for draft in [true, false] {
                // The whole context, with the map the memo shows (as render::memo adds it).
                let mut cx = l.memo(kind, draft);
                render::attach_map(&mut cx, &l, Format::Markdown);
                let whole = render::markdown(&cx, &templates).unwrap();
                let pruned = render::memo(&l, kind, draft, Format::Markdown, &templates).unwrap();
                assert!(
                    whole.as_bytes() == pruned.as_slice(),
                    "{} as {} (draft: {draft})",
                    path.display(),
                    kind.as_str()
                );
            }
        }
    }
    assert!(
        left_out > 0,
        "no memo was rendered without a part: nothing was compared"
    );
}

#[test]
fn every_example_renders_in_every_memo_and_format() {
    let templates = Templates::builtin();
    for path in examples() {
        let l = check_file(&path);
        for kind in MemoKind::ALL {
            let cx = l.memo(kind, true);
            let md = render::markdown(&cx, &templates).unwrap();
            let html = render::html(&cx, &templates).unwrap();
            let name = format!("{} as {}", path.display(), kind.as_str());
            let doc = blocks(&md);
            let h1: Vec<_> = doc.iter().filter(|b| matches!(b, Block::Heading(1, _))).collect();
            assert_eq!(h1.len(), 1, "{name}: one title");
            assert!(
                matches!(doc[0], Block::Heading(1, _)),
                "{name}: the title comes first"
            );
            assert!(
                md.ends_with('\n') && !md.ends_with("\n\n"),
                "{name}: one final newline"
            );
            assert!(!md.contains("\n\n\n"), "{name}: no doubled blank lines");

            assert!(html.starts_with("<!DOCTYPE html>"), "{name}");
            assert!(html.trim_end().ends_with("</html>"), "{name}");
            let h2_md = doc.iter().filter(|b| matches!(b, Block::Heading(2, _))).count();
            assert_eq!(
                html.matches("<h2>").count(),
                h2_md,
                "{name}: the same sections in HTML"
            );
            for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "@import"] {
                assert!(!html.contains(forbidden), "{name}: {forbidden} in the HTML page");
            }
            let marker_count = markers(&doc).len();
            assert_eq!(
                html.matches("<p><strong>\u{26a0} Gap").count()
                    + html.matches("<p><strong>\u{26a0} Note").count(),
                marker_count,
                "{name}: the same gap markers in HTML"
            );
        }
    }
}

#[test]
fn memos_have_one_section_per_ground_with_its_quote_and_points() {
    for path in examples() {
        let l = check_file(&path);
        for kind in [MemoKind::Rebuttal, MemoKind::Refiling] {
            let md = render_md(&l, kind, true);
            let sections = sections(&blocks(&md));
            let grounds: Vec<_> = sections
                .iter()
                .filter(|(title, _)| is_ground_title(title))
                .collect();
            assert_eq!(
                grounds.len(),
                l.case.grounds.len(),
                "{}: one section per ground",
                path.display()
            );
            for (ground, (title, body)) in l.case.grounds.iter().zip(&grounds) {
                let heading = &l.playbook.category(&ground.category).unwrap().heading;
                assert!(
                    title.ends_with(heading.as_str()),
                    "{title} is the playbook's heading"
                );
                let Some(Block::Quote(quote)) = body.first() else {
                    panic!(
                        "{title}: the section opens with the decision's words, found {:?}",
                        body.first()
                    );
                };
                let mut expected = vec![one_line(&ground.quote)];
                if let Some(cite) = &ground.cite {
                    // Page ranges print with an en dash ("NOID at 2–3").
                    expected.push(format!("({})", rebut::render::prose::en_dash_ranges(cite)));
                }
                assert_eq!(quote, &expected, "{title}: the quote and its cite");

                let paragraphs: Vec<&str> = body
                    .iter()
                    .filter(|b| b.marker().is_none())
                    .filter_map(|b| match b {
                        Block::Paragraph(p) => Some(p.text.as_str()),
                        _ => None,
                    })
                    .collect();
                assert_eq!(
                    paragraphs.len(),
                    ground.points.len(),
                    "{title}: one paragraph per point"
                );
                for (point, text) in ground.points.iter().zip(paragraphs) {
                    assert!(text.starts_with(&one_line(&point.text)), "{title}: {text}");
                }
            }
        }
    }
}

#[test]
fn every_citation_names_the_right_exhibit_and_pages() {
    for path in examples() {
        let l = check_file(&path);
        let letters = expected_letters(&l.case);
        for draft in [true, false] {
            let md = render_md(&l, MemoKind::Rebuttal, draft);
            let doc = blocks(&md);
            let paragraphs: Vec<String> = doc
                .iter()
                .filter_map(|b| match b {
                    Block::Paragraph(p) if !p.all_strong => Some(p.text.clone()),
                    _ => None,
                })
                .collect();
            for point in l.case.grounds.iter().flat_map(|g| &g.points) {
                let text = one_line(&point.text);
                let para = paragraphs
                    .iter()
                    .find(|p| p.starts_with(&text))
                    .unwrap_or_else(|| panic!("no paragraph for point {text}"));
                let cites: Vec<String> = point
                    .citations
                    .iter()
                    .filter_map(|c| {
                        let letter = letter_of(&letters, &c.evidence)?;
                        Some(match &c.pages {
                            Some(pin) => format!("Ex. {letter} at {pin}"),
                            None => format!("Ex. {letter}"),
                        })
                    })
                    .collect();
                let rest = para[text.len()..].trim();
                if cites.is_empty() {
                    assert!(!rest.contains("Ex. "), "{para}");
                } else {
                    assert!(
                        rest.starts_with(&format!("({})", cites.join("; "))),
                        "{para}\nexpected {cites:?}"
                    );
                }
                let requested = point
                    .citations
                    .iter()
                    .any(|c| !l.case.evidence_by_id(&c.evidence).unwrap().is_received());
                assert_eq!(rest.contains("not yet received"), draft && requested, "{para}");
            }
        }
    }
}

/// The exhibit index's rows: letter, pages, packet pages.
fn index_rows(doc: &[Block]) -> Vec<Vec<String>> {
    let table = doc
        .iter()
        .rev()
        .find_map(|b| match b {
            Block::Table(rows) if rows[0][0] == "Exhibit" => Some(rows.clone()),
            _ => None,
        })
        .expect("an exhibit index table");
    table[1..].to_vec()
}

#[test]
fn the_exhibit_index_letters_and_paginates_the_packet() {
    for path in examples() {
        let l = check_file(&path);
        let letters = expected_letters(&l.case);
        for kind in [MemoKind::Rebuttal, MemoKind::Refiling, MemoKind::Exhibits] {
            let md = render_md(&l, kind, false);
            let doc = blocks(&md);
            let rows = index_rows(&doc);
            assert_eq!(
                rows.len(),
                letters.len(),
                "{}: only cited, received evidence",
                path.display()
            );
            let mut next = 1u64;
            for (row, (id, letter, first, last)) in rows.iter().zip(&letters) {
                let e = l.case.evidence_by_id(id).unwrap();
                assert_eq!(&row[0], letter);
                assert_eq!(row[1], one_line(&e.title));
                // A certified translation follows its original and counts.
                let translated = match &e.translation {
                    Some(t) if t.certified && !e.is_english() => u64::from(t.pages.unwrap_or(e.pages)),
                    _ => 0,
                };
                let pages = if translated > 0 {
                    format!("{} + {translated}", e.pages)
                } else {
                    e.pages.to_string()
                };
                assert_eq!(row[4], pages, "a translation's pages count with its original");
                let range = if first == last {
                    format!("p.\u{a0}{first}")
                } else {
                    format!("pp.\u{a0}{first}\u{2013}{last}")
                };
                assert_eq!(row[5], range, "exhibit {letter}");
                assert_eq!(*first, next, "pages run on without a gap");
                next = last + 1;
            }
            let spans: u64 = letters.iter().map(|(_, _, first, last)| last - first + 1).sum();
            assert_eq!(next - 1, spans);
            let total = next - 1;
            assert_eq!(total, l.plan.total_pages);
            let translated = l.plan.exhibits.iter().any(|x| x.translation_pages > 0);
            let words = rebut::render::prose::number_words(total as i64);
            let pages = if total == 1 { "page" } else { "pages" };
            let sentence = if translated {
                format!("The packet has {words} {pages}, translations included.")
            } else {
                format!("The packet has {words} {pages}.")
            };
            assert!(doc.iter().any(|b| b.text() == sentence), "{sentence}");
        }
    }
}

#[test]
fn the_page_break_comes_right_before_the_exhibit_index() {
    for path in examples() {
        let l = check_file(&path);
        for kind in [MemoKind::Rebuttal, MemoKind::Refiling] {
            let doc = blocks(&render_md(&l, kind, true));
            let at = doc
                .iter()
                .position(|b| *b == Block::Heading(2, "Exhibit index".into()))
                .unwrap();
            assert_eq!(doc[at - 1], Block::Rule);
            assert_eq!(doc.iter().filter(|b| **b == Block::Rule).count(), 1);
        }
    }
}

/// Where each finding's marker belongs in a rebuttal or re-filing memo.
#[derive(Debug, Clone, PartialEq)]
enum Place {
    /// Before the first section: the heading block.
    Heading,
    /// In the ground's section, before its points.
    Ground(usize),
    /// Right after the point's paragraph.
    Point(usize, usize),
    /// In the exhibit index.
    Exhibits,
    /// Anywhere else: no marker belongs there.
    Elsewhere(String),
}

fn is_ground_title(title: &str) -> bool {
    title
        .split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| "IVXLCDM".contains(c)))
}

/// Every marker of a memo and the place it stands in.
fn placed_markers(l: &Checked, doc: &[Block]) -> Vec<(String, Place)> {
    let mut found = Vec::new();
    let mut g = 0;
    for (title, body) in sections(doc) {
        let mut place = if title.is_empty() {
            Place::Heading
        } else if title == "Exhibit index" {
            Place::Exhibits
        } else if is_ground_title(&title) {
            g += 1;
            Place::Ground(g - 1)
        } else {
            Place::Elsewhere(title.clone())
        };
        let mut next_point = 0;
        for b in &body {
            if let Some(m) = b.marker() {
                found.push((m.to_owned(), place.clone()));
            } else if let (Place::Ground(g) | Place::Point(g, _), Block::Paragraph(p)) = (place.clone(), b) {
                let points = &l.case.grounds[g].points;
                if next_point < points.len() && p.text.starts_with(&one_line(&points[next_point].text)) {
                    place = Place::Point(g, next_point);
                    next_point += 1;
                }
            }
        }
    }
    found
}

#[test]
fn gap_markers_stand_exactly_where_check_reports_gaps() {
    for path in examples() {
        let l = check_file(&path);
        let expected: Vec<(String, Place)> = l
            .report
            .findings
            .iter()
            // A fact's marker stands where the memo would state it.
            .filter(|f| !matches!(f.code, Code::UnshownFact | Code::StaleFact))
            .map(|f| {
                let place = match f.subject {
                    Subject::Case => Place::Heading,
                    Subject::Evidence(_) => Place::Exhibits,
                    Subject::Ground(g) if f.code == Code::UnsupportedPoint => {
                        let p = l.case.grounds[g]
                            .points
                            .iter()
                            .position(|p| p.loc == f.loc)
                            .unwrap();
                        Place::Point(g, p)
                    }
                    Subject::Ground(g) => Place::Ground(g),
                };
                (marker_text(f, &l), place)
            })
            .collect();
        for kind in [MemoKind::Rebuttal, MemoKind::Refiling] {
            let name = format!("{} as {}", path.display(), kind.as_str());
            let mut found = placed_markers(&l, &blocks(&render_md(&l, kind, true)));
            // The filed memo's own markers (a fact the file lacks, a fee the
            // record cannot carry, a ground with nothing new, a baseline kind
            // missing, a conclusion the record does not yet bear) stand in
            // their sections; every other marker is a finding.
            found.retain(|(_, place)| match place {
                Place::Elsewhere(section) => {
                    assert!(
                        [
                            "Statement of facts",
                            "The parole fee",
                            "Discretion",
                            "Request for expedited processing",
                            "What is new",
                            "The request is complete",
                            "Conclusion"
                        ]
                        .contains(&section.as_str()),
                        "{name}: a marker in {section}"
                    );
                    false
                }
                _ => true,
            });
            let mut expected = expected.clone();
            let key = |(m, p): &(String, Place)| format!("{p:?} {m}");
            found.sort_by_key(key);
            expected.sort_by_key(key);
            assert_eq!(found, expected, "{name}");

            let final_md = render_md(&l, kind, false);
            assert!(
                markers(&blocks(&final_md)).is_empty(),
                "{name}: markers in a final memo"
            );
            assert!(
                !final_md.contains("Draft"),
                "{name}: a final memo is not marked as a draft"
            );
        }
    }
}

#[test]
fn the_examples_between_them_put_markers_in_every_place() {
    let mut places = std::collections::BTreeSet::new();
    for path in examples() {
        let l = check_file(&path);
        for (_, place) in placed_markers(&l, &blocks(&render_md(&l, MemoKind::Rebuttal, true))) {
            places.insert(format!("{place:?}").split('(').next().unwrap().to_owned());
        }
    }
    for expected in ["Ground", "Point", "Exhibits"] {
        assert!(
            places.contains(expected),
            "no example has a marker in {expected}: {places:?}"
        );
    }
}

#[test]
fn the_exhibit_index_alone_marks_only_evidence_findings() {
    for path in examples() {
        let l = check_file(&path);
        let found = markers(&blocks(&render_md(&l, MemoKind::Exhibits, true)));
        let expected: Vec<String> = l
            .report
            .findings
            .iter()
            .filter(|f| matches!(f.subject, Subject::Evidence(_) | Subject::Case))
            // A fact is marked where a memo would state it, not in the index.
            .filter(|f| !matches!(f.code, Code::UnshownFact | Code::StaleFact))
            .map(|f| marker_text(f, &l))
            .collect();
        let mut found_sorted = found.clone();
        found_sorted.sort();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort();
        assert_eq!(found_sorted, expected_sorted, "{}", path.display());
    }
}

#[test]
fn the_gap_report_covers_every_ground_finding_question_and_chase() {
    for path in examples() {
        let l = check_file(&path);
        let md = render_md(&l, MemoKind::Gaps, true);
        let sections = sections(&blocks(&md));
        for (g, ground) in l.case.grounds.iter().enumerate() {
            let category = l.playbook.category(&ground.category).unwrap();
            let status = l.report.grounds[g].status.as_str();
            let numeral = rebut::render::context::roman(g + 1);
            let title = format!("Ground {numeral}: {} ({status})", category.label);
            let (_, body) = sections
                .iter()
                .find(|(t, _)| *t == title)
                .unwrap_or_else(|| panic!("no section {title}"));
            let questions = body
                .iter()
                .find_map(|b| match b {
                    Block::List { items, tasks: true } => Some(items.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            assert_eq!(
                questions, category.questions,
                "{title}: the playbook's questions as a checklist"
            );
            let mut expected: Vec<String> = l.report.ground_findings(g).map(|f| marker_text(f, &l)).collect();
            let mut found = markers(body);
            expected.sort();
            found.sort();
            assert_eq!(found, expected, "{title}");
            let chase: Vec<String> = l.report.grounds[g]
                .evidence
                .iter()
                .map(|&i| &l.case.evidence[i])
                .filter(|e| !e.is_received())
                .map(|e| {
                    let asked = e.requested_on.as_ref().map_or(String::new(), |d| {
                        let days = rebut::check::days_between(d.value, today());
                        format!(
                            "; asked for on {}, waiting {days} days",
                            d.value.strftime("%B %-d, %Y")
                        )
                    });
                    format!(
                        "{}: ask {}{asked}",
                        e.title,
                        e.author.as_deref().unwrap_or_default()
                    )
                })
                .collect();
            let listed = body
                .iter()
                .find_map(|b| match b {
                    Block::List { items, tasks: false } => Some(items.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            assert_eq!(listed, chase, "{title}: whom to chase");
        }
        let evidence_markers: Vec<String> = sections
            .iter()
            .find(|(t, _)| t == "Evidence")
            .map(|(_, body)| markers(body))
            .unwrap();
        let expected: Vec<String> = l
            .report
            .findings
            .iter()
            .filter(|f| matches!(f.subject, Subject::Evidence(_)))
            .map(|f| marker_text(f, &l))
            .collect();
        assert_eq!(
            evidence_markers,
            expected,
            "{}: evidence findings",
            path.display()
        );
    }
}

#[test]
fn the_refiling_memo_lists_what_is_new_per_ground() {
    for path in examples() {
        let l = check_file(&path);
        let letters = expected_letters(&l.case);
        let md = render_md(&l, MemoKind::Refiling, true);
        let sections = sections(&blocks(&md));
        let (_, body) = sections.iter().find(|(t, _)| t == "What is new").unwrap();
        let Some(Block::List { items, .. }) = body.first() else {
            panic!("a list per ground")
        };
        assert_eq!(items.len(), l.case.grounds.len());
        for ((g, ground), item) in l.case.grounds.iter().enumerate().zip(items) {
            let cited: Vec<_> = l.report.grounds[g]
                .evidence
                .iter()
                .map(|&i| &l.case.evidence[i])
                .collect();
            for e in &cited {
                let Some(letter) = letter_of(&letters, &e.id) else {
                    continue;
                };
                let named = item.contains(&format!("Ex. {letter}, {}", one_line(&e.title)));
                assert_eq!(named, !e.submitted_before, "{}: {item}", ground.id);
            }
            let nothing_new = !cited
                .iter()
                .any(|e| !e.submitted_before && letter_of(&letters, &e.id).is_some());
            assert_eq!(item.contains("nothing new"), nothing_new, "{item}");
        }
    }
}

#[test]
fn the_same_case_and_day_give_the_same_bytes() {
    let templates = Templates::builtin();
    for path in examples() {
        for kind in MemoKind::ALL {
            for format in [Format::Markdown, Format::Html] {
                let render = || {
                    let l = check_file(&path);
                    let cx = l.memo(kind, true);
                    String::from_utf8(render::render(&cx, format, &templates).unwrap()).unwrap()
                };
                assert_eq!(render(), render(), "{}", path.display());
            }
        }
    }
}

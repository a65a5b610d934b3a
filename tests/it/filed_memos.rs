//! The filed documents read as an attorney would sign them (see
//! docs/templates.md): nothing internal in any memo of any example in
//! any format, US prose (numbers and dates), the fee argued per prong with
//! the evidence for it, (b)(2) for a parent of a minor, verbatim quotes,
//! and `--final` only when the document is fileable.

use crate::support::*;
use rebut::check::Code;
use rebut::render::{self, Format, MemoKind, Templates};
use std::io::{Cursor, Read};

/// The documents that leave the office: the filing and the evidence
/// requests (the gap report is internal and has its own tests).
const FILED: [MemoKind; 5] = [
    MemoKind::Rebuttal,
    MemoKind::Refiling,
    MemoKind::Cover,
    MemoKind::Exhibits,
    MemoKind::Requests,
];

/// The text of a Word document, paragraph by paragraph.
fn docx_text(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a .docx is a zip archive");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("p"))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|t| t.text())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every filed memo of every example fitting its decision, draft and
/// final, in the three formats, as text.
fn every_filed_memo() -> Vec<(String, Checked, String)> {
    let templates = Templates::builtin();
    let mut out = Vec::new();
    for path in examples() {
        for kind in FILED {
            let l = check_file(&path);
            if !kind.fits(l.case.info.decision.kind) {
                continue;
            }
            for draft in [true, false] {
                for format in [Format::Markdown, Format::Html, Format::Word] {
                    let bytes = render::memo(&l, kind, draft, format, &templates).unwrap();
                    let text = match format {
                        Format::Word => docx_text(&bytes),
                        _ => String::from_utf8(bytes).unwrap(),
                    };
                    let name = format!(
                        "{} {} {} {format:?}",
                        path.file_name().unwrap().to_str().unwrap(),
                        kind.as_str(),
                        if draft { "draft" } else { "final" }
                    );
                    out.push((name, check_file(&path), text));
                }
            }
        }
    }
    out
}

fn is_id_like(id: &str) -> bool {
    id.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_')));
        boundary(before) && boundary(after)
    })
}

#[test]
fn no_memo_shows_an_id_a_code_a_key_a_backtick_or_a_visible_escape() {
    // `deadline` is also an English word; every other code is hyphenated.
    let codes = Code::ALL.into_iter().filter(|c| c.as_str().contains('-'));
    let memos = every_filed_memo();
    assert!(memos.len() >= 48, "{}", memos.len());
    for (name, l, text) in &memos {
        // The HTML page's stylesheet and markup aside, only what a reader sees.
        let text = match text.find("<main>") {
            Some(at) => &text[at..],
            None => text.as_str(),
        };
        for shown in [
            "`",
            "\\$",
            "\\@",
            "\\+",
            "\\-",
            "\\_",
            "rebut check",
            "respond_by",
            "submitted_before",
        ] {
            assert!(!text.contains(shown), "{name}: {shown:?} in\n{text}");
        }
        for code in codes.clone() {
            assert!(
                !text.contains(code.as_str()),
                "{name}: the code {}",
                code.as_str()
            );
        }
        let ids = l
            .case
            .grounds
            .iter()
            .map(|g| g.id.as_str())
            .chain(l.case.evidence.iter().map(|e| e.id.as_str()))
            .filter(|id| is_id_like(id));
        for id in ids {
            assert!(!contains_word(text, id), "{name}: the id {id}");
        }
        for iso in text.split_whitespace() {
            let digits = iso.trim_matches(|c: char| !c.is_ascii_digit());
            let b = digits.as_bytes();
            let is_iso = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
            assert!(!is_iso, "{name}: a YYYY-MM-DD date: {iso}");
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[test]
fn dates_read_month_day_comma_year_with_a_comma_when_the_sentence_goes_on() {
    for (name, _, text) in every_filed_memo() {
        if name.ends_with("Html") {
            continue;
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(4) {
            let day = w[1].trim_end_matches(',');
            let is_date = MONTHS.contains(&w[0])
                && !day.is_empty()
                && day.len() <= 2
                && day.chars().all(|c| c.is_ascii_digit())
                && w[1].ends_with(',')
                && w[2].len() >= 4
                && w[2][..4].chars().all(|c| c.is_ascii_digit());
            if !is_date {
                continue;
            }
            // "November 5, 2026 under" needs its comma: "November 5, 2026, under".
            let next_is_word = w[3].chars().next().is_some_and(char::is_lowercase);
            assert!(
                !(w[2].len() == 4 && next_is_word),
                "{name}: no comma after the year in {:?}",
                w.join(" ")
            );
        }
        // Day-month-year ("16 October 2025") is not US style.
        for w in text.split_whitespace().collect::<Vec<_>>().windows(3) {
            let day_first =
                w[0].len() <= 2 && w[0].chars().all(|c| c.is_ascii_digit()) && MONTHS.contains(&w[1]);
            assert!(!day_first, "{name}: {:?}", w.join(" "));
        }
    }
}

#[test]
fn numbers_up_to_ten_are_words_in_the_memo_prose() {
    let l = check_file("examples/noid-clean.yaml");
    let md = String::from_utf8(
        render::memo(
            &l,
            MemoKind::Rebuttal,
            false,
            Format::Markdown,
            &Templates::builtin(),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(md.contains("The notice states five grounds"), "{md}");
    assert!(
        md.contains("Nathalie Pierre-Louis, three years old (Ex. K),"),
        "{md}"
    );
    assert!(md.contains("parole for six months"), "{md}");
    for digits in 1..=10 {
        for noun in ["grounds", "ground", "years old", "months"] {
            assert!(!md.contains(&format!(" {digits} {noun}")), "{digits} {noun}");
        }
    }
}

/// A NOID case with one ground per category given, each answered by its own
/// received exhibit; companions as given.
fn fee_case(categories: &[&str], born: &str, companions: &str) -> String {
    let mut grounds = String::new();
    let mut evidence = String::new();
    for (n, category) in categories.iter().enumerate() {
        grounds.push_str(&format!(
            "  - id: G{n}\n    category: {category}\n    quote: Not shown.\n    responses:\n      - point: It is shown.\n        evidence: [E{n}]\n"
        ));
        evidence.push_str(&format!(
            "  - {{id: E{n}, type: other, title: Exhibit {n}, author: Author {n}, date: 2026-11-01}}\n"
        ));
    }
    format!(
        "rebut: 1
case:
  title: Fee
  beneficiary: {{name: Ana Test, country: Peru, born: {born}}}
  request: {{period: 6 months}}
{companions}  filed: 2026-05-01
  decision: {{kind: noid, date: 2026-10-01}}
grounds:
{grounds}evidence:
{evidence}"
    )
}

fn fee_section(text: &str, draft: bool) -> Option<String> {
    let l = checked(text);
    let md = String::from_utf8(
        render::memo(
            &l,
            MemoKind::Rebuttal,
            draft,
            Format::Markdown,
            &Templates::builtin(),
        )
        .unwrap(),
    )
    .unwrap();
    let lower = md.to_lowercase();
    assert!(!lower.contains("waived") && !lower.contains("waive the"), "{md}");
    let start = md.find("## The parole fee")?;
    let end = md[start + 3..].find("\n## ").map_or(md.len(), |e| start + 3 + e);
    Some(md[start..end].to_owned())
}

#[test]
fn the_fee_is_argued_prong_by_prong_only_with_the_evidence_for_each() {
    let adult = "1990-01-01";
    let both = fee_case(&["medical-urgency", "treatment-unavailable"], adult, "");
    let fee = fee_section(&both, false).expect("a fee section");
    assert!(
        fee.contains("§ 1804(b)(1)(A).") && fee.contains("(Ex. A)"),
        "{fee}"
    );
    assert!(
        fee.contains("§ 1804(b)(1)(B)(i).") && fee.contains("(Ex. B)"),
        "{fee}"
    );
    assert!(!fee.contains("(B)(ii)") && !fee.contains("§ 1804(b)(2)"), "{fee}");
    assert!(!fee.contains("$1,000"), "the amount is never stated as fixed");

    // An other-avenues ground (a visa refused, say) shows no want of time:
    // (B)(ii) needs exhibits that show a life-threatening condition and no
    // time for the visa process.
    let visa = fee_case(&["medical-urgency", "other-avenues"], adult, "");
    assert_eq!(fee_section(&visa, false), None);
    let visa = visa
        .replace(
            "title: Exhibit 0,",
            "title: Exhibit 0, shows: [life-threatening],",
        )
        .replace(
            "title: Exhibit 1,",
            "title: Exhibit 1, shows: [no-time-for-visa],",
        );
    let fee = fee_section(&visa, false).unwrap();
    assert!(!fee.contains("(B)(i)."), "{fee}");
    assert!(
        fee.contains("(B)(ii).") && fee.contains("(Ex. A; Ex. B)"),
        "{fee}"
    );

    // Without a medical emergency, or without either (B) prong, the fee
    // cannot be argued: a final leaves the section out, a draft marks it.
    for categories in [
        &["treatment-unavailable", "other-avenues"][..],
        &["medical-urgency", "financial-support"][..],
    ] {
        let text = fee_case(categories, adult, "");
        assert_eq!(fee_section(&text, false), None, "{categories:?}");
        let draft = fee_section(&text, true).expect("the draft marks the gap");
        assert!(draft.contains("**\u{26a0} Gap:"), "{draft}");
    }

    // An unanswered medical-urgency ground proves nothing.
    let unanswered = fee_case(&["treatment-unavailable"], adult, "").replace(
        "grounds:\n",
        "grounds:\n  - id: GU\n    category: medical-urgency\n    quote: Not shown.\n",
    );
    assert_eq!(fee_section(&unanswered, false), None);
}

#[test]
fn a_parent_or_guardian_of_a_minor_is_not_subject_to_the_fee_under_b2() {
    let mother = "  companions:\n    - {name: Rosa Test, relationship: mother, role: caregiver}\n";
    let aunt = "  companions:\n    - {name: Eva Test, relationship: aunt}\n";
    let guardian = "  companions:\n    - {name: Luis Test, relationship: legal guardian}\n";
    let categories = ["medical-urgency", "treatment-unavailable", "documentation"];
    // The parentage rests on an exhibit: a birth certificate.
    let fee_case = |categories: &[&str], born: &str, companions: &str| {
        fee_case(categories, born, companions).replace(
            "id: E2, type: other",
            "id: E2, type: [identity-document, birth-certificate]",
        )
    };
    let without = fee_section(&fee_case(&categories[..2], "2018-03-01", mother), false).unwrap();
    assert!(
        !without.contains("(b)(2)"),
        "nothing shows she is the mother: {without}"
    );
    // The beneficiary is eight on TODAY (2026-11-25).
    let fee = fee_section(&fee_case(&categories, "2018-03-01", mother), false).unwrap();
    assert!(fee.contains("mother (Ex. C)"), "{fee}");
    assert!(
        fee.contains("§ 1804(b)(2).") && fee.contains("Rosa Test"),
        "{fee}"
    );
    assert!(
        fee.contains("who\nis eight years old") || fee.contains("who is eight years old"),
        "{fee}"
    );
    let fee = fee_section(&fee_case(&categories, "2018-03-01", guardian), false).unwrap();
    assert!(fee.contains("Luis Test"), "{fee}");
    // An aunt is not a parent; an adult beneficiary is no minor (18 on the day).
    let fee = fee_section(&fee_case(&categories, "2018-03-01", aunt), false).unwrap();
    assert!(!fee.contains("(b)(2)"), "{fee}");
    let fee = fee_section(&fee_case(&categories, "2008-11-25", mother), false).unwrap();
    assert!(!fee.contains("(b)(2)"), "{fee}");
    let fee = fee_section(&fee_case(&categories, "2008-11-26", mother), false).unwrap();
    assert!(fee.contains("(b)(2)"), "seventeen until tomorrow: {fee}");
}

#[test]
fn the_conclusion_names_only_what_the_record_establishes() {
    let text = fee_case(&["medical-urgency", "support-plan"], "1990-01-01", "").replace(
        "grounds:\n",
        "grounds:\n  - id: GT\n    category: temporary-stay\n    quote: Not shown.\n",
    );
    let l = checked(&text);
    let md = String::from_utf8(
        render::memo(
            &l,
            MemoKind::Rebuttal,
            true,
            Format::Markdown,
            &Templates::builtin(),
        )
        .unwrap(),
    )
    .unwrap();
    let conclusion = &md[md.find("## Conclusion").unwrap()..];
    let playbook = &l.playbook;
    let says = |fact: &str| conclusion.contains(playbook.fact(fact).unwrap().establishes.as_deref().unwrap());
    assert!(
        says("diagnosis") && says("urgency") && says("support"),
        "{conclusion}"
    );
    assert!(
        !says("return"),
        "an unanswered ground establishes nothing: {conclusion}"
    );
    assert!(conclusion.contains("parole\nfor six months") || conclusion.contains("parole for six months"));
}

#[test]
fn expedited_processing_is_asked_for_when_treatment_is_near_or_the_file_asks() {
    let base = fee_case(&["medical-urgency"], "1990-01-01", "");
    let render_with = |text: &str| {
        let l = checked(text);
        String::from_utf8(
            render::memo(
                &l,
                MemoKind::Rebuttal,
                false,
                Format::Markdown,
                &Templates::builtin(),
            )
            .unwrap(),
        )
        .unwrap()
    };
    let expedite = "## Request for expedited processing";
    assert!(!render_with(&base).contains(expedite));
    // Treatment 20 days after TODAY: asked for, with the date; a start 40
    // days away is not, unless the file asks.
    let soon = base.replace("  filed:", "  treatment: {start: 2026-12-15}\n  filed:");
    let md = render_with(&soon);
    // No exhibit shows the date: the request is made, the date not named.
    assert!(md.contains(expedite) && !md.contains("December 15, 2026"), "{md}");
    let accepted = soon.replace(
        "id: E0, type: other",
        "id: E0, type: [other, provider-acceptance]",
    );
    let md = render_with(&accepted);
    assert!(
        md.contains("December 15, 2026 (Ex. A)") || md.contains("December 15, 2026, and"),
        "{md}"
    );
    let later = base.replace("  filed:", "  treatment: {start: 2027-01-04}\n  filed:");
    assert!(!render_with(&later).contains(expedite));
    let asked = later.replace("{period: 6 months}", "{period: 6 months, expedite: true}");
    assert!(render_with(&asked).contains(expedite));
}

#[test]
fn quotes_are_verbatim_in_html_and_word() {
    let text = fee_case(&["medical-urgency"], "1990-01-01", "").replace(
        "quote: Not shown.",
        "quote: \"The \\\"plan\\\" -- as filed... is 'vague'.\"",
    );
    let l = checked(&text);
    let templates = Templates::builtin();
    let html =
        String::from_utf8(render::memo(&l, MemoKind::Rebuttal, false, Format::Html, &templates).unwrap())
            .unwrap();
    assert!(
        html.contains("The &quot;plan&quot; -- as filed... is 'vague'."),
        "{html}"
    );
    let word = docx_text(&render::memo(&l, MemoKind::Rebuttal, false, Format::Word, &templates).unwrap());
    assert!(word.contains("The \"plan\" -- as filed... is 'vague'."), "{word}");
    for typographic in ['\u{201c}', '\u{201d}', '\u{2018}', '\u{2013}', '\u{2026}'] {
        let quote_line = word.lines().find(|l| l.contains("as filed")).unwrap();
        assert!(!quote_line.contains(typographic), "{quote_line}");
    }
}

fn render_cli(args: &[&str]) -> (i32, String, String) {
    let out = Rebut::new().args(["render", "--today", TODAY]).args(args).run();
    (out.status, out.stdout, out.stderr)
}

#[test]
fn final_renders_the_clean_noid_example_in_every_filed_document_and_format() {
    for memo in ["rebuttal", "cover", "exhibits"] {
        for format in ["md", "html"] {
            let (code, out, err) = render_cli(&[
                "examples/noid-clean.yaml",
                "--final",
                "--memo",
                memo,
                "--format",
                format,
            ]);
            assert_eq!(code, 0, "{memo} {format}: {err}");
            let body = out.find("<main>").map_or(out.as_str(), |at| &out[at..]);
            for word in [
                "Draft",
                "\u{26a0}",
                "not yet received",
                "corroborated",
                "asserted",
                "unanswered",
                "<svg",
                "Status",
            ] {
                assert!(!body.contains(word), "{memo} {format}: {word:?} in a final");
            }
        }
    }
}

#[test]
fn final_is_refused_while_a_cited_exhibit_is_requested_or_a_refiling_has_nothing_new() {
    let dir = scratch("final-gate");
    // A supported ground that also cites an exhibit still requested.
    let text = fee_case(&["medical-urgency"], "1990-01-01", "")
        .replace("evidence: [E0]", "evidence: [E0, asked]")
        + "  - {id: asked, type: other, title: Asked, author: Someone, status: requested}\n";
    let case = dir.join("requested.yaml");
    std::fs::write(&case, &text).unwrap();
    let target = dir.join("memo.md");
    let (code, out, err) = render_cli(&[case.to_str().unwrap(), "--final", "-o", target.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty() && !target.exists(), "nothing is written");
    assert!(err.contains("asked is cited but still requested"), "{err}");
    // Without --final the draft is written.
    let (code, _, _) = render_cli(&[case.to_str().unwrap(), "-o", target.to_str().unwrap()]);
    assert_eq!(code, 0);

    // The re-filing example has no errors, but a ground with nothing new.
    let (code, _, err) = render_cli(&["examples/refiling-stale.yaml", "--final"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("no-new-evidence"), "{err}");
    let (code, _, err) = render_cli(&["examples/refiling-stale.yaml", "--final", "--memo", "cover"]);
    assert_eq!(code, 1, "the cover letter of an unfileable re-filing: {err}");
    // The exhibit index alone is not a re-filing.
    let (code, _, err) = render_cli(&["examples/refiling-stale.yaml", "--final", "--memo", "exhibits"]);
    assert_eq!(code, 0, "{err}");
}

/// The Word exhibit index, converted to PDF by LibreOffice, reads with every
/// header word whole (a narrow column used to break "Exhibit" letter by
/// letter) and every date whole.
#[test]
fn libreoffice_converts_the_word_exhibit_index_with_its_words_whole() {
    use crate::support::programs::{self, PDFTOTEXT, SOFFICE};
    if !programs::available(
        "libreoffice_converts_the_word_exhibit_index_with_its_words_whole",
        &[SOFFICE, PDFTOTEXT],
    ) {
        return;
    }
    let soffice = SOFFICE.name;
    let dir = scratch("libreoffice");
    let templates = Templates::builtin();
    for (example, kind, headers) in [
        (
            "examples/noid-clean.yaml",
            MemoKind::Rebuttal,
            &[
                "Exhibit",
                "Description",
                "Author",
                "Date",
                "Pages",
                "Packet",
                "Translation",
            ][..],
        ),
        (
            "examples/refiling-stale.yaml",
            MemoKind::Refiling,
            &[
                "Exhibit",
                "Description",
                "Author",
                "Date",
                "Pages",
                "Packet",
                "Translation",
                "Previously",
            ][..],
        ),
    ] {
        let l = check_file(example);
        let docx = dir.join(format!("{}.docx", kind.as_str()));
        std::fs::write(
            &docx,
            render::memo(&l, kind, false, Format::Word, &templates).unwrap(),
        )
        .unwrap();
        let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
        let status = std::process::Command::new(soffice)
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&*dir)
            .arg(&docx)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{}",
            String::from_utf8_lossy(&status.stderr)
        );
        let pdf = docx.with_extension("pdf");
        let text = std::process::Command::new("pdftotext")
            .args(["-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        let index = &text[text.rfind("Exhibit index").expect("the index in the PDF")..];
        let header = index
            .lines()
            .find(|line| line.trim_start().starts_with("Exhibit") && line.contains("Description"))
            .unwrap_or_else(|| panic!("{example}: the header row on one line:\n{index}"));
        let words: Vec<&str> = header.split_whitespace().collect();
        for h in headers {
            assert!(
                words.contains(h),
                "{example}: {h:?} broken in {header:?}\n{index}"
            );
        }
        // The packet's dates stand whole: no "Novembe" / "r 19, 2026".
        let month_words = index.split_whitespace().filter(|w| MONTHS.contains(w)).count();
        let dated = l
            .plan
            .exhibits
            .iter()
            .filter(|x| l.case.evidence[x.evidence].date.is_some())
            .count();
        assert!(
            month_words >= dated,
            "{example}: {month_words} whole months for {dated} dates\n{index}"
        );
    }
}

/// A denial whose one ground cites an exhibit of each of `types`.
fn baseline_case(types: &[&str]) -> String {
    let ids: Vec<String> = (1..=types.len()).map(|n| format!("E{n}")).collect();
    let evidence: String = types
        .iter()
        .zip(&ids)
        .map(|(t, id)| {
            format!("  - {{id: {id}, type: {t}, title: Document of type {t}, author: Author {id}, date: 2026-10-10}}\n")
        })
        .collect();
    case_yaml(
        DENIAL,
        &format!(
            "  - id: G1\n    category: medical-urgency\n    quote: Not shown.\n    responses:\n      - point: It is shown.\n        evidence: [{}]\n",
            ids.join(", ")
        ),
        &evidence,
    )
}

fn complete_section(text: &str) -> String {
    let checked = checked(text);
    let md = render::markdown(&checked.memo(MemoKind::Refiling, true), &Templates::builtin()).unwrap();
    let start = md
        .find("## The request is complete")
        .expect("the section is there");
    let rest = &md[start + 3..];
    rest[..rest.find("\n## ").unwrap_or(rest.len())].to_owned()
}

#[test]
fn a_refiling_shows_the_request_is_complete_with_the_exhibit_for_each_baseline_kind() {
    let all = [
        "physician-opinion",
        "provider-acceptance",
        "cost-quote",
        "financial-support",
        "support-plan",
    ];
    let section = complete_section(&baseline_case(&all));
    for (n, label) in [
        "Treating physician's opinion",
        "US provider's acceptance and treatment plan",
        "Cost estimate",
        "Evidence of financial support",
        "Plan for housing, care and subsistence",
    ]
    .iter()
    .enumerate()
    {
        let letter = rebut::exhibits::letter(n);
        assert!(
            section.contains(&format!(
                "- **{label}:** Ex. {letter}, Document of type {}",
                all[n]
            )),
            "{section}"
        );
    }
    assert!(!section.contains('⚠'), "{section}");

    // Without a support plan, the draft marks the kind that is missing.
    let section = complete_section(&baseline_case(&all[..4]));
    assert!(
        section.contains(
            "- **Plan for housing, care and subsistence:** **⚠ Gap: no exhibit of this kind is cited"
        ),
        "{section}"
    );
}

/// The cover letter names the office once in its letterhead and once in the
/// signature: not again at the head of an address that repeats it, nor
/// under a supervising attorney of the same office.
#[test]
fn the_cover_letter_names_the_office_once_in_each_block() {
    let text = std::fs::read_to_string(root().join("examples/noid-clean.yaml"))
        .unwrap()
        .replace(
            "address: 1450 Brickell",
            "address: Beauvoir & Lindqvist LLP, 1450 Brickell",
        );
    let md = String::from_utf8(
        render::memo(
            &checked(&text),
            MemoKind::Cover,
            true,
            Format::Markdown,
            &Templates::builtin(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        md.matches("Beauvoir & Lindqvist LLP").count(),
        2,
        "letterhead and signature only:\n{md}"
    );
    assert!(
        md.starts_with("# Beauvoir & Lindqvist LLP\n\n1450 Brickell Avenue"),
        "{md}"
    );
    assert!(
        md.contains("Beauvoir & Lindqvist LLP\\\n1450 Brickell Avenue"),
        "{md}"
    );
    let supervisor = &md[md.find("Supervising attorney:").expect("the supervisor signs")..];
    assert!(
        supervisor.contains("Henrik Lindqvist\\\nFlorida Bar No. 0877104"),
        "{supervisor}"
    );
    // A supervising attorney of another office is named with it.
    let other = text.replacen(
        "      firm: Beauvoir & Lindqvist LLP",
        "      firm: Lindqvist Appellate Group",
        1,
    );
    assert_ne!(other, text, "the supervisor's firm line is in the example");
    let md = String::from_utf8(
        render::memo(
            &checked(&other),
            MemoKind::Cover,
            true,
            Format::Markdown,
            &Templates::builtin(),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(
        md.contains("Florida Bar No. 0877104\\\nLindqvist Appellate Group"),
        "{md}"
    );
}

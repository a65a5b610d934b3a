//! `rebut import`: the quality report on the project's notices (each as
//! text and as a LibreOffice PDF, with its expected answers), and the
//! command's behavior as a user meets it.
//!
//! `cargo test --test it import -- --nocapture` prints the report.

mod applied;
mod beside;
mod deadlines;
mod layouts;
mod passages;
mod readings;
mod review;

use crate::support::{Rebut, TODAY, root, scratch, today};
use rebut::import::{self, Reading};
use rebut::playbook::Playbook;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct Expected {
    kind: String,
    date: String,
    receipt: String,
    respond_by: Option<String>,
    furniture: Vec<String>,
    grounds: Vec<ExpectedGround>,
}

#[derive(Debug, Deserialize)]
struct ExpectedGround {
    category: String,
    quote: String,
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The notice's text as the quotes must occur in it: furniture lines left
/// out, enumerators at line starts dropped, lines joined, hyphenation at
/// line ends undone.
fn reference(text: &str, furniture: &[String]) -> String {
    reference_with(text, furniture, true)
}

/// [`reference`], the enumerators at line starts dropped or kept: a line
/// that opens with a name's initial ("H. Lindqvist" under the close) looks
/// like a lettered item, and the quote keeps the initial.
fn reference_with(text: &str, furniture: &[String], drop_markers: bool) -> String {
    let mut out = String::new();
    for line in text.split(['\n', '\u{c}']) {
        let s = line.trim();
        if s.is_empty() || furniture.iter().any(|f| f == s) {
            out.push(' ');
            continue;
        }
        let s = if drop_markers {
            rebut::import::clean::split_enumerator(s).1
        } else {
            s
        };
        let trimmed = out.trim_end();
        let broken = trimmed.ends_with('-')
            && trimmed[..trimmed.len() - 1].ends_with(|c: char| c.is_ascii_lowercase())
            && s.starts_with(|c: char| c.is_lowercase());
        if broken {
            out.truncate(trimmed.len() - 1);
        } else {
            out.push(' ');
        }
        out.push_str(s);
    }
    squeeze(&out)
}

/// One notice read in one format, scored against its expected answers.
#[derive(Debug, Default)]
struct Score {
    name: String,
    header_ok: bool,
    respond_by_ok: bool,
    expected: usize,
    found: usize,
    exact: usize,
    category: usize,
    not_verbatim: Vec<String>,
    /// Found grounds that overlap no expected ground: boilerplate or a bad cut.
    stray: Vec<String>,
    check_status: Option<i32>,
}

fn score(
    name: String,
    reading: &Reading,
    expected: &Expected,
    reference: &[String; 2],
    playbook: &Playbook,
) -> Score {
    let d = &reading.decision;
    let mut s = Score {
        name,
        header_ok: d.kind.as_ref().map(|k| k.0.as_str()) == Some(expected.kind.as_str())
            && d.date.as_ref().map(|x| x.0.to_string()) == Some(expected.date.clone())
            && d.receipt.as_deref() == Some(expected.receipt.as_str()),
        respond_by_ok: d.respond_by.as_ref().map(|x| x.0.to_string()) == expected.respond_by,
        expected: expected.grounds.len(),
        found: reading.grounds.len(),
        ..Score::default()
    };
    for e in &expected.grounds {
        let quote = squeeze(&e.quote);
        if let Some(g) = reading.grounds.iter().find(|g| squeeze(&g.found.quote) == quote) {
            s.exact += 1;
            s.category += usize::from(g.category.id == e.category);
        }
    }
    for g in &reading.grounds {
        let q = squeeze(&g.found.quote);
        if !reference.iter().any(|r| r.contains(&q)) {
            s.not_verbatim.push(q.clone());
        }
        let overlaps = expected.grounds.iter().any(|e| {
            let e = squeeze(&e.quote);
            e.contains(&q) || q.contains(&e)
        });
        if !overlaps {
            s.stray.push(q);
        }
    }
    let emit = import::emit::Emit {
        reading,
        playbook,
        notice: "notice",
        today: today(),
    };
    let text = emit.case_file();
    let source = rebut::input::Source::from_text("imported.yaml", text);
    s.check_status = Some(match rebut::check::Checked::load(&source, playbook, today()) {
        Ok(c) if c.report.has_errors() => 1,
        Ok(_) => 0,
        Err(_) => 2,
    });
    s
}

/// Every notice of a folder (its `.expected.yaml` files), read from its
/// text (`src/NAME.txt`) and from its PDF.
fn score_folder(dir: &Path) -> Vec<Score> {
    let playbook = Playbook::builtin();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".expected.yaml"))
        .collect();
    names.sort();
    let mut scores = Vec::new();
    for path in names {
        let stem = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".expected.yaml", "");
        let expected: Expected = serde_saphyr::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let txt = dir.join("src").join(format!("{stem}.txt"));
        let text = std::fs::read_to_string(&txt).unwrap();
        let reference = [
            reference(&text, &expected.furniture),
            reference_with(&text, &expected.furniture, false),
        ];
        for (format, file) in [("txt", txt.clone()), ("pdf", dir.join(format!("{stem}.pdf")))] {
            let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let reading = import::read(&bytes, &playbook).unwrap();
            scores.push(score(
                format!("{stem}.{format}"),
                &reading,
                &expected,
                &reference,
                &playbook,
            ));
        }
    }
    scores
}

/// The figures of a set, printed as a report.
struct Totals {
    notices: usize,
    header_ok: usize,
    respond_by_ok: usize,
    expected: usize,
    exact: usize,
    category: usize,
    not_verbatim: usize,
    stray: usize,
    check_ok: usize,
}

fn report(title: &str, scores: &[Score]) -> Totals {
    println!("\n{title}");
    println!(
        "{:<34} {:>6} {:>7} {:>9} {:>6} {:>8} {:>5} {:>5}",
        "notice", "header", "respond", "grounds", "exact", "category", "stray", "check"
    );
    for s in scores {
        println!(
            "{:<34} {:>6} {:>7} {:>4}/{:<4} {:>6} {:>8} {:>5} {:>5}",
            s.name,
            if s.header_ok { "ok" } else { "WRONG" },
            if s.respond_by_ok { "ok" } else { "WRONG" },
            s.found,
            s.expected,
            s.exact,
            s.category,
            s.stray.len(),
            s.check_status.unwrap_or(-1)
        );
        for q in &s.stray {
            println!("    stray: {}", q.chars().take(100).collect::<String>());
        }
        for q in &s.not_verbatim {
            println!("    not verbatim: {}", q.chars().take(100).collect::<String>());
        }
    }
    let t = Totals {
        notices: scores.len(),
        header_ok: scores.iter().filter(|s| s.header_ok).count(),
        respond_by_ok: scores.iter().filter(|s| s.respond_by_ok).count(),
        expected: scores.iter().map(|s| s.expected).sum(),
        exact: scores.iter().map(|s| s.exact).sum(),
        category: scores.iter().map(|s| s.category).sum(),
        not_verbatim: scores.iter().map(|s| s.not_verbatim.len()).sum(),
        stray: scores.iter().map(|s| s.stray.len()).sum(),
        check_ok: scores
            .iter()
            .filter(|s| matches!(s.check_status, Some(0 | 1)))
            .count(),
    };
    let pct = |n: usize| 100.0 * n as f64 / t.expected.max(1) as f64;
    println!(
        "kind, date and receipt right: {}/{}; response deadline right: {}/{}; grounds split exactly: {}/{} ({:.1}%); right category: {}/{} ({:.1}%); \
quotes not verbatim: {}; stray grounds: {}; files passing check: {}/{}",
        t.header_ok,
        t.notices,
        t.respond_by_ok,
        t.notices,
        t.exact,
        t.expected,
        pct(t.exact),
        t.category,
        t.expected,
        pct(t.category),
        t.not_verbatim,
        t.stray,
        t.check_ok,
        t.notices
    );
    t
}

#[test]
fn quality_on_the_project_notices() {
    let scores = score_folder(&root().join("tests/data/notices"));
    assert_eq!(scores.len(), 16, "eight notices, each as text and as PDF");
    let t = report("notices the importer was built on", &scores);
    full_marks(&t);
}

/// Notices written with the fixes the third held-out set called for, each
/// in wording of its own: a recital of the request and the facts under a
/// heading before "GROUNDS FOR DENIAL", with a ground that opens "In
/// response to the request for evidence" and a burden-of-proof paragraph
/// between grounds (t1); a recital reported from a letter and from the
/// requestor, two reasons as plain consecutive sentences in two paragraphs,
/// two documentation defects joined by "In addition," (t2); a lettered
/// heading over numbered requests, "Item 3:" at a page's foot, "Evidence to
/// submit:" after a page break, closing instructions in one paragraph that
/// gives the deadline (t3); and eleven more written to probe the rules in
/// new layouts (t4-t14: "(1)" items with run-in headings after a recital
/// and a legal standard, plain-language bullets after "because:", "Issue
/// 1:" headings with form footers, "First," ... "Finally," paragraphs,
/// Roman sections with a page break inside a ground, "(i)" items after a
/// list of what was submitted, "Request 1:" labels inline with a legal
/// standard between requests, one paragraph of four plain reasons,
/// headings that end with a colon over their paragraphs, every paragraph
/// numbered, the legal standard and the instructions too, a "Basis for the
/// decision" heading after a summary of the evidence, a quoted letter
/// followed by the agency's ", which is not an acceptance"). Tuned to, so they must read in full: each fails
/// without the fix it pins (tests/data/notices/tuned/README.md).
#[test]
fn quality_on_the_tuned_notices() {
    let scores = score_folder(&root().join("tests/data/notices/tuned"));
    assert_eq!(scores.len(), 28, "fourteen notices, each as text and as PDF");
    let t = report("notices written for the fixes (tuned to)", &scores);
    full_marks(&t);
}

fn full_marks(t: &Totals) {
    assert_eq!(t.header_ok, t.notices, "kind, date and receipt on every notice");
    assert_eq!(
        t.respond_by_ok, t.notices,
        "the response deadline on every notice"
    );
    assert!(
        t.exact * 100 >= t.expected * 90,
        "grounds split exactly: {}/{}",
        t.exact,
        t.expected
    );
    assert!(
        t.category * 100 >= t.expected * 85,
        "right category: {}/{}",
        t.category,
        t.expected
    );
    assert_eq!(t.not_verbatim, 0, "every quote verbatim");
    assert_eq!(t.stray, 0, "no boilerplate taken as a ground");
    assert_eq!(
        t.check_ok, t.notices,
        "every written file passes `rebut check` (exit 0 or 1)"
    );
}

fn notice(name: &str) -> PathBuf {
    root().join("tests/data/notices").join(name)
}

/// A PDF whose one page has no text: what a scan without OCR looks like to
/// the importer.
fn scan_pdf() -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(dictionary! {}, b"0.5 g 0 0 612 792 re f".to_vec()));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => content,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn a_scan_is_refused_with_what_to_do() {
    let dir = scratch("import-scan");
    std::fs::write(dir.join("scan.pdf"), scan_pdf()).unwrap();
    let out = Rebut::new()
        .current_dir(&*dir)
        .args(["import", "scan.pdf", "-o", "case.yaml"])
        .status(2)
        .stderr_contains("no text layer")
        .stderr_contains("ocrmypdf")
        .stderr_contains("rebut import -")
        .run();
    drop(out);
    assert!(!dir.join("case.yaml").exists(), "nothing is written");
}

#[test]
fn a_document_that_is_no_notice_is_refused_unless_partial() {
    // A passport scan given by mistake: nothing of a decision's head (its
    // kind, date, receipt number) is in it, so no case file is made of it.
    let dir = scratch("import-no-notice");
    let passport = root().join("examples/scans/passport.pdf");
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "-o", "case.yaml"])
        .arg(&passport)
        .status(2)
        .stderr_contains("does not read as a decision notice")
        .stderr_contains("--partial")
        .run();
    assert!(!dir.join("case.yaml").exists(), "nothing is written");
    // A notice whose head the reader misses but whose reasons are plain is
    // read as one.
    let headless = "The agency has decided not to authorize parole.\n\nThe Form I-134 shows an income below the poverty guidelines for a household of four, and no other sponsor is named.\n";
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "-o", "headless.yaml", "-"])
        .stdin(headless)
        .status(0)
        .run();
    // The body of a notice pasted without its head is imported when asked.
    let body = "The letter of Dr. Ines Alarcon does not state when the surgery must take place.\n";
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "--partial", "-o", "case.yaml", "-"])
        .stdin(body)
        .status(0)
        .run();
    let written = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    assert!(
        written.contains("Dr. Ines Alarcon does not state when"),
        "{written}"
    );
}

#[test]
fn a_pdf_given_as_the_case_file_is_named_as_a_pdf() {
    Rebut::new()
        .args(["check", "examples/denial-notice.pdf"])
        .status(2)
        .stderr_contains("the file is a PDF, not text")
        .stderr_contains("rebut import")
        .run();
}

#[test]
fn the_written_file_passes_check_and_is_never_overwritten() {
    let dir = scratch("import-write");
    let pdf = notice("06-pagebreak-rfe.pdf");
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY])
        .arg(&pdf)
        .args(["-o", "case.yaml"])
        .status(0)
        .stderr_contains("G3 financial-support (RFE at 2\u{2013}3)")
        .stderr_contains("wrote case.yaml")
        .run();
    let written = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    assert!(written.contains("respond_by: 2026-10-26"), "{written}");
    assert!(written.contains("cite: \"RFE at 2\u{2013}3\""), "{written}");
    // Unanswered grounds are errors (exit 1), never an unusable file (2).
    Rebut::new()
        .current_dir(&*dir)
        .args(["check", "--today", TODAY, "case.yaml"])
        .status(1)
        .stdout_contains("unanswered-ground")
        .run();
    std::fs::write(dir.join("case.yaml"), "mine").unwrap();
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY])
        .arg(&pdf)
        .args(["-o", "case.yaml"])
        .status(2)
        .stderr_contains("exists")
        .run();
    assert_eq!(std::fs::read_to_string(dir.join("case.yaml")).unwrap(), "mine");
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--force", "--today", TODAY])
        .arg(&pdf)
        .args(["-o", "case.yaml"])
        .status(0)
        .run();
    assert_eq!(
        std::fs::read_to_string(dir.join("case.yaml")).unwrap(),
        written,
        "deterministic"
    );
}

#[test]
fn text_on_standard_input_gives_the_same_case_as_the_file() {
    let txt = notice("src/05-runon-noid.txt");
    let from_stdin = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(std::fs::read(&txt).unwrap())
        .status(0)
        .stderr_contains("part 2 of 2 of a paragraph, from \"Additionally,\"")
        .run();
    let from_file = Rebut::new()
        .args(["import", "--today", TODAY])
        .arg(&txt)
        .status(0)
        .run();
    let strip = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&from_stdin.stdout), strip(&from_file.stdout));
    assert!(
        from_stdin.stdout.contains("category: security"),
        "{}",
        from_stdin.stdout
    );
}

#[test]
fn a_word_document_is_read_paragraph_by_paragraph() {
    use docx_rs::{Docx, Paragraph, Run};
    let text = std::fs::read_to_string(notice("src/03-bulleted-denial.txt")).unwrap();
    let mut docx = Docx::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).unwrap();
    let reading = import::read(bytes.get_ref(), &Playbook::builtin()).unwrap();
    assert_eq!(reading.format, import::Format::Docx);
    let cats: Vec<&str> = reading.grounds.iter().map(|g| g.category.id.as_str()).collect();
    assert_eq!(cats, ["other-avenues", "temporary-stay", "discretion"]);
    assert_eq!(reading.decision.receipt.as_deref(), Some("IOE0912345603"));
}

#[test]
fn into_keeps_the_case_and_its_points_and_a_backup() {
    let dir = scratch("import-into");
    // The RFE first, then a response point written by the user.
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY])
        .arg(notice("src/01-numbered-rfe.txt"))
        .args(["-o", "case.yaml"])
        .status(0)
        .run();
    let rfe = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    let answered = rfe.replacen(
        "    # responses:\n    #   - point: what the record shows against this ground\n    #     evidence: [E1]\n",
        "    responses:\n      - point: Dr. Carvajal's new letter states the prognosis.\n        evidence: [E1]\n",
        1,
    );
    assert_ne!(answered, rfe);
    std::fs::write(dir.join("case.yaml"), &answered).unwrap();
    // The denial that follows, into the same case.
    let denial = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: November 2, 2026\nReceipt Number: IOE0912345601\n\n\
Your request is denied for the following reasons:\n\n\
1. The record still does not establish the urgency of the beneficiary's condition, and no updated prognosis was submitted.\n\n\
2. The record does not show that the cost of the surgery will be paid.\n\nSincerely,\nDirector\n";
    std::fs::write(dir.join("denial.txt"), denial).unwrap();
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "denial.txt", "--into", "case.yaml"])
        .status(0)
        .stderr_contains("earlier points kept as comments: 1 under the new grounds")
        .stderr_contains("case.yaml.bak")
        .run();
    assert_eq!(
        std::fs::read_to_string(dir.join("case.yaml.bak")).unwrap(),
        answered,
        "the old file is kept"
    );
    let merged = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    assert!(merged.contains("kind: denial"), "{merged}");
    assert!(
        merged.contains("name: Tomás Eduardo Vidal") || merged.contains("name: \"Tomás Eduardo Vidal\""),
        "{merged}"
    );
    assert!(
        merged
            .contains("# earlier point (G1): Dr. Carvajal's new letter states the prognosis. [evidence: E1]"),
        "{merged}"
    );
    assert!(merged.contains("submitted_before: true"), "{merged}");
    Rebut::new()
        .current_dir(&*dir)
        .args(["check", "--today", TODAY, "case.yaml"])
        .status(1)
        .run();
    // A second run would replace the backup: refused without --force.
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "denial.txt", "--into", "case.yaml"])
        .status(2)
        .stderr_contains("exists")
        .run();
    assert_eq!(std::fs::read_to_string(dir.join("case.yaml")).unwrap(), merged);
}

#[test]
fn a_notice_with_no_ground_found_gives_the_body_as_one() {
    let text = "Humanitarian Affairs Branch\n\nNOTICE OF INTENT TO DENY\n\nJune 1, 2026\n\n\
We write about your request. We will decide it after we hear from you about the matter described in the enclosed sheet, which you should read closely.\n\nSincerely,\nChief\n";
    let out = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("no ground could be told apart")
        .run();
    assert!(out.stdout.contains("category: other"), "{}", out.stdout);
    assert!(
        out.stdout.contains("We write about your request."),
        "{}",
        out.stdout
    );
}

/// Letters whose lowercase takes more bytes ("\u{130}" of \u{130}stanbul)
/// and fewer (the ohm sign) in one notice: the lowercased text has the
/// notice's length but its letters sit elsewhere. The import must still
/// find the statute's phrase and the sentences, and quote them as written.
#[test]
fn letters_that_change_length_when_lowercased_are_quoted_as_written() {
    let first = "The letter from the clinic in \u{130}stanbul does not show urgent humanitarian reasons\u{2014}it gives no date for the operation, and the scan labeled \u{2126}-4 is unreadable.";
    let second = "Exhibit \u{2126}-2 is a letter. \u{c9}lodie Martin, the physician, does not say when surgery is needed in \u{130}zmir.";
    for ground in [first, second] {
        let text = format!(
            "Humanitarian Affairs Branch\n\nNOTICE OF INTENT TO DENY\n\nJune 1, 2026\n\n{ground}\n\nSincerely,\nChief\n"
        );
        let out = Rebut::new()
            .args(["import", "--today", TODAY, "-"])
            .stdin(text)
            .status(0)
            .run();
        let quoted: String = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(quoted.contains(ground), "{}", out.stdout);
    }
}

/// A ground that meets no cue goes to the category whose cues alone use
/// most of its words ("postponed" is a word of medical urgency's cues
/// only; "physician" and "follow", words of any notice, count for none),
/// and the file and the summary say so and ask for a check. It leads
/// alone: no runner-up.
#[test]
fn a_ground_meeting_no_cue_is_guessed_from_its_words_and_flagged() {
    let text = "Humanitarian Affairs Branch\n\nNOTICE OF INTENT TO DENY\n\nJune 1, 2026\n\n\
Her physician gives no view on the transfusions being postponed for a year.\n\nSincerely,\nChief\n";
    let out = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("no cue matched, guessed from the words postponed: check the category")
        .run();
    assert!(
        out.stdout
            .contains("category: medical-urgency   # no cue matched, guessed from the words postponed: check the category"),
        "{}",
        out.stdout
    );
    assert!(!out.stderr.contains("runner-up"), "{}", out.stderr);
}

/// Words of two categories' cues, one each ("postponed", "longer"): the
/// guess is a tie, and the file and the summary name the other category.
#[test]
fn a_tie_in_the_guess_from_words_is_named() {
    let text = "Humanitarian Affairs Branch\n\nNOTICE OF INTENT TO DENY\n\nJune 1, 2026\n\n\
Nothing says whether the transfusions could be postponed or for how much longer.\n\nSincerely,\nChief\n";
    let out = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("guessed from the words postponed: check the category; runner-up temporary-stay (1)")
        .run();
    assert!(out.stdout.contains("# or: temporary-stay"), "{}", out.stdout);
}

/// Notices written after the importer was frozen (first held-out set):
/// their figures as first measured are in docs/import.md; each set is
/// asserted at the level the code now reaches, so that a change that loses
/// ground shows. None of the three sets is held out any longer.
#[test]
fn quality_on_held_out_notices() {
    held_out_set("heldout", "first held-out set (no longer held out)", &HELD_OUT);
}

/// A second set, written by someone who had not seen the importer, after
/// its code was frozen a second time (docs/import.md reports both runs).
#[test]
fn quality_on_the_second_held_out_set() {
    held_out_set(
        "heldout2",
        "second held-out set (no longer held out)",
        &HELD_OUT_2,
    );
}

/// A third set, written blind after the fixes the second one showed; its
/// first run is in docs/import.md, and the fixes it called for since.
#[test]
fn quality_on_the_third_held_out_set() {
    held_out_set("heldout3", "third held-out set (no longer held out)", &HELD_OUT_3);
}

/// A fourth set, ten notices written blind while the importer was being
/// tuned on the third, and first run once it was frozen (docs/import.md
/// reports that run); its misses have since been fixed, and it is pinned
/// at what the code now reaches.
#[test]
fn quality_on_the_fourth_held_out_set() {
    held_out_set(
        "heldout4",
        "fourth held-out set (no longer held out)",
        &HELD_OUT_4,
    );
}

/// A fifth set, ten notices written blind once the importer was frozen at
/// 4766353 (after the fixes the fourth set called for), run once with the
/// code frozen: 20, 20, 48 of 90 split, 40 of 90 categorized, 22 stray
/// (docs/import.md reports that run). Its misses have since been fixed by
/// rules and playbook data, and it is pinned at what the code now reaches;
/// the fourteen grounds still missed rest on two judgment calls that the
/// earlier sets make the other way (see docs/import.md).
#[test]
fn quality_on_the_fifth_held_out_set() {
    held_out_set("heldout5", "fifth held-out set (no longer held out)", &HELD_OUT_5);
}

/// A sixth set, ten notices written blind once the fifth set's fixes were
/// frozen at 222c772, run once with the code frozen: 20, 18, 52 of 80
/// split, 46 of 80 categorized, 6 stray (docs/import.md reports that run).
/// Its misses have since been fixed by rules and playbook data, and it is
/// pinned at what the code now reaches.
#[test]
fn quality_on_the_sixth_held_out_set() {
    held_out_set("heldout6", "sixth held-out set (no longer held out)", &HELD_OUT_6);
}

/// A seventh set, ten notices written blind once the sixth set's fixes
/// were frozen at 4033d9f, run once with the code frozen; docs/import.md
/// reports that run. First measured: 20, 20, 57 of 80 split, 49 of 80
/// categorized, 4 stray. Some of its misses have since been fixed by rules
/// and playbook data (docs/import.md), and it is pinned at what the code
/// now reaches: no figure may get worse.
#[test]
fn quality_on_the_seventh_held_out_set() {
    held_out_set(
        "heldout7",
        "seventh held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// An eighth set, ten notices written blind once the seventh set's fixes
/// were frozen at 25552a2, run once with the code frozen; docs/import.md
/// reports that run: 20, 20, 72 of 76 split, 68 of 76 categorized, 10
/// stray. Its misses have since been fixed by rules and playbook data
/// (docs/import.md), and it is pinned at what the code now reaches: no
/// figure may get worse.
#[test]
fn quality_on_the_eighth_held_out_set() {
    held_out_set(
        "heldout8",
        "eighth held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 76,
            category: 76,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A ninth set, ten notices written blind once the eighth set's fixes
/// were frozen at 5fbcc38, run once with the code frozen; docs/import.md
/// reports that run: 20, 20, 44 of 62 split, 38 of 62 categorized, 8
/// stray. Its misses have since been fixed by rules and playbook data
/// (docs/import.md), and it is pinned at what the code now reaches: no
/// figure may get worse.
#[test]
fn quality_on_the_ninth_held_out_set() {
    held_out_set(
        "heldout9",
        "ninth held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 62,
            category: 62,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A tenth set, ten notices written blind once the ninth set's fixes
/// were frozen at 36c4224, run once with the code frozen; docs/import.md
/// reports that run: 20, 20, 54 of 72 split, 48 of 72 categorized, 14
/// stray. Its misses have since been fixed by rules and playbook data
/// (docs/import.md), and it is pinned at what the code now reaches: no
/// figure may get worse.
#[test]
fn quality_on_the_tenth_held_out_set() {
    held_out_set(
        "heldout10",
        "tenth held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 72,
            category: 72,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// An eleventh set, ten notices written blind once the tenth set's fixes
/// were frozen at bb9664f, run once with the code frozen; docs/import.md
/// reports that run: 20, 20, 54 of 76 split, 50 of 76 categorized, 6
/// stray. Its fixes since (a record said to lack "the following", an
/// introduction to headed grounds, points granted, requests sent in an
/// attachment after the close, new cues) reach 68, 68 and none stray:
/// the figures pinned, none of which may get worse. The 8 left are the
/// run-in headings this set's author leaves out of the quote.
#[test]
fn quality_on_the_eleventh_held_out_set() {
    held_out_set(
        "heldout11",
        "eleventh held-out set",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 68,
            category: 68,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twelfth set, ten notices written blind once the eleventh set's fixes
/// were frozen at a8f6110, run once with the code frozen; docs/import.md
/// reports that run: 20, 20, 75 of 84 split, 73 of 84 categorized, 11
/// stray. Its misses were then fixed by general rules and playbook data:
/// 76 of 84 split, 76 categorized, no stray, the figures pinned (the 8
/// left are n08's "Not met." verdicts, which the project keeps in the
/// quote and this set's author left out).
#[test]
fn quality_on_the_twelfth_held_out_set() {
    held_out_set(
        "heldout12",
        "twelfth held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 76,
            category: 76,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A thirteenth set, ten notices written blind once the twelfth set's
/// fixes were frozen at 4e91996, run once with the code frozen;
/// docs/import.md reports that run: 20, 20, 60 of 78 split, 54 of 78
/// categorized, 4 stray. Its misses were then fixed by general rules and
/// playbook data: 78 of 78 split, 76 categorized, no stray, the figures
/// pinned (the 2 left are c07's second ground, the US hospital's unsigned
/// email, read as documentation in both readings). Raised to 78
/// categorized once a cue for a provider "happy to see" the patient, no
/// acceptance, read that email as the attorney does.
#[test]
fn quality_on_the_thirteenth_held_out_set() {
    held_out_set(
        "heldout13",
        "thirteenth held-out set (no longer held out)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 78,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A fourteenth set, ten notices written blind once the thirteenth set's
/// fixes were frozen at 236fc98, run once with the code frozen;
/// docs/import.md reports that run: 17 headers and 20 deadlines of 20,
/// 39 of 76 split, 32 of 76 categorized, 11 stray. Pinned since at what
/// its fixes reach (a title on a line of its own inside the letterhead, a
/// notice pasted a paragraph a line, paragraphs of a PDF set apart by no
/// space, an exhibit-by-exhibit review, cues for where one would stay,
/// who would look after a child and what brings one home; a tie between
/// categories settled by the sentence that states the finding, a cue word
/// with or without its plural "s"): 76 of 76 split, 74
/// categorized, none stray. None may get worse. Raised to 76 categorized
/// once cues for a relative's offer of a roof and meals ("welcome to
/// stay", "food") read the cousin's offer as the plan of support.
#[test]
fn quality_on_the_fourteenth_held_out_set() {
    held_out_set(
        "heldout14",
        "fourteenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 76,
            category: 76,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A fifteenth set, ten notices written blind once the fourteenth set's
/// fixes were frozen at f777075, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 60 of 78 split, 54 of 78 categorized, 24 stray, and 2 quotes that are
/// not the notice's words (the chronology NOID, read as one ground from
/// its letterhead on). Pinned at that run: none may get worse. Raised
/// once its misses were fixed by general rules: in the plain notices a
/// closing that finds parole not merited, a response found short as a
/// whole, an appeal said unavailable, a list item cut only on a clear
/// change of subject, and cues of need, return and an offer only to see;
/// in the three new layouts a form of questions and answers, a table of
/// issues read out as text, a dated history of the case: 78 of 78
/// split, 76 categorized, none stray, every quote verbatim. Raised to 78
/// categorized once cues for a case no hospital near was "asked to take"
/// and for a patient not "stable enough" for a flight, or worse "on
/// board", read those two grounds as the attorney does.
#[test]
fn quality_on_the_fifteenth_held_out_set() {
    held_out_set(
        "heldout15",
        "fifteenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 78,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A sixteenth set, ten notices written blind once the fifteenth set's
/// fixes were frozen at 9c70de9, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 72 of 82 split, 64 of 82 categorized, 12 stray, every quote verbatim.
/// Pinned at that run: none may get worse. Raised once its misses were
/// fixed by general rules: the standard stated of any request, a recital
/// of what the form asks, leave to send from another source and an
/// opening that further evidence is needed are no grounds; a body citing
/// numbered notes that state the findings gives none of its own; a part
/// of facts under "Part One: Facts" holds none, and a label with a
/// reference ("Deficiency 1 (Facts 2 and 3):") is left out; cues of a
/// disease's stage, of treatment lacking, of a hospital that accepts and
/// of plans to return: 82 of 82 split, 82 categorized, none stray.
#[test]
fn quality_on_the_sixteenth_held_out_set() {
    held_out_set(
        "heldout16",
        "sixteenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 82,
            category: 82,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A seventeenth set, ten notices written blind once the sixteenth set's
/// fixes were frozen at e0496c4, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 60 of 80 split, 56 of 80 categorized, 14 stray, every quote verbatim
/// (the seven common layouts 54 of 56 split; the misses in the three new
/// ones: factors marked met or not, the applicant's statements each
/// answered, and findings with their reasons under labels). Pinned at
/// that run: none may get worse. Raised once its misses were fixed by
/// general rules: a record found silent is a finding (and every paragraph
/// read as no ground is named in the summary, with why); points marked
/// met give no ground, nor does the paragraph that explains the marks; in
/// a notice that labels its findings ("Finding:", "Assessment:") only the
/// labeled findings against the request are grounds, each through its
/// "Reason:"; a mark or a label joined to the words beside it in a PDF's
/// reading is set apart; cues of a return looked back on, a stay with no
/// set end and a statement found untrue: 80 of 80 split, 80 categorized,
/// none stray.
#[test]
fn quality_on_the_seventeenth_held_out_set() {
    held_out_set(
        "heldout17",
        "seventeenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// An eighteenth set, ten notices written blind once the seventeenth
/// set's fixes were frozen at 1b6e625, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 62 of 80 split, 52 of 80 categorized, 20 stray, every quote verbatim
/// (the seven common layouts 56 of 58 split, none stray; the misses in
/// the three new ones: numbered findings of fact then conclusions, a
/// table of points then their discussion, and a review of the response's
/// exhibits). Pinned at that run: none may get worse. Raised once its
/// misses were fixed by general rules: the facts under a heading of their
/// subject before the finding on them (a page break between) are part of
/// its ground; numbered findings of fact hold no ground, and of the
/// conclusions only those against the request are grounds, without their
/// numbers ("C2."); after a table that sums up the points, each
/// discussion of a point not shown is a ground without its run-in label,
/// and one shown none; an exhibit's line that the point's finding weighs
/// again is no ground of its own; cues of a records check, a donor not
/// yet tested, a disease getting worse, who would house her and a stay
/// coming to an end: 80 of 80 split, 80 categorized, none stray.
#[test]
fn quality_on_the_eighteenth_held_out_set() {
    held_out_set(
        "heldout18",
        "eighteenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A nineteenth set, ten notices written blind once the eighteenth set's
/// fixes were frozen at 1153058, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 67 of 80 split, 64 of 80 categorized, 4 stray, every quote verbatim
/// (the seven common layouts 54 of 56 split, with the 4 stray; of the
/// three new ones, grounds with nested sub-items 8 of 8, what was
/// received then what is still missing 5 of 8, and a memo with run-in
/// headings none of 8). Raised once its misses were fixed by general
/// rules: an opening that finds only that parole should not yet be
/// granted introduces the requests; a paragraph that recites the request
/// and then only states the decision is no ground; in an RFE, "Evidence
/// may include ..." asks for evidence as a request does; in a memo whose
/// every section opens with a run-in heading, the heading is no part of
/// the quote and counts toward the category; under "What we received:"
/// the paragraph is no ground, and "What is still missing:" starts its
/// own; cues of surgeons and of having the treatment "there", and of a
/// tumor's spread, outlook and scans: 80 of 80 split, 80 categorized,
/// none stray.
#[test]
fn quality_on_the_nineteenth_held_out_set() {
    held_out_set(
        "heldout19",
        "nineteenth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twentieth set, ten notices written blind once the nineteenth set's
/// fixes were frozen at b1f496a, run once with the code frozen;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 70 of 80 split, 66 of 80 categorized, 6 stray, every quote verbatim
/// (the seven common layouts 54 of 54 split, none stray; of the three new
/// ones, grounds after "Please submit:" lists 8 of 8, concerns addressed
/// to both petitioner and beneficiary 8 of 8 with the opening line
/// stray, and grounds numbered "1.1" under statutory headings none of
/// 10). Pinned at that run: none may get worse. Raised once its misses
/// were fixed by general rules: a point numbered within its part ("1.1",
/// "2.3.") that reads as a sentence is a list item, its number left out
/// of the quote and its sentences one ground, while an outline's
/// "3.1 Availability of a visa" stays a heading; a paragraph that states
/// the power to parole and how the findings below are grouped introduces
/// them and is no ground; an introduction that says why the concerns are
/// set out ("so that each of you can answer them") lists none of them;
/// cues of an illness held in check for now and the harm a wait would
/// do, how long an operation can safely wait, and an identity that
/// papers giving different birth dates leave unconfirmed (security): 80
/// of 80 split, 80 categorized, none stray.
#[test]
fn quality_on_the_twentieth_held_out_set() {
    held_out_set(
        "heldout20",
        "twentieth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twenty-first set, ten notices written blind once the twentieth
/// set's fixes and a review's were frozen at 1922bd6, run once with the
/// code frozen; docs/import.md reports that run: 20 headers and 20
/// deadlines of 20, 68 of 78 split, 58 of 78 categorized, 6 stray, every
/// quote verbatim (the seven common layouts 52 of 54 split, 46 of 54
/// categorized, none stray; of the three new ones, a checklist of
/// documents not received 8 of 8 with its opening and closing lines
/// stray, numbered questions each answered 8 of 8 with half the
/// categories wrong, and a letter with a statement of reasons attached
/// none of 8). Pinned at that run: none may get worse. Raised once its
/// misses were fixed by general rules: a letter that sets out its reasons
/// in an attached statement is read from that statement, after the
/// signature, and a section numbered like the one skipped before it
/// ("III. Reasons" after "II. Legal Standard") ends the skip; a
/// paragraph that says how a checklist below is marked introduces it,
/// and a request for every item the list marks missing is no ground; an
/// introduction to the items below that finds the burden unmet as a
/// whole ("does not meet that burden") still introduces them, so each
/// item is a ground though it only states figures and asks; cues of a
/// hope to build a life here (temporary-stay) and of a patient who "was
/// accepted" (us-treatment-arranged); the question an answer opens
/// with ("Will he return home after treatment?") names its point, and
/// the cues met in it count twice; a past breach of immigration law
/// (discretion): 78 of 78 split, 76 categorized, none stray.
#[test]
fn quality_on_the_twenty_first_held_out_set() {
    held_out_set(
        "heldout21",
        "twenty-first held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 76,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twenty-second set, ten notices written blind with the code frozen
/// at 7711cea (the twenty-first set's fixes and the second review's),
/// run once; docs/import.md reports that run: 20 headers and 20
/// deadlines of 20, 76 of 86 split, 68 of 86 categorized, 1 stray, and
/// one quote not verbatim (the seven common layouts 54 of 56 split, 46
/// of 56 categorized; of the three new ones, claims restated and
/// answered 12 of 12, grounds grouped by kind of evidence 10 of 10, and
/// "Issue:", "Analysis:", "Conclusion:" for each ground none of 8).
/// Pinned at that run: none may get worse. Raised once its misses were
/// fixed by general rules: a line at a page's edge whose cells include
/// its page number ("... | IOE... | Page 1 of 2") is furniture though it
/// stands on one page only; an issue stated as a question with its
/// analysis and conclusion under it is one ground from the question on;
/// cues of a doctor who "agrees to treat" or "agrees to operate", of a
/// hospital's sheet "for international patients", and of a roof far from
/// the hospital ("a room", "hours away", "miles from", "would stay for",
/// "local travel"): 86 of 86 split, 86 categorized, none stray, every
/// quote verbatim.
#[test]
fn quality_on_the_twenty_second_held_out_set() {
    held_out_set(
        "heldout22",
        "twenty-second held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 86,
            category: 86,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twenty-third set, ten notices written blind once the
/// twenty-second set's fixes were frozen at d5e854b, run once;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 82 of 86 split, 74 of 86 categorized, 2 stray, every quote verbatim
/// (the seven common layouts 60 of 62 split, 54 of 62 categorized; of
/// the three new ones, a memorandum of titled sections 8 of 8 with half
/// the categories wrong, one sentence enumerating its grounds inline 6
/// of 8, and "Item N of 4" headings 10 of 10 with the opening that
/// introduces the items stray). Pinned at that run: none may get worse.
/// Raised once its misses were fixed by general rules: in an RFE, the
/// evidence listed for a point ("Evidence may include ...") is part of
/// its ground whatever it is about; an opening that finds the record
/// short as a whole, introduces "items below" and asks to "answer every
/// concern" introduces the grounds and is none; cues from a bank of
/// single grounds and a review (a US program known only from its web
/// page, surgeons at home "unable to operate", when an operation "should
/// be done"): 84 of 86 split, 84 categorized, none stray, every quote
/// verbatim. The one split miss
/// left, in both readings, is the last of the four reasons enumerated in
/// one sentence, whose quote keeps the sentence's closing period (the
/// rule of docs/import.md and of the tenth set) where this set's writer
/// left it out.
#[test]
fn quality_on_the_twenty_third_held_out_set() {
    held_out_set(
        "heldout23",
        "twenty-third held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 84,
            category: 84,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twenty-fourth set, ten notices written blind once the
/// twenty-third set's fixes, a bank's cues and a review's were frozen at
/// 1b3a7aa, run once; docs/import.md reports that run: 20 headers and
/// 20 deadlines of 20, 68 of 74 split, 60 of 74 categorized, 10 stray,
/// every quote verbatim. Pinned at that run: none may get worse.
/// Raised once its misses were fixed by general rules: openings that
/// introduce the grounds and are none (the decision put off, "We cannot
/// yet decide the request", before "each concern is stated below"; an
/// outcome not shown before "the concerns that follow"; the concerns said
/// to remain after the response; how a table's marks are read; what the
/// officer reviewed, then "you have not met your burden, for three
/// reasons"); a lettered item that finds the record silent is a ground
/// though nothing introduced the list; and a connective ("Further,")
/// after words whose subject is unclear starts another ground; and by
/// the review's cue fixes and cues the attorney's readings support (a
/// transplant committee yet to meet, a researcher's "may be a
/// candidate", care sought or to be had nearer home): 74 of 74 split and
/// categorized, none stray, every quote verbatim.
#[test]
fn quality_on_the_twenty_fourth_held_out_set() {
    held_out_set(
        "heldout24",
        "twenty-fourth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 74,
            category: 74,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// A twenty-fifth set, ten notices written blind once the twenty-fourth
/// set's fixes and a second review's were frozen at 4be3eb5, run once;
/// docs/import.md reports that run: 20 headers and 20 deadlines of 20,
/// 65 of 80 split, 59 of 80 categorized, 8 stray, every quote verbatim.
/// Pinned at that run: none may get worse.
/// Raised once its misses were fixed by general rules: grounds that each
/// open with a short heading and a colon, the discussion on the same line
/// ("Travel: No doctor has said ..."), leave the heading out as an
/// enumerator is and count it toward the category; openings that
/// introduce the grounds and are none (the concerns "were not overcome";
/// the evidence "not enough to decide the request" before "the following
/// points"; each claim "quoted below, followed by what the record lacks";
/// each concern "given below"); a sentence that recites a claim and
/// answers it ("You state that ..., but ..., and you have not shown ...")
/// is one ground to its end; a claim quoted on a line of its own over its
/// answer stands apart from it in a PDF's reading; and by cues the
/// attorney's readings support (a US clinic's email that only
/// acknowledges records or names no doctor, care within reach nearby):
/// 80 of 80 split and categorized, none stray, every quote verbatim.
#[test]
fn quality_on_the_twenty_fifth_held_out_set() {
    held_out_set(
        "heldout25",
        "twenty-fifth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `03a1625`: header 20/20,
/// deadline 14/20, split 72/80 (90.0%), category 70/80 (87.5%), 10 stray
/// grounds and 4 quotes not verbatim in the 20 readings.
/// After its fixes, by general rules (a deadline counted in weeks or
/// months, from "its date", or stated outright after "must reach"; page
/// furniture at a page's edge carrying the case's number, a "sheet N of
/// M" or a "(continued on next page)" mark; a word left alone at a page's
/// foot; a sentence declining to decide a point and a recital of the
/// filing no grounds; a note stating only a rule of weighing no reason;
/// cues of what a delay would bring): deadline 20/20, split 80/80,
/// category 80/80, none stray, every quote verbatim.
#[test]
fn quality_on_the_twenty_sixth_held_out_set() {
    held_out_set(
        "heldout26",
        "twenty-sixth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `c8f0056` (after the
/// twenty-sixth set's and the first passage bank's fixes): header 20/20,
/// deadline 18/20, split 62/78 (79.5%), category 58/78 (74.4%), 18 stray
/// grounds and 6 quotes not verbatim in the 20 readings.
/// After its first fixes, by general rules (a running header marked
/// "(continued)" or "-- continued" atop a page; a footer giving its page
/// after a comma; clauses in small letters after "because:", each a
/// ground; a deadline's stated total of days with mailing): deadline
/// 20/20, split 76/78, category 72/78, 12 stray, every quote verbatim.
#[test]
fn quality_on_the_twenty_seventh_held_out_set() {
    held_out_set(
        "heldout27",
        "twenty-seventh held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 76,
            category: 72,
            stray: 12,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `d0edb15` (after the
/// twenty-seventh set's and the second passage bank's fixes): header
/// 16/20, deadline 16/20, split 61/78 (78.2%), category 55/78 (70.5%), 19
/// stray grounds and 3 quotes not verbatim in the 20 readings.
/// After its first fixes, by general rules (the notice's first title is
/// its own, so a copy of an earlier notice enclosed after it names no
/// kind; a subject line "Re: Request for Evidence" is a title and no
/// name; a period counted from "the date printed above" or "the date this
/// notice was issued", with the days it adds "for mailing"; cues of care
/// within reach at home, "either center" or a hospital "asked to accept"
/// the patient, and of a need not shown pressing; a place cue ending in
/// "in" not met before a year): header 20/20, deadline 20/20, split
/// 64/78, category 64/78 (every ground split exactly has the right
/// category), 15 stray, 3 not verbatim.
/// And by general rules of where grounds are cut (a running header ending ",
/// continued"; a "continued on the attached continuation sheet" mark and a
/// sentence pointing to a continuation sheet as furniture; an earlier
/// request the decision says is settled or answered and plays no part in
/// it; a finding that the record "says otherwise" goes on with the item
/// before it; the standard told as "we may parole ..., and only if ..."
/// and "it is for you to show"; a lead-in finding the record short in
/// general and a kind closing word in a paragraph of several grounds; a
/// page headed as a copy of an earlier notice holding nothing of the
/// decision; response instructions run into a ground's last item):
/// header 20/20, deadline 20/20, split 78/78, category 78/78, none
/// stray, every quote verbatim.
#[test]
fn quality_on_the_twenty_eighth_held_out_set() {
    held_out_set(
        "heldout28",
        "twenty-eighth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 78,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `bd64e32` (after the
/// twenty-eighth set's and the third passage bank's fixes): header 20/20,
/// deadline 12/20, split 64/78 (82.1%), category 62/78 (79.5%), 22 stray
/// grounds and 7 quotes not verbatim in the 20 readings.
/// After its first fixes, by general rules (a period counted "from the
/// day this notice was issued"; days a later clause of the sentence adds
/// because the notice "is being mailed", and "plus 3 for mailing" in the
/// period's own days; a reply told as an "answer" that has to arrive; a
/// stated date with its day of the week): header 20/20, deadline 20/20,
/// split 64/78, category 62/78, 22 stray, 7 not verbatim.
/// And by general rules of what is no ground (a paragraph asking the
/// reader to "answer this notice" or "return this notice" with the
/// response is response instructions; an officer's "Note:" after a point
/// is guidance on the form of the answer): 16 stray.
/// And by general rules of layouts and boilerplate (a tab, or in a PDF a
/// gap between columns, sets a table's cells apart, so that a row's label
/// is left out and a "Resolved." row is no ground; an addendum whose
/// numbered point goes on from the notice's adds a ground; a sentence
/// saying the notes are guidance and no requirement, an opening that
/// "cannot yet reach a decision", and a point the earlier notice raised
/// that "has been fully met" are no grounds; an item opening with the
/// rule before this case's gap is one ground; "Name / p. 2 of 2" and
/// "Request for Evidence, continued: Name" are page furniture): header
/// 20/20, deadline 20/20, split 78/78, category 76/78, none stray, every
/// quote verbatim.
/// And by playbook cues of the time after the stay ("after she left",
/// "who would follow" the patient: the stay's ground, not the urgency's,
/// whatever scans it names): category 78/78.
#[test]
fn quality_on_the_twenty_ninth_held_out_set() {
    held_out_set(
        "heldout29",
        "twenty-ninth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 78,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `3675733` (after the
/// twenty-ninth set's second fixes): header 20/20, deadline 12/20, split
/// 68/80 (85.0%), category 68/80 (85.0%), 8 stray grounds and every quote
/// verbatim in the 20 readings.
/// After its first fixes, by general rules (a period counted "from the
/// date printed at the top of this notice", "counting from" its date, or
/// "no more than 33 days after" it; a stated date after its hour and time
/// zone, "by 11:59 p.m. Eastern Time on ..."; a paragraph opened by a
/// section's name that holds no ground run in as its label, "How to
/// respond: ..."): header 20/20, deadline 20/20, split 68/80, category
/// 68/80, 4 stray, every quote verbatim.
/// And by general rules and playbook data of what is no ground (a section
/// headed as given "(for information only)", as a summary in Spanish is;
/// the factors in favor marked "+" under "Factors favoring a grant:" are
/// none, the "-" items under the factors against are the grounds; "The
/// record consists of ..." recites what was filed): split 76/80,
/// category 76/80, none stray.
/// And by general rules and playbook data of sub-headings and categories
/// ("III. DISCUSSION" numbered over sub-headings heads them as the
/// reasons' heading does: the one paragraph under each is one ground,
/// and its sub-heading counts toward its category; papers that "cannot be
/// given weight" are documentation, not treatment that cannot be given;
/// the other parent's consent and custody are other): header 20/20,
/// deadline 20/20, split 80/80, category 80/80, none stray, every quote
/// verbatim.
#[test]
fn quality_on_the_thirtieth_held_out_set() {
    held_out_set(
        "heldout30",
        "thirtieth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The first run, with the code frozen at `ac05951` (after the
/// thirtieth set's fixes): header 20/20, deadline 18/20, split 77/82
/// (93.9%), category 71/82 (86.6%), 9 stray grounds in the 20 readings,
/// and 4 of them not the notice's words.
/// After its first fixes, by general rules (a running header with the
/// continued mark between the notice's short title and the name, "RFE
/// (continued) -- Name", or after the case's number alone, "IOE...
/// (continued)", is page furniture; days the post adds named before the
/// period in its sentence no longer hide the period after them; an
/// answer said to be unread if it "arrives later", and the days "allowed
/// for a response" counted "not from" an earlier notice's date, are how
/// to answer; a colon over lines of a label and its value, "Lead
/// request: IOE...", introduces them, not the grounds; the blank lines a
/// form feed leaves at a page's edge set no paragraphs apart) and
/// playbook data (a trial's screening visit that "will determine
/// whether" the child can take part, the "months of parole" asked and a
/// patient kept "from leaving", surgery done at home "as a matter of
/// routine", a patient "clinically stable" with nothing making the trip
/// "necessary now"): header 20/20, deadline 20/20, split 82/82, category
/// 82/82, none stray, every quote verbatim.
#[test]
fn quality_on_the_thirty_first_held_out_set() {
    held_out_set(
        "heldout31",
        "thirty-first held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 82,
            category: 82,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// Written blind while the thirty-first set's fixes were being made, by
/// an author who saw no code; the first run, with the code frozen at
/// `9c3f911` (those fixes merged): header 20/20, deadline 16/20, split
/// 70/80 (87.5%), category 66/80 (82.5%), 20 stray grounds in the 20
/// readings, 4 quotes not the notice's words. After its first fixes, by
/// general rules (page furniture of new shapes: ", continued --" before
/// the name, "1 of 2" beside the title, the case number with "(page 2)";
/// a summary box, leave to answer in other words, a mailbox note and a
/// pointer to "each numbered item below" no grounds; an earlier message
/// quoted under an emailed notice no part of it; a day the answer
/// "arrives by" and days "after the date on which this notice was
/// issued"; cues of care already given near home and of companions who
/// need parole of their own): header 20/20, deadline 20/20, split 74/80,
/// category 74/80, none stray, every quote verbatim. After its last fixes
/// (a finding of the whole record ending ", for these reasons:" over
/// bulleted lines introduces them as grounds, the colon setting it apart
/// from "For these reasons, ..." that sums up; the words before a finding
/// afresh weighed as a ground's are before it is cut off, and a person
/// "taken into custody" is a word of security): split 80/80, category
/// 80/80, none stray, every quote verbatim.
#[test]
fn quality_on_the_thirty_second_held_out_set() {
    held_out_set(
        "heldout32",
        "thirty-second held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 80,
            category: 80,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// Written blind while code was being changed elsewhere, by an author who
/// saw no code (ten notices from territories, three new layouts: a case
/// chronology before the grounds, grounds pointing to an attachment with
/// a guidance sheet as page 2, a case-system record with "REASON n OF 3"
/// fields); the first run, with the code frozen at `8fd3567`: header
/// 20/20, deadline 16/20, split 57/78 (73.1%), category 55/78 (70.5%),
/// 10 stray grounds in the 20 readings, 4 quotes not the notice's words.
/// Since then, by general rules (a capital closed by a parenthesis, "B)",
/// marks a lettered item; a case system's "REASON 2 OF 3 (CODE ...):"
/// labels a numbered one, and a field named in capitals starts its own
/// paragraph; "Name -- NOID, page 2" and "Name, page 2 of RFE" are page
/// furniture; "your response is due", a point that "has been resolved",
/// a guidance sheet "sent with every request" are no grounds; "the four
/// paragraphs below" introduces them; "nowhere states" finds; days "of
/// the Issue Date" and days the requestor "has" from the notice date
/// give the deadline) and playbook cues of care given or approved near
/// home: header 20/20, deadline 20/20, split 77/78, category 77/78, none
/// stray, every quote verbatim.
#[test]
fn quality_on_the_thirty_third_held_out_set() {
    held_out_set(
        "heldout33",
        "thirty-third held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 77,
            category: 77,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// Written blind while the thirty-third set's fixes were being made, by
/// an author who saw no code (ten notices from territories and regions,
/// three new layouts: a NOID with a French translation after each
/// paragraph, an RFE printed as a response form, a denial all in
/// capitals); the first run, with the code frozen at `dc9aa5d` (those
/// fixes merged): header 20/20, deadline 12/20, split 79/84 (94.0%),
/// category 71/84 (84.5%), 10 stray grounds in the 20 readings, every
/// quote the notice's words.
/// Since then, by general rules (a reply "due 33 days after the date
/// printed on this notice", "the response period ... is 60 days, counted
/// from the issue date", a reply that "must arrive" somewhere by a day and
/// a form that "reaches us by" a day give the deadline; a note that the
/// English text "is the official text", a burden not "carried" pointed
/// back to ("that burden"), that someone "should be paroled", the response
/// period and "return this form" are no grounds; "Background of" a person
/// of the case heads that person's history, not the facts) and playbook
/// cues (a center that will not "accept her for" evaluation, when
/// treatment "must start", "any danger" in the care at home, an
/// "incorrect answer" that "counts against" the request): header 20/20,
/// deadline 20/20, split 81/84 (96.4%), category 81/84 (96.4%), none
/// stray, every quote verbatim.
#[test]
fn quality_on_the_thirty_fourth_held_out_set() {
    held_out_set(
        "heldout34",
        "thirty-fourth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 81,
            category: 81,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The thirty-fifth held-out set (`tests/data/notices/heldout35/`), written
/// blind while the thirty-fourth set's fixes were being made, and run once
/// after they were merged (`0e5cb03`): every header right, 14 of 20
/// deadlines, 66 of 84 grounds split exactly (78.6%), 58 with the right
/// category (69.0%), 6 stray grounds, every quote verbatim. Since then, by
/// general rules (days for the post granted in the next sentence, a
/// period from the "Date of Notice" or from service as the certificate of
/// service shows it, "(A)" items in their order, the "WHEREAS," of an
/// order's recitals, a point "resolved", a conclusion resting on points
/// that "remain unanswered", and playbook cues): every deadline, all 84
/// grounds split exactly and rightly categorized, none stray. No figure may
/// get worse.
#[test]
fn quality_on_the_thirty_fifth_held_out_set() {
    held_out_set(
        "heldout35",
        "thirty-fifth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 84,
            category: 84,
            stray: 0,
            not_verbatim: 0,
        },
    );
}

/// The thirty-sixth held-out set (`tests/data/notices/heldout36/`), written
/// blind while the thirty-fifth set's fixes were being made, and run once
/// after they were merged (`b2624b7`): every header right, 16 of 20
/// deadlines, 78 of 86 grounds split exactly (90.7%), 72 with the right
/// category (83.7%), 13 stray grounds, every quote verbatim. Pinned at
/// that run; no figure may get worse. Since then, by general rules (days
/// for the post a later clause allows as "further days"; a deadline named
/// and then dated after a comma, "no later than the result of Step 3,
/// January 9, 2028"): 20 of 20 deadlines. Then (playbook data: the power
/// stated as "USCIS is permitted to parole"; a section that holds no
/// ground run in with a full stop, "Responding. Put everything ...",
/// "Parole fee. Should parole ..."; an RFE that says what "this request
/// concerns" and how its points are "grouped by" who answers them): 6
/// stray grounds; and (a playbook cue: a wrong answer that, left
/// unexplained, "tells against" the person) 74 with the right category.
#[test]
fn quality_on_the_thirty_sixth_held_out_set() {
    held_out_set(
        "heldout36",
        "thirty-sixth held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 78,
            category: 74,
            stray: 6,
            not_verbatim: 0,
        },
    );
}

/// The thirty-seventh held-out set (`tests/data/notices/heldout37/`),
/// written blind while the thirty-sixth set's fixes were being made, and
/// run once after they were merged (`c2a4f50`): every header right, 18 of
/// 20 deadlines, 73 of 86 grounds split exactly (84.9%), 70 with the right
/// category (81.4%), 16 stray grounds, every quote verbatim. Pinned at
/// that run; no figure may get worse. Since then, by general rules
/// (playbook data: a day the agency "must receive your response" by is
/// the deadline): every deadline right; and (how to answer is no ground:
/// the time to reply "from the issue date of this" request, the choice to
/// "mail a written response" or "to accept the interview"; a glossary
/// after the signature) 8 stray grounds.
#[test]
fn quality_on_the_thirty_seventh_held_out_set() {
    held_out_set(
        "heldout37",
        "thirty-seventh held-out set (written blind)",
        &Reached {
            readings: 20,
            header_ok: 20,
            respond_by_ok: 20,
            exact: 73,
            category: 70,
            stray: 8,
            not_verbatim: 0,
        },
    );
}

/// Category choice alone, on the grounds as the attorney cut them (each
/// expected quote of every set, so that a miss of the split does not hide
/// a category): per folder, the grounds whose category is right, none of
/// which may fall. The misses are printed with what decided them. The
/// thirteenth, fourteenth and fifteenth sets' last misses were fixed by
/// cues the attorneys' readings support, and every set is now whole. The
/// twenty-ninth set's last (the time after the stay, "who would follow
/// Embla after she left Memphis") by cues of the stay: 39 of 39. The
/// thirty-third set's first run, with the code frozen at `8fd3567`: 37 of
/// 39. Since then, by general rules (cues of care given or approved near
/// home: a drug "approved in" the country, a patient "flown to" a
/// hospital abroad, a doctor who has not "advised care in" the United
/// States, care that "could not be provided"): 39 of 39. The
/// thirty-fourth set's first run, with the code frozen at `dc9aa5d`: 38
/// of 42. Since then, by general rules (playbook cues: a center that will
/// not "accept her for" evaluation, when treatment "must start", "any
/// danger" in the care at home, an "incorrect answer" that "counts
/// against" the request): 42 of 42. The thirty-fifth set's first run, with
/// the code frozen at `0e5cb03`: 37 of 42. Since then, by general rules
/// (playbook cues: a center that "agrees only to" a first visit with "no
/// plan beyond" it, a clinic "pleased to see" the patient, a trial's
/// "initial criteria" with "no investigator" signed, a drug "registered
/// in" the country, a hospital at home not said "unable to continue" the
/// care): 42 of 42. The thirty-sixth set's first run, with the code frozen
/// at `b2624b7`: 39 of 43. Since then, by general rules (a playbook cue: a
/// wrong answer on the form that, left unexplained, "tells against" the
/// person): 40 of 43. The thirty-seventh set's first run, with the code
/// frozen at `c2a4f50`: 40 of 43.
#[test]
fn categories_on_the_attorneys_own_cuts() {
    const RIGHT: [(&str, usize, usize); 39] = [
        ("", 32, 32),
        ("heldout", 11, 11),
        ("heldout2", 24, 24),
        ("heldout3", 28, 28),
        ("heldout4", 47, 47),
        ("heldout5", 45, 45),
        ("heldout6", 40, 40),
        ("heldout7", 40, 40),
        ("heldout8", 38, 38),
        ("heldout9", 31, 31),
        ("heldout10", 36, 36),
        ("heldout11", 38, 38),
        ("heldout12", 42, 42),
        ("heldout13", 39, 39),
        ("heldout14", 38, 38),
        ("heldout15", 39, 39),
        ("heldout16", 41, 41),
        ("heldout17", 40, 40),
        ("heldout18", 40, 40),
        ("heldout19", 40, 40),
        ("heldout20", 40, 40),
        ("heldout21", 38, 39),
        ("heldout22", 43, 43),
        ("heldout23", 43, 43),
        ("heldout24", 37, 37),
        ("heldout25", 40, 40),
        ("heldout26", 40, 40),
        ("heldout27", 37, 39),
        ("heldout28", 39, 39),
        ("heldout29", 39, 39),
        ("heldout30", 40, 40),
        ("heldout31", 41, 41),
        ("heldout32", 40, 40),
        ("heldout33", 39, 39),
        ("heldout34", 42, 42),
        ("heldout35", 42, 42),
        ("heldout36", 40, 43),
        ("heldout37", 40, 43),
        ("tuned", 58, 58),
    ];
    let playbook = Playbook::builtin();
    for (folder, right, grounds) in RIGHT {
        let dir = root().join("tests/data/notices").join(folder);
        let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".expected.yaml"))
            .collect();
        names.sort();
        let (mut n, mut ok) = (0, 0);
        for path in names {
            let expected: Expected =
                serde_saphyr::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let kind = rebut::model::DecisionKind::parse(&expected.kind);
            for g in &expected.grounds {
                let c = import::category_of(&g.quote, &playbook, kind);
                n += 1;
                if c.id == g.category {
                    ok += 1;
                } else {
                    println!(
                        "{folder}/{}: {} for {} ({} points: {}; runner-up {:?})",
                        path.file_name().unwrap().to_string_lossy(),
                        c.id,
                        g.category,
                        c.score,
                        c.matched.join(", "),
                        c.runner_up
                    );
                }
            }
        }
        println!("{folder:<10} right category on the attorney's cuts: {ok}/{n}");
        assert_eq!(n, grounds, "{folder}: grounds expected");
        assert!(ok >= right, "{folder}: right category {ok}, was {right}");
    }
}

/// A ground of the bank: one reason as an officer writes it, with the
/// category an attorney gives it, and whether it names another
/// category's words in passing on purpose.
#[derive(Debug, Deserialize)]
struct BankGround {
    category: String,
    quote: String,
    hard: bool,
}

/// Category choice on a bank of 200 single grounds written blind
/// (`tests/data/notices/bank/`), each read alone as a ground of no
/// particular kind of notice: the misses are printed with what decided
/// them, and the right ones, in all and among the hard ones, may not
/// fall. First run with the code frozen at d5e854b: 171 of 200 right,
/// 41 of the 59 hard ones (discretion 11 of 19 and documentation 14 of
/// 19 the weakest: a false statement or an alias read as security or
/// as other avenues, a document's defect read as the subject it is
/// about). Pinned at that run, then raised to what cues drawn from its
/// misses reach (credibility and immigration history for discretion,
/// unreadable or incomplete copies for documentation, a patient who
/// cannot be moved, what would bring the patient back): 196 of 200, 56
/// of the 59 hard ones. Since it was tuned to, it no longer measures
/// anything unseen; the held-out sets do.
#[test]
fn categories_on_the_bank_of_single_grounds() {
    let playbook = Playbook::builtin();
    let text = std::fs::read_to_string(root().join("tests/data/notices/bank/grounds.yaml")).unwrap();
    let bank: Vec<BankGround> = serde_saphyr::from_str(&text).unwrap();
    let mut per: std::collections::BTreeMap<&str, (usize, usize)> = std::collections::BTreeMap::new();
    let (mut ok, mut hard_ok, mut hard) = (0, 0, 0);
    for g in &bank {
        let c = import::category_of(&g.quote, &playbook, None);
        let right = c.id == g.category;
        let tally = per.entry(g.category.as_str()).or_default();
        tally.1 += 1;
        hard += usize::from(g.hard);
        if right {
            ok += 1;
            tally.0 += 1;
            hard_ok += usize::from(g.hard);
        } else {
            println!(
                "{} for {}{} ({} points: {}; runner-up {:?}): {}",
                c.id,
                g.category,
                if g.hard { ", hard" } else { "" },
                c.score,
                c.matched.join(", "),
                c.runner_up,
                g.quote
            );
        }
    }
    for (category, (right, n)) in &per {
        println!("{category:<22} {right}/{n}");
    }
    println!(
        "bank: right category {ok}/{}, of the hard ones {hard_ok}/{hard}",
        bank.len()
    );
    assert_eq!(bank.len(), 200);
    assert!(ok >= 196 && hard_ok >= 56, "right {ok}, hard {hard_ok}");
}

/// A set's figures: none may fall below what the code reaches, and no
/// more paragraphs be taken as grounds than `stray` (none, once a set's
/// misses have been fixed; a set's first run may have some).
struct Reached {
    readings: usize,
    header_ok: usize,
    respond_by_ok: usize,
    exact: usize,
    category: usize,
    stray: usize,
    /// Quotes that are not the notice's words: 0 but for a first run
    /// that found such a fault, pinned as it was until it is mended.
    not_verbatim: usize,
}

/// Imports every notice of `tests/data/notices/<folder>` as text and as PDF,
/// prints the report under `title` and holds the set to `reached`.
fn held_out_set(folder: &str, title: &str, reached: &Reached) {
    let scores = score_folder(&root().join("tests/data/notices").join(folder));
    assert_eq!(
        scores.len(),
        reached.readings,
        "{folder}: each notice read as text and as PDF"
    );
    pinned(&report(title, &scores), reached);
}

fn pinned(t: &Totals, reached: &Reached) {
    assert!(
        t.not_verbatim <= reached.not_verbatim,
        "quotes not verbatim: {}",
        t.not_verbatim
    );
    assert!(
        t.stray <= reached.stray,
        "boilerplate taken as a ground: {}",
        t.stray
    );
    assert_eq!(
        t.check_ok, t.notices,
        "every written file passes `rebut check` (exit 0 or 1)"
    );
    assert!(
        t.header_ok >= reached.header_ok,
        "kind, date and receipt: {}",
        t.header_ok
    );
    assert!(
        t.respond_by_ok >= reached.respond_by_ok,
        "response deadline: {}",
        t.respond_by_ok
    );
    assert!(t.exact >= reached.exact, "grounds split exactly: {}", t.exact);
    assert!(t.category >= reached.category, "right category: {}", t.category);
}

/// The first set (8 readings, 22 grounds); as first measured, with the code
/// frozen: 8, 8, 16, 8.
const HELD_OUT: Reached = Reached {
    readings: 8,
    header_ok: 8,
    respond_by_ok: 8,
    exact: 22,
    category: 22,
    stray: 0,
    not_verbatim: 0,
};

/// The second set (12 readings, 48 grounds); as first measured: 12, 12, 42,
/// 42, with 5 stray and one quote not verbatim.
const HELD_OUT_2: Reached = Reached {
    readings: 12,
    header_ok: 12,
    respond_by_ok: 12,
    exact: 48,
    category: 48,
    stray: 0,
    not_verbatim: 0,
};

/// The third set (12 readings, 56 grounds); as first measured: 10, 10, 37,
/// 33, with 6 stray and one quote not verbatim.
const HELD_OUT_3: Reached = Reached {
    readings: 12,
    header_ok: 12,
    respond_by_ok: 12,
    exact: 56,
    category: 56,
    stray: 0,
    not_verbatim: 0,
};

/// The fourth set (20 readings, 94 grounds); as first measured, with the
/// code frozen at 5bcde7d: 18, 20, 73, 71, with 6 stray.
const HELD_OUT_4: Reached = Reached {
    readings: 20,
    header_ok: 20,
    respond_by_ok: 20,
    exact: 94,
    category: 94,
    stray: 0,
    not_verbatim: 0,
};

/// The fifth set (20 readings, 90 grounds); as first measured, with the
/// code frozen at 4766353: 20, 20, 48, 40, with 22 stray.
const HELD_OUT_5: Reached = Reached {
    readings: 20,
    header_ok: 20,
    respond_by_ok: 20,
    exact: 76,
    category: 76,
    stray: 0,
    not_verbatim: 0,
};

/// The sixth set (20 readings, 80 grounds); as first measured, with the
/// code frozen at 222c772: 20, 18, 52, 46, with 6 stray.
const HELD_OUT_6: Reached = Reached {
    readings: 20,
    header_ok: 20,
    respond_by_ok: 20,
    exact: 80,
    category: 80,
    stray: 0,
    not_verbatim: 0,
};

#[test]
fn the_playbook_import_sections_are_validated_with_locations() {
    let text = rebut::playbook::DEFAULT_TEXT
        .replacen("cues:\n  medical-urgency:\n", "cues:\n  medical-urgencyy:\n", 1)
        .replacen("    urgen: 3\n", "    urgen: 0\n", 1)
        .replacen("notices:\n  rfe:\n", "notices:\n  rfee:\n", 1);
    let source = rebut::input::Source::from_text("mine.yaml", text);
    let err = Playbook::from_source(&source).unwrap_err();
    let messages: Vec<String> = err.problems.iter().map(|p| p.message.clone()).collect();
    assert!(
        messages.iter().any(|m| m.contains("medical-urgencyy")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("rfee")), "{messages:?}");
    assert!(
        err.problems.iter().all(|p| p.loc.is_some()),
        "every problem is located"
    );
    // The built-in playbook reads every section.
    let builtin = Playbook::builtin();
    assert_eq!(
        builtin.import.cues.len(),
        builtin.categories.len(),
        "every category has cues (`other`'s for reasons outside the rest)"
    );
    assert!(builtin.import.notices.contains_key("any"));
}

/// A denial whose body is `body`, as `rebut import` reads it.
fn reading_of(body: &str) -> Reading {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n{body}\n\nSincerely,\nDirector\n"
    );
    import::read_pages(import::Format::Text, &[text], &Playbook::builtin())
}

/// Each text, as a denial's body, is read as one ground of the category
/// beside it.
fn each_one_ground_of_its_category(cases: &[(&str, &str)]) {
    for &(ground, want) in cases {
        let got = grounds_of(ground);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, want, "{ground}");
    }
}

/// The grounds `rebut import` finds in a denial whose body is `body`.
fn grounds_of(body: &str) -> Vec<(String, String)> {
    reading_of(body)
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect()
}

#[test]
fn a_finding_restated_about_another_subject_starts_another_ground() {
    let got = grounds_of(
        "The record does not establish that the beneficiary's condition is urgent, and no updated prognosis was submitted. The record contains a 2019 police report concerning the petitioner but no final court disposition.",
    );
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["medical-urgency", "security"],
        "{got:?}"
    );
    assert!(got[1].1.starts_with("The record contains a 2019"), "{got:?}");
    // The same opening about the same subject stays one ground.
    let one = grounds_of(
        "The record does not establish that the condition is urgent. The record does not include an updated prognosis from the treating physician.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
}

#[test]
fn the_recital_before_the_decision_sentence_is_not_part_of_the_ground() {
    let got = grounds_of(
        "Your Form I-131 requested parole for your mother. The request is denied. The record does not show how the cost of the surgery would be paid.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        "The record does not show how the cost of the surgery would be paid."
    );
    // A decision sentence that gives the reason itself stays.
    let reason = grounds_of(
        "The request is denied because the record does not show how the surgery would be paid for. No estimate was submitted.",
    );
    assert!(
        reason[0].1.starts_with("The request is denied because"),
        "{reason:?}"
    );
}

#[test]
fn a_closing_that_finds_parole_not_merited_with_no_reason_of_its_own_is_no_ground() {
    let got = grounds_of(
        "The record does not show how the cost of the operation in Denver would be paid.\n\n\
         Since neither an urgent need nor that parole is merited has been shown, the request is denied.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The record does not show how the cost"),
        "{got:?}"
    );
    // With its reason after the phrase, the sentence is a ground.
    let reasoned = grounds_of(
        "The petitioner has not shown that parole is merited, because the surgery is offered at the national hospital in Accra.",
    );
    assert_eq!(reasoned.len(), 1, "{reasoned:?}");
}

#[test]
fn a_reply_found_short_as_a_whole_and_an_appeal_said_unavailable_are_no_grounds() {
    let got = grounds_of(
        "The reply has not remedied any of the deficiencies set out in our earlier request.\n\n\
         The new letter from the cardiologist gives no date for the valve replacement and no estimate of its cost.\n\n\
         Your submission also fails to address the concerns we raised.\n\n\
         No appeal to the board is available from this decision. You may file a new request with new evidence.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The new letter from the cardiologist"),
        "{got:?}"
    );
    // A reply found short on a point it names is a ground.
    let named =
        grounds_of("The reply does not address the cost of the stay in Houston or who would pay for it.");
    assert_eq!(named.len(), 1, "{named:?}");
}

#[test]
fn a_listed_item_that_finds_the_reply_short_keeps_the_reasons_it_then_gives() {
    let got = grounds_of(
        "The request is denied for the following reasons.\n\n\
         1. No surgeon in Lima was asked whether the hip can be replaced there.\n\n\
         2. The reply does not overcome the concerns set out in our earlier request. \
         The new pledge of support is unsigned, and the sponsor's 2025 wages fall below the guideline.\n\n\
         3. Nothing shows where she would live after the operation.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[1].1.starts_with("The reply does not overcome"), "{got:?}");
    assert!(got[1].1.ends_with("fall below the guideline."), "{got:?}");
    // An item that only finds the reply short, with no reason of its own,
    // is still no ground.
    let bare = grounds_of(
        "The request is denied for the following reasons.\n\n\
         1. No surgeon in Lima was asked whether the hip can be replaced there.\n\n\
         2. The reply does not overcome the concerns set out in our earlier request.",
    );
    assert_eq!(bare.len(), 1, "{bare:?}");
    // Nor does an item lose its reasons to a word on how to answer after
    // them.
    let told = grounds_of(
        "The request is denied for the following reasons.\n\n\
         1. No surgeon in Lima was asked whether the hip can be replaced there.\n\n\
         2. The letter of support is unsigned. A signed one may come from another source.",
    );
    assert_eq!(told.len(), 2, "{told:?}");
    assert!(
        told[1].1.starts_with("The letter of support is unsigned."),
        "{told:?}"
    );
    // The same in paragraphs with no numbers: the reasons that state a
    // finding keep the paragraph a ground.
    let plain = grounds_of(
        "No surgeon in Lima was asked whether the hip can be replaced there.\n\n\
         The reply does not overcome the concerns set out in our earlier request. \
         The new pledge of support is not signed, and the wage records do not show enough income.",
    );
    assert_eq!(plain.len(), 2, "{plain:?}");
    assert!(plain[1].1.ends_with("do not show enough income."), "{plain:?}");
}

#[test]
fn a_numbered_item_is_cut_only_on_a_clear_change_of_subject() {
    let got = grounds_of(
        "The request is denied for the following reasons.\n\n\
         (1) No physician in Ghana has been asked whether the valve can be replaced there.\n\n\
         (2) The team in Houston offers to evaluate his records. An offer to look does not bind it to treat him. \
         Nor does the team say how long he would remain under its care.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].1.starts_with("The team in Houston"), "{got:?}");
    assert!(got[1].1.ends_with("remain under its care."), "{got:?}");
    // The same sentences as a plain paragraph are cut where the last
    // turns to how long the stay would be.
    let plain = grounds_of(
        "The team in Houston offers to evaluate his records. An offer to look does not bind it to treat him. \
         Nor does the team say how long he would remain under its care.",
    );
    assert_eq!(plain.len(), 2, "{plain:?}");
}

#[test]
fn a_need_that_cannot_wait_a_date_of_return_and_an_offer_only_to_see_get_their_categories() {
    each_one_ground_of_its_category(&[
        (
            "The neurologist describes the seizures but says nothing of whether they have changed since her report of last year, and nothing shows the operation cannot wait while a visa is sought.",
            "medical-urgency",
        ),
        (
            "Without a recent examination of the knee, USCIS cannot tell whether the operation would still help him.",
            "medical-urgency",
        ),
        (
            "Nothing gives a date of return, and no one in Accra is named to see him once the course ends.",
            "temporary-stay",
        ),
        (
            "The hospital's note shows only a willingness to look at the scans; it does not say it will take her as a patient.",
            "us-treatment-arranged",
        ),
    ]);
}

#[test]
fn a_recital_before_the_heading_of_the_reasons_is_not_a_ground_and_the_summary_says_so() {
    let text = "DECISION\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\nTHE REQUEST\n\n\
The record shows that no hospital in Peru has treated the beneficiary since 2024.\n\n\
REASONS FOR DENIAL\n\n\
The record does not show how the cost of the surgery would be paid.\n\nSincerely,\nDirector\n";
    let out = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("grounds: read from \"REASONS FOR DENIAL\" on")
        .run();
    assert!(!out.stdout.contains("no hospital in Peru"), "{}", out.stdout);
    assert!(
        out.stdout.contains("category: financial-support"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_review_exhibit_by_exhibit_gives_a_ground_only_where_one_falls_short() {
    let got = grounds_of(
        "Exhibit A, the beneficiary's birth certificate. The certificate is certified and raises no concern.\n\n\
Exhibit B, letter of Dr. Rosa Lind, cardiologist, dated May 3, 2026. Dr. Lind recommends surgery to replace the valve. She does not say whether any hospital in Lima has been asked to perform it.\n\n\
Exhibit C, bank statements. The balances cover the estimate and are favorable.\n\n\
Exhibit D, the cousin's letter. The cousin says she would host the beneficiary. Her apartment is a studio two hours from the hospital by bus, and no one is named to go with him to his visits.\n\n\
Exhibit E, police certificate. It shows no arrest and is favorable.",
    );
    let quotes: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
    // The label and what the exhibit or its author says are the record;
    // the ground is the agency's own finding, from its first sentence.
    assert_eq!(
        quotes,
        [
            "She does not say whether any hospital in Lima has been asked to perform it.",
            "Her apartment is a studio two hours from the hospital by bus, and no one is named to go with him to his visits."
        ],
        "{got:?}"
    );
    // A verdict in favor that turns against the item is a finding.
    let turned = grounds_of(
        "Exhibit 3, the hospital's letter. The letter is favorable on the diagnosis, but it gives no date for the operation.",
    );
    assert_eq!(turned.len(), 1, "{turned:?}");
    assert!(turned[0].1.starts_with("The letter is favorable"), "{turned:?}");
    // Without a label, a paragraph keeps the sentence it rests on.
    let plain = grounds_of(
        "Dr. Lind recommends surgery to replace the valve. She does not say whether any hospital in Lima has been asked to perform it.",
    );
    assert!(plain[0].1.starts_with("Dr. Lind recommends"), "{plain:?}");
}

/// A verdict in an item's favor answers only its own clause, and only
/// when nothing denies it: a clause after it, or a verdict denied ("no
/// factor weighs in favor"), is a finding like any other.
#[test]
fn a_verdict_in_favor_hides_no_finding_beside_it_nor_when_denied() {
    let first = "The record does not include a letter from a treating physician.";
    for probe in [
        "No factor weighs in favor of granting parole.",
        "Neither medical letter is favorable to the claim of urgency.",
        "The passport is in order, though the medical letter gives no date for surgery.",
        "The passport is in order; the medical letter gives no date for surgery.",
        "The passport is in order and no hospital has confirmed a bed.",
    ] {
        let got = grounds_of(&format!("{first}\n\n{probe}"));
        assert!(got.iter().any(|g| g.1 == probe), "{probe}: {got:?}");
    }
    // The verdicts themselves still state no finding.
    for verdict in [
        "The permit is current and raises no concern.",
        "It shows no criminal record and is favorable.",
        "The balances cover the estimate and are favorable.",
    ] {
        let got = grounds_of(&format!("{first}\n\n{verdict}"));
        assert_eq!(got.len(), 1, "{verdict}: {got:?}");
    }
}

#[test]
fn one_sentence_that_states_the_decision_on_the_grounds_before_it_sums_them_up() {
    let got = grounds_of(
        "The record does not show that any hospital in Lima was asked to perform the valve surgery.\n\n\
The sponsor's bank statements do not show the savings needed to pay for the operation and the stay.\n\n\
Since the surgery has not been shown unavailable in Peru and its cost has not been shown covered, the request is denied.",
    );
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["treatment-unavailable", "financial-support"],
        "{got:?}"
    );
    // One that names a single subject of those before it still gives its
    // reason: a ground.
    let one = grounds_of(
        "The record does not show that any hospital in Lima was asked to perform the valve surgery.\n\n\
The request is denied because no one has said who would pay for the flight.",
    );
    assert_eq!(one.len(), 2, "{one:?}");
}

/// A sentence that states the decision after two grounds, on words of
/// both, is a ground still when it brings a fact of its own (the 2025 tax
/// return); one that only sums them up is left out, and the summary on
/// standard error says so.
#[test]
fn a_decision_sentence_with_a_fact_of_its_own_is_a_ground_not_a_summary() {
    let before = "No hospital in the United States has agreed to admit the beneficiary for treatment.\n\n\
No estimate of the cost of the operation was submitted, and nothing shows who would pay for it.";
    let new_fact = "The request is denied because the 2025 tax return shows income below the guideline and no hospital has confirmed a bed.";
    let got = grounds_of(&format!("{before}\n\n{new_fact}"));
    assert!(got.iter().any(|g| g.1 == new_fact), "{got:?}");
    let text = "Humanitarian Affairs Branch\n\nDECISION\n\nJune 1, 2026\n\n\
The record does not show that any hospital in Lima was asked to perform the valve surgery.\n\n\
The sponsor's bank statements do not show the savings needed to pay for the operation and the stay.\n\n\
Since the surgery has not been shown unavailable in Peru and its cost has not been shown covered, the request is denied.\n\nSincerely,\nChief\n";
    let out = Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("not a ground: \"Since the surgery has not been shown unavailable in Peru")
        .stderr_contains("taken as summing up the grounds before it")
        .run();
    assert!(!out.stdout.contains("shown covered"), "{}", out.stdout);
}

/// Every paragraph of the body read as no ground is named on standard
/// error with why, so that one holding a finding cannot be left out
/// unseen: here the standard under its heading, and a paragraph the
/// reading takes for the agency's frame.
#[test]
fn the_summary_names_each_paragraph_read_as_no_ground_and_why() {
    let text = "Humanitarian Affairs Branch\n\nDECISION\n\nJune 1, 2026\n\n\
The request to parole Ivan Petrov is denied.\n\n\
Governing Law\n\n\
Parole is given only case by case, and the petitioner must prove each point.\n\n\
Payment\n\n\
The sponsor's pay stubs show $1,900 a month, and the clinic asks $60,000 in advance. No other payer is named.\n\n\
Sincerely,\nChief\n";
    Rebut::new()
        .args(["import", "--today", TODAY, "-"])
        .stdin(text)
        .status(0)
        .stderr_contains("not a ground: \"Parole is given only case by case")
        .stderr_contains("(under the heading \"Governing Law\", whose section holds no ground)")
        .stderr_contains("not a ground: \"The request to parole Ivan Petrov is denied.\"")
        .run();
}

#[test]
fn a_finding_that_names_the_following_evidence_is_a_ground_not_an_introduction() {
    let got = grounds_of(
        "USCIS has considered the record as a whole.\n\nThe record does not contain the following evidence: an updated letter from the treating physician on the beneficiary's present condition.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The record does not contain"), "{got:?}");
    assert_eq!(got[0].0, "medical-urgency");
}

#[test]
fn a_report_ends_where_the_agency_speaks_again() {
    // "indicates that" reports; ", and you have not shown" is the agency's.
    let got = grounds_of(
        "The evidence indicates that this chemotherapy is administered at the national oncology institute in Lima, and you have not shown why the beneficiary cannot obtain it there.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "treatment-unavailable");
    // A report alone, even with a word of negation, is no finding of the
    // agency's: with nothing else, the body stands as one ground.
    let reading = import::read_pages(
        import::Format::Text,
        &["DECISION\n\nDate: June 1, 2026\n\nAccording to Dr. Ruiz, the surgery is not offered in Peru.\n\nSincerely,\nDirector\n".to_owned()],
        &Playbook::builtin(),
    );
    assert!(reading.unsplit, "{:?}", reading.grounds);
}

/// Forty-four one-sentence grounds in wording of their own (four per
/// category), each read as a denial's only ground: the cues the playbook
/// grew on them must keep giving each its category.
#[test]
fn one_sentence_grounds_in_new_wording_get_their_category() {
    let text = std::fs::read_to_string(notice("tuned/grounds.txt")).unwrap();
    let mut wrong = Vec::new();
    let mut n = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let (category, sentence) = line.split_once('|').unwrap();
        n += 1;
        let got = grounds_of(sentence);
        if got.len() != 1 || got[0].0 != category || got[0].1 != sentence {
            wrong.push(format!("{category}: {got:?}"));
        }
    }
    assert_eq!(n, 44);
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_notice_date_is_read_from_its_label_and_never_from_a_date_of_birth() {
    let read = |label: &str| {
        let text = format!(
            "U.S. Citizenship and Immigration Services\n\nBeneficiary: Ana Ruiz\nDate of Birth: 03/04/1990\n\nDECISION\n\n{label}\nReceipt Number: IOE0912345601\n\nThe record does not show how the cost of the surgery would be paid.\n\nSincerely,\nDirector\n"
        );
        let reading = import::read_pages(import::Format::Text, &[text], &Playbook::builtin());
        reading.decision.date.map(|d| d.0.to_string())
    };
    for label in [
        "Notice Date: June 1, 2026",
        "Date of this notice: June 1, 2026",
        "Issued: June 1, 2026",
    ] {
        assert_eq!(read(label).as_deref(), Some("2026-06-01"), "{label}");
    }
    // Without a label, the first date that is not a date of birth.
    assert_eq!(
        read("We write to you on June 1, 2026.").as_deref(),
        Some("2026-06-01")
    );
}

#[test]
fn appeal_language_and_the_receipt_recital_are_not_grounds() {
    let got = grounds_of(
        "This office has received the Form I-131 you filed on May 1, 2026, which did not include a translation.\n\nThe record does not show that the beneficiary can travel safely on a commercial flight.\n\nThis decision may not be appealed, and no motion to reopen may be filed.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "travel-feasibility");
}

#[test]
fn what_the_notice_does_not_say_is_a_blank_that_check_reports() {
    let notice = "NOTICE OF INTENT TO DENY\n\nJune 1, 2026\n\nThe record does not show that the beneficiary can travel safely.\n\nSincerely,\nChief\n";
    let dir = scratch("import-blanks");
    std::fs::write(dir.join("notice.txt"), notice).unwrap();
    Rebut::new()
        .current_dir(&*dir)
        .args(["import", "--today", TODAY, "notice.txt", "-o", "case.yaml"])
        .status(0)
        .run();
    let written = std::fs::read_to_string(dir.join("case.yaml")).unwrap();
    assert!(written.contains("country: \"[country]\""), "{written}");
    assert!(!written.contains("unknown"), "{written}");
    let out = Rebut::new()
        .current_dir(&*dir)
        .args(["check", "--today", TODAY, "case.yaml"])
        .status(1)
        .run();
    let said = format!("{}{}", out.stdout, out.stderr);
    for code in ["unfilled", "date-order"] {
        assert!(said.contains(&format!("error[{code}]")), "{code}: {said}");
    }
    assert!(
        said.contains("the beneficiary's country is still a blank"),
        "{said}"
    );
    // The gap report makes each blank a task that blocks filing, in words.
    let gaps = Rebut::new()
        .current_dir(&*dir)
        .args(["render", "--today", TODAY, "case.yaml", "--memo", "gaps"])
        .run()
        .stdout;
    for task in [
        "**Blocks filing.** The beneficiary's country is still a blank in the case file",
        "**Blocks filing.** The case records the request as filed on June 1, 2026, the day of the decision of June 1, 2026",
    ] {
        assert!(gaps.contains(task), "{task}\n{gaps}");
    }
}

#[test]
fn a_receipt_repeated_atop_every_page_is_still_the_receipt() {
    let page = |n: usize, body: &str| format!("Receipt Number: IOE0952208436\nPage {n}\n\n{body}\n");
    let pages = [
        page(
            1,
            "DECISION\n\nNovember 30, 2027\n\nYour request is denied for the following reasons.\n\nThe record does not show that the beneficiary can travel safely on a commercial flight.",
        ),
        page(
            2,
            "The record does not show how the cost of the surgery will be paid.\n\nSincerely,\nDirector",
        ),
    ];
    let reading = import::read_pages(import::Format::Text, &pages, &Playbook::builtin());
    assert!(
        reading.furniture.iter().any(|f| f.contains("IOE0952208436")),
        "{:?}",
        reading.furniture
    );
    assert_eq!(reading.decision.receipt.as_deref(), Some("IOE0952208436"));
}

#[test]
fn a_paragraph_introducing_the_issues_opens_the_reasons_and_the_recital_before_it_is_no_ground() {
    let got = grounds_of(
        "On March 2, 2026, you asked that your sister be paroled, and an earlier request for evidence found the record insufficient.\n\n\
USCIS has reviewed your response. The concerns that remain are discussed below. You may submit a new request at any time.\n\n\
The record does not show how the cost of the surgery would be paid.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "financial-support");
    assert!(got[0].1.starts_with("The record does not show how"), "{got:?}");
}

#[test]
fn evidence_listed_under_its_own_line_belongs_to_its_ground_up_to_the_next_item() {
    let reading = reading_of(
        "Your request is denied for the following reasons:\n\n\
1. The record does not show how the cost of the surgery would be paid.\n\n\
Evidence may include:\n\n\
\u{2022} a bank statement of the sponsor;\n\n\
2. The record does not show where the beneficiary would live during the treatment.",
    );
    let got: Vec<(&str, &str)> = reading
        .grounds
        .iter()
        .map(|g| (g.found.quote.as_str(), g.found.how.as_str()))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].0.ends_with("a bank statement of the sponsor;"), "{got:?}");
    assert!(got[1].0.starts_with("The record does not show where"), "{got:?}");
    // The summary numbers the items as the notice does.
    assert_eq!([got[0].1, got[1].1], ["item 1 of a list", "item 2 of a list"]);
}

#[test]
fn fee_and_appeal_sections_are_no_ground() {
    let got = grounds_of(
        "FINANCIAL SUPPORT\n\nThe record does not show how the cost of the surgery would be paid.\n\n\
APPEAL RIGHTS AND MOTIONS\n\nThe Administrative Appeals Office has no jurisdiction over this request.\n\n\
FEES\n\nThe fee you paid is not refundable, and no new fee is due unless you file again.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "financial-support");
}

#[test]
fn a_finding_label_under_an_issue_heading_is_left_out_of_the_quote() {
    let got = grounds_of(
        "Issue 1: Payment of costs\nFinding: The record does not show how the cost of the surgery would be paid.\n\n\
Issue 2: Lodging\nFinding: The record does not show where the beneficiary would live during the treatment.",
    );
    assert_eq!(
        got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
        [
            "The record does not show how the cost of the surgery would be paid.",
            "The record does not show where the beneficiary would live during the treatment."
        ]
    );
}

#[test]
fn a_denial_with_no_title_is_told_by_its_words() {
    let text = "Humanitarian Affairs Branch\n\nJune 1, 2026\n\nReceipt Number: IOE0912345601\n\n\
USCIS has denied the Form I-131 you filed for your father.\n\n\
The record does not show how the cost of the surgery would be paid.\n\n\
Your request is therefore denied.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let kind = reading.decision.kind.as_ref().map(|k| k.0.as_str());
    assert_eq!(kind, Some("denial"));
    assert_eq!(reading.grounds.len(), 1, "{:?}", reading.grounds);
}

#[test]
fn a_paragraph_alone_under_its_subject_heading_is_one_ground() {
    let paragraph = "The Form I-131 states that the beneficiary was never arrested, which the court records contradict. In addition, the name on the passport differs from the name on the medical records, and the discrepancy is not explained. These inconsistencies weigh against a favorable exercise of discretion.";
    let got = grounds_of(&format!("DISCRETION\n\n{paragraph}"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "discretion");
    // Without the heading, the connective starts another ground.
    assert_eq!(grounds_of(paragraph).len(), 2);
}

#[test]
fn after_the_earlier_notice_and_the_response_are_recited_only_the_answer_is_the_ground() {
    // The recital and the response in one paragraph, the answer after them.
    let got = grounds_of(
        "The NOID said that no hospital had agreed to treat your son. Your response was a note from a clinic in Dallas: \"We will see him. We expect to admit him soon.\" The note is not signed by a physician and names no date of admission.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        "The note is not signed by a physician and names no date of admission."
    );
    // Recital alone, the response quoted in a paragraph of its own: only
    // the answer after it is a ground.
    let got = grounds_of(
        "The notice of intent to deny found that the length of the stay was not explained. In your response you wrote:\n\n\"The doctors cannot tell us yet.\"\n\nThe plan of treatment names no end date, and you have not explained when your son would return.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The plan of treatment"), "{got:?}");
    // The recital may name the notice first.
    let got = grounds_of(
        "In the RFE, USCIS asked who would care for the child after surgery. You replied that an aunt in Chicago would. The aunt has not written, and no one has said where the child would stay.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The aunt has not written"), "{got:?}");
    // A numbered item is one ground as its author marked it, recital and all.
    let got = grounds_of(
        "The request is denied for the following reasons:\n\n1. The NOID stated that no sponsor was named. In response you named an uncle, who has not filed a Form I-134 and whose income is not shown.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The NOID stated"), "{got:?}");
}

#[test]
fn a_sentence_naming_what_the_one_before_stated_stays_with_it() {
    let got = grounds_of(
        "Your sworn statement says your father has never held a visa, yet consular records show a B-2 visa issued to him in 2018. This discrepancy is not explained and undermines the credibility of the request.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.ends_with("credibility of the request."), "{got:?}");
}

#[test]
fn a_factor_table_read_as_text_gives_only_its_adverse_rows() {
    let got = grounds_of(
        "Each factor is weighed below.\n\nFactor\nFinding\nHealth of the patient\nMet. The hospital record confirms the diagnosis and USCIS accepts that the illness is grave.\nFunding of care\nNot met. Nobody has shown the means to pay for the operation or for the stay after it.\nCriminal history\nNo concerns found.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0],
        (
            "financial-support".to_owned(),
            "Not met. Nobody has shown the means to pay for the operation or for the stay after it."
                .to_owned()
        )
    );
}

#[test]
fn an_addendum_whose_numbered_point_goes_on_from_the_notices_adds_a_ground() {
    let got = grounds_of(
        "The request is denied for these reasons.\n\n\
1. No surgeon in Boston has agreed to operate; the clinic offers only a first consultation.\n\n\
2. The sponsor's Form I-134 shows no savings, and nothing else in the file says who would pay the hospital.\n\n\
Marta Quill\nField Office Director\n\n\
ADDENDUM\n\n\
This addendum is part of the decision above and adds one more point to it.\n\n\
3. The passport filed for the patient expired in March, and no renewed passport has been submitted.\n\n\
The time for responding to this decision is unchanged by the addendum; points 1 and 2 are not withdrawn.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[2].1.starts_with("The passport filed"), "{got:?}");
}

#[test]
fn a_sentence_saying_the_notes_are_guidance_and_no_requirement_is_no_ground() {
    let got = rfe_grounds_of(
        "The officer has read the request and the letters filed with it. A few points carry a short note after them; the notes are guidance on the form of what you send and not an additional requirement.\n\n\
The hospital in Lyon has not said that it will admit the patient. Submit its letter of acceptance.\n\n\
Note: A scanned copy of the letter is enough.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The hospital in Lyon"), "{got:?}");
}

#[test]
fn a_sub_heading_over_an_earlier_point_now_met_gives_no_ground() {
    let got = grounds_of(
        "ANALYSIS\n\n\
Proof of Identity\n\n\
The notice of intent to deny observed that the birth record in the file was undated and unsigned. A signed and dated copy has since been filed by the petitioner. This concern has been fully met, and it plays no role in the present decision.\n\n\
Cost of Care\n\n\
The record does not show who would pay the clinic's estimate of $180,000.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The record does not show who"), "{got:?}");
}

#[test]
fn an_opening_that_cannot_yet_decide_on_the_record_is_no_ground() {
    let got = rfe_grounds_of(
        "The petitioner filed a letter from the clinic, a Form I-134 and a copy of the passport. On that record, the officer cannot yet reach a decision, and the points still open are numbered below.\n\n\
1. The clinic's letter gives no date for the operation. Provide the date.\n\n\
2. The Form I-134 shows no savings. Provide bank statements.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The clinic's letter"), "{got:?}");
}

#[test]
fn a_numbered_point_that_opens_with_the_rule_on_translations_then_finds_the_gap_is_one_ground() {
    let got = rfe_grounds_of(
        "Further evidence is needed.\n\n\
1. The surgeon's letter names no date for the operation. Provide the date.\n\n\
2. Under 8 C.F.R. 103.2(b)(3), a paper in a foreign language must come with a full English translation certified by its translator. The bank statements are in Greek and were sent untranslated. Submit certified translations.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "documentation", "{got:?}");
    assert!(got[1].1.starts_with("Under 8 C.F.R. 103.2(b)(3)"), "{got:?}");
    assert!(got[1].1.ends_with("Submit certified translations."), "{got:?}");
}

#[test]
fn a_table_with_its_cells_set_apart_by_tabs_gives_only_its_open_rows_without_their_labels() {
    let got = grounds_of(
        "Each requirement is taken in turn in the rows below; a requirement marked met played no part in this decision.\n\n\
Requirement\tAssessment\n\
Diagnosis\tResolved. The oncologist's report and the scans leave no doubt about the illness.\n\
Payment for surgery\tThe file holds no proof of how the operation or the months of recovery after it would be paid for.\n\
Escort on the flight\tMet. The airline has cleared her to fly with her brother.\n\n\
The application is therefore denied.",
    );
    assert_eq!(
        got,
        [(
            "financial-support".to_owned(),
            "The file holds no proof of how the operation or the months of recovery after it would be paid for.".to_owned()
        )]
    );
}

#[test]
fn a_list_item_is_not_cut_at_a_plain_change_of_subject_nor_a_finding_that_goes_back() {
    // Another subject, with no connective, inside a lettered item.
    let item = "(a) Records show that the beneficiary entered on a B-2 visa in 2019 and did not depart until 2021. The Form I-131 does not disclose this overstay, which weighs against a favorable exercise of discretion.";
    let got = grounds_of(&format!(
        "Your request is denied for the following reasons:\n\n{item}"
    ));
    assert_eq!(got.len(), 1, "{got:?}");
    // A finding afresh that returns to the subject before it.
    let got = grounds_of(
        "The police certificate shows a pending criminal case for fraud. You have not shown whether the beneficiary may leave the country while it is pending. USCIS cannot conclude that his parole poses no risk to public safety.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "security");
}

#[test]
fn the_law_the_reference_line_and_the_closing_words_are_no_ground() {
    let got = grounds_of(
        "This is in reference to the request you filed for your mother, who cannot obtain the surgery at home.\n\n\
Under INA 212(d)(5)(A), parole may not be used to avoid the normal visa process.\n\n\
The record does not show how the cost of the surgery would be paid.\n\n\
Do not send original documents.\n\n\
This decision does not preclude you from filing a new request with new evidence.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "financial-support");
}

#[test]
fn a_title_that_opens_with_denial_names_the_kind() {
    let text = "Humanitarian Affairs Branch\n\nDENIAL OF REQUEST FOR HUMANITARIAN PAROLE\n\nJune 1, 2026\n\n\
The record does not show how the cost of the surgery would be paid.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let kind = reading.decision.kind.as_ref().map(|k| k.0.as_str());
    assert_eq!(kind, Some("denial"));
    assert_eq!(reading.grounds.len(), 1, "{:?}", reading.grounds);
}

#[test]
fn the_paragraphs_under_a_sub_heading_of_the_reasons_are_one_ground() {
    let got = grounds_of(
        "DISCUSSION\n\nIs the treatment needed soon\n\n\
The clinic's note of March 2026 describes the tumor as stable.\n\n\
No physician has explained what harm a delay of some months would cause, so the record does not show that surgery is urgent.\n\n\
Can the costs be met\n\n\
The hospital asks for a deposit of $90,000 before admission. The sponsor's bank statement does not show funds of that size.\n\n\
Nor does the record show who would pay for the flights and lodging.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The clinic's note of March 2026"), "{got:?}");
    assert!(got[0].1.ends_with("surgery is urgent."), "{got:?}");
    assert!(got[1].1.starts_with("The hospital asks"), "{got:?}");
    assert!(got[1].1.ends_with("flights and lodging."), "{got:?}");
    // Without a heading of the reasons above them, such lines are read as
    // before: each paragraph that states a finding is a ground.
    let plain = grounds_of(
        "The clinic's note of March 2026 describes the tumor as stable.\n\n\
No physician has explained what harm a delay would cause, so the record does not show that surgery is urgent.\n\n\
The sponsor's bank statement does not show funds for the deposit.",
    );
    assert_eq!(plain.len(), 2, "{plain:?}");
}

#[test]
fn a_closing_that_sums_up_the_deficiencies_is_not_a_ground() {
    let got = grounds_of(
        "The record does not show how the cost of the surgery would be paid.\n\n\
In light of the deficiencies set out above, USCIS cannot find that the need for surgery is urgent or that its cost would be met.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_list_of_the_evidence_now_in_the_record_holds_no_ground() {
    let got = grounds_of(
        "The record now contains the following evidence:\n\
- a letter from the beneficiary's neurologist;\n\
- two MRI reports from 2026;\n\n\
The record does not show how the cost of the surgery would be paid.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The record does not show"), "{got:?}");
}

#[test]
fn a_sentence_that_states_no_finding_is_not_cut_off_as_a_ground() {
    let got = grounds_of(
        "The surgeon's note records a serious pneumonia after the last operation. The record contains no opinion on whether he is fit to travel by air to Boston, nor on who would travel with him.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "travel-feasibility", "{got:?}");
}

#[test]
fn an_issue_label_is_left_out_and_the_evidence_it_needs_is_part_of_the_ground() {
    let text = "REQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
We have begun reviewing the request for your father. What has been filed is not sufficient to decide the request; the open questions are set out below.\n\n\
Point A - Cost\n\
Issue: The sponsor earns $41,000 a year, and the record does not show who would pay the hospital's estimate of $120,000.\n\
Evidence needed: A Form I-134 from each other sponsor, with proof of income.\n\n\
Point B - Housing\n\
Issue: The record does not say where your father would stay after discharge.\n\
Evidence needed: The address and a letter from the host.\n\n\
Sincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let got: Vec<&str> = reading.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "The sponsor earns $41,000 a year, and the record does not show who would pay the hospital's estimate of $120,000. Evidence needed: A Form I-134 from each other sponsor, with proof of income.",
            "The record does not say where your father would stay after discharge. Evidence needed: The address and a letter from the host.",
        ]
    );
}

#[test]
fn a_footnote_is_not_a_ground_and_a_marker_in_a_ground_stays() {
    let got = grounds_of(
        "The record does not show how the cost of the surgery would be paid.\u{b9}\n\n\
\u{b9} Costs of a companion are not counted; the estimate does not include them.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.ends_with("would be paid.\u{b9}"), "{got:?}");
}

#[test]
fn grounds_of_these_kinds_get_their_categories_from_the_playbook_cues() {
    let cases = [
        (
            "The request says that admitting the beneficiary would bring a significant public benefit through his teaching, but no evidence shows such a benefit.",
            "other",
        ),
        (
            "You also requested parole for his aunt, but the record gives no reason for the parole of his aunt.",
            "other",
        ),
        (
            "You answered \"No\" to the question on past arrests under penalty of perjury; this failure to disclose the arrest is not explained.",
            "discretion",
        ),
        (
            "The clinic in Quito cannot perform the procedure, but the record does not say whether surgeons in Lima or Bogota could operate on her.",
            "treatment-unavailable",
        ),
    ];
    each_one_ground_of_its_category(&cases);
}

#[test]
fn a_finding_joined_by_and_about_another_subject_is_another_ground() {
    let got = grounds_of(
        "The record does not show that the hospital in Miami has accepted the beneficiary and the record does not show who would pay for his airfare, lodging and hospital bills.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.ends_with("has accepted the beneficiary"), "{got:?}");
    assert!(
        got[1].1.starts_with("and the record does not show who would pay"),
        "{got:?}"
    );
    // About the same subject, the clause goes on with the same ground.
    let one = grounds_of(
        "The record does not show who would pay for the surgery and the record does not include the sponsor's tax returns or bank statements.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
}

#[test]
fn removal_of_a_growth_is_surgery_and_a_stay_past_the_one_allowed_is_discretion() {
    let cases = [
        (
            "The operative note describes the removal of the cyst in May 2026, and the severe pain since then is not described in any later record.",
            "medical-urgency",
        ),
        (
            "The favorable exercise of discretion is not warranted: she remained eight months past her authorized stay on an earlier B-2 visa, and her statement that she never stayed too long is contradicted by the arrival records.",
            "discretion",
        ),
        (
            "The record shows that the beneficiary was placed in removal proceedings in 2018, and no order of the immigration judge was submitted.",
            "security",
        ),
        (
            "The clinic's website lists the operation among its services, and nothing shows that it is beyond the capacity of the surgeons in Lima.",
            "treatment-unavailable",
        ),
    ];
    each_one_ground_of_its_category(&cases);
}

#[test]
fn a_closing_asking_for_the_evidence_above_by_a_date_is_the_deadline_not_a_ground() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\nPlease provide the following.\n\n1. The record does not include a current letter from the treating physician on the beneficiary's condition. Please submit one.\n\nSend the documents requested above by August 20, 2026. Anything received after that date may not be reviewed.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let due = reading.decision.respond_by.as_ref().map(|x| x.0.to_string());
    assert_eq!(due.as_deref(), Some("2026-08-20"));
    assert_eq!(
        reading.grounds.len(),
        1,
        "{:?}",
        reading.grounds.iter().map(|g| &g.found.quote).collect::<Vec<_>>()
    );
}

#[test]
fn a_numbered_ground_that_opens_by_citing_its_rule_is_one_ground_rule_included() {
    let got = grounds_of(
        "The request is denied for the following reasons.\n\n1. Under 8 CFR 212.5(b), a parolee must show that the reason for parole is urgent. The hospital's summary of January 2026 says nothing of how the patient's kidney disease has changed since then.\n\n2. Under INA section 212(d)(5)(A), parole is granted only for a temporary purpose. The record holds no plan for the patient's return home after the operation.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("Under 8 CFR 212.5(b), a parolee"), "{got:?}");
    assert!(got[0].1.ends_with("changed since then."), "{got:?}");
    assert!(got[1].1.starts_with("Under INA section"), "{got:?}");
    assert_eq!(got[1].0, "temporary-stay", "{got:?}");
}

#[test]
fn reasons_numbered_inline_in_one_paragraph_are_grounds_each() {
    let got = grounds_of(
        "USCIS does not doubt the diagnosis. The request falls short on two points. (1) No physician in the United States has agreed to perform the surgery, and the hospital's letter speaks only of a consultation. (2) The sponsor's Form I-134 shows no income at all and no savings. For these reasons, the request is denied.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].1.starts_with("No physician in the United States"),
        "{got:?}"
    );
    assert!(got[0].1.ends_with("only of a consultation."), "{got:?}");
    assert_eq!(
        got[1].1,
        "The sponsor's Form I-134 shows no income at all and no savings."
    );
    assert_eq!(got[0].0, "us-treatment-arranged");
    assert_eq!(got[1].0, "financial-support");
}

#[test]
fn reasons_inside_a_paragraph_that_holds_the_whole_decision_are_grounds() {
    let got = grounds_of(
        "On March 3, 2026, you asked for parole for your nephew, who has leukemia. It is the petitioner's burden to show urgent humanitarian reasons, and USCIS finds that burden unmet. The oncologist's letter gives no prognosis and says nothing of whether the disease has progressed since January. The Form I-134 lists no income or savings that could pay the hospital's estimate. Nor have you said where the boy and his mother would stay during the months of treatment, or who would care for them. For these reasons, the request is denied. There is no appeal from this decision.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[2].1.starts_with("Nor have you said"), "{got:?}");
    assert_eq!(got[2].0, "support-plan");
    assert!(got[0].1.starts_with("The oncologist's letter"), "{got:?}");
    assert_eq!(
        got[1].1,
        "The Form I-134 lists no income or savings that could pay the hospital's estimate."
    );
    assert_eq!(got[0].0, "medical-urgency");
    assert_eq!(got[1].0, "financial-support");
}

#[test]
fn after_the_reasons_that_follow_a_paragraph_of_neither_document_is_a_ground() {
    let got = grounds_of(
        "USCIS denied the first request in March 2026 because the record did not include a hospital's acceptance. The new evidence resolves that concern.\n\nUSCIS nevertheless denies this request, for the reasons that follow.\n\nThe scan of April 2026 shows a small lesion, and the oncologist's note of May 2026 recommends surgery. Neither document says that the lesion has grown or that a delay would harm the patient.\n\nYou ask that the patient's sister come with her, but no request has been filed for the sister.\n\nThe record does not show who would follow the patient at home, and so does not show that her stay would end when the surgery is done.",
    );
    let ids: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(ids, ["medical-urgency", "other", "temporary-stay"], "{got:?}");
    assert!(got[0].1.starts_with("The scan of April 2026"), "{got:?}");
}

#[test]
fn a_quotation_set_in_a_ground_and_the_words_on_it_after_are_part_of_it() {
    let got = grounds_of(
        "The girl's burns are severe and her scars limit her movement. That alone does not establish eligibility for parole, which is reserved for urgent humanitarian reasons.\n\nThe record does not show that the stay would be temporary. The mother's affidavit reads:\n\n    We have nothing to go back to. Once she is well we will make our home with my cousin in Texas.\n\nThese words show an intention to remain in the United States after the treatment.\n\nThe Form I-134 shows no income that could pay for the operations.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "temporary-stay");
    assert!(
        got[0].1.contains("reads: We have nothing to go back to."),
        "{got:?}"
    );
    assert!(got[0].1.ends_with("after the treatment."), "{got:?}");
    assert_eq!(got[1].0, "financial-support");
}

#[test]
fn a_numbered_finding_over_paragraphs_of_reasons_is_one_ground_with_them() {
    let got = grounds_of(
        "The request is denied for the following reasons.\n\n\
1. The sponsor has not shown the means to pay for the surgery.\n\n\
The only financial document is a bank letter from 2023. It gives no balance and no income.\n\n\
Parole is not granted on the hope that funds will be found later.\n\n\
2. Questions about the treating hospital remain open.\n\n\
The letter submitted is from a scheduling clerk. It names no physician.\n\n\
3. The hospital has not agreed to treat the beneficiary.\n\n\
It has not named a surgeon.\n\n\
You may file a motion to reopen within 30 days of the date of this notice.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    // Boilerplate words within an item's reasons stay in its ground.
    assert_eq!(
        got[0].1,
        "The sponsor has not shown the means to pay for the surgery. The only financial document is a bank letter from 2023. It gives no balance and no income. Parole is not granted on the hope that funds will be found later."
    );
    // An item whose one sentence states no finding is a ground in such a list.
    assert_eq!(
        got[1].1,
        "Questions about the treating hospital remain open. The letter submitted is from a scheduling clerk. It names no physician."
    );
    // The last item's reasons end where the instructions begin.
    assert_eq!(
        got[2].1,
        "The hospital has not agreed to treat the beneficiary. It has not named a surgeon."
    );
}

#[test]
fn the_request_recited_and_a_concern_overcome_are_not_grounds() {
    let got = grounds_of(
        "You have asked that your nephew be paroled for a kidney transplant in Ohio. The record does not yet settle that request.\n\n\
The earlier notice said that no surgeon had accepted him. Your response includes a surgeon's letter of May 2. That concern has been overcome.\n\n\
No one has offered to pay for the transplant.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "No one has offered to pay for the transplant.");
    // The same, said otherwise.
    for answered in [
        "The question of who would pay, raised before, was overcome by the trust's letter, which leaves no gap.",
        "The missing police record, noted in the RFE, is no longer a concern now that it has been filed.",
    ] {
        let got = grounds_of(&format!(
            "{answered}\n\nNo one has offered to house him after surgery."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.starts_with("No one has offered"), "{got:?}");
    }
    // A sentence that denies the concern was answered keeps it a ground.
    for denied in [
        "Your response does not show that the concern about his housing has been overcome. The lease offered ends in March.",
        "The agency cannot conclude that the gap in funding was overcome, since the pledge is unsigned.",
        "The response fails to explain why the police record is no longer a concern; none was filed.",
        "USCIS doesn\u{2019}t find that the doubt about the surgeon\u{2019}s letter was overcome by the new one.",
    ] {
        let got = grounds_of(&format!(
            "{denied}\n\nNo one has offered to house him after surgery."
        ));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, denied, "{got:?}");
    }
}

#[test]
fn eligibility_found_short_as_a_whole_the_response_as_a_whole_and_an_appeal_of_a_kind_are_no_grounds() {
    let got = grounds_of(
        "After weighing the file, the agency has concluded that you have not shown that your sister's case would warrant parole. The shortfalls are set out below.\n\n\
No surgeon in the United States has agreed to operate on her.\n\n\
The agency has read the response along with the earlier filings and finds that it does not overcome the concerns raised in the NOID.\n\n\
The sponsor's income does not cover the estimate of $60,000.\n\n\
Since the file does not show that she qualifies for parole, the request is denied.\n\n\
There is no administrative appeal from this decision. You may file a new request with new evidence.",
    );
    assert_eq!(
        got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
        [
            "No surgeon in the United States has agreed to operate on her.",
            "The sponsor's income does not cover the estimate of $60,000."
        ],
        "{got:?}"
    );
}

#[test]
fn a_notice_pasted_a_paragraph_a_line_with_no_blank_lines_is_read_line_by_line() {
    let body = "The Form I-131 you filed asks that your father, a man of 63 with a blocked heart valve, be paroled so that the valve can be replaced at a hospital in Ohio, where a surgeon has reviewed his echocardiogram.";
    let text = format!(
        "U.S. Citizenship and Immigration Services\nREQUEST FOR EVIDENCE\nDate: May 3, 2027\nReceipt Number: IOE0911223344\nBeneficiary: Omar Haddad\n{body}\nUSCIS needs more evidence on the points below, each followed by the documents that may answer it.\nThe cardiologist's letter in the record is from 2025 and says nothing of how his condition has changed since then or of the risk of waiting for the operation.\nDocuments to send: a current letter from his cardiologist.\nThe Form I-134 shows income of $24,000 for a household of five, well short of the hospital's estimate of $96,000, and no one else has offered to pay.\nDocuments to send: a commitment from another sponsor, with proof of income.\nYour response must be received by July 26, 2027.\n"
    );
    let reading = import::read_pages(import::Format::Text, &[text], &Playbook::builtin());
    let kind = reading.decision.kind.as_ref().map(|k| k.0);
    assert_eq!(kind, Some(rebut::model::DecisionKind::Rfe));
    let got: Vec<(&str, &str)> = reading
        .grounds
        .iter()
        .map(|g| (g.category.id.as_str(), g.found.quote.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "medical-urgency",
                "The cardiologist's letter in the record is from 2025 and says nothing of how his condition has changed since then or of the risk of waiting for the operation. Documents to send: a current letter from his cardiologist."
            ),
            (
                "financial-support",
                "The Form I-134 shows income of $24,000 for a household of five, well short of the hospital's estimate of $96,000, and no one else has offered to pay. Documents to send: a commitment from another sponsor, with proof of income."
            ),
        ],
        "{got:?}"
    );
}

#[test]
fn a_heading_over_its_section_with_no_space_between_paragraphs_stays_a_heading() {
    let text = "U.S. Citizenship and Immigration Services\nNOTICE OF DECISION\nDate: March 8, 2027\nReceipt Number: IOE0911002233\n\
The application you filed for your aunt, who has a tumor of the kidney,\nis denied for the reasons below.\n\
Standard\nParole may be granted case by case for urgent humanitarian reasons or\nsignificant public benefit, and you must prove eligibility.\n\
Medical Need\nThe oncologist's letter in the record is from 2024 and says nothing of\nher present condition or of what a delay would do.\n\
Financial Support\nThe Form I-134 shows an income that cannot meet the hospital's estimate\nof $80,000, and no other sponsor has come forward.\n\
Sincerely,\nField Office Director\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let got: Vec<&str> = reading.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "The oncologist's letter in the record is from 2024 and says nothing of her present condition or of what a delay would do.",
            "The Form I-134 shows an income that cannot meet the hospital's estimate of $80,000, and no other sponsor has come forward."
        ],
        "{got:?}"
    );
}

#[test]
fn a_response_found_short_as_a_whole_and_where_to_send_the_next_are_no_grounds() {
    let got = grounds_of(
        "The reply does not resolve the concerns raised in the notice of intent to deny.\n\n\
No doctor in the United States has agreed to see him.\n\n\
The agency intends to deny the request because the concerns above have not been overcome.\n\n\
Send the response to: USCIS, Attn: Parole Unit, 20 Example Street, Washington, DC 20001.",
    );
    assert_eq!(
        got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
        ["No doctor in the United States has agreed to see him."],
        "{got:?}"
    );
}

#[test]
fn a_campaign_and_a_price_in_dollars_are_about_paying() {
    each_one_ground_of_its_category(&[(
        "The clinic's price is four hundred thousand dollars, the family's campaign has raised a fifth of it, and nobody has promised to pay the rest.",
        "financial-support",
    )]);
}

#[test]
fn eligibility_found_short_for_a_reason_given_in_the_same_sentence_is_a_ground() {
    let got = grounds_of(
        "The agency denies the request for the reasons that follow.\n\n\
1. The file does not show that your son qualifies for parole because no doctor says what will happen if the operation is delayed.\n\n\
2. Nor has it been shown that he warrants parole as a matter of discretion, since he entered another country under a false name in 2020.\n\n\
3. The record does not establish eligibility for parole, as the sponsor's income is half the surgeon's estimate.\n\n\
Because the record does not show that he qualifies for parole, the request is denied.",
    );
    assert_eq!(
        got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(),
        [
            "The file does not show that your son qualifies for parole because no doctor says what will happen if the operation is delayed.",
            "Nor has it been shown that he warrants parole as a matter of discretion, since he entered another country under a false name in 2020.",
            "The record does not establish eligibility for parole, as the sponsor's income is half the surgeon's estimate.",
        ],
        "{got:?}"
    );
}

#[test]
fn the_request_closing_the_last_item_after_its_points_is_part_of_it() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
The evidence does not yet establish eligibility. Each point on which more is needed is stated below, with the questions it leaves open.\n\n\
1. The medical evidence is out of date:\n(i) the last scan is from 2025;\n(ii) no doctor says whether the tumor has grown.\nSubmit a recent letter from her oncologist.\n\n\
2. The plan for her return home is not given:\n(i) no doctor at home has agreed to follow her;\n(ii) nothing shows her ties to Peru.\nProvide a letter from a doctor in Peru who will see her after treatment.\n\n\
Your response must be received within 87 days of the date of this notice.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let got: Vec<&str> = reading.grounds.iter().map(|g| g.found.quote.as_str()).collect();
    assert_eq!(
        got,
        [
            "The medical evidence is out of date: the last scan is from 2025; no doctor says whether the tumor has grown. Submit a recent letter from her oncologist.",
            "The plan for her return home is not given: no doctor at home has agreed to follow her; nothing shows her ties to Peru. Provide a letter from a doctor in Peru who will see her after treatment."
        ],
        "{got:?}"
    );
}

#[test]
fn a_stay_without_a_word_on_going_home_is_about_the_temporary_stay() {
    each_one_ground_of_its_category(&[(
        "Your brother plans to stay with you in Dallas while he heals and then look for a job, and you do not say when he would go home.",
        "temporary-stay",
    )]);
}

#[test]
fn a_closing_that_sums_up_the_grounds_is_no_ground_and_is_cut_from_the_last() {
    // A paragraph of summary, however it opens.
    for summary in [
        "To sum up, the record shows neither a hospital that has accepted him nor a sponsor able to pay.",
        "For the reasons stated above, USCIS finds that the request does not meet the standard for parole.",
    ] {
        let got = grounds_of(&format!(
            "No hospital in the United States has agreed to operate on him.\n\n\
The sponsor's income does not cover the estimate of $90,000.\n\n{summary}"
        ));
        assert_eq!(got.len(), 2, "{got:?}");
    }
    // The same, said in the last sentence of the last ground's paragraph.
    let got = grounds_of(
        "No hospital in the United States has agreed to operate on him.\n\n\
The sponsor's income does not cover the estimate of $90,000. In conclusion, neither acceptance nor payment has been shown.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1].1,
        "The sponsor's income does not cover the estimate of $90,000."
    );
}

#[test]
fn a_word_that_may_conclude_makes_no_ground_only_after_the_last_one_when_it_restates_them() {
    let got = grounds_of(
        "No hospital in the United States has agreed to operate on him.\n\n\
The sponsor's income does not cover the estimate of $90,000.\n\n\
Taken together, the lack of an accepting hospital and of anyone to pay the estimate leaves the request without support.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // Before another ground, or restating one subject only, it is a ground.
    let got = grounds_of(
        "Taken together, the two cardiology letters do not show that the operation is urgent.\n\n\
The sponsor's income does not cover the estimate of $90,000.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("Taken together"), "{got:?}");
}

#[test]
fn the_standard_restated_between_grounds_is_no_ground_but_a_rule_applied_to_the_record_is() {
    let got = grounds_of(
        "The record does not show that the operation must happen soon.\n\n\
Even if the operation were shown to be urgent, parole would not follow as a matter of course. USCIS must also weigh whether a favorable exercise of discretion is warranted.\n\n\
No one has offered to pay the hospital's estimate.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].1.starts_with("No one has offered"), "{got:?}");
    // The rule stated and the record found wanting in one sentence: a ground.
    let got = grounds_of(
        "USCIS may not parole someone who poses a risk to public safety, and the record does not show how the 2019 arrest was resolved.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "security", "{got:?}");
    // So is a rule with a fact of this case joined to it.
    let got = grounds_of(
        "The file shows a B-2 refusal in 2024. Parole is not a way around the visa process, and no new visa application was made after that refusal.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

/// A request for evidence whose body is `body`, as `rebut import` reads it.
fn rfe_grounds_of(body: &str) -> Vec<(String, String)> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n{body}\n\nSincerely,\nDirector\n"
    );
    import::read_pages(import::Format::Text, &[text], &Playbook::builtin())
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect()
}

/// Asserts that `boilerplate`, a paragraph after `ground`, is read as no
/// ground: `read` finds the one ground, whole.
fn only_the_ground_beside(ground: &str, boilerplate: &str, read: fn(&str) -> Vec<(String, String)>) {
    let got = read(&format!("{ground}\n\n{boilerplate}"));
    assert_eq!(got.len(), 1, "{boilerplate}: {got:?}");
    assert_eq!(got[0].1, ground, "{got:?}");
}

#[test]
fn points_in_roman_numerals_and_the_request_after_them_belong_to_their_lettered_item() {
    let got = rfe_grounds_of(
        "The documents filed do not establish the following:\n\n\
(a) That the operation is needed soon. Two documents are in the record, and neither gives a date:\n\
(i) the cardiology note of March 2026 says only that surgery is advisable; and\n\
(ii) the hospital's letter speaks of an operation \"at some point\" without a date.\n\
Send an updated letter from the cardiologist giving the date proposed and what waiting would risk.\n\n\
(b) That the cost will be met. The sponsor's statement shows $8,000 against an estimate of $95,000.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].1.starts_with("That the operation is needed soon."),
        "{got:?}"
    );
    assert!(got[0].1.contains("without a date."), "{got:?}");
    assert!(got[0].1.ends_with("what waiting would risk."), "{got:?}");
    assert!(got[1].1.starts_with("That the cost will be met."), "{got:?}");
}

#[test]
fn a_record_said_to_lack_the_following_introduces_its_items_as_the_grounds() {
    for intro in [
        "The file still lacks the following:",
        "The application is missing the following:",
        "The evidence does not include the following:",
    ] {
        let got = rfe_grounds_of(&format!(
            "{intro}\n\n\
(a) A letter from the hospital accepting him. The note on file says only that the clinic will look at his scans.\n\n\
(b) Proof that someone will pay for the operation. No sponsor has shown income or savings."
        ));
        assert_eq!(got.len(), 2, "{intro} {got:?}");
        assert!(
            got[0].1.starts_with("A letter from the hospital"),
            "{intro} {got:?}"
        );
        assert!(
            got[1].1.starts_with("Proof that someone will pay"),
            "{intro} {got:?}"
        );
        assert_eq!(got[0].0, "us-treatment-arranged", "{intro} {got:?}");
    }
}

#[test]
fn the_rule_stated_before_an_introduction_to_headed_grounds_is_no_ground() {
    let got = rfe_grounds_of(
        "Parole may be granted only for an urgent humanitarian reason, and the applicant must prove it and a favorable decision cannot rest on guesses the record does not support.\n\n\
We need more evidence on the points taken up under each heading below.\n\n\
Treatment\n\n\
No hospital in the United States has said that it will treat him. Send a letter of acceptance.\n\n\
Cost\n\n\
The record does not show who would pay for the treatment. Send the sponsor's bank statements.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].1.starts_with("No hospital in the United States"),
        "{got:?}"
    );
    assert!(
        got[1].1.starts_with("The record does not show who would pay"),
        "{got:?}"
    );
}

#[test]
fn points_the_officer_grants_are_no_ground() {
    let got = rfe_grounds_of(
        "Please submit the following evidence:\n\n\
The applicant has shown that her son has leukemia and that a clinic in Ohio will treat him. These points are not in dispute.\n\n\
The record does not show who would pay for the treatment. Send the sponsor's bank statements.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The record does not show who would pay"),
        "{got:?}"
    );
}

#[test]
fn a_request_for_current_information_on_the_patient_is_about_urgency() {
    let got = rfe_grounds_of(
        "Please submit the following:\n\n\
- Current information on Amara's condition. Say how many times she is now hospitalized each month and what her doctors expect to happen if the operation waits, in a letter from her treating physician.\n\n\
- The sponsor's bank statements for the last six months.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "medical-urgency", "{got:?}");
}

#[test]
fn a_past_removal_found_on_a_records_check_is_a_security_concern() {
    let got = rfe_grounds_of(
        "Please submit the following:\n\n\
- A check of government records shows that he was removed from the United States in 2014 after an unlawful entry at El Paso. Explain the removal and say whether it will weigh against him.\n\n\
- The sponsor's bank statements for the last six months.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "security", "{got:?}");
}

#[test]
fn a_letter_that_sends_its_requests_in_an_attachment_has_them_read_from_there() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
We are reviewing the Form I-131 filed for your sister, who needs a kidney transplant. More evidence is needed, and what we need is listed in the attachment to this letter.\n\n\
Sincerely,\n\nDirector\n\n\
ATTACHMENT: WHAT TO SEND\n\n\
Item 1 of 2\n\
No transplant center in the United States has said that your sister has been accepted. Send its letter with the treatment planned.\n\n\
Item 2 of 2\n\
The donor has not filed a separate I-131, and no separate application for him is in the record. File one and explain his part.\n";
    let got: Vec<(String, String)> =
        import::read_pages(import::Format::Text, &[text.to_string()], &Playbook::builtin())
            .grounds
            .iter()
            .map(|g| (g.category.id.clone(), g.found.quote.clone()))
            .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("No transplant center"), "{got:?}");
    assert!(got[1].1.starts_with("The donor has not filed"), "{got:?}");
    assert_eq!(got[0].0, "us-treatment-arranged", "{got:?}");
    assert_eq!(got[1].0, "other", "{got:?}");
}

#[test]
fn an_introduction_saying_how_each_finding_is_laid_out_is_no_ground() {
    let got = rfe_grounds_of(
        "We set out our findings below. Beneath each finding is a list of what the record lacks; tick each item as you enclose it.\n\n\
Finding 1: No hospital has agreed to operate on him. Missing:\n\
- an acceptance letter from the hospital;\n\
- the date proposed for the operation.\n\n\
Finding 2: The sponsor's income does not cover the estimate. Missing:\n\
- the sponsor's latest tax return.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("No hospital has agreed"), "{got:?}");
}

#[test]
fn the_paragraphs_under_a_heading_of_their_subject_are_one_ground() {
    let got = grounds_of(
        "Criminal history\n\n\
The Uzbek court records show a conviction in 2018 for which no police certificate was filed.\n\n\
The statement filed with the request does not mention the conviction, and nothing shows how the sentence ended.\n\n\
USCIS cannot conclude that his parole would pose no risk to public safety.\n\n\
Payment\n\n\
No one has offered to pay the hospital's estimate.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "security", "{got:?}");
    assert!(got[0].1.ends_with("no risk to public safety."), "{got:?}");
    // Under a heading of one subject, a paragraph about another stays apart.
    let got = grounds_of(
        "Criminal history\n\n\
The Uzbek court records show a conviction in 2018 for which no police certificate was filed.\n\n\
No one has offered to pay the hospital's estimate of $70,000.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_stay_asked_for_study_and_a_wait_for_treatment_at_home_get_their_categories() {
    each_one_ground_of_its_category(&[
        (
            "The request asks for two years so that she may follow a course of study in Denver once she recovers, which parole does not serve.",
            "other",
        ),
        (
            "Her physician says the waiting period at the national hospital is long, but not how long, and the record does not say why the transplant units in Quito were not asked.",
            "treatment-unavailable",
        ),
    ]);
}

#[test]
fn a_finding_about_the_record_as_a_whole_before_a_list_of_requests_introduces_the_items() {
    let got = rfe_grounds_of(
        "The papers filed do not yet show eligibility. Please submit the following:\n\n\
1. The surgeon's note gives no date for the operation. Send a note that names one.\n\n\
2. No estimate of the hospital's charges is in the file. Send the estimate and proof of who will pay it.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The surgeon's note"), "{got:?}");
    assert!(got[1].1.starts_with("No estimate"), "{got:?}");
    // A finding with a subject of its own still owns the list after it.
    let got = rfe_grounds_of(
        "The record does not show who will pay for the operation. Please submit the following:\n\n\
1. the sponsor's bank statements for the last six months;\n\n\
2. a letter from the hospital stating its charges.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.ends_with("stating its charges."), "{got:?}");
}

#[test]
fn a_one_sentence_finding_over_bullets_is_one_ground_with_them() {
    let got = grounds_of(
        "The date of the operation has not been shown.\n\
• The cardiology note in the file is fourteen months old.\n\
• No surgeon has named a date or said what a delay would risk.\n\n\
No one has offered to pay the hospital's estimate.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The date of the operation"), "{got:?}");
    assert!(got[0].1.ends_with("what a delay would risk."), "{got:?}");
    assert!(got[1].1.starts_with("No one has offered"), "{got:?}");
}

#[test]
fn the_factors_in_favor_and_the_weighing_of_them_are_no_grounds() {
    let got = grounds_of(
        "Factors in the applicant's favor\n\n\
USCIS accepts that her condition is serious and notes that no one in her household has a criminal record.\n\n\
Factors against approval\n\n\
No one has offered to pay the hospital's estimate of $60,000.\n\n\
The record does not show that she would go back home once treatment ends.\n\n\
Having weighed the factors, USCIS finds that the adverse ones prevail and will not exercise its discretion for her.",
    );
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["financial-support", "temporary-stay"],
        "{got:?}"
    );
}

#[test]
fn a_new_reason_after_a_summing_up_sentence_is_a_ground() {
    let got = grounds_of(
        "The hospital has not named a date for the operation.\n\n\
No one has offered to pay the hospital's estimate of $60,000.\n\n\
To sum up, neither the date nor the payment is shown. Furthermore, the passport he filed expired in 2023 and no current one is in the record.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[2].1.starts_with("Furthermore, the passport"), "{got:?}");
    assert!(got[2].1.ends_with("no current one is in the record."), "{got:?}");
}

#[test]
fn conduct_said_to_weigh_heavily_against_the_request_is_a_finding() {
    let got = grounds_of(
        "No one has offered to pay the hospital's estimate of $60,000.\n\n\
Her form states that she was never refused a visa, yet records show that she was refused one in 2021 after filing a forged bank letter. That conduct weighs heavily against a favorable exercise of discretion.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "discretion", "{got:?}");
}

#[test]
fn a_sentence_naming_the_place_the_one_before_named_stays_with_it() {
    let one = grounds_of(
        "The clinic in Boston has sent only a cost estimate. There is no letter from a surgeon there agreeing to operate on him.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
    // Without the word that points back, the finding afresh about another
    // subject starts another ground.
    let two = grounds_of(
        "The clinic in Boston has sent only a cost estimate. There is no letter from a surgeon agreeing to operate on him.",
    );
    assert_eq!(two.len(), 2, "{two:?}");
}

#[test]
fn a_past_overstay_companions_without_a_request_and_a_hidden_refusal_get_their_categories() {
    each_one_ground_of_its_category(&[
        (
            "He stayed in the United States for nine months after his previous entry in 2023, long after the period he was admitted for had ended, and nothing explains it.",
            "discretion",
        ),
        (
            "Your sister's two sons would accompany her, but no Form I-131 was filed for either of them.",
            "other",
        ),
        (
            "The form says she has never applied for a visa, but her passport shows a visa refused in 2022, and this is not explained.",
            "discretion",
        ),
        (
            "Nothing shows that the surgery cannot be given in a nearby country or why the local options were set aside.",
            "treatment-unavailable",
        ),
    ]);
}

#[test]
fn a_clause_joined_by_and_on_what_the_sentence_named_stays_with_it() {
    // The clause asks how long the care would take, but it goes on about
    // the clinic's plan the sentence named: one ground.
    let one = grounds_of(
        "You say a clinic in Denver has agreed to see your daughter, but no letter from that clinic was filed, and the record does not describe the care it offers or how long it would take.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
    assert!(one[0].1.ends_with("how long it would take."), "{one:?}");
}

#[test]
fn a_sentence_on_what_cannot_be_decided_without_the_missing_papers_goes_on_with_them() {
    let one = grounds_of(
        "The application states that the beneficiary was detained by police in 2021, but no record of the case or its outcome was filed. USCIS cannot assess whether he poses a danger to the community without such documents, each with a certified English translation.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
    assert_eq!(one[0].0, "security", "{one:?}");
    assert!(one[0].1.ends_with("certified English translation."), "{one:?}");
}

#[test]
fn reasons_numbered_in_one_sentence_are_cut_at_their_semicolons() {
    let got = grounds_of(
        "The request is denied because (1) no hospital in the United States has agreed to admit the patient; (2) the sponsor's Form I-134 shows no savings and no plan to pay for the operation; and (3) the patient was convicted of armed robbery in 2015 and no court record was filed.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(
        got[0].1,
        "no hospital in the United States has agreed to admit the patient"
    );
    assert_eq!(
        got[1].1,
        "the sponsor's Form I-134 shows no savings and no plan to pay for the operation"
    );
    assert!(got[2].1.starts_with("the patient was convicted"), "{got:?}");
    assert!(got[2].1.ends_with("no court record was filed."), "{got:?}");
}

#[test]
fn a_report_that_is_said_to_leave_something_out_is_a_finding() {
    let got = grounds_of(
        "The request is denied because (1) the surgeon's letter states that the boy has had two operations in Lima and does not say why a third cannot be done there; and (2) the sponsor has no savings.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("the surgeon's letter states"), "{got:?}");
    assert!(got[0].1.ends_with("cannot be done there"), "{got:?}");
}

#[test]
fn a_request_after_a_finding_belongs_to_it_whatever_it_names() {
    let one = rfe_grounds_of(
        "The plan names the patient's cousin as the one who would drive her to dialysis, but the cousin lives in another state and nothing shows he has agreed. If he is to be her driver, explain where he would stay and provide his visa record and a letter from his employer.",
    );
    assert_eq!(one.len(), 1, "{one:?}");
    assert!(one[0].1.ends_with("a letter from his employer."), "{one:?}");
}

#[test]
fn on_a_form_of_boxes_only_the_marked_reasons_are_grounds_each_with_its_explanation() {
    let got = grounds_of(
        "The request is denied for the reasons checked below. Items not marked do not apply to this case.\n\n[ ] The beneficiary's identity has not been established.\n\n[X] The financial support is insufficient.\nThe sponsor earns $19,000 a year and supports six persons, and no one else has offered to pay for the operation.\n\n[ ] The stay has not been shown to be temporary.\n\n[X] The treatment has not been shown to be unavailable at home.\nNo doctor in Lagos has said that the operation cannot be performed there.\n\nSincerely,\nDirector",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "financial-support", "{got:?}");
    assert_eq!(
        got[0].1,
        "The financial support is insufficient. The sponsor earns $19,000 a year and supports six persons, and no one else has offered to pay for the operation."
    );
    assert!(
        got[1].1.starts_with("The treatment has not been shown"),
        "{got:?}"
    );
    assert!(got[1].1.ends_with("cannot be performed there."), "{got:?}");
}

/// "Arrive by plane" in a marked box's explanation is how someone would
/// travel, not a time to respond: a deadline word keeps the explanation
/// out only with a date or a count of days, weeks or months after it.
#[test]
fn a_deadline_word_without_a_date_or_a_period_after_it_keeps_a_boxes_explanation() {
    let got = grounds_of(
        "The request is denied for the reasons checked below. Items not marked do not apply to this case.\n\n[X] The travel plan is incomplete.\nThe request says the boy's grandmother would arrive by plane from Accra to take him home, but gives no date and no ticket.\n\n[ ] The stay has not been shown to be temporary.\n\nSincerely,\nDirector",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        "The travel plan is incomplete. The request says the boy's grandmother would arrive by plane from Accra to take him home, but gives no date and no ticket."
    );
}

#[test]
fn an_exhibit_found_in_order_is_no_ground() {
    let got = rfe_grounds_of(
        "Exhibit 1: Passport of the beneficiary\n\nThe passport is valid until 2031 and its copy is legible. No further evidence is needed about it.\n\nExhibit 2: Letter of Dr. Amara Osei\n\nThe letter gives no diagnosis and no opinion on whether the operation can wait. Submit a current letter from the treating surgeon.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The letter gives no diagnosis"), "{got:?}");
}

#[test]
fn a_program_at_home_a_companion_without_a_request_a_militia_a_wedding_and_a_postponement_get_their_categories()
 {
    let cases = [
        (
            "The nephrologist's letter does not say whether a transplant program there has evaluated him or declined to list him.",
            "treatment-unavailable",
        ),
        (
            "The plan depends on his sister as the marrow donor, but she has not filed a Form I-131 of her own and nothing shows how she would enter.",
            "other",
        ),
        (
            "The beneficiary was a commander in a village militia from 2012 to 2016, and nothing was provided about what the unit did.",
            "security",
        ),
        (
            "You also ask that she remain until her son's wedding in 2029, which is not a reason for parole.",
            "other",
        ),
        (
            "The surgeon does not say what would happen to the child if the operation is postponed by a year.",
            "medical-urgency",
        ),
    ];
    each_one_ground_of_its_category(&cases);
}

/// The grounds a denial whose body is `body` gives when read by `playbook`.
fn grounds_by(body: &str, playbook: &Playbook) -> Vec<(String, String)> {
    let text = format!(
        "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n{body}\n\nSincerely,\nDirector\n"
    );
    import::read_pages(import::Format::Text, &[text], playbook)
        .grounds
        .iter()
        .map(|g| (g.category.id.clone(), g.found.quote.clone()))
        .collect()
}

#[test]
fn the_words_that_tie_a_sentence_to_the_one_before_come_from_the_playbook() {
    // A place named again by "there", a lack that something else rests on
    // ("without these"), and a request after a finding: each second
    // sentence goes on with the first.
    let tied = [
        "The hospital in Houston has sent only an estimate of the cost. There is no letter from an oncologist there agreeing to treat her.",
        "The sponsor says he was once arrested in 2019 in Lima, but no police record or court record of it was filed. USCIS cannot weigh the danger he may pose to the public without these records, each with a certified English translation.",
        "The letter of the treating doctor does not say whether the patient is fit to fly or needs a medical escort on the flight. Provide an itemized estimate of the cost of the surgery and proof of the funds and savings that would pay for it, none of which is in the record.",
        "The letter of the treating doctor does not say whether the patient is fit to fly or needs a medical escort on the flight. Kindly provide an itemized estimate of the cost of the surgery and proof of the funds and savings that would pay for it, none of which is in the record.",
        "The letter of the treating doctor does not say whether the patient is fit to fly or needs a medical escort on the flight. Where a charity is to pay, provide an itemized estimate of the cost of the surgery and proof of the funds and savings that would pay for it, none of which is in the record.",
    ];
    let builtin = Playbook::builtin();
    let mut bare = Playbook::builtin();
    let any = bare
        .import
        .notices
        .get_mut("any")
        .expect("the builtin playbook has notices.any");
    assert!(!any.places_back.is_empty() && !any.without_these.is_empty() && !any.request_verbs.is_empty());
    any.places_back.clear();
    any.without_these.clear();
    any.request_verbs.clear();
    for body in tied {
        let got = grounds_by(body, &builtin);
        assert_eq!(got.len(), 1, "{got:?}");
        // With the lists emptied, nothing ties the second sentence to the
        // first, and the finding about another subject is another ground.
        let got = grounds_by(body, &bare);
        assert_eq!(got.len(), 2, "{got:?}");
    }
}

#[test]
fn a_closing_sentence_that_asks_nothing_more_drops_only_itself() {
    let got = grounds_of(
        "The passport copy is in order. No further evidence is requested.\n\nThe letter from Dr. Lena Ruiz does not say when the operation must take place or what would follow if it waited. No further evidence is requested.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].1,
        "The letter from Dr. Lena Ruiz does not say when the operation must take place or what would follow if it waited."
    );
}

#[test]
fn the_statute_s_phrase_urgent_humanitarian_reasons_is_no_cue_of_urgency() {
    let got = grounds_of(
        "The record does not establish urgent humanitarian reasons, as the passport copy filed belongs to another person.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "documentation", "{got:?}");
    // Read without the playbook's `standard_phrases`, the statute's words
    // count as urgency and outweigh the one cue of the ground's subject.
    let mut bare = Playbook::builtin();
    if let Some(any) = bare.import.notices.get_mut("any") {
        any.standard_phrases.clear();
    }
    let got = grounds_by(
        "The record does not establish urgent humanitarian reasons, as the passport copy filed belongs to another person.",
        &bare,
    );
    assert_eq!(got[0].0, "medical-urgency", "{got:?}");
    // Urgency the record speaks of in its own words still counts.
    let urgent =
        grounds_of("The record does not show that the surgery is urgent or that the tumor is growing.");
    assert_eq!(urgent[0].0, "medical-urgency", "{urgent:?}");
}

#[test]
fn an_attachment_of_requests_ends_at_the_next_enclosure_heading() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
We are reviewing the Form I-131 filed for your father. What we need is described in the attachment to this letter.\n\n\
Sincerely,\n\nDirector\n\n\
ATTACHMENT: EVIDENCE TO SEND\n\n\
The letter from the cardiology clinic does not say whether your father can fly. Send a letter from his cardiologist on his fitness to travel.\n\n\
ENCLOSURE: NOTES ON TRANSLATIONS\n\n\
A document in a foreign language that is not translated into English cannot be considered.\n";
    let got: Vec<(String, String)> =
        import::read_pages(import::Format::Text, &[text.to_string()], &Playbook::builtin())
            .grounds
            .iter()
            .map(|g| (g.category.id.clone(), g.found.quote.clone()))
            .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The letter from the cardiology clinic"),
        "{got:?}"
    );
}

#[test]
fn a_country_a_month_a_possessive_or_a_form_title_is_no_author_of_a_named_document() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2027\nReceipt Number: IOE0912345602\n\n\
We reviewed a scan report from Kenya, a summary from April 2027, the notes of Amina's first operation, Form I-134, Declaration of Financial Support, a hospital summary from Dr. Ruth Otieno dated May 2, 2027, a letter from April Nguyen, Form I-131, letter from Dr. Paul Mwangi dated May 9, 2027, and a letter from Dr. Haque's office.\n\n\
The record does not show who would pay for the operation.\n\nSincerely,\nDirector\n".to_string();
    let evidence = import::read_pages(
        import::Format::Text,
        std::slice::from_ref(&text),
        &Playbook::builtin(),
    )
    .evidence;
    let got: Vec<(String, Option<String>, String)> = evidence
        .iter()
        .map(|e| (e.named.title.clone(), e.named.author.clone(), e.kind.id.clone()))
        .collect();
    let owned =
        |title: &str, author: &str, kind: &str| (title.to_owned(), Some(author.to_owned()), kind.to_owned());
    assert_eq!(
        got,
        [
            owned(
                "Hospital summary from Dr. Ruth Otieno",
                "Dr. Ruth Otieno",
                "medical-record"
            ),
            owned("Letter from April Nguyen", "April Nguyen", "other"),
            owned(
                "Letter from Dr. Paul Mwangi",
                "Dr. Paul Mwangi",
                "physician-opinion"
            ),
            owned(
                "Letter from Dr. Haque's office",
                "Dr. Haque's office",
                "physician-opinion"
            ),
        ]
    );
}

#[test]
fn a_patients_doctor_or_a_city_a_scan_was_made_in_writes_no_document_but_a_named_relative_does() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2027\nReceipt Number: IOE0912345604\n\n\
You sent a letter from Amina's surgeon, a CT report from Accra, a discharge summary from Lima, a Form I-134 from Amina's brother, Mr. Yusuf Hassan, and a letter from Casey Lin.\n\n\
The record does not show who would pay for the operation.\n\nSincerely,\nDirector\n".to_string();
    let evidence = import::read_pages(
        import::Format::Text,
        std::slice::from_ref(&text),
        &Playbook::builtin(),
    )
    .evidence;
    let got: Vec<(String, Option<String>)> = evidence
        .iter()
        .map(|e| (e.named.title.clone(), e.named.author.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Form I-134 from Mr. Yusuf Hassan".to_owned(),
                Some("Mr. Yusuf Hassan".to_owned())
            ),
            ("Letter from Casey Lin".to_owned(), Some("Casey Lin".to_owned())),
        ]
    );
}

#[test]
fn a_document_listed_after_a_dash_and_a_page_number_is_named_without_them() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2027\nReceipt Number: IOE0912345603\n\n\
We considered the following:\n- Form I-131 and the cover note - page 1\n- Letter from Dr. Lena Park dated May 2, 2027 - page 4\n\n\
The record does not show who would pay for the operation.\n\nSincerely,\nDirector\n".to_string();
    let evidence = import::read_pages(
        import::Format::Text,
        std::slice::from_ref(&text),
        &Playbook::builtin(),
    )
    .evidence;
    let titles: Vec<&str> = evidence.iter().map(|e| e.named.title.as_str()).collect();
    assert_eq!(titles, ["Letter from Dr. Lena Park"]);
}

#[test]
fn the_nouns_that_name_a_document_come_from_the_playbook() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\nThe brochure from Mercy Clinic dated March 3, 2026 does not say who would pay for the operation.\n\nSincerely,\nDirector\n".to_string();
    let titles = |playbook: &Playbook| -> Vec<String> {
        import::read_pages(import::Format::Text, std::slice::from_ref(&text), playbook)
            .evidence
            .iter()
            .map(|e| e.named.title.clone())
            .collect()
    };
    assert!(titles(&Playbook::builtin()).is_empty());
    let mut taught = Playbook::builtin();
    if let Some(any) = taught.import.notices.get_mut("any") {
        any.document_nouns.push("brochure".to_owned());
    }
    assert_eq!(titles(&taught), ["Brochure from Mercy Clinic"]);
}

#[test]
fn the_agency_s_answer_to_a_point_it_quotes_is_a_ground_without_its_label() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
Your letter made two points, which USCIS answers in turn.\n\n\
Point 1 of your letter: \"The family can pay for the operation.\"\n\n\
USCIS response: The sponsor's Form I-134 shows a yearly income of $22,000, and the hospital asks for $150,000 before admission. No other source of payment is shown.\n\n\
Point 2 of your letter: \"The boy will go home after the operation.\"\n\n\
USCIS response: USCIS accepts that the family intends to return.\n\n\
Sincerely,\nDirector\n";
    let got: Vec<(String, String)> =
        import::read_pages(import::Format::Text, &[text.to_string()], &Playbook::builtin())
            .grounds
            .iter()
            .map(|g| (g.category.id.clone(), g.found.quote.clone()))
            .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "financial-support", "{got:?}");
    assert!(got[0].1.starts_with("The sponsor's Form I-134"), "{got:?}");
    assert!(
        got[0].1.ends_with("No other source of payment is shown."),
        "{got:?}"
    );
}

#[test]
fn a_sentence_before_reasons_counted_from_first_that_names_no_subject_introduces_them() {
    let got = grounds_of(
        "Three matters remain open. First, no surgeon in Houston has agreed to operate on the boy, and the hospital letter only says his records arrived. Second, the sponsor's Form I-134 shows a yearly income of $28,000 and no savings toward the cost of the operation. Third, the father, who would travel with him, was arrested in 2020 and no court record was filed. The request is therefore denied.",
    );
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["us-treatment-arranged", "financial-support", "security"],
        "{got:?}"
    );
    assert!(got[0].1.starts_with("First, no surgeon in Houston"), "{got:?}");
    assert!(got[2].1.starts_with("Third, the father"), "{got:?}");
}

#[test]
fn items_in_lower_case_under_evidence_needed_belong_to_the_ground_before_it() {
    // "Evidence needed:" ends the first finding's paragraph and stands
    // alone after the second; neither opens the grounds, and the items
    // under each, with no marker, are that ground's.
    let got = rfe_grounds_of(
        "USCIS needs more evidence to decide the request. For each issue below, this notice says what is missing and what evidence could supply it.\n\n\
Issue 1: Condition\n\n\
The only medical record is a clinic note from 2025. No doctor has described her condition since then or said how soon she must be treated.\n\
Evidence needed:\n\
a current letter from her physician on her condition and how soon treatment is needed;\n\
the results of her latest tests.\n\n\
Issue 2: Identity\n\n\
Her passport copy cannot be read.\n\
Evidence needed:\n\
a clear copy of every page of her passport.\n\n\
Response\n\n\
Submit the evidence within 84 days of the date of this notice.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "medical-urgency", "{got:?}");
    assert!(got[0].1.starts_with("The only medical record"), "{got:?}");
    assert!(
        got[0].1.ends_with(
            "Evidence needed: a current letter from her physician on her condition and how soon treatment is needed; the results of her latest tests."
        ),
        "{got:?}"
    );
    assert_eq!(
        got[1].1,
        "Her passport copy cannot be read. Evidence needed: a clear copy of every page of her passport."
    );
}

#[test]
fn where_she_would_stay_who_looks_after_him_and_what_brings_her_home_get_their_categories() {
    each_one_ground_of_its_category(&[
        (
            "The uncle's letter does not say where she would stay between the rounds of chemotherapy.",
            "support-plan",
        ),
        (
            "Nothing shows who would look after the boy on the days his father works nights.",
            "support-plan",
        ),
        (
            "The host offers a bed, but no apartment or room near the clinic is named.",
            "support-plan",
        ),
        (
            "Nothing in the record shows what would bring her home once the course of radiation ends in Boston.",
            "temporary-stay",
        ),
        (
            "No doctor in Lusaka is named to check his blood levels when he returns.",
            "temporary-stay",
        ),
    ]);
}

#[test]
fn a_place_that_cannot_treat_an_institute_abroad_a_need_now_follow_up_and_an_undisclosed_stay_get_their_categories()
 {
    each_one_ground_of_its_category(&[
        (
            "The record does not explain whether the operation cannot be done in Yerevan or why the surgeons there could not treat him.",
            "treatment-unavailable",
        ),
        (
            "No letter shows that the cancer institutes in Warsaw or Prague have declined to see her.",
            "treatment-unavailable",
        ),
        (
            "The neurologist lists the medicines the boy takes but does not say why an operation is now needed rather than another change of drugs.",
            "medical-urgency",
        ),
        (
            "No one has said who would give her the follow up checks of the implant.",
            "temporary-stay",
        ),
        (
            "The application does not mention that he stayed in Canada for a year after his student permit ran out, and USCIS gives this negative weight.",
            "discretion",
        ),
    ]);
}

#[test]
fn a_longer_cue_of_another_category_leaves_the_shorter_one_it_holds_its_weight() {
    // "in the home country" is a cue of the stay's end, "home country" one
    // of the care there: a finding on the care there stays one on the care.
    each_one_ground_of_its_category(&[
        (
            "Nothing in the file explains why the valve repair she needs could not be done in the home country.",
            "treatment-unavailable",
        ),
        (
            "The record does not show why the boy's operation cannot take place in the home country.",
            "treatment-unavailable",
        ),
    ]);
}

#[test]
fn cues_read_in_the_sense_they_were_added_for() {
    each_one_ground_of_its_category(&[
        // How far the family lives and how the patient gets to care.
        (
            "His aunt's house in Tampa is three hundred miles from the hospital, and no one says how he would get to his appointments.",
            "support-plan",
        ),
        (
            "The cousin lives five hours away from the hospital in Houston, and nothing shows how the girl would attend daily dialysis.",
            "support-plan",
        ),
        (
            "Her mother says she would return to work a week after the operation, and no one else is named to care for the child.",
            "support-plan",
        ),
        // A deposit the surgeon waits for is money.
        (
            "The clinic in Denver is unable to operate until a deposit of $40,000 is paid, and the record shows no way to pay it.",
            "financial-support",
        ),
        // The care at home, whatever else the sentence names.
        (
            "The letter from the surgeon in Kingston does not say why the hip cannot be replaced there.",
            "treatment-unavailable",
        ),
        (
            "The oncologist does not say why the operation must take place in the United States rather than at the university hospital in Quito.",
            "treatment-unavailable",
        ),
        (
            "The surgeon writes that the cyst would return without surgery, but does not say whether the surgery is offered in the home country.",
            "treatment-unavailable",
        ),
        // A committee yet to meet, a researcher's maybe: nothing arranged.
        (
            "The Houston letter says the boy's file \"will go before the transplant committee\" in the autumn, and names no date for a first visit.",
            "us-treatment-arranged",
        ),
        (
            "A research nurse writes only that the girl may be a candidate for a trial of a new drug, and not that she was screened or enrolled.",
            "us-treatment-arranged",
        ),
        // Care to be had nearer home.
        (
            "The surgeon in Aleppo does not say that a pump cannot be implanted in Syria, and nothing shows that she sought care in Jordan.",
            "treatment-unavailable",
        ),
        // A hospital that declines to schedule has not accepted.
        (
            "The only center named is declining to schedule the transplant, and no other center is named.",
            "us-treatment-arranged",
        ),
    ]);
}

#[test]
fn progress_notes_are_a_record_of_care() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: June 1, 2027\nReceipt Number: IOE0912345605\n\n\
We reviewed the progress notes of Dr. Ana Ruiz and a letter from Dr. Ana Ruiz dated May 2, 2027.\n\n\
The record does not show who would pay for the operation.\n\nSincerely,\nDirector\n".to_string();
    let evidence = import::read_pages(
        import::Format::Text,
        std::slice::from_ref(&text),
        &Playbook::builtin(),
    )
    .evidence;
    let got: Vec<(String, String)> = evidence
        .iter()
        .map(|e| (e.named.title.clone(), e.kind.id.clone()))
        .collect();
    // The title is the notes "of Dr. Ana Ruiz" (the notice's document
    // words name no "progress"); a doctor's notes are still a record.
    assert_eq!(got[0].1, "medical-record", "{got:?}");
    assert_eq!(got[1].1, "physician-opinion", "{got:?}");
}

#[test]
fn a_deadline_that_adds_days_for_mailing_and_states_the_total_counts_the_total() {
    let text = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: March 2, 2026\nReceipt Number: IOE0912345602\n\nUSCIS intends to deny the request.\n\n1. No physician in the United States has agreed to treat the beneficiary.\n\nYou may respond. Your reply must be received within 15 days, plus 3 days added since this letter went by post: in all, a total of 18 days from the date above.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let due = reading.decision.respond_by.as_ref().map(|x| x.0.to_string());
    assert_eq!(due.as_deref(), Some("2026-03-20"));
}

/// The response deadline of a notice read from a text of our own.
fn due_of(text: &str) -> Option<String> {
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    reading.decision.respond_by.as_ref().map(|x| x.0.to_string())
}

#[test]
fn a_period_from_the_day_this_letter_went_out_with_days_added_for_post_counts_both() {
    let notice = |line: &str| {
        format!(
            "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: March 2, 2026\nReceipt Number: IOE0912345602\n\nUSCIS intends to deny the request.\n\n1. No physician in the United States has agreed to treat the beneficiary.\n\n{line} Late replies are not read.\n\nSincerely,\nDirector\n"
        )
    };
    // Counted from the day the letter was sent, with five days for the post.
    assert_eq!(
        due_of(&notice(
            "Your reply is due within 20 days of the date this letter was sent, plus 5 days for mailing."
        ))
        .as_deref(),
        Some("2026-03-27")
    );
    // Without days for the post: the twenty alone.
    assert_eq!(
        due_of(&notice(
            "Your reply is due within 20 days of the date this letter was issued."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
    // A total that already holds the days for the post adds nothing.
    assert_eq!(
        due_of(&notice(
            "Your reply is due within 25 days of the date of this letter (20 days plus 5 days for mailing)."
        ))
        .as_deref(),
        Some("2026-03-27")
    );
    // Counted from the day it reaches the reader: that day is not known.
    assert_eq!(
        due_of(&notice(
            "Your reply is due within 20 days of the date this letter was received."
        )),
        None
    );
}

#[test]
fn a_period_from_the_date_shown_at_the_head_of_the_notice_is_counted_from_it() {
    let text = "U.S. Citizenship and Immigration Services\n\nREQUEST FOR EVIDENCE\n\nIssued: March 2, 2026\nReceipt Number: IOE0912345603\n\nThe record does not show how the cost of the surgery would be paid. Please submit the sponsor's bank statements.\n\nYour reply must arrive within 40 days from the date shown above. Late replies are not read.\n\nSincerely,\nDirector\n";
    assert_eq!(due_of(text).as_deref(), Some("2026-04-11"));
    // A date above that is another's (the hospital's letter) is not the notice's.
    let other = text.replace(
        "from the date shown above",
        "from the date of the hospital letter",
    );
    assert_eq!(due_of(&other), None);
}

#[test]
fn a_subject_line_naming_the_kind_of_notice_is_its_title_and_no_name() {
    // A letter with no title of its own and none of the operative words.
    let text = "Humanitarian Affairs Branch\n\nMarch 2, 2026\n\nRe: Notice of Intent to Deny\nReceipt Number: IOE0912345604\n\nDear Mr. Olsen:\n\nWe have looked at the request you filed for your daughter and we are not yet able to grant it. The record does not show how the cost of the surgery would be paid, and no sponsor has signed a Form I-134.\n\nYou may answer within 30 days of the date of this letter.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    let kind = reading.decision.kind.as_ref().map(|k| k.0.as_str());
    assert_eq!(kind, Some("noid"));
    assert_ne!(
        reading.decision.beneficiary.as_deref(),
        Some("Notice of Intent to Deny")
    );
    // A subject line naming a person still names the beneficiary.
    let named = text.replace("Re: Notice of Intent to Deny", "Re: Anna Olsen");
    let reading = import::read_pages(import::Format::Text, &[named], &Playbook::builtin());
    assert_eq!(reading.decision.beneficiary.as_deref(), Some("Anna Olsen"));
}

#[test]
fn a_copy_of_an_earlier_notice_enclosed_after_the_decision_does_not_name_its_kind() {
    let text = "U.S. Citizenship and Immigration Services\n\nDECISION ON YOUR REQUEST\n\nDate: September 3, 2026\nReceipt Number: IOE0912345605\n\nThe record still does not show how the cost of the surgery would be paid.\n\nThe request is therefore denied.\n\nDirector\n\u{c}COPY OF EARLIER NOTICE\n\nNOTICE OF INTENT TO DENY\n\nDate: June 1, 2026\n\nUSCIS intends to deny this request for the following reason:\n\n(a) No sponsor has shown the means to pay for the surgery.\n\nYou have 30 days from this notice's date to respond.\n";
    let pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    let reading = import::read_pages(import::Format::Text, &pages, &Playbook::builtin());
    let kind = reading.decision.kind.as_ref().map(|k| k.0.as_str());
    assert_eq!(kind, Some("denial"), "{:?}", reading.decision.kind);
    assert_eq!(
        reading.decision.date.as_ref().map(|d| d.0.to_string()).as_deref(),
        Some("2026-09-03")
    );
    assert_eq!(reading.decision.respond_by, None);
    // The notice alone, without its enclosure, is read the same.
    let alone = import::read_pages(import::Format::Text, &pages[..1], &Playbook::builtin());
    assert_eq!(alone.decision.kind.as_ref().map(|k| k.0.as_str()), Some("denial"));
}

/// The category the playbook's cues give a ground of our own, read alone.
fn category_alone(quote: &str) -> String {
    import::category_of(quote, &Playbook::builtin(), None).id
}

#[test]
fn either_of_two_hospitals_at_home_or_one_asked_to_accept_the_patient_is_care_within_reach() {
    assert_eq!(
        category_alone(
            "Two children's hospitals in the capital have operated on patients with this defect, and the surgeon's letter does not say that either hospital was asked to accept Ana."
        ),
        "treatment-unavailable"
    );
    assert_eq!(
        category_alone(
            "Heart surgery of this kind is done at a university center in Lima and at a private clinic in Arequipa. Nothing shows whether either center has seen Rosa. Useful evidence could include the minutes of the transplant committee that weighed her case."
        ),
        "treatment-unavailable"
    );
    // A hospital here asked to accept the patient is still the care
    // arranged here.
    assert_eq!(
        category_alone(
            "The Denver hospital has not agreed to treat Ana; its letter says only that it was asked to accept her and will reply later."
        ),
        "us-treatment-arranged"
    );
}

#[test]
fn a_patient_now_well_with_no_reason_given_why_it_is_required_now_is_the_urgency() {
    assert_eq!(
        category_alone(
            "The pediatrician reports that Ali is now well on daily medicine. The letter gives no reason why the operation is required now, and no hospital admission since March is recorded."
        ),
        "medical-urgency"
    );
}

#[test]
fn an_offer_made_in_a_year_is_no_place_of_care_and_a_conflict_it_shows_is_discretion() {
    assert_eq!(
        category_alone(
            "The request says that no center in Peru performs the repair. Yet the surgeon's own letter records that a hospital in Lima offered in 2024 to operate and the family declined. The request does not explain why it says otherwise, and this conflict in the record weighs on discretion."
        ),
        "discretion"
    );
}

#[test]
fn clauses_in_small_letters_after_because_and_a_colon_are_grounds_each() {
    let got = grounds_of(
        "Having weighed the record, USCIS denies the request because:\n\nthe sponsor's Form I-134 shows a yearly income of $21,000 and no savings, which cannot meet an estimate of $90,000 for the surgery and the stay;\nthe hospital in Denver has written only that it would review the records, and no surgeon has agreed to operate;\nthe request does not say how the beneficiary would return home once treated, or who would care for him there.\n\nAny one of these points would be enough to deny the request.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].1.starts_with("the sponsor's Form I-134 shows"), "{got:?}");
    assert!(got[0].1.ends_with("the surgery and the stay;"), "{got:?}");
    assert!(got[1].1.starts_with("the hospital in Denver"), "{got:?}");
    assert!(got[1].1.ends_with("agreed to operate;"), "{got:?}");
    assert!(got[2].1.ends_with("care for him there."), "{got:?}");
    assert_eq!(
        got.iter().map(|g| g.0.as_str()).collect::<Vec<_>>(),
        ["financial-support", "us-treatment-arranged", "temporary-stay"],
        "{got:?}"
    );
}

#[test]
fn an_earlier_request_the_decision_says_was_met_is_no_ground() {
    // Under a sub-heading of its own, like the grounds after it.
    let got = grounds_of(
        "ANALYSIS\n\n\
Identity of the Patient\n\n\
The notice of intent to deny asked for a copy of the boy's birth record. The reply includes a certified copy. That matter is now settled and is not a reason for this decision.\n\n\
Payment\n\n\
The record does not show who would pay the hospital's estimate of $240,000.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The record does not show who would pay"),
        "{got:?}"
    );
    // As a paragraph of its own among the findings.
    let got = grounds_of(
        "The second request has been answered: the surgeon in Denver writes that he will operate, and that point plays no part in this decision. The others have not been met, as set out below.\n\n\
The record does not show who would pay the hospital's estimate of $240,000.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.starts_with("The record does not show who would pay"),
        "{got:?}"
    );
}

#[test]
fn a_pointer_to_a_continuation_sheet_is_furniture() {
    // The lead-in's sentence that the reasons run on to a continuation
    // sheet is no ground, nor is the mark at the page's foot that says
    // the ground goes on there: the ground reads across it whole.
    let first = "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n\
Proposed action: USCIS intends to deny the request for the reasons numbered I to III. When a page does not have room enough for all of them, they continue on the attached continuation sheet.\n\n\
I. No doctor has said why the surgery must happen this year.\n\n\
II. The sponsor earns $29,000 a year, and nothing shows who would pay the clinic's estimate or the family's rent during the\n\
Continued on attached continuation sheet\n";
    let second = "six months of care.\n\n\
III. No one has said where the boy would live.\n\nSincerely,\nDirector\n";
    let got: Vec<String> = import::read_pages(
        import::Format::Text,
        &[first.to_owned(), second.to_owned()],
        &Playbook::builtin(),
    )
    .grounds
    .iter()
    .map(|g| g.found.quote.clone())
    .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].starts_with("No doctor has said"), "{got:?}");
    assert!(
        got[1].ends_with("the family's rent during the six months of care."),
        "{got:?}"
    );
}

#[test]
fn a_finding_that_the_record_says_otherwise_goes_on_with_the_item_before_it() {
    // The item's last sentence finds a conflict with what the sentences
    // before it set out ("says otherwise"): one ground, however much its
    // words lean to discretion.
    let got = rfe_grounds_of(
        "The documents filed do not establish the following:\n\n\
1. The form states that no center in Peru performs this surgery. Yet the oncologist's own letter records that a children's hospital in Lima offered in 2024 to operate and that the family chose not to go ahead. The applicant has not explained why the form says otherwise, and an unexplained conflict between the form and its own evidence weighs on whether USCIS should exercise its discretion in her favor.\n\n\
2. No one has said who would pay the hospital's estimate of $90,000.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.ends_with("its discretion in her favor."), "{got:?}");
}

#[test]
fn the_standard_told_in_the_first_person_plural_is_no_ground() {
    // A letter that speaks as "we" states the rule as the agency's own
    // power and the burden as the reader's: the standard, no ground.
    let got = rfe_grounds_of(
        "Each request is judged on its own facts. We may parole a person only for an urgent humanitarian reason or a significant public benefit, and only where we find that parole also deserves a favorable exercise of discretion. It is for you to show that each condition is more likely than not met. See INA 212(d)(5)(A).\n\n\
The hospital's letter does not say that its surgeons will operate. Please send a letter from the surgeon.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].1.starts_with("The hospital's letter"), "{got:?}");
}

#[test]
fn a_lead_in_that_finds_the_record_short_in_general_is_no_part_of_the_first_ground() {
    // One paragraph of a letter: that the papers were read, that the
    // application cannot be decided yet for want of some things, then
    // the grounds, each a sentence about its own subject.
    let got = rfe_grounds_of(
        "We have gone through the papers you sent with care. We are not able to reach a decision yet, since a few things are still lacking. The hospital's letter does not say that its surgeons will operate on Ines, so please send a letter from the surgeon. Also, your Form I-134 shows an income of $24,000, and nothing shows who would pay the estimate of $150,000.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The hospital's letter"), "{got:?}");
    assert!(got[1].1.starts_with("Also, your Form I-134"), "{got:?}");
}

#[test]
fn a_kind_word_that_closes_a_paragraph_of_grounds_is_no_part_of_the_last() {
    // After the last ground of a paragraph that holds several, a sentence
    // that finds nothing, asks for nothing and is about no subject closes
    // the letter's reasons.
    let got = rfe_grounds_of(
        "The hospital's letter does not say that its surgeons will operate on Ines, so please send a letter from the surgeon. Also, your Form I-134 shows an income of $24,000, and nothing shows who would pay the estimate of $150,000. We understand that this is a hard time for your family, and we will read what you send us with care.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].1.ends_with("the estimate of $150,000."), "{got:?}");
}

#[test]
fn a_page_headed_as_a_copy_of_an_earlier_notice_holds_no_ground_of_this_decision() {
    // The decision gives its own reasons and signs without a closing word;
    // the last page is a copy of the earlier notice, with its own title and
    // lettered reasons, none of them this decision's.
    let decision = "U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: March 3, 2027\nReceipt Number: IOE0912345601\n\n\
The request was filed on October 2, 2026. We told the requestor on December 1, 2026 that we meant to deny it, and a copy of that notice is attached. Her reply came on January 4, 2027.\n\n\
The reply includes a surgeon's letter, but it gives no date for the operation and says nothing of why it cannot wait.\n\n\
The sponsor's pay stubs show $1,900 a month, and nothing shows who would pay the hospital's estimate of $85,000.\n\n\
The request is denied.\n\nM. Okafor\nField Office Director\n";
    let copy = "ATTACHED COPY OF THE PREVIOUS NOTICE\n\nNOTICE OF INTENT TO DENY\n\nDate: December 1, 2026\n\n\
USCIS intends to deny this request for the following reasons:\n\n\
(a) No surgeon in the United States has agreed to operate.\n\n\
(b) The record does not show who would pay for the surgery.\n\n\
You have 30 days to respond.\n";
    let got: Vec<String> = import::read_pages(
        import::Format::Text,
        &[decision.to_owned(), copy.to_owned()],
        &Playbook::builtin(),
    )
    .grounds
    .iter()
    .map(|g| g.found.quote.clone())
    .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got[0].starts_with("The reply includes a surgeon's letter"),
        "{got:?}"
    );
    assert!(got[1].starts_with("The sponsor's pay stubs"), "{got:?}");
}

#[test]
fn response_instructions_run_into_a_grounds_last_item_are_no_part_of_it() {
    // The reading ran the last listed item and the response instructions
    // into one paragraph (as a PDF's text may): the ground ends with the
    // item.
    let got = rfe_grounds_of(
        "No surgeon in Denver has said that he will operate on Rui.\n\n\
Evidence that could help:\n\n\
- a letter of acceptance from the surgeon;\n\n\
- the hospital's estimate of the cost. Send your response with a copy of this notice within 60 days. If you do not respond, the request will be decided on the record.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].1.ends_with("the hospital's estimate of the cost."),
        "{got:?}"
    );
}

/// A notice of our own with `line` as its response instruction.
fn notice_answered_by(line: &str) -> String {
    format!(
        "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: March 2, 2026\nReceipt Number: IOE0912345602\n\nUSCIS intends to deny the request.\n\n1. No physician in the United States has agreed to treat the beneficiary.\n\n{line} Late replies are not read.\n\nSincerely,\nDirector\n"
    )
}

#[test]
fn days_the_notice_adds_for_the_post_later_in_the_sentence_are_counted() {
    // The days for the post told in a clause of their own.
    assert_eq!(
        due_of(&notice_answered_by(
            "Your reply is due within 20 days of the date of this letter; as the letter goes by post, 4 days are added to that period."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // "plus 4 for mailing": the unit is the period's own.
    assert_eq!(
        due_of(&notice_answered_by(
            "Your reply is due within 20 days of the date of this letter plus 4 for mailing."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // Days added for something else are not the post's.
    assert_eq!(
        due_of(&notice_answered_by(
            "Your reply is due within 20 days of the date of this letter; 4 days are added if you ask for them."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
}

#[test]
fn a_period_counted_from_the_notices_date_or_the_day_it_was_issued_is_read() {
    // An answer that has to arrive, with the figure in brackets after the
    // word.
    assert_eq!(
        due_of(&notice_answered_by(
            "Your answer must arrive within twenty (20) calendar days of this letter's date."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
    // "from the day this letter was sent"
    assert_eq!(
        due_of(&notice_answered_by(
            "Any reply must be received within 25 days from the day this letter was sent, a period that includes 5 days for mailing."
        ))
        .as_deref(),
        Some("2026-03-27")
    );
    // The day the reader gets it is not known.
    assert_eq!(
        due_of(&notice_answered_by(
            "Any reply must be received within 25 days from the day this letter was received."
        )),
        None
    );
}

#[test]
fn a_stated_date_with_its_weekday_is_the_deadline() {
    assert_eq!(
        due_of(&notice_answered_by(
            "Your response must be in this office by Monday, April 6, 2026."
        ))
        .as_deref(),
        Some("2026-04-06")
    );
}

#[test]
fn a_paragraph_asking_for_an_answer_to_the_notice_is_no_ground() {
    let ground = "The record does not show who would pay for the operation.";
    for instructions in [
        "You may answer this notice with documents and a statement that take up each numbered point. Late answers are not read.",
        "Please return this notice with your reply. The office must receive your response within 30 days of the date of this notice.",
    ] {
        let got = grounds_of(&format!("{ground}\n\n{instructions}"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, ground, "{got:?}");
    }
}

#[test]
fn an_officers_note_after_a_ground_is_guidance_and_no_ground() {
    let ground =
        "The record does not show who would pay for the operation. Submit the sponsor's bank statements.";
    let got = grounds_of(&format!(
        "{ground}\n\nNote: A statement printed from an online bank is enough; it need not be stamped by the bank.\n\nNo surgeon in the United States has agreed to operate on the child."
    ));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, ground, "{got:?}");
    assert!(got[1].1.starts_with("No surgeon"), "{got:?}");
}

#[test]
fn a_paragraph_opened_by_a_how_to_respond_label_is_no_ground() {
    // The label of a section that holds no ground ("How to respond"), run
    // into its paragraph, makes the paragraph that section.
    let ground = "No hospital in Lisbon has confirmed that it will admit the girl. Provide its letter.";
    for instructions in [
        "How to respond: Mail your reply and its papers in one envelope to the office named above, this page first.",
        "How to respond: Answer through your online account before 5:00 p.m. Pacific Time on May 3, 2027.",
    ] {
        let got = rfe_grounds_of(&format!("1. {ground}\n\n{instructions}"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, ground, "{got:?}");
    }
}

#[test]
fn a_summary_for_information_only_after_the_signature_is_no_ground() {
    // A summary or translation headed as given for information only
    // restates the reasons; the notice's own text holds them.
    for (heading, summary) in [
        (
            "SHORT SUMMARY (for information only)",
            "In short: no hospital has agreed to admit the girl, and the cost of her care is not shown to be covered.",
        ),
        (
            "RESUMEN (sólo para información)",
            "En breve: ningún hospital ha aceptado a la niña y no se ha mostrado quién pagaría el tratamiento.",
        ),
    ] {
        let got = grounds_of(&format!(
            "1) No hospital in Lisbon has confirmed that it will admit the girl.\n\n\
2) The sponsor's Form I-134 shows no savings, and no one else has offered to pay.\n\n\
Mara Quint\nImmigration Services Officer\n\n\
{heading}\n\n\
{summary}"
        ));
        assert_eq!(got.len(), 2, "{heading}: {got:?}");
        assert!(got[1].1.starts_with("The sponsor's"), "{got:?}");
    }
}

#[test]
fn in_factors_weighed_in_two_lists_the_ones_against_are_the_grounds() {
    // "+" items under the factors in favor are no grounds; the "-" items
    // under the factors against are, each one.
    // (The lines set apart without blank lines: see the cleaning's tests.)
    {
        let gap = "\n\n";
        let body = [
            "The record consists of the request, two letters from the girl's surgeon and a Form I-134. The officer lists below what favors the request and what weighs against it.",
            "Factors in favor of parole:",
            "+ The girl's scoliosis is well documented by her surgeon in Quito.",
            "+ No one suggests that she poses any risk to others.",
            "Factors against parole:",
            "- The surgeon in Quito does not say why the spinal fusion cannot be done in Ecuador, where such operations are performed.",
            "- The sponsor's Form I-134 shows no savings, and the hospital's deposit of $90,000 has not been paid.",
        ]
        .join(gap);
        let got = grounds_of(&format!(
            "{body}\n\nOn balance, the factors against parole outweigh those in its favor. The request is denied."
        ));
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].1.starts_with("The surgeon in Quito"), "{got:?}");
        assert!(got[1].1.starts_with("The sponsor's"), "{got:?}");
    }
}

#[test]
fn the_one_paragraph_under_a_sub_heading_of_numbered_reasons_is_one_ground() {
    // "II. ANALYSIS" numbered in Roman numerals over sub-headings: each
    // sub-heading heads one ground, even where its paragraph opens with
    // the facts and then finds, about another subject, what is missing.
    let got = grounds_of(
        "I. PROCEDURAL HISTORY\n\n\
The petitioner filed a Form I-131 for her nephew, who needs a kidney transplant.\n\n\
II. ANALYSIS\n\n\
Cost of Care\n\n\
The hospital in Omaha estimates the transplant at $300,000, and the sponsor's Form I-134 shows savings of $8,000. Nothing shows who would pay the rest.\n\n\
Guardianship\n\n\
The boy's mother lives in Lima and shares custody with his father. The boy would travel with his aunt only. There is no written consent from either parent to his travel, and no court order naming the aunt his guardian.\n\n\
III. CONCLUSION\n\n\
The petition is denied.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("The hospital in Omaha"), "{got:?}");
    assert!(got[1].1.starts_with("The boy's mother lives in Lima"), "{got:?}");
    assert!(got[1].1.ends_with("guardian."), "{got:?}");
}

#[test]
fn records_that_cannot_be_given_weight_for_want_of_translation_stay_with_that_ground() {
    // "cannot be given weight" speaks of the papers' weight, not of
    // treatment that cannot be given at home.
    let got = grounds_of(
        "Only three of the nine Tagalog records in the file were translated, and the translations bear no translator's certificate. The other Tagalog records, among them the clinic's operative notes, cannot be given weight.\n\n\
The sponsor's Form I-134 shows no savings, and nothing shows who would pay the hospital.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.starts_with("Only three of the nine"), "{got:?}");
    assert!(got[0].1.ends_with("cannot be given weight."), "{got:?}");
    assert_eq!(got[0].0, "documentation", "{got:?}");
}

#[test]
fn a_sub_heading_of_the_reasons_counts_toward_its_ground_s_category() {
    // The heading names the subject; the paragraph under it speaks of
    // travel.
    let got = grounds_of(
        "DISCUSSION\n\n\
Cost of Care\n\n\
The hospital in Omaha estimates the transplant at $300,000, and the sponsor's Form I-134 shows savings of $8,000. Nothing shows who would pay the rest.\n\n\
Consent of the Other Parent\n\n\
The boy's father in Lima shares custody. The boy would travel with his aunt only, and the father has given no written consent.\n\n\
CONCLUSION\n\n\
The petition is denied.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "other", "{got:?}");
}

#[test]
fn words_on_fees_motions_counsel_and_what_the_notice_is_not_are_no_grounds() {
    let ground = "The record does not show who would pay for the operation.";
    for boilerplate in [
        "No fee to respond is charged for this request.",
        "A motion filed against this decision does not suspend the effect of it.",
        "This letter is not a decision, and nothing in it can be appealed.",
        "Statements made by counsel are not evidence of the facts they assert.",
        "A new request that repeats this record is likely to be decided the same way.",
        "Nothing here should be read as a finding that every paper filed falls short.",
        "We recognize the hardship a further delay causes the family.",
        "A paper that answers two points need be sent only once.",
    ] {
        only_the_ground_beside(ground, boilerplate, rfe_grounds_of);
    }
}

#[test]
fn the_burden_restated_in_new_words_is_no_ground() {
    let ground = "The record does not show who would pay for the operation.";
    for boilerplate in [
        "However grave the illness, the petitioner must still prove the need with evidence; the illness alone does not carry the burden.",
        "USCIS will not speculate about facts the record does not establish.",
        "USCIS does not presume that a requirement is met because nothing in the file denies it.",
        "Statements by family members carry less weight where no independent document supports them.",
    ] {
        only_the_ground_beside(ground, boilerplate, grounds_of);
    }
}

#[test]
fn a_notice_cut_off_after_the_heading_of_its_reasons_is_read_without_a_crash() {
    // A page lost at the end: the last paragraph is the numbered heading
    // over the reasons, with nothing after it.
    for last in ["III. Discussion", "2. Analysis"] {
        let text = format!(
            "DECISION\n\nDate: June 1, 2026\nReceipt Number: IOE0912345601\n\n1. Background\n\nThe petitioner asked for parole for her son.\n\n{last}\n"
        );
        let reading = import::read_pages(import::Format::Text, &[text], &Playbook::builtin());
        assert!(
            reading.grounds.iter().all(|g| !g.found.quote.contains(last)),
            "{last}"
        );
    }
}

#[test]
fn a_finding_run_in_after_the_label_of_a_section_without_grounds_is_read() {
    // "Evidence submitted:" labels a section that holds no ground, but
    // the sentence run in after it here finds the record short: the label
    // drops itself only.
    let other = "No hospital in Lisbon has confirmed that it will admit the girl.";
    let got = grounds_of(&format!(
        "{other}\n\nEvidence submitted: The surgeon's note bears neither a signature nor a date, so it is given little weight."
    ));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[1].1, "The surgeon's note bears neither a signature nor a date, so it is given little weight.",
        "{got:?}"
    );
    // A list of what was sent, after the same label, is still no ground.
    let got = grounds_of(&format!(
        "Evidence submitted: a Form I-134, two letters from the surgeon in Porto and the girl's passport.\n\n{other}"
    ));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, other, "{got:?}");
}

#[test]
fn an_instruction_on_how_to_respond_does_not_join_the_ground_before_it() {
    let ground = "No hospital in Lisbon has confirmed that it will admit the girl. Provide its letter.";
    for instructions in [
        "How to respond: Put each paper under its own heading.",
        "How to respond:\n\nPut each paper under its own heading, and number the pages.",
    ] {
        let got = rfe_grounds_of(&format!("1. {ground}\n\n{instructions}"));
        assert_eq!(got.len(), 1, "{instructions}: {got:?}");
        assert_eq!(got[0].1, ground, "{instructions}: {got:?}");
    }
}

#[test]
fn a_plus_sign_opening_one_wrapped_line_marks_no_list_item() {
    // "+ $2,000 ..." alone at a line's start, under a line cut short, is
    // a sum going on, not an item of a list of factors (those come several
    // in a row): the sign is the notice's word and stays in the quote.
    let got = grounds_of(
        "No surgeon in the United States has agreed to operate on the boy, and the clinic in Omaha has not answered the letters sent to it in May.\n\n\
The sponsor's savings of $9,000\n\
+ $2,000 promised by a cousin leave most of the $40,000 deposit unpaid, and nothing shows who would pay it.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].1.starts_with("+ $2,000 promised"), "{got:?}");
}

#[test]
fn a_loosely_justified_line_with_a_bold_run_is_no_table_row() {
    // A notice of our own set by LibreOffice (its source beside it): a
    // justified line, its spaces stretched before a long word, holds a
    // bold run ("Dr. Okafor"). The stretched space before the run is as
    // wide as the line's other spaces, no gap between a table's cells: the
    // paragraph stays one ground.
    let bytes = std::fs::read(notice("made/justified-bold-run.pdf")).unwrap();
    let reading = import::read(&bytes, &Playbook::builtin()).unwrap();
    let got: Vec<String> = reading.grounds.iter().map(|g| squeeze(&g.found.quote)).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].starts_with("Only one letter in the record"), "{got:?}");
    assert!(got[0].contains("Her physician Dr. Okafor writes that"), "{got:?}");
    assert!(got[1].starts_with("The sponsor's Form I-134"), "{got:?}");
}

#[test]
fn a_justified_line_s_stretched_spaces_are_read_as_one_space_each() {
    // The same notice: LibreOffice stretches each space of a justified
    // line by moving the pen as well as setting the space itself. The pen's
    // move beside a space is no second space: the quote keeps the notice's
    // words as written, one space between them.
    let bytes = std::fs::read(notice("made/justified-bold-run.pdf")).unwrap();
    let reading = import::read(&bytes, &Playbook::builtin()).unwrap();
    let first = &reading.grounds[0].found.quote;
    assert!(
        first.contains("Her physician Dr. Okafor writes that the girl's condition"),
        "{first}"
    );
    assert!(!first.contains("  "), "{first}");
}

#[test]
fn who_would_see_to_the_patient_after_the_stay_is_the_stay_s_ground() {
    // The scans named are the aftercare's, not the urgency's: the ground
    // asks what happens once the patient has left.
    each_one_ground_of_its_category(&[(
        "Patients treated for this kind of growth need scans for years. The request does not say which doctor would read his scans after he left Houston.",
        "temporary-stay",
    )]);
}

#[test]
fn how_any_evidence_is_weighed_told_in_still_other_words_is_no_ground() {
    let ground = "The record does not show who would pay for the operation.";
    for boilerplate in [
        "What a lawyer writes in a brief is argument, not evidence.",
        "The office does not assume facts that no paper in the file bears out.",
        "It is not enough for the record to show that the care might help; it must show that the need is real.",
        "The office does not use information from outside the record against a requester without first letting the requester answer it.",
        "Articles that describe an illness in general terms do not establish what it does to one patient.",
        "A report by a doctor who never met the patient is given less weight than one by the doctor who treats her.",
        "Where two papers disagree, the requester must explain the difference with an independent record; a statement alone will not do.",
        "A later letter cannot create a need that did not exist when the request was filed.",
    ] {
        only_the_ground_beside(ground, boilerplate, grounds_of);
    }
}

/// The same words applied to this case are grounds: the weighing rules
/// above are told as rules, not as findings on this record.
#[test]
fn the_weighing_rules_applied_to_this_case_are_grounds() {
    for ground in [
        "Information from outside the record shows that dialysis is given at the national hospital in Accra, so the claim that it is not given in Ghana is not accepted.",
        "Counsel's claim that the drug is unavailable in Ghana is argument, not evidence.",
        "The surgeon's note that she needs care alone will not do: it names no treatment.",
        "Her diagnosis of March 2027 is a need that did not exist when the request was filed.",
    ] {
        let other = "No hospital in Boston has confirmed that it will admit the boy.";
        let got = grounds_of(&format!("{other}\n\n{ground}"));
        assert_eq!(got.len(), 2, "{ground}: {got:?}");
        assert_eq!(got[1].1, ground, "{got:?}");
    }
}

/// A trial's screening visit that has yet to decide whether the child is
/// eligible is the care not yet arranged here; a stay's months of parole
/// and what would follow if complications kept the patient from leaving
/// are the stay's end; surgery done at home "as a matter of routine" is
/// care within reach there; a child "clinically stable", with no change
/// that makes the trip necessary now, is the urgency of the need.
#[test]
fn a_screening_visit_months_of_parole_routine_care_at_home_and_a_stable_child_get_their_categories() {
    assert_eq!(
        category_alone(
            "The trial's letter invites the family to a screening visit at which the doctors will determine whether Elin can be enrolled. No date for a first dose is given, and the boy might return home after that visit without any treatment."
        ),
        "us-treatment-arranged"
    );
    assert_eq!(
        category_alone(
            "Patients usually stay near the transplant center for some months and need checks for years. The request asks for nine months of parole and does not say who would follow her at home or what would happen if an infection kept her from leaving when those months are over."
        ),
        "temporary-stay"
    );
    assert_eq!(
        category_alone(
            "The family's doctor in Taipei writes that an experienced surgeon should operate, but hospitals in the capital repair this defect in children as a matter of routine, and no local surgeon is said to have refused to operate."
        ),
        "treatment-unavailable"
    );
    assert_eq!(
        category_alone(
            "Nothing in the request shows a change in Omar's health that makes the trip necessary now. His doctor's note from March calls him clinically stable, and no later report was filed."
        ),
        "medical-urgency"
    );
}

/// A fax cover sheet's subject line ("Re: Decision on Form I-131, Receipt
/// ...") above the decision's own "Beneficiary:" line: the labelled
/// beneficiary is the person, and a subject line naming the form or the
/// receipt names none.
#[test]
fn a_beneficiary_line_outranks_a_subject_line_that_names_the_form_and_its_receipt() {
    let text = "FAX COVER SHEET\n\nTo: Rana Haddad\nRe: Decision on Form I-131, Receipt IOE0912345699\n\n\
U.S. Citizenship and Immigration Services\n\nDECISION\n\nDate: May 3, 2027\nReceipt Number: IOE0912345699\nRequestor: Rana Haddad\nBeneficiary: Karim Haddad\n\n\
The record does not show who would pay for the surgery, and no Form I-134 was filed. The request is denied.\n\nSincerely,\nDirector\n";
    let reading = import::read_pages(import::Format::Text, &[text.to_owned()], &Playbook::builtin());
    assert_eq!(reading.decision.beneficiary.as_deref(), Some("Karim Haddad"));
    // Without a beneficiary line, such a subject line gives no name.
    let alone = text.replace("Beneficiary: Karim Haddad\n", "");
    let reading = import::read_pages(import::Format::Text, &[alone], &Playbook::builtin());
    assert_eq!(reading.decision.beneficiary, None);
}

#[test]
fn days_for_the_post_granted_in_the_next_sentence_are_counted() {
    // The period in one sentence, the days for the post in the next.
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us within 20 days of this letter. As the letter goes out by post, four more days are allowed."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // Days the period already holds are not counted twice; a later day is
    // the worse error.
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us within 24 days of this letter. As the letter goes out by post, four more days are allowed, and the 24 days already include them."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // In the same sentence, after a semicolon.
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us no later than 20 days after this letter is dated; 4 further days are allowed because it was mailed."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // Days the next sentence grants for another reason are not the post's.
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us within 20 days of this letter. If you ask in writing, four more days are allowed."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
}

#[test]
fn further_days_allowed_for_the_post_in_a_later_clause_are_counted() {
    // "no later than N days after this letter is dated; M further days are
    // allowed because it was mailed": the days for the post in the same
    // sentence, worded as "further".
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us no later than 20 days after this letter is dated; 4 further days are allowed because it went by post."
        ))
        .as_deref(),
        Some("2026-03-26")
    );
    // Further days granted for another reason are not the post's.
    assert_eq!(
        due_of(&notice_answered_by(
            "A reply must reach us no later than 20 days after this letter is dated; 4 further days are allowed if you ask in writing."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
}

#[test]
fn a_deadline_named_and_then_dated_after_a_comma_is_read() {
    // A worksheet's last step names the day and then gives it.
    assert_eq!(
        due_of(&notice_answered_by(
            "Your reply must reach us no later than the total in line 4, March 27, 2026."
        ))
        .as_deref(),
        Some("2026-03-27")
    );
    // A day in the facts after such a phrase is no deadline.
    assert_eq!(
        due_of(&notice_answered_by(
            "The clinic saw the beneficiary no later than the week of the scan, March 27, 2026."
        )),
        None
    );
}

#[test]
fn a_period_from_the_date_of_notice_without_an_article_is_read() {
    assert_eq!(
        due_of(&notice_answered_by(
            "Your answer is due twenty (20) days from the Date of Notice."
        ))
        .as_deref(),
        Some("2026-03-22")
    );
}

#[test]
fn a_period_after_service_counts_from_the_certificate_of_service() {
    let notice = |certificate: &str| {
        format!(
            "U.S. Citizenship and Immigration Services\n\nNOTICE OF INTENT TO DENY\n\nDate: March 2, 2026\nReceipt Number: IOE0912345602\n\nUSCIS intends to deny the request.\n\n1. No physician in the United States has agreed to treat the beneficiary.\n\nA reply may be filed within 20 days after service of this notice. Service is made on the day the certificate below shows; since service is by mail, 4 days are added to the period.\n\nSincerely,\nDirector\n\n{certificate}"
        )
    };
    // Served two days after its date: 2 March + 2 + 20 + 4.
    assert_eq!(
        due_of(&notice(
            "CERTIFICATE OF SERVICE\n\nI certify that on March 4, 2026, I served this notice by mail on the requestor."
        ))
        .as_deref(),
        Some("2026-03-28")
    );
    // A certificate that names the notice's own date before the day it was
    // served: the day of service.
    assert_eq!(
        due_of(&notice(
            "CERTIFICATE OF SERVICE\n\nI certify that a copy of the notice dated March 2, 2026 was served by mail on March 4, 2026."
        ))
        .as_deref(),
        Some("2026-03-28")
    );
    // No certificate: the day of service is not known, and no day is read.
    assert_eq!(due_of(&notice("")), None);
}

#[test]
fn an_offer_only_to_look_and_care_at_home_not_said_to_end_get_their_categories() {
    let cases = [
        (
            "The Boston clinic agrees only to an outpatient visit; its letter sets out no plan beyond that visit and asks for a deposit of $900.",
            "us-treatment-arranged",
        ),
        (
            "The trial coordinator says the boy seems to fit the initial criteria, but no investigator has put his name to an offer, and his blood results are still awaited.",
            "us-treatment-arranged",
        ),
        (
            "The Denver unit's note says only that it would be pleased to see him; it gives no plan of treatment, and his length of stay in the United States is not stated.",
            "us-treatment-arranged",
        ),
        (
            "The infusion her oncologist prescribes is registered in Peru, and no doctor there says that the clinic in Lima refused to give it to her.",
            "treatment-unavailable",
        ),
        (
            "The rehabilitation center in Cusco looked after him for a month after the fall, and nothing shows it is unable to continue his care.",
            "treatment-unavailable",
        ),
    ];
    each_one_ground_of_its_category(&cases);
}

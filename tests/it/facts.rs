//! Every sentence names its proof: a fact is stated only when an exhibit in
//! the packet shows it, citing exactly those exhibits; a draft marks it
//! otherwise, and a final document leaves it out or is refused for a core
//! fact. Each rule has a case where the fact is shown and one where it is not.

use crate::support::*;
use rebut::check::Code;
use rebut::render::{self, Format, MemoKind, Templates, fileable};

/// A NOID case of 2026-10-01 (answered on TODAY, 2026-11-25): `case_extra`
/// is added to the `case` map, `grounds` and `evidence` are the lists' bodies.
fn case(case_extra: &str, grounds: &str, evidence: &str) -> String {
    format!(
        "rebut: 1
case:
  title: Facts
  beneficiary: {{name: Ana Test, country: Peru, born: 1990-01-01}}
  representative:
    name: Jo Counsel
    bar: Texas Bar No. 1
    address: 1 Main St, Austin, TX 78701
    phone: \"+1 512 555 0100\"
  request: {{period: 6 months}}
  filed: 2026-05-01
  decision: {{kind: noid, date: 2026-10-01, address: \"1 Agency Way, Washington, DC 20001\"}}
  treatment: {{condition: acute leukemia, plan: chemotherapy, provider: City Hospital, start: 2027-02-01}}
{case_extra}grounds:
{grounds}evidence:
{evidence}"
    )
}

/// One ground of `category` citing `ids`.
fn ground(id: &str, category: &str, ids: &str) -> String {
    format!(
        "  - id: {id}\n    category: {category}\n    quote: Not shown.\n    responses:\n      - point: It is shown.\n        evidence: [{ids}]\n"
    )
}

/// The physician's opinion of 2026-11-01 (after the decision) under a
/// medical-urgency ground: diagnosis and urgency shown.
fn urgency() -> (String, String) {
    (
        ground("GU", "medical-urgency", "doc"),
        "  - {id: doc, type: physician-opinion, title: Letter of Dr. Paz, author: Dr. Paz, date: 2026-11-01}\n"
            .to_owned(),
    )
}

fn md(text: &str, kind: MemoKind, draft: bool) -> String {
    let l = checked(text);
    String::from_utf8(render::memo(&l, kind, draft, Format::Markdown, &Templates::builtin()).unwrap())
        .unwrap()
}

/// The section that starts with `heading`, up to the next `## `.
fn section(md: &str, heading: &str) -> Option<String> {
    let start = md.find(heading)?;
    let end = md[start + 3..].find("\n## ").map_or(md.len(), |e| start + 3 + e);
    Some(md[start..end].to_owned())
}

#[test]
fn the_diagnosis_is_stated_with_the_exhibits_that_show_it_and_marked_when_they_are_old() {
    let (g, e) = urgency();
    let text = case("", &g, &e);
    let memo = md(&text, MemoKind::Rebuttal, false);
    assert!(
        memo.contains("The beneficiary's diagnosis is acute leukemia (Ex. A)."),
        "{memo}"
    );

    // The same letter dated before the decision shows no current fact.
    let old = text.replace("date: 2026-11-01}", "date: 2026-09-01}");
    let draft = md(&old, MemoKind::Rebuttal, true);
    assert!(!draft.contains("diagnosis is acute leukemia"), "{draft}");
    assert!(
        draft.contains("⚠ Gap: only exhibits older than the decision show the beneficiary's diagnosis"),
        "{draft}"
    );
    let codes = codes(&old);
    assert!(codes.contains(&Code::StaleFact), "{codes:?}");
    // Core: the final response is refused, saying why in plain words.
    let (status, _, stderr) = render_cli(&old, &["--final"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(stderr.contains("the beneficiary's diagnosis"), "{stderr}");
}

#[test]
fn the_start_date_and_provider_are_stated_only_from_the_acceptance_letter() {
    let (g, e) = urgency();
    let accepted = case(
        "",
        &format!("{g}{}", ground("GA", "us-treatment-arranged", "acc")),
        &format!(
            "{e}  - {{id: acc, type: provider-acceptance, title: Acceptance, author: City Hospital, date: 2026-10-20}}\n"
        ),
    );
    let memo = md(&accepted, MemoKind::Rebuttal, false);
    assert!(
        memo.contains(
            "City Hospital has agreed to treat the beneficiary, starting on February 1, 2027, under this plan: chemotherapy (Ex. B)."
        ),
        "{memo}"
    );

    // Without it, the physician's letter under the same ground shows neither.
    let not = case("", &format!("{g}{}", ground("GA", "other", "doc")), &e);
    let fin = md(&not, MemoKind::Rebuttal, false);
    assert!(
        !fin.contains("February 1, 2027") && !fin.contains("has agreed to treat"),
        "{fin}"
    );
    // The provider is a fact too: the memo does not state it; only a gap
    // marker names the hospital the file names, as whom to ask.
    assert!(
        fin.lines()
            .filter(|l| !l.starts_with("**⚠ Gap:"))
            .all(|l| !l.contains("City Hospital")),
        "the provider is a fact too: {fin}"
    );
    let draft = md(&not, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows the date treatment is to start: obtain from City Hospital a document that states it"),
        "{draft}"
    );
}

#[test]
fn expedite_cites_the_urgency_and_the_start_date_exhibits_and_nothing_else() {
    let (g, e) = urgency();
    let text = case(
        "",
        &format!(
            "{g}{}{}",
            ground("GA", "us-treatment-arranged", "acc"),
            ground("GF", "financial-support", "quote, pay")
        ),
        &format!(
            "{e}  - {{id: acc, type: provider-acceptance, title: Acceptance, author: City Hospital, date: 2026-10-20}}
  - {{id: quote, type: cost-quote, title: Estimate, author: City Hospital billing, date: 2026-10-20}}
  - {{id: pay, type: financial-support, title: Commitment, author: Charity, date: 2026-10-21}}
"
        ),
    )
    .replace("{period: 6 months}", "{period: 6 months, expedite: true}");
    let memo = md(&text, MemoKind::Rebuttal, false);
    let expedite = section(&memo, "## Request for expedited processing").unwrap();
    assert!(expedite.contains("February 1, 2027"), "{expedite}");
    assert!(expedite.contains("(Ex. A; Ex. B)."), "{expedite}");

    // No exhibit shows urgency: a final document asks nothing, a draft marks it.
    let no_urgency = text
        .replace("category: medical-urgency", "category: other")
        .replace("type: physician-opinion", "type: personal-statement");
    assert!(
        section(
            &md(&no_urgency, MemoKind::Rebuttal, false),
            "## Request for expedited"
        )
        .is_none()
    );
    let draft = md(&no_urgency, MemoKind::Rebuttal, true);
    let marked = section(&draft, "## Request for expedited processing").unwrap();
    assert!(
        marked.contains("⚠ Gap: no exhibit yet shows the urgency of treatment"),
        "{marked}"
    );
}

#[test]
fn prong_b_ii_needs_both_a_life_threatening_condition_and_no_time_for_a_visa() {
    let (g, _) = urgency();
    let grounds = format!("{g}{}", ground("GV", "other-avenues", "visa"));
    let refusal = "  - {id: doc, type: physician-opinion, title: Letter of Dr. Paz, author: Dr. Paz, date: 2026-11-01}
  - {id: visa, type: visa-record, title: B-2 refusal under INA 214(b), author: US Embassy Lima, date: 2026-10-15}
";
    // A visa refusal is not want of time: no exception can be argued.
    let text = case("", &grounds, refusal);
    assert!(section(&md(&text, MemoKind::Rebuttal, false), "## The parole fee").is_none());
    let draft = section(&md(&text, MemoKind::Rebuttal, true), "## The parole fee").unwrap();
    assert!(
        draft.contains("no exhibit yet shows that there is not enough time to obtain a visa"),
        "{draft}"
    );
    assert!(
        draft.contains("no exhibit yet shows that the condition is life-threatening"),
        "{draft}"
    );

    // One shown: still nothing.
    let one = case(
        "",
        &grounds,
        &refusal.replace(
            "date: 2026-11-01}",
            "date: 2026-11-01, shows: [life-threatening]}",
        ),
    );
    assert!(section(&md(&one, MemoKind::Rebuttal, false), "## The parole fee").is_none());

    // Both shown, each by its own document: (B)(ii), citing exactly those.
    let both = case(
        "",
        &grounds,
        &refusal
            .replace("date: 2026-11-01}", "date: 2026-11-01, shows: [life-threatening]}")
            .replace(
                "title: B-2 refusal under INA 214(b), author: US Embassy Lima, date: 2026-10-15}",
                "title: Consular wait time, author: US Embassy Lima, date: 2026-10-15, shows: [no-time-for-visa]}",
            ),
    );
    let fee = section(&md(&both, MemoKind::Rebuttal, false), "## The parole fee").unwrap();
    assert!(fee.contains("§ 1804(b)(1)(B)(ii)"), "{fee}");
    assert!(fee.contains("visa process (Ex. A; Ex. B)."), "{fee}");
    assert!(!fee.contains("(B)(i).**"), "{fee}");
}

#[test]
fn b2_needs_the_parentage_shown_and_a_minor_when_treatment_starts() {
    let (g, e) = urgency();
    let grounds = format!("{g}{}", ground("GT", "treatment-unavailable", "doc"));
    let mother = "  companions:\n    - {name: Rosa Test, relationship: mother, role: caregiver}\n";
    // Ten on TODAY, and when treatment starts.
    let minor = |text: String| text.replace("born: 1990-01-01", "born: 2016-06-01");
    let without = minor(case(mother, &grounds, &e));
    let fee = section(&md(&without, MemoKind::Rebuttal, false), "## The parole fee").unwrap();
    assert!(!fee.contains("(b)(2)"), "{fee}");
    let draft = md(&without, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows the companion's relationship to the beneficiary"),
        "{draft}"
    );
    assert!(!draft.contains("Rosa Test, the beneficiary's mother"), "{draft}");
    // The same gap is a task in the gap report and a letter to the family.
    let gaps = md(&without, MemoKind::Gaps, true);
    assert!(
        gaps.contains("so that the memo can state the companion's relationship to the beneficiary"),
        "{gaps}"
    );
    let letters = md(&without, MemoKind::Requests, true);
    assert!(
        letters.contains("This document can show the companion's relationship to the beneficiary"),
        "{letters}"
    );

    // A passport shows who the beneficiary is, not who the parents are.
    let passport = minor(case(
        mother,
        &format!("{grounds}{}", ground("GD", "documentation", "pass")),
        &format!(
            "{e}  - {{id: pass, type: identity-document, title: Passport, author: Passport Office, date: 2025-06-10}}\n"
        ),
    ));
    let memo = md(&passport, MemoKind::Rebuttal, false);
    assert!(!memo.contains("the beneficiary's mother ("), "{memo}");
    assert!(
        !section(&memo, "## The parole fee").unwrap().contains("(b)(2)"),
        "{memo}"
    );

    let birth = "  - {id: birth, type: [identity-document, birth-certificate], title: Birth certificate, author: Civil Registry, date: 2016-06-10}\n";
    let with = minor(case(
        mother,
        &format!("{grounds}{}", ground("GD", "documentation", "birth")),
        &format!("{e}{birth}"),
    ));
    let memo = md(&with, MemoKind::Rebuttal, false);
    let fee = section(&memo, "## The parole fee").unwrap();
    assert!(
        fee.contains("§ 1804(b)(2)") && fee.contains("mother (Ex. B)"),
        "{fee}"
    );
    assert!(
        memo.contains("Rosa Test, the beneficiary's mother (Ex. B), will travel"),
        "{memo}"
    );

    // Parentage shown by a guardianship order, the age by nothing: the
    // exception states the age, so it is not argued, and the draft says what
    // would show it.
    let order = "  - {id: order, type: other, title: Guardianship order, author: Family Court, date: 2025-02-01, shows: [relationship]}\n";
    let ageless = minor(case(
        mother,
        &format!("{grounds}{}", ground("GD", "documentation", "order")),
        &format!("{e}{order}"),
    ));
    let memo = md(&ageless, MemoKind::Rebuttal, false);
    assert!(
        memo.contains("Rosa Test, the beneficiary's mother (Ex. B), will travel"),
        "{memo}"
    );
    assert!(
        !section(&memo, "## The parole fee").unwrap().contains("(b)(2)"),
        "{memo}"
    );
    assert!(!memo.contains("years old"), "{memo}");
    let draft = md(&ageless, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows the beneficiary's identity and date of birth"),
        "{draft}"
    );

    // A baby's age reads as a person would write it, in the facts and in
    // the fee section alike: never "one years" or "zero years".
    for (born, age) in [
        ("2025-06-01", "one year old"),
        ("2026-06-01", "less than one year old"),
    ] {
        let baby = with.replace("born: 2016-06-01", &format!("born: {born}"));
        let memo = md(&baby, MemoKind::Rebuttal, false);
        assert!(memo.contains(&format!("is {age} (Ex. B)")), "{memo}");
        let fee = section(&memo, "## The parole fee").unwrap();
        assert!(fee.contains(&format!("is {age}.")), "{fee}");
        assert!(
            !memo.contains("one years") && !memo.contains("zero year"),
            "{memo}"
        );
    }

    // Seventeen today, eighteen on the first day of treatment: no exception.
    let turns = with.replace("born: 2016-06-01", "born: 2009-01-15");
    let fee = section(&md(&turns, MemoKind::Rebuttal, false), "## The parole fee").unwrap();
    assert!(!fee.contains("(b)(2)"), "{fee}");
    let draft = section(&md(&turns, MemoKind::Rebuttal, true), "## The parole fee").unwrap();
    assert!(draft.contains("turns 18 before treatment starts"), "{draft}");
}

#[test]
fn discretion_and_conclusion_name_only_established_facts() {
    let (g, e) = urgency();
    let funded = case(
        "",
        &format!("{g}{}", ground("GF", "financial-support", "pay")),
        &format!(
            "{e}  - {{id: pay, type: financial-support, title: Commitment, author: Charity, date: 2026-10-21}}\n"
        ),
    );
    let memo = md(&funded, MemoKind::Rebuttal, false);
    let conclusion = section(&memo, "## Conclusion").unwrap();
    assert!(
        !conclusion.contains("costs of treatment, travel and the stay are covered"),
        "no cost estimate is in the record: {conclusion}"
    );
    let discretion = section(&memo, "## Discretion").unwrap();
    assert!(
        discretion.contains("the costs of treatment, travel and the stay are provided for (Ex. B)"),
        "{discretion}"
    );
    assert!(!discretion.contains("stay sought is temporary"), "{discretion}");
    let draft = section(&md(&funded, MemoKind::Rebuttal, true), "## Discretion").unwrap();
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows the beneficiary's return home"),
        "{draft}"
    );

    // The hospital letter that is also the estimate: one exhibit, two kinds.
    let with_cost = funded.replace(
        "type: financial-support, title: Commitment",
        "type: [financial-support, cost-quote], title: Commitment",
    );
    let conclusion = section(&md(&with_cost, MemoKind::Rebuttal, false), "## Conclusion").unwrap();
    assert!(
        conclusion.contains("the costs of treatment, travel and the stay are covered"),
        "{conclusion}"
    );
}

#[test]
fn evidence_in_the_file_is_cited_not_obtained_and_faulted_evidence_is_never_offered() {
    let (g, e) = urgency();
    // A current aftercare plan, in the file, cited by no point.
    let text = case(
        "",
        &g,
        &format!(
            "{e}  - {{id: after, type: aftercare-plan, title: Aftercare plan, author: Dr. Home, date: 2026-11-02}}\n"
        ),
    );
    let draft = md(&text, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("no exhibit yet shows the beneficiary's return home and the follow-up care there: cite the aftercare plan, already in the file"),
        "{draft}"
    );
    let gaps = md(&text, MemoKind::Gaps, true);
    assert!(
        gaps.contains("Cite *Aftercare plan*, already in the file"),
        "{gaps}"
    );
    assert!(gaps.contains("the beneficiary's return home"), "{gaps}");

    // An uncited opinion older than the decision is what the decision
    // weighed: never the fix for the current diagnosis.
    let stale = case(
        "",
        &ground("GX", "other", "note"),
        "  - {id: note, type: other, title: Note, author: Clerk, date: 2026-10-05}
  - {id: old, type: physician-opinion, title: Old letter, author: Dr. Old, date: 2026-03-01}
",
    );
    let draft = md(&stale, MemoKind::Rebuttal, true);
    assert!(!draft.contains("cite the old letter"), "{draft}");
    assert!(
        draft.contains("no exhibit yet shows the beneficiary's diagnosis and the severity of the condition: obtain from the treating physician"),
        "{draft}"
    );
}

#[test]
fn final_lists_every_missing_contact_detail_and_address_in_plain_words() {
    let (g, e) = urgency();
    let text = case("", &g, &e)
        .replace("    phone: \"+1 512 555 0100\"\n", "")
        .replace("    bar: Texas Bar No. 1\n", "")
        .replace(", address: \"1 Agency Way, Washington, DC 20001\"", "");
    let codes = codes(&text);
    assert!(codes.contains(&Code::IncompleteSignature) && codes.contains(&Code::MissingAddress));
    let (status, _, stderr) = render_cli(&text, &["--final", "--memo", "cover"]);
    assert_eq!(status, 1, "{stderr}");
    for reason in [
        "a telephone number or e-mail address",
        "a bar number",
        "no address for the response",
    ] {
        assert!(stderr.contains(reason), "{reason}: {stderr}");
    }
    // The response itself goes with the cover letter; its own refusal needs
    // no addressee.
    let (_, _, stderr) = render_cli(&text, &["--final"]);
    assert!(!stderr.contains("no address for the response"), "{stderr}");

    // A supervised student needs no bar number; the enclosures say who signs the G-28.
    let student = case("", &g, &e).replace(
        "    bar: Texas Bar No. 1\n",
        "    supervisor: {name: Sam Professor, bar: Texas Bar No. 2}\n",
    );
    assert!(!codes_of(&student).contains(&Code::IncompleteSignature));
    let memo = md(&student, MemoKind::Rebuttal, false);
    let enclosures = section(&memo, "## Enclosures").unwrap();
    assert!(
        enclosures.contains("signed by Sam Professor, the supervising attorney of record, naming Jo Counsel"),
        "{enclosures}"
    );
    assert!(
        enclosures.contains("Statement of Jo Counsel, law student, under 8 C.F.R. § 292.1(a)(2)"),
        "{enclosures}"
    );
    let attorney = section(&md(&case("", &g, &e), MemoKind::Rebuttal, false), "## Enclosures").unwrap();
    assert!(
        !attorney.contains("292.1") && attorney.contains("signed by Jo Counsel"),
        "{attorney}"
    );
}

fn codes_of(text: &str) -> Vec<Code> {
    codes(text)
}

#[test]
fn a_refiling_goes_to_the_filing_address_as_a_new_request() {
    let (g, e) = urgency();
    let denial = case("", &g, &e).replace("{kind: noid,", "{kind: denial, office: Denying Office,");
    let (status, _, stderr) = render_cli(&denial, &["--final", "--memo", "cover"]);
    assert_eq!(status, 1);
    assert!(
        stderr.contains("no filing address for the new request"),
        "{stderr}"
    );
    let draft = md(&denial, MemoKind::Cover, true);
    assert!(
        draft.contains("give it from the current Form I-131 instructions"),
        "{draft}"
    );
    assert!(
        !draft.contains("1 Agency Way") && !draft.contains("Denying Office\\"),
        "{draft}"
    );

    let addressed = denial.replace(
        "{period: 6 months}",
        "{period: 6 months, filing_address: \"USCIS, P.O. Box 1, Dallas, TX 75266\"}",
    );
    let cover = md(&addressed, MemoKind::Cover, false);
    assert!(
        cover.contains("\nUSCIS, P.O. Box 1, Dallas, TX 75266\n"),
        "{cover}"
    );
    assert!(!cover.contains("1 Agency Way"), "{cover}");
    assert!(cover.contains("Enclosed is a new request"), "{cover}");
    assert!(
        cover.contains("with new evidence on the one ground of that decision"),
        "{cover}"
    );
}

#[test]
fn the_new_findings_have_their_codes() {
    let (g, e) = urgency();
    // Ten years old, nobody travelling; treatment before the response date;
    // British spellings in the points.
    let text = case(
        "",
        &g.replace("It is shown.", "The tumour is treated at the centre."),
        &e,
    )
    .replace("born: 1990-01-01", "born: 2016-06-01")
    .replace(
        "date: 2026-10-01, address",
        "date: 2026-10-01, respond_by: 2026-12-20, address",
    )
    .replace("start: 2027-02-01", "start: 2026-12-10");
    let found = findings(&text);
    let has = |code: Code| found.iter().any(|f| f.0 == code);
    assert!(has(Code::UnaccompaniedMinor), "{found:?}");
    assert!(has(Code::EarlyStart), "{found:?}");
    assert!(has(Code::NonUsSpelling), "{found:?}");
    let spelling = checked(&text)
        .report
        .findings
        .iter()
        .find(|f| f.code == Code::NonUsSpelling)
        .unwrap()
        .message
        .clone();
    assert!(spelling.contains("\"tumour\" → \"tumor\"") && spelling.contains("\"centre\" → \"center\""));
    let gaps = md(&text, MemoKind::Gaps, true);
    let first = gaps.find("**⚠").unwrap();
    assert!(
        gaps[first..].starts_with("**⚠ Note: treatment is to start on"),
        "{gaps}"
    );

    // A mother travelling: no finding; an adult on US spelling: none either.
    let fine = case(
        "  companions:\n    - {name: Rosa Test, relationship: mother}\n",
        &g,
        &e,
    )
    .replace("born: 1990-01-01", "born: 2016-06-01");
    let found = codes(&fine);
    assert!(!found.contains(&Code::UnaccompaniedMinor) && !found.contains(&Code::NonUsSpelling));
    assert!(!found.contains(&Code::EarlyStart));
    // A core fact unshown in a re-filing is an error.
    let denial = case(
        "",
        &ground("GX", "other", "note"),
        "  - {id: note, type: other, title: Note, author: Clerk, date: 2026-10-05}\n",
    )
    .replace("{kind: noid,", "{kind: denial,");
    let l = checked(&denial);
    assert!(l.report.findings.iter().any(|f| f.code == Code::UnshownFact
        && f.severity == rebut::check::Severity::Error
        && f.message.contains("diagnosis")));
}

#[test]
fn one_document_of_several_kinds_counts_for_each_and_the_index_names_the_first() {
    let text = case(
        "",
        &ground("GA", "us-treatment-arranged", "letter"),
        "  - {id: letter, type: [provider-acceptance, cost-quote], title: Hospital letter, author: City Hospital, date: 2026-10-20}\n",
    )
    .replace("{kind: noid,", "{kind: denial,");
    let l = checked(&text);
    let baseline: Vec<&str> = l
        .report
        .findings
        .iter()
        .filter(|f| f.code == Code::MissingBaseline)
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        !baseline.iter().any(|m| m.contains("Cost estimate")),
        "{baseline:?}"
    );
    assert!(!baseline.iter().any(|m| m.contains("acceptance")), "{baseline:?}");
    let index = md(&text, MemoKind::Exhibits, true);
    assert!(
        index.contains("US provider's acceptance and treatment plan") || index.contains("Hospital letter"),
        "{index}"
    );
    assert!(l.facts.established("cost") && l.facts.established("acceptance"));

    // An unknown fact or kind is a located error naming the known ones.
    let bad = text.replace("date: 2026-10-20}", "date: 2026-10-20, shows: [costs]}");
    let problems = problems(&bad);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, rebut::diag::ProblemKind::UnknownId);
    let bad = text.replace("cost-quote]", "cost-qoute]");
    assert_eq!(
        problems_of(&bad)[0].0,
        rebut::diag::ProblemKind::UnknownEvidenceType
    );
}

fn problems_of(text: &str) -> Vec<(rebut::diag::ProblemKind, u32, u32)> {
    problems(text)
}

/// The binary on a case given as text, as of TODAY: (status, stdout, stderr).
fn render_cli(text: &str, args: &[&str]) -> (i32, String, String) {
    let dir = scratch("facts");
    let path = dir.join("case.yaml");
    std::fs::write(&path, text).unwrap();
    let mut all = vec!["render", path.to_str().unwrap(), "--today", TODAY];
    all.extend_from_slice(args);
    let out = Rebut::new().args(&all).run();
    (out.status, out.stdout, out.stderr)
}

/// `text` with the evidence items `ids` taken out: their entries in
/// `evidence:` and every citation of them (a list left empty goes).
fn without(text: &str, ids: &[&str]) -> String {
    let mut out = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("  - id: ") {
            skipping = ids.contains(&id.trim());
        } else if skipping && (line.is_empty() || line.starts_with("  #") || !line.starts_with("    ")) {
            skipping = false;
        }
        if skipping {
            continue;
        }
        if let Some(at) = line.find("evidence: [") {
            let open = at + "evidence: [".len();
            let close = line.rfind(']').unwrap();
            let mut items = Vec::new();
            let (mut depth, mut start) = (0, open);
            for (i, c) in line[open..close].char_indices().map(|(i, c)| (i + open, c)) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(line[start..i].trim().to_owned());
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            items.push(line[start..close].trim().to_owned());
            let id_of = |item: &str| -> String {
                match item.strip_prefix("{id:") {
                    Some(rest) => rest.split([',', '}']).next().unwrap().trim().to_owned(),
                    None => item.to_owned(),
                }
            };
            items.retain(|item| !ids.contains(&id_of(item).as_str()));
            if !items.is_empty() {
                out.push(format!("{}{}]", &line[..open], items.join(", ")));
            }
            continue;
        }
        out.push(line.to_owned());
    }
    out.join("\n") + "\n"
}

/// The remove-the-proof experiment: for each fact the finished example's
/// response and cover letter state, take out every exhibit that proves it.
/// The draft then marks the fact, and the filed documents either leave the
/// sentence out or are refused.
#[test]
fn removing_the_proof_of_a_stated_fact_marks_it_in_the_draft_and_drops_it_from_the_filing() {
    let path = root().join("examples/noid-clean.yaml");
    let original = std::fs::read_to_string(&path).unwrap();
    // The fact, and what the filed response or cover letter says of it.
    let table: [(&str, &[&str]); 14] = [
        (
            "identity",
            &["Nathalie Pierre-Louis, three years old (Ex. K), lives in"],
        ),
        ("residence", &["lives in Haiti (Ex. O)."]),
        (
            "petitioner-relationship",
            &["The petitioner, Roseline Dorvil, is the beneficiary's maternal aunt (Ex. H)."],
        ),
        (
            "diagnosis",
            &["The beneficiary's diagnosis is", "§ 1804(b)(1)(A)"],
        ),
        (
            "urgency",
            &[
                "delay would cause serious harm",
                "delay puts the beneficiary's health at serious risk",
            ],
        ),
        (
            "unavailable",
            &["is not available in Haiti or the region", "§ 1804(b)(1)(B)(i)"],
        ),
        ("acceptance", &["has agreed to treat the beneficiary"]),
        (
            "start-date",
            &["starting on December 14, 2026", "scheduled to begin on"],
        ),
        ("cost", &["The provider has estimated the cost of the treatment"]),
        (
            "funding",
            &[
                "Payment of the costs of treatment, travel and the stay is provided for",
                "the stay are provided for",
            ],
        ),
        ("support", &["housed and cared for throughout the stay"]),
        ("return", &["the stay sought is temporary"]),
        ("relationship", &["the beneficiary's mother (", "§ 1804(b)(2)"]),
        ("companion-request", &["has filed a separate request"]),
    ];
    let full = checked(&original);
    let filed = |l: &Checked| -> Option<String> {
        fileable::check(l, MemoKind::Rebuttal).ok()?;
        let mut text = md_of(l, MemoKind::Rebuttal, false);
        if fileable::check(l, MemoKind::Cover).is_ok() {
            text.push_str(&md_of(l, MemoKind::Cover, false));
        }
        Some(text)
    };
    let whole = filed(&full).expect("the finished example is fileable");
    for (fact, says) in table {
        // With its proof, the filing says it.
        for s in says {
            assert!(whole.contains(s), "{fact}: the filing should say `{s}`:\n{whole}");
        }
        let proof: Vec<&str> = full
            .facts
            .exhibits(fact)
            .iter()
            .map(|&i| full.case.evidence[i].id.as_str())
            .collect();
        assert!(!proof.is_empty(), "{fact} is shown in the example");
        let text = without(&original, &proof);
        let l = checked(&text);
        assert!(!l.facts.established(fact), "{fact} without {proof:?}");
        let label = &l.facts.get(fact).unwrap().label;
        let draft = md_of(&l, MemoKind::Rebuttal, true);
        assert!(
            draft.contains(&format!("⚠ Gap: no exhibit yet shows {label}")),
            "{fact} without {proof:?}: the draft marks it\n{draft}"
        );
        if let Some(text) = filed(&l) {
            for s in says {
                assert!(
                    !text.contains(s),
                    "{fact} without {proof:?}: the filing still says `{s}`\n{text}"
                );
            }
        }
    }
}

#[test]
fn removing_the_sponsors_form_i134_marks_the_sponsor_sentence_and_drops_it_from_the_filing() {
    let original = std::fs::read_to_string(root().join("examples/noid-clean.yaml")).unwrap();
    let says = "Roseline Dorvil, the beneficiary's maternal aunt, has signed a declaration of financial support, Form I-134 (Ex. H).";
    assert!(md_of(&checked(&original), MemoKind::Rebuttal, false).contains(says));
    let l = checked(&without(&original, &["i134-dorvil"]));
    let draft = md_of(&l, MemoKind::Rebuttal, true);
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows that Roseline Dorvil has signed a declaration of financial support: enclose the Form I-134"),
        "{draft}"
    );
    assert!(!md_of(&l, MemoKind::Rebuttal, false).contains("has signed a declaration of financial support"));
    let gaps = md_of(&l, MemoKind::Gaps, true);
    assert!(
        gaps.contains("Enclose and cite the Form I-134 signed by Roseline Dorvil"),
        "{gaps}"
    );
}

fn md_of(l: &Checked, kind: MemoKind, draft: bool) -> String {
    String::from_utf8(render::memo(l, kind, draft, Format::Markdown, &Templates::builtin()).unwrap()).unwrap()
}

/// An example rendered by the binary as of [`TODAY`], `--final` when `fin`.
fn render_example(example: &str, memo: &str, fin: bool) -> String {
    let mut args = vec!["render", "--today", TODAY, "--memo", memo];
    if fin {
        args.push("--final");
    }
    Rebut::new().args(args).arg(root().join(example)).run().stdout
}

/// The petitioner's relationship is a fact like any other: stated with the
/// exhibit that shows it, marked in a draft where none does, never typed in
/// from the case file alone.
#[test]
fn the_petitioners_relationship_is_stated_only_with_its_proof() {
    let shown = render_example("examples/noid-clean.yaml", "rebuttal", true);
    assert!(
        shown.contains("The petitioner, Roseline Dorvil, is the beneficiary's maternal aunt (Ex. H)."),
        "{shown}"
    );
    let unshown = render_example("examples/denial-with-gaps.yaml", "refiling", false);
    // The introduction names the petitioner; without the relationship
    // shown, the facts do not name the petitioner in a sentence alone.
    assert!(!unshown.contains("The petitioner is Rafael"), "{unshown}");
    assert!(
        !unshown.contains("Rafael Alvarado Mejía, is the beneficiary's"),
        "{unshown}"
    );
    assert!(
        unshown.contains("no exhibit yet shows the petitioner's relationship to the beneficiary: obtain from Rafael Alvarado Mejía"),
        "{unshown}"
    );
}

/// The beneficiary's age is stated with the passport or birth certificate
/// that shows it, and where the beneficiary lives with the statement that
/// says so; without them the draft asks for them.
#[test]
fn the_age_and_the_residence_are_stated_only_with_their_proof() {
    let shown = render_example("examples/denial-with-gaps.yaml", "refiling", false);
    assert!(
        shown.contains("Mateo Alvarado Ruiz is nine years old (Ex. D; Ex. E)."),
        "{shown}"
    );
    // The stale re-filing has no identity document: the age is left out and
    // the draft asks for the passport or the birth certificate.
    let draft = render_example("examples/refiling-stale.yaml", "refiling", false);
    assert!(
        draft.contains("\nOksana Hryhorenko lives in Ukraine (Ex. J)."),
        "{draft}"
    );
    assert!(!draft.contains("years old"), "{draft}");
    assert!(
        draft.contains("⚠ Gap: no exhibit yet shows the beneficiary's identity and date of birth"),
        "{draft}"
    );
    let gaps = render_example("examples/refiling-stale.yaml", "gaps", false);
    assert!(
        gaps.contains("so that the memo can state the beneficiary's identity and date of birth"),
        "{gaps}"
    );
}

#[test]
fn a_refiling_names_the_sponsor_of_the_enclosed_form_i134_without_an_unshown_relationship() {
    let original = std::fs::read_to_string(root().join("examples/denial-with-gaps.yaml")).unwrap();
    let l = checked(&without(&original, &["E5"]));
    let memo = md_of(&l, MemoKind::Refiling, true);
    assert!(
        memo.contains(
            "Rafael Alvarado Mejía signs the enclosed declaration of financial support, Form I-134."
        ),
        "{memo}"
    );
    assert!(
        !memo.contains("the beneficiary's paternal uncle, signs"),
        "{memo}"
    );
}

/// A start date that has passed is named nowhere: the gap report asks first
/// for the new date, and the memo states the acceptance without a date.
#[test]
fn a_start_date_that_has_passed_is_named_nowhere_and_asked_for_first() {
    let (g, e) = urgency();
    let grounds = format!("{g}{}", ground("GA", "us-treatment-arranged", "acc"));
    let evidence = format!(
        "{e}  - {{id: acc, type: provider-acceptance, title: Acceptance letter, author: City Hospital, date: 2026-10-20}}\n"
    );
    let future = case("", &grounds, &evidence);
    let memo = md(&future, MemoKind::Rebuttal, false);
    assert!(memo.contains("starting on February 1, 2027"), "{memo}");
    assert!(!codes_of(&future).contains(&Code::PastStart));

    // Today is November 25, 2026.
    let passed = future.replace("start: 2027-02-01", "start: 2026-11-20");
    let found = codes_of(&passed);
    assert!(found.contains(&Code::PastStart), "{found:?}");
    assert!(!found.contains(&Code::EarlyStart), "{found:?}");
    for draft in [false, true] {
        let memo = md(&passed, MemoKind::Rebuttal, draft);
        assert!(
            !memo.contains("starting on") && !memo.contains("scheduled to begin"),
            "{memo}"
        );
        assert_eq!(
            memo.contains("November 20, 2026"),
            draft,
            "only the draft's marker names it: {memo}"
        );
        assert!(
            memo.contains("City Hospital has agreed to treat the beneficiary"),
            "{memo}"
        );
    }
    let gaps = md(&passed, MemoKind::Gaps, true);
    let first = gaps.find("**⚠").unwrap();
    assert!(
        gaps.contains("treatment was to start on November 20, 2026, a date that has passed: ask the provider for the new start date"),
        "{gaps}"
    );
    let first_line = gaps[first..].lines().next().unwrap();
    assert!(first_line.contains("a date that has passed"), "{gaps}");
}

/// A declaration states its own writer's relationship: the companion's
/// statement does not show the petitioner's, and the task goes to the
/// petitioner, not to the companion who wrote the other one.
#[test]
fn only_the_petitioners_own_statement_shows_the_petitioners_relationship() {
    let (g, e) = urgency();
    let people = "  petitioner: {name: Luz Test, relationship: aunt}\n  companions:\n    - {name: Rosa Test, relationship: mother}\n";
    let grounds = format!("{g}{}", ground("GS", "support-plan", "st"));
    let by = |author: &str| {
        case(
            people,
            &grounds,
            &format!(
                "{e}  - {{id: st, type: personal-statement, title: Statement, author: {author}, date: 2026-10-20}}\n"
            ),
        )
    };
    let mother = by("Rosa Test");
    let memo = md(&mother, MemoKind::Rebuttal, true);
    assert!(!memo.contains("The petitioner, Luz Test, is"), "{memo}");
    assert!(
        memo.contains(
            "no exhibit yet shows the petitioner's relationship to the beneficiary: obtain from Luz Test"
        ),
        "{memo}"
    );
    assert!(!memo.contains("ask Rosa Test"), "{memo}");
    let own = by("luz  test");
    let memo = md(&own, MemoKind::Rebuttal, false);
    assert!(
        memo.contains("The petitioner, Luz Test, is the beneficiary's aunt (Ex. B)."),
        "{memo}"
    );
}

/// Prong (B)(i) names the country of residence only with an exhibit that
/// shows where the beneficiary lives, citing it; otherwise a final memo
/// argues the prong on the unavailability alone and a draft marks the gap.
/// The statement of facts names the country the same way.
#[test]
fn the_country_of_residence_is_named_only_with_the_exhibit_that_shows_it() {
    let (g, e) = urgency();
    let grounds = format!("{g}{}", ground("GN", "treatment-unavailable", "doc"));
    let text = case("", &grounds, &e);
    let fin = md(&text, MemoKind::Rebuttal, false);
    let one_line = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let fee = one_line(section(&fin, "## The parole fee").unwrap());
    assert!(fee.contains("§ 1804(b)(1)(B)(i)"), "{fee}");
    assert!(!fee.contains("Peru") && !fee.contains("resides"), "{fee}");
    assert!(
        fee.contains("cannot be obtained in the beneficiary's country of residence (Ex. A)."),
        "{fee}"
    );
    let facts = section(&fin, "## Statement of facts").unwrap();
    assert!(!facts.contains("Peru"), "{facts}");
    let draft = md(&text, MemoKind::Rebuttal, true);
    let marked = section(&draft, "## The parole fee").unwrap();
    assert!(
        marked.contains("⚠ Gap: no exhibit yet shows where the beneficiary lives now"),
        "{marked}"
    );

    // A statement that shows the residence: the country is named, citing it.
    let shown = case(
        "",
        &format!("{grounds}{}", ground("GS", "other", "stmt")),
        &format!(
            "{e}  - {{id: stmt, type: personal-statement, title: Statement of Ana Test, author: Ana Test, date: 2026-11-02}}\n"
        ),
    );
    let fee = one_line(section(&md(&shown, MemoKind::Rebuttal, false), "## The parole fee").unwrap());
    assert!(
        fee.contains("cannot be obtained in Peru (Ex. A), where the beneficiary resides (Ex. B)."),
        "{fee}"
    );
}

/// The memo's prose as a signing attorney would write it: the petitioner
/// asks on the beneficiary's behalf; the fee paragraph names the
/// beneficiary once, by role and name; an institution named "University of
/// ..." takes "the"; the petitioner is not named alone in the facts.
#[test]
fn the_memo_reads_as_counsel_would_write_it() {
    let (g, e) = urgency();
    let grounds = format!(
        "{g}{}{}",
        ground("GN", "treatment-unavailable", "doc"),
        ground("GA", "us-treatment-arranged", "acc")
    );
    let text = case(
        "  petitioner: {name: Rosa Test, relationship: sister}\n",
        &grounds,
        &format!(
            "{e}  - {{id: acc, type: provider-acceptance, title: Acceptance, author: University of Texas Medical Branch, date: 2026-10-20}}\n"
        ),
    )
    .replace("provider: City Hospital", "provider: University of Texas Medical Branch");
    let memo = md(&text, MemoKind::Rebuttal, false);
    let flat = memo.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("submitted by the petitioner, Rosa Test, on behalf of the beneficiary, Ana Test"),
        "{memo}"
    );
    assert!(!flat.contains("and the beneficiary, Ana Test"), "{memo}");
    assert!(
        memo.contains("\nThe University of Texas Medical Branch has agreed to treat the beneficiary"),
        "{memo}"
    );
    let fee = section(&memo, "## The parole fee").unwrap();
    let fee = fee.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        fee.contains("The beneficiary, Ana Test, meets those terms"),
        "{fee}"
    );
    assert!(!fee.contains("Ana Test is not subject"), "{fee}");
    // No exhibit shows the sister's relationship: the petitioner is not
    // named in a sentence of its own.
    assert!(!memo.contains("The petitioner is Rosa Test"), "{memo}");
}

/// Evidence types named inside a sentence are in lower case with the
/// article they need ("a third-party attestation", "medical records" and
/// "them"), and the letters name the hospital with "the" where its name
/// needs it.
#[test]
fn gap_notes_and_letters_name_kinds_of_evidence_as_prose() {
    let (g, e) = urgency();
    let grounds = format!("{g}{}", ground("GN", "treatment-unavailable", "doc"));
    let text = case("", &grounds, &e).replace(
        "provider: City Hospital",
        "provider: University of Texas Medical Branch",
    );
    let gaps = md(&text, MemoKind::Gaps, true);
    assert!(
        gaps.contains(
            "is usually answered with a third-party attestation, which no point cites: obtain and cite it"
        ),
        "{gaps}"
    );
    assert!(!gaps.contains("of the kind"), "{gaps}");
    assert!(gaps.contains("Obtain a third-party attestation from"), "{gaps}");
    let letters = md(&text, MemoKind::Requests, true);
    assert!(letters.contains(": a third-party attestation"), "{letters}");
    assert!(
        letters.contains("at the University of Texas Medical Branch."),
        "{letters}"
    );
}

/// After a denial, the receipt number on file is the denied request's: the
/// declarations say so.
#[test]
fn declarations_of_a_refiling_name_the_prior_receipt() {
    let text = render_example("examples/denial-with-gaps.yaml", "declarations", false);
    assert!(text.contains("**Prior receipt number:**"), "{text}");
    assert!(text.contains("(the request denied on"), "{text}");
    // The summary lists the parts by their headings, quoted, as one clause.
    let summary: Vec<&str> = text.lines().filter(|l| l.starts_with("1. ")).collect();
    assert!(summary[0].contains("covers \""), "{summary:?}");
    assert!(!summary[0].contains("; the record already shows"), "{summary:?}");
}

/// `check` names the key a missing address goes under, and says that a
/// missing baseline type keeps `--final` from writing, though it is a
/// warning; the memo's gap markers name neither key nor option.
#[test]
fn check_names_the_address_key_and_what_blocks_the_final_refiling() {
    let (g, e) = urgency();
    let denial = case("", &g, &e).replace("{kind: noid,", "{kind: denial,");
    let l = checked(&denial);
    let message = |code: Code| -> Vec<String> {
        l.report
            .findings
            .iter()
            .filter(|f| f.code == code)
            .map(|f| f.message.clone())
            .collect()
    };
    let address = message(Code::MissingAddress);
    assert!(
        address.iter().any(|m| m.contains("case.request.filing_address")),
        "{address:?}"
    );
    let baseline = message(Code::MissingBaseline);
    assert!(!baseline.is_empty());
    assert!(
        baseline
            .iter()
            .all(|m| m.contains("render --final will not write the memo")),
        "{baseline:?}"
    );
    let draft = md_of(&l, MemoKind::Refiling, true);
    assert!(!draft.contains("filing_address"), "{draft}");
    assert!(!draft.contains("--final"), "{draft}");
    let noid = checked(&case("", &g, &e).replace(", address: \"1 Agency Way, Washington, DC 20001\"", ""));
    assert!(
        noid.report
            .findings
            .iter()
            .any(|f| f.code == Code::MissingAddress && f.message.contains("case.decision.address")),
    );
}

/// The sponsor's relationship is a fact too: the memo names it only with
/// an exhibit that shows it (the sponsor's own statement, or a document
/// with `shows: [sponsor-relationship]`), citing it.
#[test]
fn the_sponsors_relationship_is_stated_only_with_its_proof() {
    let (g, e) = urgency();
    let grounds = format!("{g}{}", ground("GF", "financial-support", "i134"));
    let text = case(
        "  sponsors:\n    - {name: Omar Test, relationship: brother}\n",
        &grounds,
        &format!(
            "{e}  - {{id: i134, type: financial-support, title: Form I-134 of Omar Test, author: Omar Test, date: 2026-10-20}}\n"
        ),
    );
    let memo = md(&text, MemoKind::Rebuttal, false);
    assert!(
        memo.contains("Omar Test has signed a declaration of financial support, Form I-134 (Ex. B)."),
        "{memo}"
    );
    assert!(!memo.contains("brother"), "{memo}");
    let shown = text.replace(
        "date: 2026-10-20}",
        "date: 2026-10-20, shows: [sponsor-relationship]}",
    );
    let memo = md(&shown, MemoKind::Rebuttal, false);
    assert!(
        memo.contains("Omar Test, the beneficiary's brother, has signed a declaration of financial support, Form I-134 (Ex. B)."),
        "{memo}"
    );
}

/// A re-filing whose grounds cite nothing new does not say it "presents
/// new evidence on zero of the grounds".
#[test]
fn a_refiling_with_nothing_new_says_so_in_words() {
    let (g, e) = urgency();
    let denial = case("", &g, &e)
        .replace("{kind: noid,", "{kind: denial,")
        .replace("date: 2026-11-01}", "date: 2026-11-01, submitted_before: true}");
    let draft = md(&denial, MemoKind::Refiling, true);
    assert!(!draft.contains("on zero of"), "{draft}");
    assert!(
        draft.contains("It does not yet present new evidence on the one ground the decision gave."),
        "{draft}"
    );
}

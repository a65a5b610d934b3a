//! The built-in playbook covers the whole domain.

use rebut::playbook::Playbook;

const CATEGORIES: [&str; 12] = [
    "medical-urgency",
    "treatment-unavailable",
    "us-treatment-arranged",
    "financial-support",
    "support-plan",
    "travel-feasibility",
    "temporary-stay",
    "other-avenues",
    "security",
    "discretion",
    "documentation",
    "other",
];

const EVIDENCE_TYPES: [&str; 16] = [
    "physician-opinion",
    "independent-expert",
    "medical-record",
    "provider-acceptance",
    "cost-quote",
    "financial-support",
    "support-plan",
    "travel-plan",
    "aftercare-plan",
    "safety-assurance",
    "visa-record",
    "personal-statement",
    "third-party-attestation",
    "identity-document",
    "birth-certificate",
    "other",
];

#[test]
fn every_category_of_the_domain_is_filled_in() {
    let playbook = Playbook::builtin();
    assert_eq!(playbook.id, "humanitarian-parole-medical");
    let ids: Vec<&str> = playbook.category_ids().collect();
    assert_eq!(ids, CATEGORIES);
    for category in &playbook.categories {
        assert!((3..=6).contains(&category.questions.len()), "{}", category.id);
        assert!(!category.heading.is_empty() && !category.label.is_empty());
        if category.id != "other" {
            assert!(!category.expects.is_empty(), "{} expects nothing", category.id);
        }
    }
}

#[test]
fn every_evidence_type_of_the_domain_is_known_and_only_opinions_are_opinions() {
    let playbook = Playbook::builtin();
    let ids: Vec<&str> = playbook.evidence_type_ids().collect();
    assert_eq!(ids, EVIDENCE_TYPES);
    let opinions: Vec<&str> = playbook
        .evidence_types
        .iter()
        .filter(|t| t.opinion)
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(opinions, ["physician-opinion", "independent-expert"]);
}

#[test]
fn the_domain_expectations_hold() {
    let playbook = Playbook::builtin();
    let expects = |c: &str| playbook.category(c).unwrap().expects.clone();
    assert_eq!(
        expects("medical-urgency"),
        ["physician-opinion", "medical-record"]
    );
    assert!(
        playbook
            .category("medical-urgency")
            .unwrap()
            .strengthens
            .contains(&"independent-expert".to_owned())
    );
    assert_eq!(expects("financial-support"), ["cost-quote", "financial-support"]);
    assert!(expects("security").contains(&"safety-assurance".to_owned()));
    for key in rebut::playbook::REQUIRED_MEMO {
        assert!(playbook.memo.contains_key(key));
    }
}

#[test]
fn a_playbook_is_validated_like_a_case_file() {
    use rebut::diag::ProblemKind;
    use rebut::load::Source;
    let text = rebut::playbook::DEFAULT_TEXT.replacen(
        "  physician-opinion:\n",
        "  physician-opinion:\n    colour: blue\n",
        1,
    );
    let err = Playbook::from_source(&Source::from_text("p.yaml", text)).unwrap_err();
    assert_eq!(err.problems[0].kind, ProblemKind::UnknownKey);
    // A duplicate category id is a duplicate key in YAML.
    let dup = rebut::playbook::DEFAULT_TEXT.replacen("  security:\n", "  discretion:\n", 1);
    let err = Playbook::from_source(&Source::from_text("p.yaml", dup)).unwrap_err();
    assert!(
        err.problems[0].message.contains("duplicate"),
        "{:?}",
        err.problems
    );
    assert!(err.problems[0].loc.is_some());
}

#[test]
fn the_filed_memo_keys_are_read_and_checked() {
    use rebut::diag::ProblemKind;
    use rebut::load::Source;
    use rebut::playbook::EnclosureEach;
    let playbook = Playbook::builtin();
    assert_eq!(
        playbook.max_period.map(|p| p.to_string()).as_deref(),
        Some("1 year")
    );
    for category in &playbook.categories {
        assert!(
            category.establishes.is_some(),
            "{} establishes nothing",
            category.id
        );
    }
    let refiling = &playbook.enclosures["refiling"];
    assert!(refiling.iter().any(|e| e.each == Some(EnclosureEach::Companion)));
    assert!(refiling.iter().any(|e| e.each == Some(EnclosureEach::Sponsor)));
    assert!(
        playbook.enclosures["rebuttal"]
            .iter()
            .any(|e| e.when_representative)
    );
    // American spelling, Bluebook citations, no waiver, no fixed amount.
    let text = rebut::playbook::DEFAULT_TEXT;
    for british in ["favour", "neighbour", "recognis"] {
        assert!(!text.contains(british), "{british}");
    }
    assert!(text.contains("8 C.F.R. § 103.2(b)(3)") && !text.contains("8 CFR"));
    assert!(!text.contains("waived") && !text.contains("$1,000"));

    let bad = [
        (
            "max_period: 1 year",
            "max_period: a while",
            ProblemKind::InvalidValue,
        ),
        ("  refiling:\n", "  appeal:\n", ProblemKind::UnknownKey),
        (
            "      each: sponsor",
            "      each: spouse",
            ProblemKind::InvalidValue,
        ),
        (
            "      when: cover",
            "      when: always",
            ProblemKind::InvalidValue,
        ),
    ];
    for (from, to, kind) in bad {
        let text = rebut::playbook::DEFAULT_TEXT.replacen(from, to, 1);
        assert_ne!(text, rebut::playbook::DEFAULT_TEXT, "{from}");
        let err = Playbook::from_source(&Source::from_text("p.yaml", text)).unwrap_err();
        assert_eq!(err.problems[0].kind, kind, "{to}: {:?}", err.problems);
        assert!(err.problems[0].loc.is_some(), "{to}");
    }
    let text = rebut::playbook::DEFAULT_TEXT.replacen("  closing_request: |", "  closing: |", 1);
    let err = Playbook::from_source(&Source::from_text("p.yaml", text)).unwrap_err();
    assert!(
        err.problems[0].message.contains("closing_request"),
        "{:?}",
        err.problems
    );
}

/// The keys evidence requests read: `must_state` and `author_role` on every
/// type of the default playbook, `baseline` and `request_margin_days`.
#[test]
fn the_default_playbook_says_what_each_type_must_state_and_whom_to_ask() {
    let playbook = Playbook::builtin();
    for t in &playbook.evidence_types {
        assert!(t.must_state.len() >= 2, "{}: must_state", t.id);
        assert!(t.author_role.is_some(), "{}: author_role", t.id);
    }
    assert_eq!(
        playbook.baseline,
        [
            "physician-opinion",
            "provider-acceptance",
            "cost-quote",
            "financial-support",
            "support-plan"
        ]
    );
    assert_eq!(playbook.request_margin_days, 10);
    let opinion = playbook.must_state("physician-opinion").join("\n");
    for needed in [
        "diagnosis",
        "prognosis",
        "delay",
        "neighboring countries",
        "fit to travel",
        "letterhead",
    ] {
        assert!(opinion.contains(needed), "{needed}");
    }
    assert!(
        playbook
            .must_state("independent-expert")
            .join(" ")
            .contains("qualifications")
    );
    assert!(
        playbook
            .must_state("personal-statement")
            .join(" ")
            .contains("28 U.S.C. § 1746")
    );
}

#[test]
fn the_new_playbook_keys_are_validated_with_their_place() {
    use rebut::load::Source;

    let text = rebut::playbook::DEFAULT_TEXT;
    let load = |text: &str| Playbook::from_source(&Source::from_text("p.yaml", text));
    // Every problem, as "line: message (label)".
    let problems = |text: &str| -> String {
        load(text)
            .unwrap_err()
            .problems
            .iter()
            .map(|p| {
                format!(
                    "{}: {} ({})\n",
                    p.loc.map_or(0, |l| l.line),
                    p.message,
                    p.label.as_deref().unwrap_or("")
                )
            })
            .collect()
    };

    let unknown = text.replace("  - support-plan\n", "  - support-plans\n");
    let err = problems(&unknown);
    let line = unknown.lines().position(|l| l == "  - support-plans").unwrap() + 1;
    assert!(
        err.contains("support-plans") && err.starts_with(&format!("{line}: ")),
        "{err}"
    );
    assert!(err.contains("support-plan"), "a did-you-mean: {err}");

    let twice = text.replace("  - cost-quote\n", "  - cost-quote\n  - cost-quote\n");
    assert!(problems(&twice).contains("twice"));

    let margin = text.replace("request_margin_days: 10", "request_margin_days: ten");
    assert!(problems(&margin).contains("request_margin_days"));

    // A list of lines, not one string; and only known keys.
    let one_line = text.replacen(
        "  physician-opinion:\n    label: Treating physician's opinion\n    opinion: true\n    author_role: the treating physician\n    must_state:\n",
        "  physician-opinion:\n    label: Treating physician's opinion\n    opinion: true\n    author_role: the treating physician\n    must_state: the diagnosis\n    must_states:\n",
        1,
    );
    assert_ne!(one_line, text);
    let found = problems(&one_line);
    assert!(found.contains("must_state"), "{found}");
    assert!(found.contains("must_states"), "the unknown key: {found}");

    let no_margin = text.replace("request_margin_days: 10\n", "");
    assert_eq!(load(&no_margin).unwrap().request_margin_days, 10);
    let other = text.replace("request_margin_days: 10", "request_margin_days: 21");
    assert_eq!(load(&other).unwrap().request_margin_days, 21);
}

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

const EVIDENCE_TYPES: [&str; 15] = [
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

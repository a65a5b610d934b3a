//! `rebut init`: a starter that every later command accepts, with every key
//! of the format, made from the playbook in force, never over a file.

use crate::support::{self, Rebut, TODAY};
use rebut::load::Source;
use rebut::model::Case;
use rebut::playbook::{self, Playbook};
use serde_json::Value;

fn run(args: &[&str]) -> (i32, String, String) {
    Rebut::new().args(args).run().parts()
}

fn scratch(name: &str) -> support::Scratch {
    support::scratch(&format!("init-{name}"))
}

fn starter() -> String {
    let (code, stdout, stderr) = run(&["init", "--today", TODAY]);
    assert_eq!(code, 0, "{stderr}");
    stdout
}

fn load_with(text: &str, playbook: &Playbook) -> Case {
    support::load_with("starter.yaml", text, playbook)
        .unwrap_or_else(|u| panic!("the starter should load:\n{}", u.render(Some(text), false)))
}

#[test]
fn the_starter_passes_check_without_being_unusable() {
    let dir = scratch("check");
    let path = dir.join("case.yaml");
    std::fs::write(&path, starter()).unwrap();
    let (code, stdout, stderr) = run(&["check", "--today", TODAY, path.to_str().unwrap()]);
    assert!(code == 0 || code == 1, "exit {code}\n{stdout}\n{stderr}");
    assert!(stdout.contains("G1"), "{stdout}");
}

#[test]
fn the_starter_has_every_key_of_the_format() {
    let case = load_with(&starter(), &Playbook::builtin());
    let info = &case.info;
    assert!(info.kind.is_some() && info.receipt.is_some() && info.beneficiary.born.is_some());
    let p = info.petitioner.as_ref().expect("petitioner");
    assert!(p.name.is_some() && p.relationship.is_some());
    let r = info.representative.as_ref().expect("representative");
    assert!(r.name.is_some() && r.firm.is_some() && r.address.is_some());
    assert!(r.email.is_some() && r.phone.is_some() && r.bar.is_some());
    assert!(info.decision.respond_by.is_some() && info.decision.office.is_some());
    let t = info.treatment.as_ref().expect("treatment");
    assert!(t.condition.is_some() && t.plan.is_some() && t.provider.is_some() && t.start.is_some());

    assert!(case.grounds.iter().any(|g| g.cite.is_some()));
    let citations: Vec<_> = case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
        .collect();
    assert!(citations.iter().any(|c| c.pages.is_some()));
    let text = starter();
    assert!(text.contains("optional: false"), "the grading flag is shown");

    let e = |f: &dyn Fn(&rebut::model::Evidence) -> bool| case.evidence.iter().any(f);
    assert!(e(&|e| e.author.is_some()
        && e.date.is_some()
        && e.file.is_some()
        && e.notes.is_some()));
    assert!(e(&|e| e
        .translation
        .as_ref()
        .is_some_and(|t| t.translator.is_some())));
    assert!(e(&|e| !e.is_received()));
    for key in ["pages:", "status:", "submitted_before:", "language:"] {
        assert!(text.contains(key), "{key} is missing");
    }
    assert!(case.timeline.iter().any(|t| !t.evidence.is_empty()));
}

#[test]
fn the_starter_lists_the_playbooks_categories_and_types() {
    let text = starter();
    let playbook = Playbook::builtin();
    for c in &playbook.categories {
        assert!(
            text.contains(&format!("#               {}: {}", c.id, c.label)),
            "{}",
            c.id
        );
    }
    for t in &playbook.evidence_types {
        assert!(text.contains(&format!("{}: {}", t.id, t.label)), "{}", t.id);
    }
}

#[test]
fn another_playbook_gives_a_starter_of_its_kind() {
    let dir = scratch("playbook");
    let custom = playbook::DEFAULT_TEXT
        .replace("id: humanitarian-parole-medical", "id: asylum-clinic")
        .replace("medical-urgency", "persecution")
        .replace("physician-opinion", "country-report");
    let playbook_path = dir.join("asylum.yaml");
    std::fs::write(&playbook_path, &custom).unwrap();
    let pb = playbook_path.to_str().unwrap();

    let (code, text, stderr) = run(&[
        "init",
        "--today",
        TODAY,
        "--playbook",
        pb,
        "--kind",
        "asylum-clinic",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.contains("kind: asylum-clinic"));
    assert!(text.contains("category: persecution"));
    assert!(text.contains("type: country-report"));
    let playbook = Playbook::from_source(&Source::from_text("asylum.yaml", custom.clone())).unwrap();
    let case = load_with(&text, &playbook);
    assert_eq!(case.grounds[0].category, "persecution");

    let case_path = dir.join("case.yaml");
    std::fs::write(&case_path, &text).unwrap();
    let (code, _, stderr) = run(&[
        "check",
        "--today",
        TODAY,
        "--playbook",
        pb,
        case_path.to_str().unwrap(),
    ]);
    assert!(code < 2, "{stderr}");
}

#[test]
fn a_kind_other_than_the_playbooks_is_refused() {
    let (code, stdout, stderr) = run(&["init", "--kind", "asylum"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("humanitarian-parole-medical") && stderr.contains("--playbook"),
        "{stderr}"
    );
    let (code, _, _) = run(&["init", "--today", TODAY, "--kind", "humanitarian-parole-medical"]);
    assert_eq!(code, 0);
}

#[test]
fn init_writes_a_new_file_with_the_same_text_it_prints() {
    let dir = scratch("new");
    let path = dir.join("case.yaml");
    let (code, stdout, stderr) = run(&["init", "--today", TODAY, path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), starter());
}

#[test]
fn init_refuses_an_existing_file_and_leaves_it_untouched() {
    let dir = scratch("exists");
    let path = dir.join("case.yaml");
    std::fs::write(&path, "my own notes\n").unwrap();
    let (code, stdout, stderr) = run(&["init", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("exists"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "my own notes\n");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no stray file");
}

#[test]
fn the_starter_dates_follow_today_and_nothing_else() {
    let a = starter();
    assert_eq!(a, starter());
    let (_, other, _) = run(&["init", "--today", "2027-01-05"]);
    assert_ne!(a, other);
    let case = load_with(&other, &Playbook::builtin());
    let today: jiff::civil::Date = "2027-01-05".parse().unwrap();
    assert!(case.info.decision.date.value < today);
    assert!(case.info.decision.respond_by.as_ref().unwrap().value > today);
}

/// Every key path of the case file, from the schema (and so from the
/// model): `case.beneficiary.born`, `grounds[].responses[].evidence[].pages`.
fn schema_paths() -> std::collections::BTreeSet<String> {
    let schema = rebut::schema::case_schema(&Playbook::builtin());
    rebut::schema::keys(&schema).into_iter().map(|k| k.path).collect()
}

/// The key paths a YAML text uses, in the same form.
fn text_paths(text: &str) -> std::collections::BTreeSet<String> {
    fn walk(node: &Value, path: &str, out: &mut std::collections::BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                for (key, child) in map {
                    let path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    out.insert(path.clone());
                    walk(child, &path, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, &format!("{path}[]"), out)),
            _ => {}
        }
    }
    let value: Value = serde_saphyr::from_str(text).expect("YAML");
    let mut out = std::collections::BTreeSet::new();
    walk(&value, "", &mut out);
    out
}

fn last_key(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path).trim_end_matches("[]")
}

#[test]
fn the_starter_shows_every_key_of_the_schema() {
    let text = starter();
    let used = text_paths(&text);
    let comments: Vec<&str> = text.lines().filter(|l| l.trim_start().starts_with('#')).collect();
    let paths = schema_paths();
    assert!(paths.len() > 50, "{paths:?}");
    for path in &paths {
        // A key shown as a commented-out example counts (`# supervisor: {name: ...}`).
        let key = last_key(path);
        let shown = used.contains(path)
            || comments.iter().any(|l| {
                l.contains(&format!("{key}:")) || l.contains(&format!("{key} ")) && l.contains("optional")
            });
        assert!(shown, "the starter does not show `{path}`");
    }
}

/// Keys whose name says it all where they stand.
const SELF_EXPLANATORY: [&str; 11] = [
    "name",
    "country",
    "email",
    "phone",
    "firm",
    "relationship",
    "condition",
    "companions",
    "sponsors",
    "period",
    "id",
];

#[test]
fn every_key_of_the_schema_is_explained_by_a_comment() {
    let text = starter();
    let comments: Vec<String> = text
        .lines()
        .filter(|l| l.trim_start().starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    let paths = schema_paths();
    let keys: std::collections::BTreeSet<&str> = paths.iter().map(|p| last_key(p)).collect();
    for key in keys.into_iter().filter(|k| !SELF_EXPLANATORY.contains(k)) {
        let explained = comments
            .iter()
            .any(|l| l.contains(key) || l.contains(&key.replace('_', " ")));
        assert!(explained, "no comment of the starter explains `{key}`");
    }
}

#[test]
fn the_fuzzers_dictionary_has_every_key_and_name_of_the_schema() {
    let playbook = Playbook::builtin();
    let dict = rebut::synth::dictionary(&playbook);
    let entries: Vec<&str> = dict
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            l.strip_prefix('"')
                .and_then(|l| l.strip_suffix('"'))
                .expect("a quoted entry")
        })
        .map(|l| l.trim_start_matches("- "))
        .collect();
    for path in schema_paths() {
        let key = format!("{}:", last_key(&path));
        assert!(entries.contains(&key.as_str()), "the dictionary lacks \"{key}\"");
    }
    for name in playbook
        .categories
        .iter()
        .map(|c| &c.id)
        .chain(playbook.facts.iter().map(|f| &f.id))
    {
        assert!(
            entries.contains(&name.as_str()),
            "the dictionary lacks \"{name}\""
        );
    }
    for line in ["\"rebut: 1\"", "\"<<: *a\"", "\"{id: E1, pages: \\\"2-3\\\"}\""] {
        assert!(dict.lines().any(|l| l == line), "the dictionary lacks {line}");
    }
}

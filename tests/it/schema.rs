//! The case file's JSON Schema: the examples validate, the broken one does
//! not, and the schema and the loader agree on hundreds of small edits of the
//! examples, cross-references aside.

use crate::support::{self, Rebut, scratch};
use rebut::diag::ProblemKind;
use rebut::model::{DecisionKind, EvidenceStatus};
use rebut::playbook::Playbook;
use rebut::schema::{SCHEMA_COMMENT_HINT, SCHEMA_FILE, case_schema, schema_comment};
use serde_json::{Value, json};
use std::path::Path;

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the schema compiles")
}

/// A YAML text as JSON, read with the loader's own parser settings.
fn yaml_to_json(text: &str) -> Value {
    serde_saphyr::from_str_with_options::<Value>(text, rebut::yaml::parse_options(text.len())).expect("YAML")
}

/// The instance paths of every error, e.g. "/evidence/1/date".
fn error_paths(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    let mut paths: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| e.instance_path().to_string())
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

fn loads(text: &str) -> Result<(), Vec<ProblemKind>> {
    static PLAYBOOK: std::sync::LazyLock<Playbook> = std::sync::LazyLock::new(Playbook::builtin);
    support::load_with("edited.yaml", text, &PLAYBOOK)
        .map(|_| ())
        .map_err(|u| u.problems.iter().map(|p| p.kind).collect())
}

#[test]
fn every_example_validates() {
    let schema = case_schema(&Playbook::builtin());
    let validator = validator(&schema);
    let examples = support::all_examples();
    assert!(examples.len() >= 3, "found {examples:?}");
    for path in examples {
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(loads(&text), Ok(()), "{} loads", path.display());
        let instance = yaml_to_json(&text);
        assert_eq!(
            error_paths(&validator, &instance),
            Vec::<String>::new(),
            "{} validates",
            path.display()
        );
    }
}

#[test]
fn the_broken_example_is_refused_where_it_is_broken() {
    let validator = validator(&case_schema(&Playbook::builtin()));
    let instance = yaml_to_json(&std::fs::read_to_string("examples/broken.yaml").unwrap());
    let paths = error_paths(&validator, &instance);
    // Every problem of broken.yaml that a schema can see, at its place:
    // the misspelled `titel` (and so the missing `title`), the unknown
    // category, the missing quote, the impossible date, the unknown evidence
    // type, the page count in words and the unknown status.
    for expected in [
        "/case",
        "/grounds/0/category",
        "/grounds/1",
        "/evidence/1/date",
        "/evidence/2/type",
        "/evidence/2/pages",
        "/evidence/3/status",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "no error at {expected}: {paths:?}"
        );
    }
}

/// The small edits of a document: a key removed, a value set to null or to
/// a value of another type, an unknown key added. An edit is made once per
/// shape: the same edit of the second ground's quote teaches nothing new.
struct Edits<'r> {
    root: &'r Value,
    seen: std::collections::BTreeSet<String>,
    out: Vec<(String, Value)>,
}

impl Edits<'_> {
    fn edit(&mut self, target: &str, what: &str, change: impl Fn(&mut Value)) {
        let shape: Vec<&str> = target
            .split('/')
            .map(|s| if s.parse::<usize>().is_ok() { "*" } else { s })
            .collect();
        let kind = self.root.pointer(target).map_or("missing", |v| match v {
            Value::Object(_) => "map",
            Value::Array(_) => "list",
            Value::String(_) => "text",
            _ => "scalar",
        });
        if !self.seen.insert(format!("{} {kind} {what}", shape.join("/"))) {
            return;
        }
        let mut copy = self.root.clone();
        change(copy.pointer_mut(target).unwrap());
        self.out.push((format!("{target} ({what})"), copy));
    }

    fn walk(&mut self, value: &Value, path: &str) {
        match value {
            Value::Object(map) => {
                self.edit(path, "unknown key", |v| {
                    v.as_object_mut().unwrap().insert("colour".into(), json!("red"));
                });
                for key in map.keys() {
                    self.edit(path, &format!("without {key}"), |v| {
                        v.as_object_mut().unwrap().remove(key);
                    });
                }
            }
            Value::Array(_) => self.edit(path, "emptied", |v| *v = json!([])),
            _ => {}
        }
        if !path.is_empty() {
            let other = match value {
                Value::String(_) => json!(42),
                Value::Number(_) => json!("many"),
                Value::Bool(_) => json!("yes"),
                Value::Array(_) | Value::Object(_) => json!("text"),
                Value::Null => json!({}),
            };
            self.edit(path, "another type", |v| *v = other.clone());
            self.edit(path, "null", |v| *v = Value::Null);
            if value.is_number() {
                self.edit(path, "a fraction", |v| *v = json!(2.5));
                self.edit(path, "zero", |v| *v = json!(0));
            }
        }
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    self.walk(child, &format!("{path}/{key}"));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.walk(child, &format!("{path}/{i}"));
                }
            }
            _ => {}
        }
    }
}

/// Problems a schema cannot express: they relate two places in the file.
fn cross_reference_only(kinds: &[ProblemKind]) -> bool {
    kinds.iter().all(|k| {
        matches!(
            k,
            ProblemKind::UnknownId | ProblemKind::DuplicateId | ProblemKind::PinpointOutOfRange
        )
    })
}

#[test]
fn the_schema_and_the_loader_agree_on_every_small_edit_of_the_examples() {
    let validator = validator(&case_schema(&Playbook::builtin()));
    let mut checked = 0;
    let mut disagreements = Vec::new();
    for path in support::all_examples() {
        let root = yaml_to_json(&std::fs::read_to_string(&path).unwrap());
        let mut edits = Edits {
            root: &root,
            seen: Default::default(),
            out: Vec::new(),
        };
        edits.walk(&root, "");
        for (at, variant) in edits.out {
            // JSON is YAML: the loader reads the edited document as written.
            let text = serde_json::to_string(&variant).unwrap();
            let loaded = loads(&text);
            let valid = validator.is_valid(&variant);
            let agree = match &loaded {
                Ok(()) => valid,
                Err(kinds) => !valid || cross_reference_only(kinds),
            };
            if !agree {
                disagreements.push(format!(
                    "{} at {at}: loader {loaded:?}, schema {}\n  {}",
                    path.display(),
                    if valid { "accepts" } else { "refuses" },
                    error_paths(&validator, &variant).join(", ")
                ));
            }
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} edits");
    assert!(
        disagreements.is_empty(),
        "{} of {checked} edits disagree:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

fn minimal_case(ground_extra: &str, evidence_extra: &str) -> String {
    format!(
        "rebut: 1
case:
  title: T
  beneficiary: {{name: A, country: Peru}}
  filed: 2026-01-05
  decision: {{kind: noid, date: 2026-02-01}}
grounds:
  - id: G1
    category: medical-urgency
    quote: Q
{ground_extra}
evidence:
  - id: E1
    type: physician-opinion
    title: Letter
    pages: 9
{evidence_extra}"
    )
}

#[test]
fn dates_pinpoints_and_ids_are_checked_as_the_loader_checks_them() {
    let validator = validator(&case_schema(&Playbook::builtin()));
    let cases = [
        ("    date: 2026-02-28", true),
        ("    date: 2024-02-29", true),
        ("    date: 2025-02-29", false),
        ("    date: 2026-02-30", false),
        ("    date: 2026-04-31", false),
        ("    date: 2026-13-01", false),
        ("    date: 2026-1-05", false),
        ("    date: 05/01/2026", false),
    ];
    for (line, ok) in cases {
        let text = minimal_case("", line);
        assert_eq!(loads(&text).is_ok(), ok, "loader on {line}");
        assert_eq!(validator.is_valid(&yaml_to_json(&text)), ok, "schema on {line}");
    }
    let citations = [
        ("[E1]", true),
        ("[{id: E1, pages: \"2-3\"}]", true),
        ("[{id: E1, pages: \"2\u{2013}3, 7\"}]", true),
        ("[{id: E1, pages: 4, optional: true}]", true),
        ("[{id: E1, pages: \"0\"}]", false),
        ("[{id: E1, pages: \"3-\"}]", false),
        ("[{id: E1, pages: \"two\"}]", false),
        ("[{id: E1, pages: 0}]", false),
        ("[{id: E1, page: 2}]", false),
        ("[{pages: 2}]", false),
        ("[\"E 1\"]", false),
        ("[~]", false),
    ];
    for (list, ok) in citations {
        let text = minimal_case(
            &format!("    responses:\n      - point: P\n        evidence: {list}"),
            "",
        );
        assert_eq!(loads(&text).is_ok(), ok, "loader on {list}");
        assert_eq!(validator.is_valid(&yaml_to_json(&text)), ok, "schema on {list}");
    }
}

/// Every property of every object, with its path.
fn properties<'a>(value: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (key, prop) in props {
                    out.push((format!("{path}.{key}"), prop));
                }
            }
            for (key, child) in map {
                properties(child, format!("{path}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                properties(child, format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_is_described_and_every_object_is_closed() {
    let schema = case_schema(&Playbook::builtin());
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&schema));
    let mut props = Vec::new();
    properties(&schema, String::new(), &mut props);
    assert!(props.len() > 50, "{} keys", props.len());
    for (path, prop) in props {
        let description = prop["description"].as_str().unwrap_or_default();
        assert!(description.len() > 3, "{path} has no description");
    }
    let defs = schema["$defs"].as_object().unwrap();
    for (name, def) in defs {
        if def["type"] == "object" {
            assert_eq!(def["additionalProperties"], false, "{name} refuses unknown keys");
        }
    }
}

#[test]
fn names_come_from_the_model_and_the_playbook_in_force() {
    let playbook = Playbook::builtin();
    let schema = case_schema(&playbook);
    let defs = &schema["$defs"];
    let enum_of = |name: &str| -> Vec<String> {
        defs[name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{name} is an enum"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(enum_of("DecisionKind"), DecisionKind::names());
    assert_eq!(enum_of("EvidenceStatus"), EvidenceStatus::names());
    assert_eq!(enum_of("Category"), playbook.category_ids().collect::<Vec<_>>());
    assert_eq!(
        enum_of("EvidenceType"),
        playbook.evidence_type_ids().collect::<Vec<_>>()
    );
    assert_eq!(defs["PlaybookId"]["const"], playbook.id.as_str());
    for category in &playbook.categories {
        let description = defs["Category"]["description"].as_str().unwrap();
        assert!(
            description.contains(&category.label),
            "{} is explained",
            category.id
        );
    }
}

fn temp_dir(name: &str) -> support::Scratch {
    scratch(&format!("schema-{name}"))
}

#[test]
fn rebut_schema_prints_the_schema_of_the_playbook_given() {
    let printed = Rebut::new().arg("schema").status(0).run().json();
    assert_eq!(printed, case_schema(&Playbook::builtin()));

    let dir = temp_dir("playbook");
    let custom = dir.join("custom.yaml");
    // Renamed wherever the playbook names it as a category: its entry, the
    // facts that its links show, its letters' wording and its import cues
    // (not the fact `security`).
    let text = rebut::playbook::DEFAULT_TEXT
        .replacen("\n  security:\n", "\n  public-safety:\n", 1)
        .replace("categories: [security]", "categories: [public-safety]")
        .replace(
            "\n      security:\n        label:",
            "\n      public-safety:\n        label:",
        );
    let text = match text.split_once("\ncues:\n") {
        Some((head, cues)) => format!(
            "{head}\ncues:\n{}",
            cues.replacen("\n  security:\n", "\n  public-safety:\n", 1)
        ),
        None => text,
    };
    assert_ne!(
        text,
        rebut::playbook::DEFAULT_TEXT,
        "the default playbook has that category"
    );
    std::fs::write(&custom, text).unwrap();
    let printed = Rebut::new()
        .args(["schema", "--playbook"])
        .arg(&custom)
        .status(0)
        .run()
        .json();
    let categories = printed["$defs"]["Category"]["enum"].as_array().unwrap();
    assert!(categories.contains(&json!("public-safety")));
    assert!(!categories.contains(&json!("security")));
}

#[test]
fn a_broken_playbook_gives_no_schema() {
    let dir = temp_dir("broken");
    let custom = dir.join("broken.yaml");
    std::fs::write(&custom, "id: x\ntitle: [\n").unwrap();
    Rebut::new()
        .args(["schema", "--playbook"])
        .arg(&custom)
        .status(2)
        .stdout("")
        .stderr_contains("broken.yaml")
        .run();
}

#[test]
fn the_editor_line_points_at_the_schema_file_and_does_not_disturb_the_loader() {
    assert_eq!(SCHEMA_COMMENT_HINT, schema_comment(SCHEMA_FILE));
    assert!(SCHEMA_COMMENT_HINT.starts_with("# yaml-language-server: $schema="));
    Rebut::new()
        .args(["schema", "--help"])
        .stdout_contains(SCHEMA_COMMENT_HINT)
        .run();

    let example = std::fs::read_to_string("examples/noid-clean.yaml").unwrap();
    let with_line = format!("{SCHEMA_COMMENT_HINT}\n{example}");
    assert_eq!(loads(&with_line), Ok(()));
    assert!(Path::new("examples/noid-clean.yaml").exists());
}

#[test]
fn the_starter_from_init_points_editors_at_the_schema_and_validates() {
    let starter = rebut::clinic::init::starter(&Playbook::builtin(), None, support::today()).unwrap();
    assert_eq!(starter.lines().next(), Some(SCHEMA_COMMENT_HINT));
    let validator = validator(&case_schema(&Playbook::builtin()));
    assert_eq!(
        error_paths(&validator, &yaml_to_json(&starter)),
        Vec::<String>::new()
    );
}

/// Every key path of a schema: `case.beneficiary.name`, `grounds[].id`,
/// through `$ref`s and the alternatives of `anyOf`, `allOf` and `oneOf`.
fn key_paths(node: &Value, defs: &Value, path: &str, depth: usize, out: &mut Vec<String>) {
    assert!(
        depth < 32,
        "the schema nests deeper than a case file does at {path}"
    );
    if let Some(name) = node["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
        key_paths(&defs[name], defs, path, depth + 1, out);
    }
    for alternatives in ["anyOf", "allOf", "oneOf"] {
        for sub in node[alternatives].as_array().into_iter().flatten() {
            key_paths(sub, defs, path, depth + 1, out);
        }
    }
    if node.get("items").is_some() {
        key_paths(&node["items"], defs, &format!("{path}[]"), depth + 1, out);
    }
    for (key, sub) in node["properties"].as_object().into_iter().flatten() {
        let full = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        if !out.contains(&full) {
            out.push(full.clone());
        }
        key_paths(sub, defs, &full, depth + 1, out);
    }
}

#[test]
fn the_case_file_reference_lists_every_key_of_the_schema() {
    let schema = case_schema(&Playbook::builtin());
    let mut paths = Vec::new();
    key_paths(&schema, &schema["$defs"], "", 0, &mut paths);
    // The walk reaches the deepest keys, so it is not vacuous.
    for deep in [
        "case.representative.supervisor.bar",
        "grounds[].responses[].evidence[].pages",
        "evidence[].translation.file",
    ] {
        assert!(paths.iter().any(|p| p == deep), "{deep} not found in {paths:?}");
    }
    let reference = std::fs::read_to_string(support::root().join("docs/case-file.md")).unwrap();
    // The section itself, up to the next heading of its rank: a key
    // described only further down the page is not in the reference.
    let start = reference.find("\n## Every key").expect("an `Every key` section");
    let end = reference[start + 1..]
        .find("\n## ")
        .map_or(reference.len(), |e| start + 1 + e);
    let section = &reference[start..end];
    let missing: Vec<&String> = paths
        .iter()
        .filter(|p| !section.contains(&format!("| `{p}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/case-file.md has no row for: {missing:?}"
    );
}

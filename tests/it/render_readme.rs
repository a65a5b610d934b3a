//! The README documents every field of the template context, so that a
//! template author never has to read the source to find one.

use crate::support::*;
use rebut::render::MemoKind;
use std::collections::BTreeSet;

/// Field names at every depth; the keys of `memo` and `categories` are
/// names from the playbook, not fields, so only their values are walked.
fn field_names(value: &serde_json::Value, names: &mut BTreeSet<String>, keys_are_fields: bool) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if keys_are_fields {
                    names.insert(k.clone());
                }
                let playbook_names = keys_are_fields && (k == "memo" || k == "categories");
                field_names(v, names, !playbook_names);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                field_names(item, names, true);
            }
        }
        _ => {}
    }
}

#[test]
fn the_readme_documents_every_context_field() {
    let readme = std::fs::read_to_string(root().join("docs/templates.md")).unwrap();
    let section = readme
        .split("\n## ")
        .find(|s| s.trim_start_matches("## ").starts_with("Memos and templates"))
        .expect("a docs/templates.md section on memos and templates");
    let mut names = BTreeSet::new();
    for path in examples() {
        let l = check_file(&path);
        let cx = l.memo(MemoKind::Gaps, true);
        field_names(&serde_json::to_value(&cx).unwrap(), &mut names, true);
    }
    assert!(names.len() > 60, "the walk found the fields: {names:?}");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !section.contains(&format!("`{n}`")))
        .collect();
    assert!(missing.is_empty(), "undocumented context fields: {missing:?}");
}

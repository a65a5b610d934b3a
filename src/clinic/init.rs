//! `rebut init`: a starter case file, every key present and explained, with
//! example grounds and evidence to replace.
//!
//! The text is a template (`templates/init.yaml`); the categories and
//! evidence types it lists and uses come from the playbook in force, and its
//! dates are set around today so that the starter checks without date
//! findings. A key of the format that the template does not show is added
//! as a comment with its description ([`unshown`]), so that a new key of
//! the model reaches the starter without an edit here.

mod unshown;

use crate::playbook::{Category, Playbook};
use crate::text::one_line;
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

pub const TEMPLATE: &str = include_str!("../../templates/init.yaml");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InitError {
    #[error("the playbook in force is `{playbook}`, so rebut cannot start a case of kind `{kind}`")]
    OtherKind { kind: String, playbook: String },
    #[error("the playbook `{0}` names no evidence types, so there is nothing to start a case with")]
    EmptyPlaybook(String),
    #[error("the starter template does not render: {0}")]
    Template(String),
}

#[derive(Serialize)]
struct Named {
    id: String,
    label: String,
    opinion: bool,
}

#[derive(Serialize)]
struct Example {
    category: String,
    #[serde(rename = "type")]
    kind: String,
    label: String,
}

/// The starter file for the playbook's kind, its dates set around `today`.
pub fn starter(playbook: &Playbook, kind: Option<&str>, today: Date) -> Result<String, InitError> {
    if let Some(kind) = kind
        && kind != playbook.id
    {
        return Err(InitError::OtherKind {
            kind: kind.to_owned(),
            playbook: playbook.id.clone(),
        });
    }
    let first_type = playbook
        .evidence_types
        .first()
        .ok_or_else(|| InitError::EmptyPlaybook(playbook.id.clone()))?;
    let cat1 = &playbook.categories[0];
    let cat2 = playbook.categories.get(1).unwrap_or(cat1);

    // E1 is the opinion the first ground expects, E2 another type it
    // expects, E3 (requested, so undated) a type the second ground expects
    // that needs no date.
    let opinion = |t: &&String| playbook.is_opinion(t);
    let e1 = cat1
        .expects
        .iter()
        .find(opinion)
        .or_else(|| cat1.expects.first())
        .cloned()
        .unwrap_or_else(|| first_type.id.clone());
    let e2 = cat1
        .expects
        .iter()
        .chain(playbook.evidence_types.iter().map(|t| &t.id))
        .find(|t| **t != e1)
        .cloned()
        .unwrap_or_else(|| e1.clone());
    let e3 = cat2
        .expects
        .iter()
        .chain(playbook.evidence_types.iter().map(|t| &t.id))
        .find(|t| !playbook.is_opinion(t))
        .cloned()
        .unwrap_or_else(|| first_type.id.clone());

    let day = |days: i64| today.checked_add(days.days()).unwrap_or(today).to_string();
    let mut cx = tera::Context::new();
    cx.insert(
        "title",
        &scalar(&format!("{}: A. Example", one_line(&playbook.title))),
    );
    cx.insert("playbook_title", &one_line(&playbook.title));
    cx.insert("schema_line", crate::schema::SCHEMA_COMMENT_HINT);
    cx.insert("schema_file", crate::schema::SCHEMA_FILE);
    cx.insert("kind", &scalar(&playbook.id));
    cx.insert("categories", &categories(playbook));
    cx.insert(
        "evidence_types",
        &playbook
            .evidence_types
            .iter()
            .map(|t| Named {
                id: t.id.clone(),
                label: one_line(&t.label),
                opinion: t.opinion,
            })
            .collect::<Vec<_>>(),
    );
    cx.insert("ground1", &ground(cat1));
    cx.insert("ground2", &ground(cat2));
    cx.insert("evidence1", &evidence(playbook, &e1));
    cx.insert("evidence2", &evidence(playbook, &e2));
    cx.insert("evidence3", &evidence(playbook, &e3));
    cx.insert("born", &day(-3653));
    cx.insert("filed", &day(-150));
    cx.insert("decision_date", &day(-10));
    cx.insert("respond_by", &day(20));
    cx.insert("start", &day(0));
    cx.insert("evidence1_date", &day(-3));
    cx.insert("evidence2_date", &day(-50));
    let text = tera::Tera::one_off(TEMPLATE, &cx, false).map_err(|e| InitError::Template(e.to_string()))?;
    let keys = crate::schema::keys(&crate::schema::case_schema(playbook));
    Ok(unshown::add_unshown(&text, &keys))
}

fn categories(playbook: &Playbook) -> Vec<Named> {
    playbook
        .categories
        .iter()
        .map(|c| Named {
            id: c.id.clone(),
            label: one_line(&c.label),
            opinion: false,
        })
        .collect()
}

fn ground(c: &Category) -> Example {
    Example {
        category: scalar(&c.id),
        kind: String::new(),
        label: one_line(&c.label),
    }
}

fn evidence(playbook: &Playbook, type_id: &str) -> Example {
    Example {
        category: String::new(),
        kind: scalar(type_id),
        label: one_line(playbook.type_label(type_id)),
    }
}

/// A value as a YAML scalar that reads back as the same string (`"1.5"`,
/// `"true"` and the like are quoted).
fn scalar(value: &str) -> String {
    serde_saphyr::to_string(&value)
        .map(|s| s.trim_end_matches('\n').to_owned())
        .unwrap_or_else(|_| format!("{value:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_that_look_like_other_types_are_quoted() {
        assert_eq!(scalar("medical-urgency"), "medical-urgency");
        assert_ne!(scalar("true"), "true");
        assert_ne!(scalar("1.5"), "1.5");
        assert_ne!(scalar("a: b"), "a: b");
    }
}

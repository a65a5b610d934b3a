//! The memo templates: built into the binary, each replaceable by a file of
//! the same name in `--templates DIR` (a firm's letterhead, its wording).
//!
//! Markdown templates (`*.md`) escape every value they print with
//! [`markdown::escape_text`], so case text stays text. Two filters help:
//! `inline_markdown` (a point's text, keeping its emphasis) and
//! `date(format="%B %-d, %Y")` (a `YYYY-MM-DD` date, strftime-formatted).
//! Three more write prose: `words` (one to ten in words, larger numbers in
//! digits), `join_and` (a list as "a, b, and c") and `fill` (a playbook
//! entry with its placeholders filled in: `memo.expedite | fill(start=…)`).

use super::context::MemoContext;
use super::{RenderError, markdown, prose};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tera::{Kwargs, State, Tera, Value};

/// The stylesheet of the HTML page, replaceable by `style.css`.
pub const BUILTIN_CSS: &str = include_str!("../../templates/style.css");
pub const CSS_NAME: &str = "style.css";

/// Every built-in template, by the name an override file must have.
pub const BUILTIN: [(&str, &str); 22] = [
    ("rebuttal.md", include_str!("../../templates/rebuttal.md")),
    ("refiling.md", include_str!("../../templates/refiling.md")),
    ("cover.md", include_str!("../../templates/cover.md")),
    ("introduction.md", include_str!("../../templates/introduction.md")),
    ("facts.md", include_str!("../../templates/facts.md")),
    ("expedite.md", include_str!("../../templates/expedite.md")),
    ("fee.md", include_str!("../../templates/fee.md")),
    ("conclusion.md", include_str!("../../templates/conclusion.md")),
    ("enclosures.md", include_str!("../../templates/enclosures.md")),
    ("missing-fact.md", include_str!("../../templates/missing-fact.md")),
    ("gaps.md", include_str!("../../templates/gaps.md")),
    ("exhibits.md", include_str!("../../templates/exhibits.md")),
    ("heading.md", include_str!("../../templates/heading.md")),
    ("draft-notice.md", include_str!("../../templates/draft-notice.md")),
    ("summary.md", include_str!("../../templates/summary.md")),
    ("ground.md", include_str!("../../templates/ground.md")),
    ("citations.md", include_str!("../../templates/citations.md")),
    ("gap.md", include_str!("../../templates/gap.md")),
    ("new-evidence.md", include_str!("../../templates/new-evidence.md")),
    ("signature.md", include_str!("../../templates/signature.md")),
    ("chronology.md", include_str!("../../templates/chronology.md")),
    (
        "exhibit-index.md",
        include_str!("../../templates/exhibit-index.md"),
    ),
];

/// Default format of the `date` filter: "November 25, 2026".
pub const DEFAULT_DATE_FORMAT: &str = "%B %-d, %Y";

pub struct Templates {
    tera: Tera,
    css: String,
    /// Templates read from a folder, by name, with their paths.
    overrides: BTreeMap<String, PathBuf>,
}

impl Templates {
    /// The built-in templates.
    pub fn builtin() -> Templates {
        Self::load(None).expect("the built-in templates parse (tested)")
    }

    /// The built-in templates, with every `*.md` file and `style.css` in
    /// `dir` replacing (or adding to) them.
    pub fn load(dir: Option<&Path>) -> Result<Templates, RenderError> {
        let mut sources: BTreeMap<String, String> = BUILTIN
            .iter()
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        let mut css = BUILTIN_CSS.to_owned();
        let mut overrides = BTreeMap::new();
        if let Some(dir) = dir {
            for (name, path) in template_files(dir)? {
                let text = std::fs::read(&path).map_err(|e| RenderError::TemplateFile {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                })?;
                let text = String::from_utf8(text).map_err(|_| RenderError::TemplateFile {
                    path: path.display().to_string(),
                    reason: "it is not UTF-8 text".to_owned(),
                })?;
                if name == CSS_NAME {
                    css = text;
                } else {
                    sources.insert(name.clone(), text);
                }
                overrides.insert(name, path);
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on([".md"]);
        tera.set_escape_fn(escape_markdown);
        tera.register_filter("inline_markdown", |text: &str, _: Kwargs, _: &State| {
            Value::safe_string(&markdown::inline_markdown(text))
        });
        tera.register_filter("date", format_date);
        tera.register_filter("words", |n: i64, _: Kwargs, _: &State| prose::number_words(n));
        tera.register_filter("join_and", join_and);
        tera.register_filter("fill", fill);
        tera.register_filter("clause", |text: &str, _: Kwargs, _: &State| prose::clause(text));
        tera.register_filter("email", |text: &str, _: Kwargs, _: &State| {
            Value::safe_string(&markdown::email(text))
        });
        tera.add_raw_templates(&sources)
            .map_err(|e| template_error(&e, &overrides))?;
        Ok(Templates { tera, css, overrides })
    }

    /// The stylesheet for HTML output.
    pub fn css(&self) -> &str {
        &self.css
    }

    /// The templates (and stylesheet) read from a folder: name and path.
    pub fn overridden(&self) -> impl Iterator<Item = (&str, &Path)> {
        self.overrides
            .iter()
            .map(|(name, path)| (name.as_str(), path.as_path()))
    }

    /// Renders the memo's template to Markdown.
    pub(super) fn render_markdown(&self, cx: &MemoContext) -> Result<String, RenderError> {
        let tera_cx = tera::Context::from_serialize(cx).map_err(|e| RenderError::Template {
            message: format!("cannot prepare the template context: {e}"),
        })?;
        let out = self
            .tera
            .render(cx.kind.template(), &tera_cx)
            .map_err(|e| template_error(&e, &self.overrides))?;
        Ok(markdown::normalize(&out))
    }
}

/// The files of a template folder that rebut reads: `*.md` and `style.css`,
/// hidden files aside, in name order.
fn template_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let io = |source| RenderError::TemplateDir {
        path: dir.display().to_string(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') || !(name.ends_with(".md") || name == CSS_NAME) {
            continue;
        }
        if entry.path().is_file() {
            files.push((name, entry.path()));
        }
    }
    files.sort();
    Ok(files)
}

/// Tera's report (template, line, column, the line itself), plus where an
/// overriding template came from.
fn template_error(e: &tera::Error, overrides: &BTreeMap<String, PathBuf>) -> RenderError {
    let report = e.to_string();
    let mut message = format!(
        "in a template: {}",
        report.strip_prefix("error: ").unwrap_or(&report)
    );
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(cause) = source {
        message.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    let file = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r.filename()),
        tera::ErrorKind::TemplateNotFound(name) => Some(name.as_str()),
        tera::ErrorKind::MissingParent { current, .. } => Some(current.as_str()),
        _ => None,
    };
    if let Some(path) = file.and_then(|f| overrides.get(f)) {
        message.push_str(&format!("\n  note: this template is {}", path.display()));
    }
    RenderError::Template { message }
}

fn escape_markdown(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(markdown::escape_text(text).as_bytes())
}

/// A list as prose ("a, b, and c"); plain strings are escaped, safe ones kept.
fn join_and(items: &[Value], _: Kwargs, _: &State) -> Value {
    let parts: Vec<String> = items.iter().map(escaped).collect();
    Value::safe_string(&prose::join_and(&parts))
}

fn escaped(v: &Value) -> String {
    match v.as_str() {
        Some(s) if v.is_safe() => s.to_owned(),
        Some(s) => markdown::escape_text(s),
        None => v.to_string(),
    }
}

/// A playbook entry (Markdown with Tera placeholders) filled in from the
/// keyword arguments, each escaped as text: `memo.expedite | fill(start=…)`.
fn fill(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<Value> {
    let mut cx = tera::Context::new();
    for (key, value) in kwargs.iter() {
        let value = if value.is_string() {
            Value::safe_string(&escaped(value))
        } else {
            value.clone()
        };
        cx.insert_value(key.to_string(), value);
    }
    let out = Tera::one_off(text, &cx, false)
        .map_err(|e| tera::Error::message(format!("in a playbook `memo` entry: {e}")))?;
    Ok(Value::safe_string(out.trim_end()))
}

fn format_date(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let format = kwargs.get::<&str>("format")?.unwrap_or(DEFAULT_DATE_FORMAT);
    let date: jiff::civil::Date = text
        .parse()
        .map_err(|e| tera::Error::message(format!("`{text}` is not a YYYY-MM-DD date: {e}")))?;
    jiff::fmt::strtime::format(format, date)
        .map_err(|e| tera::Error::message(format!("`{format}` is not a date format: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_templates_parse() {
        let t = Templates::load(None).unwrap();
        assert_eq!(t.overridden().count(), 0);
        for (name, _) in BUILTIN {
            assert!(t.tera.get_template_names().any(|n| n == name), "{name}");
        }
    }
}

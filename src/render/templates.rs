//! The memo templates: built into the binary, each replaceable by a file of
//! the same name in `--templates DIR` (a firm's letterhead, its wording).
//!
//! Markdown templates (`*.md`) escape every value they print with
//! [`markdown::escape_text`], so case text stays text. Filters help:
//! `inline_markdown` (a point's text, keeping its emphasis) and
//! `date(format="%B %-d, %Y")` (a `YYYY-MM-DD` date, strftime-formatted);
//! `and_list` joins a list as prose ("I, II, and IV"); `words` writes a
//! count from one to ten in words. More write the filed memos' prose:
//! `join_and` (a list as "a, b, and c", with semicolons when an item holds
//! a comma), `fill` (a playbook entry with its placeholders filled in:
//! `memo.expedite | fill(start=…)`), `clause` (a sentence of the file inside
//! a sentence of the memo) and `email` (an address as a link).

use super::MemoKind;
use super::budget::{self, Budget, Stopped};
use super::chunked::{self, ITEMS, List, Piece, Split};
use super::context::Builder;
use super::context::{MemoContext, Parts};
pub use super::enclosures::{EnclosureFill, enclosure_titles, render_snippet};
use super::{RenderError, markdown, prose};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tera::{Kwargs, State, Tera, Value};

/// The stylesheet of the HTML page, replaceable by `style.css`.
pub const BUILTIN_CSS: &str = include_str!("../../templates/style.css");
pub const CSS_NAME: &str = "style.css";

/// Every built-in template, by the name an override file must have.
pub const BUILTIN: [(&str, &str); 28] = [
    ("rebuttal.md", include_str!("../../templates/rebuttal.md")),
    ("refiling.md", include_str!("../../templates/refiling.md")),
    ("cover.md", include_str!("../../templates/cover.md")),
    ("introduction.md", include_str!("../../templates/introduction.md")),
    ("facts.md", include_str!("../../templates/facts.md")),
    ("expedite.md", include_str!("../../templates/expedite.md")),
    ("fee.md", include_str!("../../templates/fee.md")),
    ("discretion.md", include_str!("../../templates/discretion.md")),
    ("conclusion.md", include_str!("../../templates/conclusion.md")),
    ("enclosures.md", include_str!("../../templates/enclosures.md")),
    ("missing-fact.md", include_str!("../../templates/missing-fact.md")),
    ("gaps.md", include_str!("../../templates/gaps.md")),
    ("exhibits.md", include_str!("../../templates/exhibits.md")),
    ("requests.md", include_str!("../../templates/requests.md")),
    (
        "request-translated.md",
        include_str!("../../templates/request-translated.md"),
    ),
    ("declarations.md", include_str!("../../templates/declarations.md")),
    ("heading.md", include_str!("../../templates/heading.md")),
    ("draft-notice.md", include_str!("../../templates/draft-notice.md")),
    ("summary.md", include_str!("../../templates/summary.md")),
    ("ground.md", include_str!("../../templates/ground.md")),
    ("citations.md", include_str!("../../templates/citations.md")),
    ("gap.md", include_str!("../../templates/gap.md")),
    ("action.md", include_str!("../../templates/action.md")),
    ("new-evidence.md", include_str!("../../templates/new-evidence.md")),
    ("complete.md", include_str!("../../templates/complete.md")),
    ("signature.md", include_str!("../../templates/signature.md")),
    ("chronology.md", include_str!("../../templates/chronology.md")),
    (
        "exhibit-index.md",
        include_str!("../../templates/exhibit-index.md"),
    ),
];

/// The escaping, filters and functions every memo template is rendered with.
fn configure(tera: &mut Tera) {
    tera.autoescape_on([".md"]);
    tera.set_escape_fn(escape_markdown);
    tera.register_filter("inline_markdown", |text: &str, _: Kwargs, _: &State| {
        Value::safe_string(&markdown::inline_markdown(text))
    });
    tera.register_filter("date", format_date);
    tera.register_filter("date_in", date_in);
    tera.register_filter("and_list", |items: Vec<String>, _: Kwargs, _: &State| {
        super::prose::and_list(&items)
    });
    tera.register_filter("words", |n: i64, _: Kwargs, _: &State| {
        super::prose::number_words(n)
    });
    tera.register_function("range", budget::range);
    tera.register_filter("join_and", join_and);
    tera.register_filter("fill", fill);
    tera.register_filter("clause", |text: &str, _: Kwargs, _: &State| prose::clause(text));
    // An evidence type's label in a sentence: "a cost estimate", "medical records".
    tera.register_filter("kind", |text: &str, _: Kwargs, _: &State| {
        prose::kind_in_prose(text).0
    });
    // `name | the` ("the University of Michigan Transplant Center"), and
    // `name | the(start=true)` at the head of a sentence.
    tera.register_filter("the", |text: &str, kwargs: Kwargs, _: &State| {
        let start = kwargs.get::<bool>("start")?.unwrap_or(false);
        Ok::<_, tera::Error>(prose::with_article(text, start))
    });
    tera.register_filter("email", |text: &str, _: Kwargs, _: &State| {
        Value::safe_string(&markdown::email(text))
    });
}

/// Default format of the `date` filter: "November 25, 2026".
pub const DEFAULT_DATE_FORMAT: &str = "%B %-d, %Y";

pub struct Templates {
    tera: Arc<Tera>,
    /// What a render may cost: templates from a folder, the playbook's
    /// snippets they call and the conversion of their Markdown all run
    /// within it.
    budget: Budget,
    css: String,
    /// Templates read from a folder, by name, with their paths.
    overrides: BTreeMap<String, PathBuf>,
    /// The parts of the context each memo's templates name, by memo.
    parts: BTreeMap<&'static str, Parts>,
    /// The built-in templates' text, where no template is overridden.
    builtin: Option<Arc<BTreeMap<String, String>>>,
    /// Those templates with their loops over the case's long lists cut out
    /// ([`super::chunked`]), made the first time a memo needs them.
    split: std::sync::OnceLock<Option<Split>>,
    /// Split a memo even where its lists fit in one stretch (for tests
    /// that compare the two ways).
    split_small: bool,
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
                let text = read_limited(&path)?;
                let text = String::from_utf8(text).map_err(|_| RenderError::TemplateFile {
                    path: path.display().to_string(),
                    reason: "it is not UTF-8 text".to_owned(),
                })?;
                if let Some(reason) = forbidden_character(&text) {
                    return Err(RenderError::TemplateFile {
                        path: path.display().to_string(),
                        reason,
                    });
                }
                if name == CSS_NAME {
                    if let Some(reason) = outside_reference(&text) {
                        return Err(RenderError::TemplateFile {
                            path: path.display().to_string(),
                            reason,
                        });
                    }
                    css = text;
                } else {
                    sources.insert(name.clone(), text);
                }
                overrides.insert(name, path);
            }
        }
        let mut tera = Tera::new();
        configure(&mut tera);
        tera.add_raw_templates(&sources)
            .map_err(|e| template_error(&e, &overrides))?;
        // Tera's list of a template's variables leaves out its own
        // `__tera_context` (the whole context) and a name once set, even in
        // a branch not taken: a template doing either gets every part.
        let unlisted = sources
            .values()
            .any(|text| text.contains("__tera") || Parts::NAMES.iter().any(|name| sets_variable(text, name)));
        let parts = MemoKind::ALL
            .iter()
            .map(|kind| {
                let name = kind.template();
                (name, parts_named(&tera, name, unlisted))
            })
            .collect();
        let builtin = (!overrides.keys().any(|name| name != CSS_NAME)).then(|| Arc::new(sources));
        Ok(Templates {
            tera: Arc::new(tera),
            budget: Budget::default(),
            css,
            overrides,
            parts,
            builtin,
            split: std::sync::OnceLock::new(),
            split_small: false,
        })
    }

    /// The same templates, rendered within other limits.
    pub fn with_budget(mut self, budget: Budget) -> Templates {
        self.budget = budget;
        self
    }

    /// The limits a render with these templates runs within.
    pub fn budget(&self) -> Budget {
        self.budget
    }

    /// The same templates, with the budget grown to fit the memo of a case
    /// file of `bytes` ([`Budget::for_input`]).
    pub fn for_input(mut self, bytes: usize) -> Templates {
        self.budget = Budget::for_input(bytes);
        self
    }

    /// The parts of the context that the templates of memo `kind` (and
    /// those they include) name: a part none of them names is left out
    /// of its context.
    pub fn parts(&self, kind: MemoKind) -> Parts {
        self.parts.get(kind.template()).copied().unwrap_or(Parts::ALL)
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
        let prepared = self.prepare(cx)?;
        self.render_prepared(prepared)
    }

    /// The memo's context as the templates receive it, and the template to
    /// render with it. Once made, it holds all the render needs: the
    /// [`MemoContext`] may be dropped before the render starts.
    pub(super) fn prepare(&self, cx: &MemoContext) -> Result<Prepared, RenderError> {
        let mut context = tera::Context::from_serialize(cx).map_err(|e| RenderError::Template {
            message: format!("cannot prepare the template context: {e}"),
        })?;
        // What the templates never name is not handed to them (and a part
        // left unbuilt is not handed over empty).
        for name in self.parts(cx.kind).left_out() {
            context.remove(name);
        }
        if let Some(why) = &cx.filing.snippet_error {
            return Err(RenderError::Template { message: why.clone() });
        }
        Ok(Prepared {
            name: cx.kind.template(),
            context,
        })
    }

    /// [`Templates::prepare`], freeing the context as it goes: the grounds,
    /// the exhibits and the rest of the evidence (the largest parts of a
    /// large case's context) are made template values one item at a time,
    /// each item's structure freed once its value is made, so that the
    /// two are never held whole together.
    pub(super) fn prepare_owned(&self, mut cx: MemoContext) -> Result<Prepared, RenderError> {
        let grounds = values(std::mem::take(&mut cx.grounds))?;
        let exhibits = values(std::mem::take(&mut cx.exhibits))?;
        let not_in_packet = values(std::mem::take(&mut cx.not_in_packet))?;
        let mut prepared = self.prepare(&cx)?;
        drop(cx);
        prepared.context.insert_value("grounds", grounds);
        prepared.context.insert_value("exhibits", exhibits);
        prepared.context.insert_value("not_in_packet", not_in_packet);
        Ok(prepared)
    }

    /// Renders a prepared context to Markdown.
    pub(super) fn render_prepared(&self, prepared: Prepared) -> Result<String, RenderError> {
        let Prepared {
            name,
            context: tera_cx,
        } = prepared;
        let limits = self.budget;
        // Tidied line by line as it is written, so that the text as the
        // templates wrote it is never held whole beside the tidied one.
        let sink = markdown::Normalizer::default();
        let normalized =
            budget::render(Arc::clone(&self.tera), name, tera_cx, limits, sink).map_err(|stopped| {
                match stopped {
                    Stopped::Failed(e, None) => template_error(&e, &self.overrides),
                    Stopped::Failed(_, Some(exceeded)) | Stopped::Exceeded(exceeded) => {
                        self.over_budget(name, exceeded)
                    }
                }
            })?;
        normalized.finish_text().ok_or_else(|| not_utf8(name))
    }

    /// Whether memo `kind` of a case too large for one stretch is rendered
    /// a stretch at a time with these templates (the built-in ones: every
    /// memo).
    pub fn splits(&self, kind: MemoKind) -> bool {
        self.split().is_some_and(|s| s.memos.contains(kind.template()))
    }

    /// The same templates, splitting every memo they can, however small
    /// its case: for comparing the memo rendered in stretches with the
    /// memo rendered whole.
    pub fn split_every_memo(mut self) -> Templates {
        self.split_small = true;
        self
    }

    /// The split templates, where the templates are the built-in ones.
    fn split(&self) -> Option<&Split> {
        self.split
            .get_or_init(|| {
                let memos: Vec<&str> = MemoKind::ALL.iter().map(|k| k.template()).collect();
                chunked::split(self.builtin.as_ref()?, &configure, &memos, &MemoContext::NAMES)
            })
            .as_ref()
    }

    /// Renders the memo whose context is `cx` (built by `builder`, without
    /// its three long lists) into `out`: a stretch of the case at a time
    /// where its templates allow ([`super::chunked`]), else whole.
    pub(super) fn render_into<'a>(
        &self,
        mut builder: Builder<'a>,
        mut cx: MemoContext<'a>,
        out: &mut dyn std::io::Write,
    ) -> Result<(), RenderError> {
        // A case whose lists fit in one stretch each gains nothing.
        let large = List::ALL
            .into_iter()
            .zip(builder.counts())
            .any(|(list, n)| n > list.stretch());
        if (large || self.split_small) && self.splits(cx.kind) {
            let prepared = self.prepare(&cx)?;
            builder.forget_shared();
            if let Rendered::Done = self.render_split(&mut builder, prepared, out)? {
                return Ok(());
            }
        }
        cx.grounds = builder.grounds(0..builder.counts()[0]);
        cx.exhibits = builder.exhibits(0..builder.counts()[1]);
        cx.not_in_packet = builder.not_in_packet(0..builder.counts()[2]);
        drop(builder);
        let prepared = self.prepare_owned(cx)?;
        let md = self.render_prepared(prepared)?;
        out.write_all(md.as_bytes()).map_err(RenderError::Write)
    }

    /// [`Templates::render_into`] a stretch at a time: the frame, then
    /// each loop's stretches at its mark, all within the one budget.
    fn render_split(
        &self,
        builder: &mut Builder,
        prepared: Prepared,
        out: &mut dyn std::io::Write,
    ) -> Result<Rendered, RenderError> {
        let split = self.split().expect("split templates");
        let started = std::time::Instant::now();
        let Prepared { name, context: base } = prepared;
        let counts = builder.counts();
        let mut frame_cx = base.clone();
        let mut base = base;
        for (list, stand_in) in List::ALL.into_iter().zip(chunked::stand_ins(builder, counts)) {
            frame_cx.insert_value(list.name(), stand_in);
            base.remove(list.name());
        }
        let frame = match budget::render(
            Arc::clone(&split.frame),
            name,
            frame_cx,
            self.remaining(name, started, 0)?,
            Vec::new(),
        ) {
            Ok(bytes) => bytes,
            Err(Stopped::Failed(_, None)) => return Ok(Rendered::Whole),
            Err(stopped) => return Err(self.stopped(name, stopped)),
        };
        let Some(pieces) = chunked::pieces(&frame, split.loops.len()) else {
            return Ok(Rendered::Whole);
        };
        let mut written = frame.len();
        let mut tidy = markdown::Normalizer::into(out);
        for piece in pieces {
            let (k, taken) = match piece {
                Piece::Text(text) => {
                    std::io::Write::write_all(&mut tidy, text).map_err(RenderError::Write)?;
                    continue;
                }
                Piece::Loop(k, taken) => (k, taken),
            };
            let cut = &split.loops[k];
            let n = counts[List::ALL.iter().position(|l| *l == cut.list).expect("a list")];
            let mut from = 0;
            while from < n {
                let to = (from + cut.list.stretch()).min(n);
                let items = match cut.list {
                    List::Grounds => values(builder.grounds_for(from..to, cut.needs)),
                    List::Exhibits => values(builder.exhibits(from..to)),
                    List::NotInPacket => values(builder.not_in_packet(from..to)),
                }?;
                builder.forget_shared();
                let mut cx = base.clone();
                for (key, value) in &taken {
                    cx.insert_value(key.clone(), value.clone());
                }
                cx.insert_value(ITEMS, items);
                let bytes = budget::render(
                    Arc::clone(&split.loops_tera),
                    &cut.name,
                    cx,
                    self.remaining(name, started, written)?,
                    Vec::new(),
                )
                .map_err(|stopped| match stopped {
                    Stopped::Failed(e, None) => match template_error(&e, &self.overrides) {
                        RenderError::Template { message } => RenderError::Template {
                            message: message.replace(&cut.name, &cut.template),
                        },
                        other => other,
                    },
                    stopped => self.stopped(name, stopped),
                })?;
                written += bytes.len();
                std::io::Write::write_all(&mut tidy, &bytes).map_err(RenderError::Write)?;
                from = to;
            }
        }
        match tidy.finish() {
            Ok(_) => Ok(Rendered::Done),
            Err(markdown::Untidy::NotUtf8) => Err(not_utf8(name)),
            Err(markdown::Untidy::Io(e)) => Err(RenderError::Write(e)),
        }
    }

    /// What is left of the budget of memo template `name`, started
    /// `started` with `written` bytes out; an error once the time is spent.
    fn remaining(
        &self,
        name: &str,
        started: std::time::Instant,
        written: usize,
    ) -> Result<Budget, RenderError> {
        let spent = started.elapsed();
        if spent > self.budget.time {
            return Err(self.over_budget(name, budget::Exceeded::Time(self.budget.time)));
        }
        Ok(Budget {
            time: self.budget.time - spent,
            output_bytes: self.budget.output_bytes.saturating_sub(written),
            ..self.budget
        })
    }

    /// A part of a split render stopped, said as the whole render's.
    fn stopped(&self, name: &str, stopped: Stopped) -> RenderError {
        match stopped {
            Stopped::Failed(e, None) => template_error(&e, &self.overrides),
            Stopped::Failed(_, Some(exceeded)) | Stopped::Exceeded(exceeded) => {
                let exceeded = match exceeded {
                    budget::Exceeded::Time(_) => budget::Exceeded::Time(self.budget.time),
                    budget::Exceeded::Output(_) => budget::Exceeded::Output(self.budget.output_bytes),
                    heap => heap,
                };
                self.over_budget(name, exceeded)
            }
        }
    }

    /// A render stopped for its cost, said with the files that could cause it.
    fn over_budget(&self, name: &str, exceeded: budget::Exceeded) -> RenderError {
        let mut message = format!(
            "in a template: rendering `{name}` {exceeded}, so it was stopped and nothing was written"
        );
        let files: Vec<String> = self.overrides.values().map(|p| p.display().to_string()).collect();
        if files.is_empty() {
            message.push_str(
                "\n  note: these are the built-in templates: look for a loop in the playbook's `memo` entries; if there is none, this is a bug in rebut, please report it",
            );
        } else {
            message.push_str(&format!(
                "\n  note: look for a loop that does not end or text that keeps doubling in: {} (or in the playbook's `memo` entries)",
                files.join(", ")
            ));
        }
        RenderError::Template { message }
    }
}

/// The parts of the context that template `name` and those it includes
/// name (Tera lists each template's top-level variables); all of them
/// where a template could reach one unlisted (`unlisted`) or through a
/// component.
fn parts_named(tera: &Tera, name: &str, unlisted: bool) -> Parts {
    if unlisted || tera.get_component_names().next().is_some() {
        return Parts::ALL;
    }
    match tera.get_template_variables(name) {
        Ok(names) => Parts {
            requests: names.contains("requests") || names.contains("actions"),
            declarants: names.contains("declarants"),
        },
        Err(_) => Parts::ALL,
    }
}

/// Whether template `text` may set a variable called `name` (`set name`,
/// `set_global name`, anywhere, in any spacing): read as text, so it errs
/// towards yes.
fn sets_variable(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices("set").any(|(at, _)| {
        if text[..at].chars().next_back().is_some_and(word) {
            return false;
        }
        let rest = &text[at + 3..];
        let rest = rest.strip_prefix("_global").unwrap_or(rest);
        let after = rest.trim_start();
        after.len() < rest.len()
            && after
                .strip_prefix(name)
                .is_some_and(|tail| !tail.chars().next().is_some_and(word))
    })
}

/// A list of the context as one template value, as serializing it whole
/// would make it, each item freed once its value is made.
fn values<T: serde::Serialize>(items: Vec<T>) -> Result<Value, RenderError> {
    let mut made = Vec::with_capacity(items.len());
    for item in items {
        made.push(
            Value::try_from_serializable(&item).map_err(|e| RenderError::Template {
                message: format!("cannot prepare the template context: {e}"),
            })?,
        );
    }
    Ok(Value::from(made))
}

/// How a split render ended.
enum Rendered {
    Done,
    /// Nothing was written: the memo is to be rendered whole.
    Whole,
}

fn not_utf8(name: &str) -> RenderError {
    RenderError::Template {
        message: format!("in a template: `{name}` wrote text that is not UTF-8"),
    }
}

/// A memo's template and the context it renders with ([`Templates::prepare`]).
pub(super) struct Prepared {
    name: &'static str,
    context: tera::Context,
}

/// A template file larger than this is refused unread: templates are a few
/// kilobytes, a stylesheet with its fonts inline a few megabytes.
pub const MAX_TEMPLATE_BYTES: u64 = 16 * 1024 * 1024;

fn read_limited(path: &Path) -> Result<Vec<u8>, RenderError> {
    use std::io::Read as _;
    let refuse = |reason: String| RenderError::TemplateFile {
        path: path.display().to_string(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|e| refuse(e.to_string()))?;
    // Checked again once open: the file may have been swapped meanwhile.
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(refuse("it is not a regular file".to_owned()));
    }
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| refuse(e.to_string()))?;
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(refuse(format!(
            "it is larger than {} MiB, which no template needs",
            MAX_TEMPLATE_BYTES / (1024 * 1024)
        )));
    }
    Ok(bytes)
}

/// Where `text` holds a character that XML 1.0 cannot (so that no Word
/// document or web page could hold it), said with its line and column.
fn forbidden_character(text: &str) -> Option<String> {
    let (at, c) = text
        .char_indices()
        .find(|&(_, c)| !crate::markup::is_xml_char(c))?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(format!(
        "line {line}, column {column}: the character U+{:04X} cannot be in a document; remove it",
        c as u32
    ))
}

/// Where a stylesheet would make the "self-contained" page load something
/// from elsewhere when it opens: an `@import`, a `url(...)` that is not a
/// `data:` URL, an `image-set(...)` or `src(...)`. Comments and escapes
/// (`\\75 rl(`) are undone first, so that they cannot hide one.
fn outside_reference(css: &str) -> Option<String> {
    let plain = plain_css(css);
    let lower: String = plain.iter().map(|&(c, _)| c).collect();
    let chars: Vec<char> = lower.chars().collect();
    let starts = |i: usize, word: &str| {
        word.chars()
            .enumerate()
            .all(|(k, w)| chars.get(i + k) == Some(&w))
    };
    let mut found = None;
    for i in 0..chars.len() {
        if starts(i, "@import") {
            found = Some((i, "`@import` loads another stylesheet"));
        } else if starts(i, "image-set(") || starts(i, "src(") {
            found = Some((i, "`image-set(...)` and `src(...)` name files to load"));
        } else if starts(i, "url(") {
            let mut k = i + 4;
            while chars
                .get(k)
                .is_some_and(|c| c.is_whitespace() || *c == '"' || *c == '\'')
            {
                k += 1;
            }
            if !starts(k, "data:") {
                found = Some((
                    i,
                    "`url(...)` names a file to load; only `data:` URLs are kept in the page",
                ));
            }
        }
        if found.is_some() {
            break;
        }
    }
    let (i, why) = found?;
    let at = plain[i].1;
    let before = &css[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(format!(
        "line {line}, column {column}: {why}, so the page would not be self-contained; \
         put the resource inline as a `data:` URL, or leave it out"
    ))
}

/// A stylesheet's characters, lowercased, with comments removed and
/// escapes decoded, each with the byte offset it came from.
fn plain_css(css: &str) -> Vec<(char, usize)> {
    let chars: Vec<(usize, char)> = css.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let next = chars.get(i + 1).map(|&(_, n)| n);
        if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i].1 == '*' && chars.get(i + 1).is_some_and(|&(_, n)| n == '/'))
            {
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '\\' {
            let mut j = i + 1;
            let mut hex = String::new();
            while hex.len() < 6 && chars.get(j).is_some_and(|&(_, h)| h.is_ascii_hexdigit()) {
                hex.push(chars[j].1);
                j += 1;
            }
            if !hex.is_empty() {
                if chars.get(j).is_some_and(|&(_, w)| w.is_whitespace()) {
                    j += 1;
                }
                let decoded = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                out.extend(decoded.to_lowercase().map(|l| (l, at)));
                i = j;
                continue;
            }
            if let Some(&(_, escaped)) = chars.get(j) {
                out.extend(escaped.to_lowercase().map(|l| (l, at)));
                i = j + 1;
                continue;
            }
        }
        out.extend(c.to_lowercase().map(|l| (l, at)));
        i += 1;
    }
    out
}

/// The files of a template folder that rebut reads: `*.md` and `style.css`,
/// hidden files aside, in name order. Each must be a regular file in the
/// folder: a link that leads out of it (to `/etc/passwd`, to another
/// user's files) is refused, as is a FIFO or a device of such a name.
fn template_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let io = |source| RenderError::TemplateDir {
        path: dir.display().to_string(),
        source,
    };
    let root = dir.canonicalize().map_err(io)?;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') || !(name.ends_with(".md") || name == CSS_NAME) {
            continue;
        }
        let path = entry.path();
        let refuse = |reason: String| RenderError::TemplateFile {
            path: path.display().to_string(),
            reason,
        };
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        if is_link {
            let target = path
                .canonicalize()
                .map_err(|e| refuse(format!("it is a link that leads nowhere readable ({e})")))?;
            if !target.starts_with(&root) {
                return Err(refuse(format!(
                    "it is a link to {}, outside the template folder; copy the file into the folder if it is meant to be a template",
                    target.display()
                )));
            }
        }
        let meta = std::fs::metadata(&path).map_err(|e| refuse(e.to_string()))?;
        if meta.is_dir() {
            continue;
        }
        if !meta.is_file() {
            return Err(refuse(
                "it is not a regular file (a pipe or a device); a template is a text file".to_owned(),
            ));
        }
        files.push((name, path));
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
    // Most values need no escape: written as they are, without a copy.
    if markdown::is_inert(text) {
        return out.write_all(text.as_bytes());
    }
    out.write_all(markdown::escape_text(text).as_bytes())
}

/// A list as prose ("a, b, and c"); plain strings are escaped, safe ones kept.
/// `items | join_and`, or `items | join_and(word="y")` in another
/// language (no serial comma then).
fn join_and(items: &[Value], kwargs: Kwargs, _: &State) -> tera::TeraResult<Value> {
    let parts: Vec<String> = items.iter().map(escaped).collect();
    let joined = match kwargs.get::<&str>("word")? {
        Some(word) => prose::join_with(&parts, word, false),
        None => prose::join_and(&parts),
    };
    Ok(Value::safe_string(&joined))
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
    let out = render_snippet(text, &cx).map_err(|e| {
        tera::Error::message(format!(
            "in a playbook `memo` entry: {}",
            crate::snippet::describe(&e)
        ))
    })?;
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

/// A date in another language's words: `d | date_in(pattern=w.date,
/// months=w.months)` fills the language's `date` pattern with the `day`,
/// the `month`'s name and the `year`.
fn date_in(text: &str, kwargs: Kwargs, _: &State) -> tera::TeraResult<String> {
    let pattern: String = kwargs.must_get("pattern")?;
    let months: Vec<String> = kwargs.must_get("months")?;
    let date: jiff::civil::Date = text
        .parse()
        .map_err(|e| tera::Error::message(format!("`{text}` is not a YYYY-MM-DD date: {e}")))?;
    let month = usize::try_from(date.month() - 1)
        .ok()
        .and_then(|m| months.get(m))
        .cloned()
        .unwrap_or_default();
    let mut cx = tera::Context::new();
    cx.insert("day", &date.day());
    cx.insert("month", &month);
    cx.insert("year", &date.year());
    render_snippet(&pattern, &cx).map_err(|e| {
        tera::Error::message(format!(
            "in a playbook letter `date`: {}",
            crate::snippet::describe(&e)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stylesheet_that_loads_from_elsewhere_is_found_however_it_is_spelled() {
        for css in [
            "@import url(https://example.org/a.css);",
            "@IMPORT 'x.css';",
            "p { background: url( \"https://example.org/t.png\" ) }",
            "p { background: \\75 rl(//example.org/t.png) }",
            "p { background: u\\rl(x.png) }",
            "@im\\port 'x.css';",
            "p { background-image: image-set(\"a.png\" 1x) }",
        ] {
            assert!(outside_reference(css).is_some(), "{css}");
        }
        let found = outside_reference("p {}\n  q { background: url(x.png) }").unwrap();
        assert!(found.starts_with("line 2, column 19:"), "{found}");
        assert_eq!(outside_reference(BUILTIN_CSS), None);
        assert_eq!(
            outside_reference("p { background: url('data:image/png;base64,AA==') } /* url(x) */"),
            None
        );
    }

    #[test]
    fn the_built_in_templates_parse() {
        let t = Templates::load(None).unwrap();
        assert_eq!(t.overridden().count(), 0);
        for (name, _) in BUILTIN {
            assert!(t.tera.get_template_names().any(|n| n == name), "{name}");
        }
    }

    #[test]
    fn each_memo_is_given_the_parts_its_templates_name() {
        let t = Templates::builtin();
        let parts = |kind| {
            let p = t.parts(kind);
            (p.requests, p.declarants)
        };
        assert_eq!(parts(MemoKind::Rebuttal), (false, false));
        assert_eq!(parts(MemoKind::Refiling), (false, false));
        assert_eq!(parts(MemoKind::Exhibits), (false, false));
        assert_eq!(parts(MemoKind::Gaps), (true, false));
        assert_eq!(parts(MemoKind::Requests), (true, false));
        assert_eq!(parts(MemoKind::Declarations), (false, true));
    }

    /// The built-in templates with one file of the folder replaced.
    fn with_override(name: &str, text: &str) -> Templates {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(name), text).unwrap();
        Templates::load(Some(dir.path())).unwrap()
    }

    #[test]
    fn a_template_that_names_a_part_or_could_reach_it_unlisted_gets_it() {
        // An included partial that names the action list.
        let t = with_override("summary.md", "{{ actions | length }}");
        assert!(t.parts(MemoKind::Rebuttal).requests);
        assert!(!t.parts(MemoKind::Rebuttal).declarants);
        // A name set in a branch not taken is the context's when read.
        let t = with_override(
            "ground.md",
            "{% if false %}{% set declarants = [] %}{% endif %}{{ declarants | length }}",
        );
        assert_eq!(t.parts(MemoKind::Rebuttal), Parts::ALL);
        // The whole context, which Tera does not list as a variable.
        let t = with_override("heading.md", "{{ __tera_context }}");
        assert_eq!(t.parts(MemoKind::Exhibits), Parts::ALL);
    }

    #[test]
    fn a_set_is_found_in_any_spacing_and_only_for_that_name() {
        for text in [
            "{% set requests = 1 %}",
            "{%set  requests=1%}",
            "{% set_global requests = 1 %}",
            "{% set\nrequests = 1 %}",
        ] {
            assert!(sets_variable(text, "requests"), "{text}");
        }
        for text in [
            "{% set requests_sent = 1 %}",
            "{% set x = requests %}",
            "{% reset requests %}",
            "The petitioner requests parole.",
        ] {
            assert!(!sets_variable(text, "requests"), "{text}");
        }
    }
}

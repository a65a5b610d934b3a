//! Stage three: memos. A [`Checked`] case becomes a [`MemoContext`]; Tera
//! templates turn it into Markdown; comrak turns the Markdown into one
//! self-contained HTML page, and [`crate::docx`] into a Word document.
//!
//! - [`context`]: the data every template receives (one structure for all memos);
//! - [`markdown`]: escaping, so case text cannot change the document's structure;
//! - [`templates`]: the built-in templates and a firm's overrides;
//! - [`html`]: Markdown to HTML, with the print stylesheet.
//!
//! Legal wording lives in the playbook's `memo` entries and in the templates,
//! never here.

pub mod budget;
pub mod chunked;
pub mod context;
pub mod declarations;
pub mod enclosures;
pub mod fileable;
pub mod filing;
pub mod gap_text;
pub mod ground_set;
pub mod html;
pub mod markdown;
pub mod prose;
pub mod requests;
pub mod shared;
pub mod templates;
pub mod translation;

pub use context::{MemoContext, Parts, context, context_with};
pub use templates::Templates;

use crate::check::Checked;
use crate::model::DecisionKind;
use serde::Serialize;

/// The five documents `rebut render` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MemoKind {
    /// Answering an RFE or a NOID.
    Rebuttal,
    /// A new request after a denial.
    Refiling,
    /// The one-page letter on top of the package.
    Cover,
    /// What is missing, for advocates.
    Gaps,
    /// The exhibit index alone.
    Exhibits,
    /// Letters asking for the evidence still missing, one per person or body.
    Requests,
    /// Draft declarations under 28 U.S.C. § 1746, one per person who can
    /// state facts.
    Declarations,
}

impl MemoKind {
    pub const ALL: [MemoKind; 7] = [
        MemoKind::Rebuttal,
        MemoKind::Refiling,
        MemoKind::Cover,
        MemoKind::Gaps,
        MemoKind::Exhibits,
        MemoKind::Requests,
        MemoKind::Declarations,
    ];

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }

    /// The template that renders this memo.
    pub fn template(self) -> &'static str {
        match self {
            MemoKind::Rebuttal => "rebuttal.md",
            MemoKind::Refiling => "refiling.md",
            MemoKind::Cover => "cover.md",
            MemoKind::Gaps => "gaps.md",
            MemoKind::Exhibits => "exhibits.md",
            MemoKind::Requests => "requests.md",
            MemoKind::Declarations => "declarations.md",
        }
    }

    /// Whether this document can answer a decision of this kind: a
    /// rebuttal answers an RFE or a NOID, a re-filing follows a denial; the
    /// others fit every decision.
    pub fn fits(self, decision: DecisionKind) -> bool {
        match self {
            MemoKind::Rebuttal => decision != DecisionKind::Denial,
            MemoKind::Refiling => decision == DecisionKind::Denial,
            _ => true,
        }
    }

    /// What a decision calls for: a response to an RFE or NOID, a new
    /// request after a denial.
    pub fn default_for(decision: DecisionKind) -> MemoKind {
        match decision {
            DecisionKind::Denial => MemoKind::Refiling,
            DecisionKind::Noid | DecisionKind::Rfe => MemoKind::Rebuttal,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    /// A Word document, converted from the same Markdown as the HTML page.
    Word,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("cannot read the template folder {path}: {source}")]
    TemplateDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read the template {path}: {reason}")]
    TemplateFile { path: String, reason: String },
    /// A template that does not parse, or fails while rendering; the
    /// message names the template, line and column.
    #[error("{message}")]
    Template { message: String },
    #[error("cannot build the Word document: {0}")]
    Word(String),
    /// The memo could not be written where it goes.
    #[error("cannot write the memo: {0}")]
    Write(#[source] std::io::Error),
}

/// Adds the evidence map that a memo shows in `format`: the SVG map in an
/// HTML gap report, the Mermaid diagram in a Markdown gap report, both
/// naming grounds and exhibits in the memo's terms, never by their ids. The
/// filed documents carry no map. Drawn only where it is shown, since a large
/// case's map is costly.
pub fn attach_map(cx: &mut MemoContext, checked: &Checked, format: Format) {
    match (format, cx.kind) {
        (Format::Html, MemoKind::Gaps) => {
            cx.map_svg = Some(crate::map::svg_for_memo(checked));
        }
        (Format::Markdown, MemoKind::Gaps) => {
            cx.map_mermaid = Some(crate::map::mermaid_for_memo(checked));
        }
        _ => {}
    }
}

/// The memo as Markdown.
pub fn markdown(cx: &MemoContext, templates: &Templates) -> Result<String, RenderError> {
    templates.render_markdown(cx)
}

/// The memo as one self-contained HTML page.
pub fn html(cx: &MemoContext, templates: &Templates) -> Result<String, RenderError> {
    let md = templates.render_markdown(cx)?;
    let bytes = convert(md, Format::Html, templates, cx.map_svg.clone())?;
    Ok(String::from_utf8(bytes).expect("the page is built from strings"))
}

/// The memo in the format asked for, as bytes. The context carries the map
/// for that format only (see [`attach_map`]).
pub fn render(cx: &MemoContext, format: Format, templates: &Templates) -> Result<Vec<u8>, RenderError> {
    let md = templates.render_markdown(cx)?;
    finish(md, format, templates, cx.map_svg.clone())
}

/// The memo's Markdown in the format asked for.
pub(crate) fn finish(
    md: String,
    format: Format,
    templates: &Templates,
    map_svg: Option<String>,
) -> Result<Vec<u8>, RenderError> {
    match format {
        Format::Markdown => Ok(md.into_bytes()),
        Format::Html | Format::Word => convert(md, format, templates, map_svg),
    }
}

/// The Markdown converted to HTML or Word within the templates' budget
/// (its memory, time and output), on a thread of its own: a template may
/// write tens of megabytes of Markdown, and the conversion must not take
/// the machine's memory for it.
fn convert(
    md: String,
    format: Format,
    templates: &Templates,
    map_svg: Option<String>,
) -> Result<Vec<u8>, RenderError> {
    let css = templates.css().to_owned();
    let md_size = if md.len() < 1024 * 1024 {
        format!("{} KiB", md.len().div_ceil(1024))
    } else {
        format!("{} MiB", md.len() / (1024 * 1024))
    };
    let what = if format == Format::Word {
        "a Word document"
    } else {
        "HTML"
    };
    let result = budget::run(templates.budget().for_conversion(md.len()), move || {
        let bytes = match format {
            Format::Markdown => md.into_bytes(),
            Format::Html => html::page(&md, &css, map_svg.as_deref()).into_bytes(),
            Format::Word => crate::docx::markdown_to_docx(&md, &crate::docx::DocxOptions::default())
                .map_err(|e| tera::Error::message(e.to_string()))?,
        };
        budget::within_output(bytes.len())?;
        Ok(bytes)
    });
    result.map_err(|stopped| match stopped {
        budget::Stopped::Failed(e, None) if format == Format::Word => {
            RenderError::Word(crate::snippet::describe(&e))
        }
        budget::Stopped::Failed(e, None) => RenderError::Template {
            message: format!("converting the memo to {what}: {}", crate::snippet::describe(&e)),
        },
        budget::Stopped::Failed(_, Some(exceeded)) | budget::Stopped::Exceeded(exceeded) => {
            RenderError::Template {
                message: format!(
                    "converting the memo to {what} {exceeded}, so it was stopped and nothing was written (its Markdown is {md_size}: look for a template that repeats text, or text formatted a great many times)"
                ),
            }
        }
    })
}

/// The whole of stage three for one memo: context, map, template, format.
pub fn memo(
    checked: &Checked,
    kind: MemoKind,
    draft: bool,
    format: Format,
    templates: &Templates,
) -> Result<Vec<u8>, RenderError> {
    let mut out = Vec::new();
    memo_into(checked, kind, draft, format, templates, &mut out)?;
    Ok(out)
}

/// [`memo`], written to `out` as it is made: a Markdown memo line by line
/// as it is tidied (a large case's memo is never held whole); HTML and
/// Word once converted from the whole Markdown. On an error, `out` may
/// have had part of the memo.
pub fn memo_into(
    checked: &Checked,
    kind: MemoKind,
    draft: bool,
    format: Format,
    templates: &Templates,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    // Built without the parts its templates never name, and without the
    // lists that grow with the case, which the templates make a stretch
    // at a time where they can (see `chunked`).
    let builder = context::Builder::new(checked, draft);
    let mut cx = builder.frame(kind, templates.parts(kind));
    attach_map(&mut cx, checked, format);
    if format == Format::Markdown {
        return templates.render_into(builder, cx, out);
    }
    let map_svg = cx.map_svg.clone();
    let mut md = Vec::new();
    templates.render_into(builder, cx, &mut md)?;
    let md = String::from_utf8(md).expect("the tidied Markdown is text");
    let bytes = convert(md, format, templates, map_svg)?;
    out.write_all(&bytes).map_err(RenderError::Write)
}

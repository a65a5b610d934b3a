//! `rebut`: answer every ground of a decision with evidence.
//!
//! The pipeline, one module a stage:
//! [`load`] (text to [`model`], every problem located, on the located YAML
//! tree of [`yaml`] and the size-checked [`input`]), [`check`] (the
//! evidence graph, statuses and findings), [`render`] (memos from templates,
//! in Markdown and HTML; [`docx`] turns the Markdown into Word), and [`cli`]
//! (arguments, output and exit codes). Beside them: [`playbook`] holds what
//! the tool knows about a kind of case, as data; [`exhibits`] letters and
//! paginates the packet and [`packet`] assembles it as a PDF; [`map`] draws the evidence graph; [`clinic`] starts,
//! grades and redacts cases; [`schema`] describes the case file for editors;
//! [`base`] holds locations and enum names, and [`text`] the text helpers
//! every layer shares; [`diag`] renders problems with the source line and a caret; [`write`]
//! writes output files safely; [`display`] makes case text safe to show
//! on a terminal; [`import`] reads a decision notice into a case file.
//!
//! The stages, from a library: [`check::Checked::load`] runs stages one
//! and two and holds what every later stage reads.
//!
//! ```
//! use rebut::check::{Checked, Status};
//! use rebut::input::Source;
//! use rebut::playbook::Playbook;
//! use rebut::render::{self, Format, MemoKind, Templates};
//!
//! let text = "rebut: 1
//! case:
//!   title: Parole for A. Example
//!   beneficiary: {name: Ana Example, country: Peru}
//!   filed: 2026-03-01
//!   decision: {kind: rfe, date: 2026-05-01}
//! grounds:
//!   - id: G1
//!     category: medical-urgency
//!     quote: Urgency is not shown.
//! ";
//! let playbook = Playbook::builtin();
//! let today = "2026-05-10".parse().unwrap();
//! let checked = Checked::load(&Source::from_text("case.yaml", text), &playbook, today).unwrap();
//! assert_eq!(checked.report.grounds[0].status, Status::Unanswered);
//! assert!(checked.report.has_errors());
//!
//! let gaps = render::memo(&checked, MemoKind::Gaps, true, Format::Markdown, &Templates::builtin()).unwrap();
//! assert!(String::from_utf8(gaps).unwrap().contains("Urgency is not shown."));
//! ```

pub mod base;
pub mod check;
pub mod cli;
pub mod clinic;
pub mod diag;
pub mod display;
pub mod docx;
pub mod exhibits;
pub mod import;
pub mod input;
pub mod load;
pub mod map;
pub mod markup;
pub mod model;
pub mod packet;
pub mod playbook;
pub mod render;
pub mod schema;
pub mod snippet;
pub mod synth;
pub mod text;
pub mod write;
pub mod yaml;

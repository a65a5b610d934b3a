//! `rebut`: answer every ground of a decision with evidence.
//!
//! The pipeline, one module a stage:
//! [`load`] (bytes to [`model`], every problem located), [`check`] (the
//! evidence graph, statuses and findings), [`render`] (memos from templates,
//! in Markdown and HTML; [`docx`] turns the Markdown into Word), and [`cli`]
//! (arguments, output and exit codes). Beside them: [`playbook`] holds what
//! the tool knows about a kind of case, as data; [`exhibits`] letters and
//! paginates the packet and [`packet`] assembles it as a PDF; [`map`] draws the evidence graph; [`clinic`] starts,
//! grades and redacts cases; [`schema`] describes the case file for editors;
//! [`diag`] renders problems with the source line and a caret; [`write`]
//! writes output files safely.
//!
//! The stages, from a library:
//!
//! ```
//! use rebut::check::{self, Context, EvidenceGraph, Status};
//! use rebut::load::{self, Source};
//! use rebut::playbook::Playbook;
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
//! let case = load::load_case(&Source::from_text("case.yaml", text), &playbook).unwrap();
//! let graph = EvidenceGraph::build(&case);
//! let cx = Context {
//!     playbook: &playbook,
//!     today: load::parse_date("2026-05-10").unwrap(),
//!     base_dir: std::path::Path::new("."),
//! };
//! let report = check::check(&case, &graph, &cx);
//! assert_eq!(report.grounds[0].status, Status::Unanswered);
//! assert!(report.has_errors());
//! ```

pub mod check;
pub mod cli;
pub mod clinic;
pub mod diag;
pub mod docx;
pub mod exhibits;
pub mod load;
pub mod map;
pub mod markup;
pub mod model;
pub mod packet;
pub mod playbook;
pub mod render;
pub mod schema;
pub mod synth;
pub mod write;

//! `rebut`: answer every ground of a decision with evidence.
//!
//! The pipeline, one module a stage:
//! [`load`] (bytes to [`model`], every problem located), [`check`] (the
//! evidence graph, statuses and findings), [`render`] (memos from templates,
//! in Markdown and HTML; [`docx`] turns the Markdown into Word), and [`cli`]
//! (arguments, output and exit codes). Beside them: [`playbook`] holds what
//! the tool knows about a kind of case, as data; [`exhibits`] letters and
//! paginates the packet; [`map`] draws the evidence graph; [`clinic`] starts,
//! grades and redacts cases; [`schema`] describes the case file for editors;
//! [`diag`] renders problems with the source line and a caret; [`write`]
//! writes output files safely.

pub mod check;
pub mod cli;
pub mod clinic;
pub mod diag;
pub mod docx;
pub mod exhibits;
pub mod load;
pub mod map;
pub mod model;
pub mod playbook;
pub mod render;
pub mod schema;
pub mod write;

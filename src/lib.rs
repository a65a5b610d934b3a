//! `rebut`: answer every ground of a decision with evidence.
//!
//! The pipeline, one module a stage:
//! [`load`] (bytes to [`model`], every problem located), [`check`] (the
//! evidence graph, statuses and findings), and [`cli`] (arguments, output
//! and exit codes). [`playbook`] holds what the tool knows about a kind of
//! case, as data; [`diag`] renders problems with the source line and a caret.

pub mod check;
pub mod cli;
pub mod clinic;
pub mod diag;
pub mod docx;
pub mod load;
pub mod map;
pub mod model;
pub mod playbook;
pub mod render;
pub mod schema;
pub mod write;

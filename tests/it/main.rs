//! The integration tests, as one binary so that the crate is linked once.
//! Each module holds the tests of one area; `support` what they share.

mod support;

mod bounds;
mod cli_check;
mod clinic_exercise;
mod clinic_grade;
mod clinic_init;
mod clinic_redact;
mod corpus;
mod docx;
mod facts;
mod filed_memos;
mod findings;
mod graph;
mod import;
mod import_props;
mod limits;
mod memos;
mod one_truth;
mod outputs;
mod packet;
mod paperwork;
mod playbook;
mod problems;
mod props;
mod redact_harness;
mod redact_props;
mod regressions;
mod render_cli;
mod render_formats;
mod render_hostile;
mod render_readme;
mod render_split;
mod render_structure;
mod requests;
mod robustness;
mod schema;
mod shell;
mod statuses;

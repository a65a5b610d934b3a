//! Law-clinic workflows: a starter case to fill in ([`init`]), a case made
//! into an exercise and its answer key ([`exercise`]), a student's
//! map graded against an instructor's key ([`grade`]), and a real case made
//! safe to teach with ([`redact`]). [`emit`] writes a case back as YAML.

pub mod emit;
pub mod exercise;
pub mod grade;
pub mod init;
pub mod redact;

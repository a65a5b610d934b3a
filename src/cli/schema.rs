//! `rebut schema`: the case file's JSON Schema under the playbook in force.

use super::{Error, Outcome, SchemaArgs, load_playbook, print_text};
use crate::schema::case_schema;

pub fn run(args: &SchemaArgs) -> Result<Outcome, Error> {
    let playbook = load_playbook(args.playbook.as_deref(), args.max_size)?;
    let mut text = serde_json::to_string_pretty(&case_schema(&playbook)).expect("a JSON value serializes");
    text.push('\n');
    print_text(&text)?;
    Ok(Outcome::Clean)
}

//! `rebut init`: the starter case to standard output, or to a new file.
//!
//! Exit status: 0 when the starter is written; 2 when the file exists (it is
//! left untouched), cannot be written, or `--kind` names another playbook.

use super::{InitArgs, Outcome};
use crate::clinic::init::{InitError, starter};
use crate::write::{Mode, file_target, write_one};
use std::path::Path;

/// Prints why a command cannot do what was asked, and how to get it done.
pub(super) fn refuse(message: &str, help: &str) -> Outcome {
    anstream::eprintln!("error: {message}");
    anstream::eprintln!("  help: {help}");
    Outcome::Unusable
}

pub fn run(args: &InitArgs) -> Outcome {
    let playbook = match args.common.playbook() {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let text = match starter(&playbook, args.kind.as_deref(), args.common.today()) {
        Ok(text) => text,
        Err(e @ InitError::OtherKind { .. }) => {
            return refuse(
                &e.to_string(),
                "pass `--playbook FILE` with the playbook for that kind, or leave out `--kind`",
            );
        }
        Err(e) => {
            return refuse(
                &e.to_string(),
                "check the playbook with `rebut playbook --playbook FILE`",
            );
        }
    };
    let Some(path) = file_target(args.file.as_deref().map(Path::new)) else {
        return super::print_text(&text);
    };
    if let Err(e) = write_one(args.common.inputs([]), path, text.as_bytes(), Mode::CreateNew) {
        return refuse(&e.to_string(), "name a file that does not exist yet");
    }
    let path = path.display();
    eprintln!("wrote {path}: replace the examples with your case, then run `rebut check {path}`");
    Outcome::Clean
}

//! `rebut init`: the starter case to standard output, or to a new file.
//!
//! Exit status: 0 when the starter is written; 2 when the file exists (it is
//! left untouched), cannot be written, or `--kind` names another playbook.

use super::{Error, InitArgs, Outcome};
use crate::clinic::init::{InitError, starter};
use crate::write::{Mode, file_target, write_one};
use std::path::Path;

pub fn run(args: &InitArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let text = starter(&playbook, args.kind.as_deref(), args.common.today()).map_err(|e| {
        let help = match e {
            InitError::OtherKind { .. } => {
                "pass `--playbook FILE` with the playbook for that kind, or leave out `--kind`"
            }
            _ => "check the playbook with `rebut playbook --playbook FILE`",
        };
        Error::refuse(e.to_string(), help)
    })?;
    let Some(path) = file_target(args.file.as_deref().map(Path::new)) else {
        super::print_text(&text)?;
        return Ok(Outcome::Clean);
    };
    write_one(
        args.common.inputs([]),
        path,
        text.as_bytes(),
        Mode::file(args.force),
    )
    .map_err(|e| Error::refuse(e.to_string(), "name a file that does not exist yet"))?;
    let path = crate::display::name(&path.to_string_lossy()).into_owned();
    super::error::say(&format!(
        "wrote {path}: replace the examples with your case, then run `rebut check {path}`"
    ));
    Ok(Outcome::Clean)
}

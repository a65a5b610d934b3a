//! `rebut completions` and `rebut man`: generated from the same clap
//! definitions as the parser, so they never fall behind it.

use super::{Cli, Error, Outcome};
use clap::CommandFactory;

pub fn completions(shell: clap_complete::Shell) -> Result<Outcome, Error> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "rebut", &mut script);
    super::print_bytes(&script)?;
    Ok(Outcome::Clean)
}

/// The main page, or one command's page.
pub fn man(name: Option<&str>) -> Result<Outcome, Error> {
    let mut command = Cli::command();
    command.build();
    let page = match name {
        None => command,
        Some(name) => {
            let Some(sub) = command.find_subcommand(name) else {
                let names: Vec<&str> = command
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|n| *n != "help")
                    .collect();
                return Err(Error::refuse(
                    format!("rebut has no command `{name}`"),
                    format!("the commands are: {}", names.join(", ")),
                ));
            };
            // Once built, a command's display name is `rebut-check`, as man
            // names such pages.
            sub.clone().version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .render(&mut roff)
        .map_err(|e| Error::usage(format!("could not render the manual page: {e}")))?;
    super::print_bytes(&roff)?;
    Ok(Outcome::Clean)
}

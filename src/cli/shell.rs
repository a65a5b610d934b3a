//! `rebut completions` and `rebut man`: generated from the same clap
//! definitions as the parser, so they never fall behind it.

use super::{Cli, Outcome};
use clap::CommandFactory;

pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "rebut", &mut script);
    super::print_bytes(&script)
}

/// The main page, or one command's page.
pub fn man(name: Option<&str>) -> Outcome {
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
                eprintln!(
                    "error: rebut has no command `{name}`\n  = help: the commands are: {}",
                    names.join(", ")
                );
                return Outcome::Unusable;
            };
            // Once built, a command's display name is `rebut-check`, as man
            // names such pages.
            sub.clone().version(env!("CARGO_PKG_VERSION"))
        }
    };
    let mut roff = Vec::new();
    match clap_mangen::Man::new(page).render(&mut roff) {
        Ok(()) => super::print_bytes(&roff),
        Err(e) => {
            eprintln!("rebut: could not render the manual page: {e}");
            Outcome::Unusable
        }
    }
}

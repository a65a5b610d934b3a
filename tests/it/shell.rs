//! Shell completions, the man page and the examples in `--help`, all
//! generated from the clap definitions and checked against them.

use crate::support::Rebut;
use clap::{CommandFactory, Parser};
use rebut::cli::Cli;

fn stdout(args: &[&str]) -> String {
    Rebut::new().args(args).status(0).run().stdout
}

/// The commands a user can type, `help` aside.
fn commands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|n| n != "help")
        .collect()
}

#[test]
fn completions_name_every_command_and_option_in_each_shell() {
    let commands = commands();
    assert!(commands.len() >= 5, "{commands:?}");
    for (shell, marker) in [
        ("bash", "complete -F _rebut"),
        ("zsh", "#compdef rebut"),
        ("fish", "complete -c rebut"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout(&["completions", shell]);
        assert!(script.contains(marker), "{shell} script lacks {marker:?}");
        for command in &commands {
            assert!(
                script.contains(command.as_str()),
                "{shell} completion lacks `{command}`"
            );
        }
        for option in ["playbook", "today", "max-size", "deny"] {
            assert!(script.contains(option), "{shell} completion lacks --{option}");
        }
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    Rebut::new()
        .args(["completions", "tcsh"])
        .status(2)
        .stdout("")
        .stderr_contains("bash")
        .run();
}

#[test]
fn the_man_page_is_roff_and_lists_every_command() {
    let page = stdout(&["man"]);
    assert!(page.lines().any(|l| l.starts_with(".TH rebut 1")), "a .TH header");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "missing {section}");
    }
    for command in commands() {
        assert!(
            page.contains(&format!("rebut\\-{}(1)", command.replace('-', "\\-"))),
            "the main page refers to rebut-{command}(1)"
        );
    }
}

#[test]
fn each_command_has_its_own_page_with_its_options_and_examples() {
    for command in commands() {
        let page = stdout(&["man", &command]);
        assert!(
            page.lines()
                .any(|l| l.starts_with(&format!(".TH rebut-{command} 1"))),
            "rebut-{command}(1) has its .TH header"
        );
        assert!(page.contains("Examples:"), "rebut-{command}(1) shows examples");
    }
    let check = stdout(&["man", "check"]);
    assert!(check.contains("\\-\\-today"));
    Rebut::new()
        .args(["man", "chek"])
        .status(2)
        .stderr_contains("check")
        .run();
}

/// The `rebut …` command lines of a help text's closing "Examples:" block.
fn examples(help: &str) -> Vec<String> {
    let (_, block) = help.rsplit_once("Examples:\n").expect("an Examples: block");
    block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            assert!(l.starts_with("  "), "the examples end the help: {l:?}");
            l.trim().to_owned()
        })
        .collect()
}

#[test]
fn every_command_help_ends_with_real_examples() {
    for command in commands() {
        let help = stdout(&[&command, "--help"]);
        let examples = examples(&help);
        assert!(
            (2..=3).contains(&examples.len()),
            "`rebut {command} --help` ends with two or three examples: {examples:?}"
        );
        for example in examples {
            // The rebut part of the line, without comment, pipe or redirection.
            let line = example.split(" #").next().unwrap();
            let invocation = line
                .split('|')
                .map(str::trim)
                .find(|part| part.starts_with("rebut "))
                .unwrap_or_else(|| panic!("{example:?} runs rebut"));
            let invocation = invocation.split(['>', '&']).next().unwrap();
            let args =
                shlex::split(invocation).unwrap_or_else(|| panic!("{example:?} has unbalanced quotes"));
            assert_eq!(args[1], command, "{example:?} is an example of `{command}`");
            if let Err(e) = Cli::try_parse_from(&args) {
                panic!("{example:?} is not a valid command line: {e}");
            }
        }
    }
}

//! Programs outside the crate that some tests read their output back with
//! (qpdf, poppler's pdfinfo and pdftotext, LibreOffice). `.ci/run` installs
//! them. Where one is missing, a test that needs it says on the terminal
//! that it is skipped and why (past the harness's capture, so the line shows
//! in a plain `cargo test`), and returns; under CI (`CI` set) it fails
//! instead, since a skipped check there would pass without testing.

use std::io::Write as _;
use std::process::Command;

/// A program a test needs, and the Debian package that has it.
pub struct Program {
    pub name: &'static str,
    /// How to ask it for its version (it exits 0, or at least says something).
    pub version_flag: &'static str,
    pub package: &'static str,
}

pub const QPDF: Program = Program {
    name: "qpdf",
    version_flag: "--version",
    package: "qpdf",
};
pub const PDFINFO: Program = Program {
    name: "pdfinfo",
    version_flag: "-v",
    package: "poppler-utils",
};
pub const PDFTOTEXT: Program = Program {
    name: "pdftotext",
    version_flag: "-v",
    package: "poppler-utils",
};
pub const SOFFICE: Program = Program {
    name: "soffice",
    version_flag: "--version",
    package: "libreoffice-writer-nogui",
};

fn installed(program: &Program) -> bool {
    Command::new(program.name)
        .arg(program.version_flag)
        .output()
        .is_ok_and(|o| o.status.success() || !o.stderr.is_empty())
}

/// Whether every program `test` needs is here; if not, the skip is reported
/// (or, under CI, the test fails).
pub fn available(test: &str, needed: &[Program]) -> bool {
    let missing: Vec<String> = needed
        .iter()
        .filter(|p| !installed(p))
        .map(|p| format!("`{}` (Debian: {})", p.name, p.package))
        .collect();
    if missing.is_empty() {
        return true;
    }
    let reason = format!("{test}: needs {}, not installed", missing.join(", "));
    assert!(
        std::env::var_os("CI").is_none(),
        "{reason}; CI must run it (.ci/run installs these programs)"
    );
    // Straight to the terminal: `eprintln!` would be captured with the
    // output of a passing test and never shown.
    let _ = writeln!(std::io::stderr(), "skipped: {reason}");
    false
}

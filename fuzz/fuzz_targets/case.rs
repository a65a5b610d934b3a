//! Bytes through everything `rebut` does with a case file: load, graph,
//! check, and every output. Nothing may panic, whatever the bytes.
//!
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run case -- -max_total_time=1800`
//! (see the README's "Limits, robustness and performance").

#![no_main]

use libfuzzer_sys::fuzz_target;
use rebut::check::json::{CheckJson, UnusableJson};
use rebut::check::Checked;
use rebut::load::{self, Source};
use rebut::playbook::Playbook;
use rebut::render::{self, Format, MemoKind, Templates};
use std::path::Path;
use std::sync::OnceLock;

/// One output of a checked case. A new renderer is one more line in
/// [`OUTPUTS`].
type Output = fn(&Checked);

const OUTPUTS: &[Output] = &[
    json_report,
    |c| memos(c, Format::Markdown),
    |c| memos(c, Format::Html),
    |c| memos(c, Format::Word),
    |c| drop(rebut::map::svg(c)),
    |c| drop(rebut::map::dot(c)),
    |c| drop(rebut::map::mermaid(c)),
    |c| drop(rebut::map::json(c)),
];

fn json_report(checked: &Checked) {
    let json = CheckJson::new("fuzz.yaml", &checked.case, &checked.report);
    serde_json::to_string(&json).expect("the report serializes");
}

/// Every memo kind in one format, as `rebut render` makes it.
fn memos(checked: &Checked, format: Format) {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    let templates = TEMPLATES.get_or_init(Templates::builtin);
    for kind in MemoKind::ALL {
        for draft in [true, false] {
            render::memo(checked, kind, draft, format, templates).expect("a memo renders");
        }
    }
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 9, 1)
}

fn playbook() -> &'static Playbook {
    static PLAYBOOK: OnceLock<Playbook> = OnceLock::new();
    PLAYBOOK.get_or_init(Playbook::builtin)
}

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let source = Source {
        name: "fuzz.yaml".to_owned(),
        text: text.to_owned(),
        // No file of the fuzzer's exists there, so `missing-file` is exercised
        // without touching the disk beyond a lookup.
        base_dir: Path::new("/nonexistent").to_path_buf(),
    };
    let playbook = playbook();
    match load::load_case(&source, playbook) {
        Err(unusable) => {
            assert!(!unusable.problems.is_empty());
            // Both renderings, with and without colour, and the JSON form.
            unusable.render(Some(text), false);
            unusable.render(Some(text), true);
            serde_json::to_string(&UnusableJson::new(&unusable)).expect("problems serialise");
        }
        Ok(case) => {
            let checked = Checked::new(&source, case, playbook, today());
            assert_eq!(checked.report.grounds.len(), checked.case.grounds.len());
            for output in OUTPUTS {
                output(&checked);
            }
        }
    }
});

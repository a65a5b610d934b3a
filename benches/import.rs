//! How fast `rebut import` reads a notice: `cargo bench --bench import`
//! (release build).
//!
//! Times the three-page notice of the tests (`06-pagebreak-rfe`, a
//! LibreOffice PDF with page footers and a ground across a page break)
//! read and written as a case file in-process, and by the binary end to
//! end; and, for the record of the extraction choice, `lopdf`'s own
//! `extract_text` on the same file. Figures are printed, never asserted
//! (the target is under 100 ms a notice).

use rebut::import::{self, emit::Emit};
use rebut::playbook::Playbook;
use std::path::Path;
#[path = "support/timing.rs"]
mod timing;

use std::time::Duration;
use timing::ms;

const ROUNDS: usize = 50;

fn time(f: impl FnMut()) -> Duration {
    timing::median_time(ROUNDS, f)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let playbook = Playbook::builtin();
    let today = "2026-11-25".parse().unwrap();
    for name in [
        "06-pagebreak-rfe.pdf",
        "src/06-pagebreak-rfe.txt",
        "07-headers-denial.pdf",
    ] {
        let path = root.join("tests/data/notices").join(name);
        let bytes = std::fs::read(&path).unwrap();
        let mut pages = 0;
        let t = time(|| {
            let reading = import::read(&bytes, &playbook).unwrap();
            pages = reading.pages;
            let emit = Emit {
                reading: &reading,
                playbook: &playbook,
                notice: name,
                today,
            };
            std::hint::black_box(emit.case_file());
        });
        println!(
            "{name}: {pages} page(s), read and written in-process in {:.2} ms (median of {ROUNDS})",
            ms(t)
        );
    }
    let pdf = root.join("tests/data/notices/06-pagebreak-rfe.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    let t = time(|| {
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
        std::hint::black_box(doc.extract_text(&numbers).unwrap());
    });
    println!(
        "06-pagebreak-rfe.pdf: lopdf extract_text alone in {:.2} ms",
        ms(t)
    );
    let binary = Path::new(env!("CARGO_BIN_EXE_rebut"));
    let t = time(|| {
        let out = std::process::Command::new(binary)
            .args(["import", "--today", "2026-11-25"])
            .arg(&pdf)
            .output()
            .unwrap();
        assert!(out.status.success());
    });
    println!(
        "06-pagebreak-rfe.pdf: `rebut import` end to end (process start included) in {:.2} ms",
        ms(t)
    );
}

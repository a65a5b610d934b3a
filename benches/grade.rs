//! How fast `rebut grade` grades a class: `cargo bench --bench grade`
//! (release build).
//!
//! A class of twenty answers (the four of `examples/clinic`, five times
//! each, in a temporary folder) graded against the example key: in-process
//! (read, matched, graded, summed up) and by the binary end to end, text
//! and JSON. Figures are printed, never asserted (the target is well under
//! a second for twenty answers).

use rebut::clinic::grade;
use rebut::input::Source;
use rebut::playbook::Playbook;
use std::path::Path;
#[path = "support/timing.rs"]
mod timing;

use std::time::Duration;
use timing::ms;

const ROUNDS: usize = 20;

fn time(f: impl FnMut()) -> Duration {
    timing::median_time(ROUNDS, f)
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let clinic = root.join("examples/clinic");
    let key_path = clinic.join("key.yaml");
    let answers = [
        clinic.join("student-answer.yaml"),
        clinic.join("class/ana.yaml"),
        clinic.join("class/ben.yaml"),
        clinic.join("class/cai.yaml"),
    ];
    let class = tempfile::tempdir().unwrap();
    let mut texts = Vec::new();
    for round in 0..5 {
        for (n, path) in answers.iter().enumerate() {
            let text = std::fs::read_to_string(path).unwrap();
            std::fs::write(class.path().join(format!("student-{round}-{n}.yaml")), &text).unwrap();
            texts.push(text);
        }
    }
    let playbook = Playbook::builtin();
    let source = |name: &str, text: &str| Source {
        name: name.to_owned(),
        text: text.to_owned(),
        base_dir: clinic.clone(),
    };
    let key_text = std::fs::read_to_string(&key_path).unwrap();
    let t = time(|| {
        let key = rebut::load::load_case(&source("key.yaml", &key_text), &playbook).unwrap();
        let mut total = 0.0;
        for text in &texts {
            let student = rebut::load::load_case(&source("a.yaml", text), &playbook).unwrap();
            let alignment = grade::align(&key, &student, "key", "a").unwrap();
            total += grade::grade(&key, &student, &alignment, &playbook).score;
        }
        std::hint::black_box(total);
    });
    println!(
        "{} answers read and graded in-process in {:.2} ms (median of {ROUNDS})",
        texts.len(),
        ms(t)
    );
    let binary = Path::new(env!("CARGO_BIN_EXE_rebut"));
    for format in ["text", "json", "csv"] {
        let t = time(|| {
            let out = std::process::Command::new(binary)
                .args(["grade", "--format", format, "--answers"])
                .arg(&key_path)
                .arg(class.path())
                .output()
                .unwrap();
            assert!(out.status.success());
        });
        println!(
            "`rebut grade --format {format}` on {} answers, end to end (process start included): {:.2} ms",
            texts.len(),
            ms(t)
        );
    }
}

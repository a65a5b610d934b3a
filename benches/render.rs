//! How rendering scales with the case: every memo kind in every format at
//! 1,000, 10,000 and 100,000 grounds, with the time, the process's peak
//! memory and the growth per ten times the grounds.
//!
//!     cargo bench --bench render                     # 1k, 10k and 100k grounds
//!     cargo bench --bench render -- --sizes 500,5000 # other sizes
//!     cargo bench --bench render -- --kinds rebuttal,gaps --formats md
//!     cargo bench --bench render -- --sizes 0      # the conversions alone
//!     cargo bench --bench render -- --sizes 100000 --write-cases /tmp
//!
//! `--write-cases DIR` writes each generated case file to
//! `DIR/case-<grounds>-<decision>.yaml` instead of rendering it, for
//! measuring `rebut render` itself, e.g. with
//! `/usr/bin/time -v rebut render /tmp/case-100000-noid.yaml -o memo.md`.
//!
//! The cases are [`SynthCase::generate`]'s (three points a ground, three
//! exhibits a point, a realistic share of gaps), as a notice of intent to
//! deny for the rebuttal and a denial for the others. Each render is what
//! `rebut render` does after checking the case: context, evidence map where
//! the format shows one, templates, conversion; within the budget
//! `rebut render` gives a case file of that size, with the same metered
//! allocator.
//!
//! As `rebut render -o FILE` does, the case file's text is let go of once
//! the case is loaded, and a Markdown memo is written to a (temporary)
//! file as it is made; HTML and Word are converted from the whole
//! Markdown, then written.
//!
//! Time is the best of a few runs (one at the largest size): on a shared
//! machine the fastest run is the least disturbed. Peak is the process's
//! resident high-water mark during the render, the loaded case included
//! (printed as `resident with the case loaded`). The goals: at most ×11 per
//! ×10 (linear with room for sorting), and 100,000 grounds in under 10 s
//! and 1 GB. Measured (AMD EPYC, 2 cores shared with other sessions at a
//! load average of about 2): the Markdown rebuttal of 100,000 grounds in
//! 6.9 to 8.2 s of processor time, peak 888 MB (559 MB of it the loaded
//! case), 10,000 grounds in 0.75 to 0.92 s and 104 MB (see CONTRIBUTING.md).

use rebut::check::Checked;
use rebut::load::Source;
use rebut::playbook::Playbook;
use rebut::render::{self, Format, MemoKind, Templates};
use rebut::synth::{SynthCase, TODAY};
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "support/memory.rs"]
mod memory;
#[path = "support/timing.rs"]
mod timing;
use timing::cpu_time;

/// The allocator `rebut` runs with: a render past its memory budget stops
/// here as it would for a user.
#[global_allocator]
static ALLOC: rebut::render::budget::MeteredAlloc = rebut::render::budget::MeteredAlloc;

const FORMATS: [(Format, &str); 3] = [
    (Format::Markdown, "md"),
    (Format::Html, "html"),
    (Format::Word, "docx"),
];

/// The goal: at most this much slower per ten times the grounds.
const GROWTH_GOAL: f64 = 11.0;

/// A render slower than this at one size is skipped at the larger sizes.
const PATIENCE: Duration = Duration::from_secs(60);

/// One render's figures.
#[derive(Clone, Copy)]
struct Figure {
    grounds: usize,
    time: Duration,
    /// Processor time of the whole process (every thread) during the
    /// render: steadier than the wall clock on a shared machine.
    cpu: Duration,
    peak: Option<u64>,
    bytes: usize,
}

/// What the command line asks for.
struct Options {
    sizes: Vec<usize>,
    kinds: Vec<MemoKind>,
    formats: Vec<(Format, &'static str)>,
    /// `--write-cases DIR`: write the cases there instead of rendering.
    write_cases: Option<std::path::PathBuf>,
}

/// `--sizes`, `--kinds`, `--formats` and `--write-cases` from the command line.
fn options() -> Options {
    let args: Vec<String> = std::env::args().collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let sizes: Vec<usize> = value_of("--sizes").map_or_else(
        || vec![1_000, 10_000, 100_000],
        |s| {
            s.split(',')
                .map(|n| n.trim().parse().expect("--sizes N,N,..."))
                .collect()
        },
    );
    let kinds: Vec<MemoKind> = match value_of("--kinds") {
        None => MemoKind::ALL.to_vec(),
        Some(list) => list
            .split(',')
            .map(|k| {
                *MemoKind::ALL
                    .iter()
                    .find(|m| m.as_str() == k.trim())
                    .expect("--kinds rebuttal,refiling,cover,gaps,exhibits,requests")
            })
            .collect(),
    };
    let formats: Vec<(Format, &str)> = match value_of("--formats") {
        None => FORMATS.to_vec(),
        Some(list) => list
            .split(',')
            .map(|f| {
                *FORMATS
                    .iter()
                    .find(|(_, name)| *name == f.trim())
                    .expect("--formats md,html,docx")
            })
            .collect(),
    };
    Options {
        sizes,
        kinds,
        formats,
        write_cases: value_of("--write-cases").map(Into::into),
    }
}

fn main() {
    let Options {
        sizes,
        kinds,
        formats,
        write_cases,
    } = options();
    let playbook = Playbook::builtin();
    let today = TODAY.parse().expect("a date");
    // (kind, format) -> figures by size.
    let mut table: Vec<((MemoKind, &str), Vec<Figure>)> = kinds
        .iter()
        .flat_map(|&k| formats.iter().map(move |&(_, f)| ((k, f), Vec::new())))
        .collect();
    let mut slow: Vec<(MemoKind, &str)> = Vec::new();

    println!("render benchmark: {}", memory_note());
    for &grounds in sizes.iter().filter(|&&g| g > 0) {
        for decision in ["noid", "denial"] {
            let wanted: Vec<MemoKind> = kinds
                .iter()
                .copied()
                .filter(|k| {
                    k.fits(decision_kind(decision)) && (decision == "noid") == (*k == MemoKind::Rebuttal)
                })
                .collect();
            if wanted.is_empty() {
                continue;
            }
            // Made for each decision and let go of once written out: the
            // render holds what `rebut render` holds, no more.
            let text = SynthCase {
                decision,
                ..SynthCase::generate(grounds, 1, &playbook)
            }
            .to_yaml();
            if let Some(dir) = &write_cases {
                let path = dir.join(format!("case-{grounds}-{decision}.yaml"));
                std::fs::write(&path, &text).expect("the case file is written");
                println!("{grounds} grounds ({decision}): written to {}", path.display());
                continue;
            }
            let source = Source::from_text("bench.yaml", text);
            let start = Instant::now();
            let checked = Checked::load(&source, &playbook, today).expect("a generated case loads");
            let loading = start.elapsed();
            // `rebut render` lets go of the text once the case is loaded.
            let yaml_bytes = source.text.len();
            drop(source);
            let templates = Templates::builtin().for_input(checked.text_len);
            memory::reset_peak();
            let case_mb = memory::rss();
            println!(
                "{grounds} grounds ({decision}): {} exhibits, {:.1} MB of YAML, loaded and checked (what `rebut render` does first) in {:.0} ms, {} MB resident with the case loaded",
                checked.case.evidence.len(),
                yaml_bytes as f64 / 1e6,
                ms(loading),
                mb(case_mb),
            );
            let runs = if grounds >= 10_000 { 1 } else { 3 };
            for &kind in &wanted {
                for &(format, name) in &formats {
                    if slow.contains(&(kind, name)) {
                        println!(
                            "  {:<9} {:<4}  skipped (too slow at the last size)",
                            kind.as_str(),
                            name
                        );
                        continue;
                    }
                    let figure = measure(grounds, runs, || {
                        render_to_file(&checked, kind, format, &templates)
                    });
                    let Some(figure) = figure else {
                        slow.push((kind, name));
                        continue;
                    };
                    println!(
                        "  {:<9} {:<4} {:>10} ({:>9} processor)  peak {:>6} MB  ({:.1} MB out)",
                        kind.as_str(),
                        name,
                        format!("{:.1} ms", ms(figure.time)),
                        format!("{:.1} ms", ms(figure.cpu)),
                        mb(figure.peak),
                        figure.bytes as f64 / 1e6
                    );
                    if figure.time > PATIENCE {
                        slow.push((kind, name));
                    }
                    if let Some((_, figures)) = table.iter_mut().find(|(key, _)| *key == (kind, name)) {
                        figures.push(figure);
                    }
                }
            }
        }
    }
    if write_cases.is_some() {
        return;
    }
    summary(&sizes, &table);
    conversions();
}

/// Renders as `rebut render -o FILE` does: a Markdown memo written to a
/// file as it is made, HTML and Word converted whole, then written. The
/// memo's size in bytes.
fn render_to_file(
    checked: &Checked,
    kind: MemoKind,
    format: Format,
    templates: &Templates,
) -> Result<usize, render::RenderError> {
    let file = tempfile::tempfile().expect("a temporary file");
    let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
    render::memo_into(checked, kind, true, format, templates, &mut out)?;
    let file = out.into_inner().expect("the memo is written");
    Ok(file.metadata().expect("the file's size").len() as usize)
}

/// Markdown of about `n` marks.
type MakeMarkdown = fn(usize) -> String;

/// HTML and Word from Markdown that is hard to convert: a paragraph of
/// dense emphasis (`*a* ` over and over, as in a point of the review's
/// 4 MB case) and long plain text, at two sizes, outside any budget: the
/// peak is what the conversion needs.
fn conversions() {
    println!();
    println!("Conversion of Markdown alone (time, peak resident memory):");
    println!();
    println!("| Markdown | MB | html ms | html MB | docx ms | docx MB |");
    println!("|---|---|---|---|---|---|");
    let css = rebut::render::templates::BUILTIN_CSS;
    let inputs: [(&str, MakeMarkdown); 2] = [
        ("dense emphasis", |n| format!("# Memo\n\n{}\n", "*a* ".repeat(n))),
        ("plain paragraphs", |n| {
            "A paragraph of an ordinary memo, with *some emphasis* and a citation (Ex. A at 2).\n\n"
                .repeat(n / 20)
        }),
    ];
    for (name, make) in inputs {
        for n in [100_000, 1_000_000] {
            let md = make(n);
            memory::reset_peak();
            let start = Instant::now();
            black_box(rebut::render::html::page(&md, css, None));
            let html = (start.elapsed(), memory::peak_rss());
            memory::reset_peak();
            let start = Instant::now();
            black_box(
                rebut::docx::markdown_to_docx(&md, &rebut::docx::DocxOptions::default()).expect("converts"),
            );
            let docx = (start.elapsed(), memory::peak_rss());
            println!(
                "| {name} | {:.1} | {:.0} | {} | {:.0} | {} |",
                md.len() as f64 / 1e6,
                ms(html.0),
                mb(html.1),
                ms(docx.0),
                mb(docx.1)
            );
        }
    }
}

fn decision_kind(decision: &str) -> rebut::model::DecisionKind {
    match decision {
        "noid" => rebut::model::DecisionKind::Noid,
        _ => rebut::model::DecisionKind::Denial,
    }
}

/// The best time of `runs` renders and the peak memory of the first; None
/// (with the error printed) when the render fails.
fn measure<E: std::fmt::Display>(
    grounds: usize,
    runs: usize,
    mut render: impl FnMut() -> Result<usize, E>,
) -> Option<Figure> {
    let mut best = Duration::MAX;
    let mut best_cpu = Duration::MAX;
    let mut peak = None;
    let mut bytes = 0;
    for run in 0..runs {
        memory::reset_peak();
        let start = Instant::now();
        let cpu_start = cpu_time();
        let out = render();
        let took = start.elapsed();
        best_cpu = best_cpu.min(cpu_time().saturating_sub(cpu_start));
        if run == 0 {
            peak = memory::peak_rss();
        }
        match out {
            Ok(out) => bytes = black_box(out),
            Err(e) => {
                println!("  failed: {e}");
                return None;
            }
        }
        best = best.min(took);
    }
    Some(Figure {
        grounds,
        time: best,
        cpu: best_cpu,
        peak,
        bytes,
    })
}

/// One line per memo and format: time and peak at each size, and the
/// growth per ten times the grounds between each size and the next.
fn summary(sizes: &[usize], table: &[((MemoKind, &str), Vec<Figure>)]) {
    println!();
    println!(
        "Render time (wall ms), peak resident memory (MB) and growth of processor time per ×10 grounds (goal: at most ×{GROWTH_GOAL}):"
    );
    println!();
    let mut header = String::from("| memo | format |");
    for g in sizes {
        header.push_str(&format!(" {g} ms | {g} MB |"));
    }
    for pair in sizes.windows(2) {
        header.push_str(&format!(" growth {}→{} |", pair[0], pair[1]));
    }
    println!("{header}");
    println!(
        "|{}",
        "---|".repeat(2 + sizes.len() * 2 + sizes.len().saturating_sub(1))
    );
    let mut over = 0;
    for ((kind, format), figures) in table {
        let mut row = format!("| {} | {format} |", kind.as_str());
        for &g in sizes {
            match figures.iter().find(|f| f.grounds == g) {
                Some(f) => row.push_str(&format!(" {:.1} | {} |", ms(f.time), mb(f.peak))),
                None => row.push_str(" - | - |"),
            }
        }
        for pair in sizes.windows(2) {
            let a = figures.iter().find(|f| f.grounds == pair[0]);
            let b = figures.iter().find(|f| f.grounds == pair[1]);
            match (a, b) {
                (Some(a), Some(b)) if a.cpu > Duration::ZERO => {
                    let steps = (pair[1] as f64 / pair[0] as f64).log10().max(f64::EPSILON);
                    let per_ten = (b.cpu.as_secs_f64() / a.cpu.as_secs_f64()).powf(1.0 / steps);
                    let mark = if per_ten > GROWTH_GOAL {
                        over += 1;
                        " (over)"
                    } else {
                        ""
                    };
                    row.push_str(&format!(" ×{per_ten:.1}{mark} |"));
                }
                _ => row.push_str(" - |"),
            }
        }
        println!("{row}");
    }
    println!();
    if over == 0 {
        println!("Every growth within ×{GROWTH_GOAL} per ×10.");
    } else {
        println!("{over} growth figure(s) over ×{GROWTH_GOAL} per ×10.");
    }
}

fn memory_note() -> &'static str {
    if memory::peak_rss().is_some() {
        "peak memory from the kernel's resident high-water mark"
    } else {
        "peak memory not available on this system"
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn mb(bytes: Option<u64>) -> String {
    bytes.map_or_else(|| "-".to_owned(), |b| format!("{:.0}", b as f64 / 1e6))
}

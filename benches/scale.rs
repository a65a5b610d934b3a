//! How `rebut` scales: `cargo bench --bench scale` (release build).
//!
//! For synthetic cases of 10 to 100,000 grounds (three points each, three
//! exhibits cited per point, a realistic share of gaps) it times each stage
//! in-process and compares the total with the floor: the same parser reading
//! the same text into a generic YAML value under the same budget. Then it
//! times the binary checking 1,000 realistic case files in one run.
//!
//! Options (after `--`): `--sizes 10,1000` to choose sizes, `--files N` for
//! the many-files run (0 skips it), `--no-outputs` to time loading and
//! checking only, `--outputs memo-md,memo-html` for those outputs only.
//! `--only floor`, `--only check` or `--only` an output with a dash for the
//! space (`--only memo-md`), with one size, runs that stage once and prints
//! nothing else, for counting its instructions under
//! `valgrind --tool=callgrind` (which a loaded machine does not disturb) or
//! its memory under `valgrind --tool=massif`.
//!
//! Times are medians of several runs (one from 100,000 grounds). Each
//! output's growth per ten times the grounds is that of its processor time
//! (every thread of the process): on a shared machine the wall time also
//! counts the other work.
//!
//! The goals for the whole `check` path (load and check together): at most
//! ×1.5 the floor at every size, at most ×10.5 per ten times the grounds,
//! and a resident peak at most four times the file. The last lines say
//! which are met.
//!
//! Peak memory is the process's resident peak during a stage, the text of
//! the case (and for `check`, the loaded case) included: the goal's figure.
//! Beside it, the same peak less what the process held before the case was
//! made (the program's code and the playbook: 9 to 11 MB that do not grow
//! with the file; templates are compiled only for an output, and `rebut
//! check` never compiles them), as a multiple of the file.
//!
//! Columns: `floor` parses into a generic value (`serde_json::Value`);
//! `parse` is our located tree alone; `load` is parse plus reading the tree
//! into the model with every check of the loader; `load+check` is all that
//! `rebut check` does with the file (load, cross-checks, the evidence graph,
//! statuses, the exhibit plan, facts and every finding), timed as one, and
//! `check` is that less `load` (`graph` is the graph's part of it); each
//! output renders a checked case.

use rebut::check::json::CheckJson;
use rebut::check::{Checked, EvidenceGraph};
use rebut::load::{self, Source};
use rebut::playbook::Playbook;
use rebut::render::{self, Format, MemoKind, Templates};
use rebut::synth::{SynthCase, TODAY};
use rebut::yaml;
use std::hint::black_box;
use std::time::{Duration, Instant};

#[path = "support/memory.rs"]
mod memory;
#[path = "support/timing.rs"]
mod timing;
use memory::{peak_rss, reset_peak, rss};
use timing::cpu_time;

/// One output of a checked case, timed on its own; a new one is one more
/// entry in [`OUTPUTS`].
#[derive(Clone, Copy)]
struct Stage {
    name: &'static str,
    run: fn(&Checked) -> usize,
}

const OUTPUTS: &[Stage] = &[
    Stage {
        name: "json",
        run: |c| {
            serde_json::to_string(&CheckJson::new("bench.yaml", &c.case, &c.report))
                .unwrap()
                .len()
        },
    },
    Stage {
        name: "memo md",
        run: |c| memo(c, Format::Markdown),
    },
    Stage {
        name: "memo html",
        run: |c| memo(c, Format::Html),
    },
    Stage {
        name: "memo docx",
        run: |c| memo(c, Format::Word),
    },
    Stage {
        name: "graph svg",
        run: |c| rebut::map::svg(c).len(),
    },
    Stage {
        name: "graph dot",
        run: |c| rebut::map::dot(c).len(),
    },
    Stage {
        name: "graph mermaid",
        run: |c| rebut::map::mermaid(c).len(),
    },
    Stage {
        name: "graph json",
        run: |c| rebut::map::json(c).len(),
    },
];

/// The rebuttal memo as `rebut render` makes it: Markdown, HTML (with the
/// evidence map) or Word.
fn memo(checked: &Checked, format: Format) -> usize {
    // The budget `rebut render` gives a case of this size.
    let templates = Templates::builtin().for_input(checked.text_len);
    render::memo(checked, MemoKind::Rebuttal, true, format, &templates)
        .expect("renders")
        .len()
}

/// An output slower than this at one size is skipped at the larger sizes.
const OUTPUT_PATIENCE: Duration = Duration::from_secs(20);

/// The goal for every render: at most this much slower per ten times the
/// grounds (linear, with room for the n log n of sorting).
const RENDER_GROWTH_GOAL: f64 = 11.0;

fn print_table_header(outputs: &[Stage]) {
    let mut header = String::from(
        "| grounds | exhibits | file MB | floor ms | parse ms | load ms | graph ms | check ms |",
    );
    for stage in outputs {
        header.push_str(&format!(" {} ms |", stage.name));
    }
    header.push_str(
        " load+check ms | × floor | growth per ×10 | peak MB (floor) | peak MB (load+check) | peak ÷ file | program MB | (peak − program) ÷ file |",
    );
    println!("{header}");
    println!(
        "{}",
        header
            .split('|')
            .skip(1)
            .map(|c| if c.is_empty() { "" } else { "---|" })
            .collect::<String>()
            .replacen("", "|", 1)
    );
}

/// Grounds, × floor, growth per ×10, peak ÷ file and (peak less the
/// program) ÷ file, of one size.
type Goal = (usize, f64, Option<f64>, Option<f64>, Option<f64>);

/// Each goal of the `check` path, met or not, at the sizes of 1,000 grounds
/// and more (below that, the parser's start-up dominates both times).
fn print_goals(goals: &[Goal]) {
    let judged: Vec<_> = goals.iter().filter(|g| g.0 >= 1_000).collect();
    if judged.is_empty() {
        return;
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    let worst = |f: &dyn Fn(&Goal) -> Option<f64>| {
        judged
            .iter()
            .filter_map(|g| f(g))
            .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))))
    };
    println!();
    if let Some(x) = worst(&|g| Some(g.1)) {
        println!(
            "load+check at most ×{FLOOR_GOAL} the floor: worst ×{x:.2}, {}",
            verdict(x <= FLOOR_GOAL)
        );
    }
    // The step up to the first judged size starts below it.
    if let Some(x) = worst(&|g| g.2.filter(|_| g.0 > judged[0].0)) {
        println!(
            "growth at most ×{GROWTH_GOAL} per ×10: worst ×{x:.1}, {}",
            verdict(x <= GROWTH_GOAL)
        );
    }
    if let Some(x) = worst(&|g| g.3) {
        println!(
            "resident peak at most ×{PEAK_GOAL} the file: worst ×{x:.1}, {}",
            verdict(x <= PEAK_GOAL)
        );
    }
    if let Some(x) = worst(&|g| g.4) {
        println!("(the same peak less the program's own resident memory: worst ×{x:.1} the file)");
    }
}

fn print_multiples(outputs: &[Stage], multiples: &[String]) {
    if !outputs.is_empty() {
        println!();
        println!("Load, check and one output, as a multiple of the floor:");
        println!();
        let header: String = outputs.iter().map(|s| format!(" {} |", s.name)).collect();
        println!("| grounds |{header}");
        println!("|---|{}", "---|".repeat(outputs.len()));
        for row in multiples {
            println!("{row}");
        }
    }
}

/// One output at one size: grounds, output, wall time, processor time
/// (every thread of the process) and resident peak.
type Render = (usize, &'static str, Duration, Duration, Option<u64>);

/// Each output's time at each size, its growth from the size before (the
/// goal for a render is at most [`RENDER_GROWTH_GOAL`] per ten times the
/// grounds) and the process's resident peak while it ran. The growth is
/// that of the processor time: on a shared machine the wall time also
/// measures the other work.
fn print_growth(outputs: &[Stage], renders: &[Render]) {
    if outputs.is_empty() {
        return;
    }
    println!();
    println!(
        "Growth of each output per step in size (goal for a render: at most ×{RENDER_GROWTH_GOAL} per ×10):"
    );
    println!();
    println!("| output | grounds | ms | processor ms | growth | per ×10 | peak MB |");
    println!("|---|---|---|---|---|---|---|");
    for stage in outputs {
        let mut last: Option<(usize, Duration)> = None;
        for &(grounds, _, wall, t, peak_bytes) in renders.iter().filter(|r| r.1 == stage.name) {
            let (growth, per_ten) = match last {
                Some((g0, t0)) if g0 > 0 && t0 > Duration::ZERO => {
                    let growth = t.as_secs_f64() / t0.as_secs_f64();
                    // The growth for ten times the grounds, whatever the step.
                    let steps = ((grounds as f64) / (g0 as f64)).log10();
                    let per_ten = growth.powf(1.0 / steps.max(f64::EPSILON));
                    let mark = if per_ten > RENDER_GROWTH_GOAL {
                        " (over the goal)"
                    } else {
                        ""
                    };
                    (format!("×{growth:.1}"), format!("×{per_ten:.1}{mark}"))
                }
                _ => ("-".to_owned(), "-".to_owned()),
            };
            println!(
                "| {} | {grounds} | {} | {} | {growth} | {per_ten} | {} |",
                stage.name,
                ms(wall),
                ms(t),
                peak(peak_bytes)
            );
            last = Some((grounds, t));
        }
    }
}

/// The goals for load and check together, against the floor.
const FLOOR_GOAL: f64 = 1.5;
const GROWTH_GOAL: f64 = 10.5;
const PEAK_GOAL: f64 = 4.0;

/// The growth from `(g0, t0)` to `(g1, t1)`, as the growth for ten times
/// the grounds whatever the step.
fn per_ten(g0: usize, t0: Duration, g1: usize, t1: Duration) -> f64 {
    let steps = ((g1 as f64) / (g0 as f64)).log10();
    (t1.as_secs_f64() / t0.as_secs_f64()).powf(1.0 / steps.max(f64::EPSILON))
}

/// One stage run once at one size, for `valgrind --tool=callgrind`.
fn only(stage: &str, grounds: usize, playbook: &Playbook) {
    let text = SynthCase::generate(grounds, 1, playbook).to_yaml();
    let source = Source::from_text("bench.yaml", text);
    match stage {
        "floor" => {
            black_box(
                serde_saphyr::from_str_with_options::<serde_json::Value>(
                    &source.text,
                    yaml::parse_options(source.text.len()),
                )
                .expect("the floor parses"),
            );
        }
        "check" => {
            black_box(full_check(&source, playbook));
        }
        _ => {
            // An output (`memo-md`, `graph-svg`, ...), run once on the
            // checked case: under callgrind, compare its own inclusive
            // count; under massif, its peak above the checked case's.
            let output = OUTPUTS
                .iter()
                .find(|o| o.name.replace(' ', "-") == stage)
                .unwrap_or_else(|| panic!("--only floor|check|memo-md|memo-html|..."));
            let checked = full_check(&source, playbook);
            black_box((output.run)(&checked));
        }
    }
}

/// What `rebut check` does with a case file: load it, cross-check it, build
/// the graph and every finding.
fn full_check<'a>(source: &'a Source, playbook: &'a Playbook) -> Checked<'a> {
    let case = load::load_case(source, playbook).expect("a generated case loads");
    Checked::new(source, case, playbook, TODAY.parse().unwrap())
}

/// A peak less `less` bytes, as a multiple of the file's length.
fn per_file(peak: Option<u64>, less: Option<u64>, file: usize) -> Option<f64> {
    peak.zip(less)
        .map(|(b, l)| b.saturating_sub(l) as f64 / file as f64)
}

/// The sizes given with `--sizes N,N,...`, or every size.
fn sizes(given: Option<String>) -> Vec<usize> {
    given
        .map(|s| {
            s.split(',')
                .map(|n| n.trim().parse().expect("--sizes N,N,..."))
                .collect()
        })
        .unwrap_or_else(|| vec![10, 1_000, 10_000, 100_000])
}

/// The value given after `flag` on the command line.
fn value_after(args: &[String], flag: &str) -> Option<String> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// How many times each stage runs at a size: one from 100,000 grounds,
/// where a run takes minutes on a shared machine.
fn runs(grounds: usize) -> usize {
    if grounds >= 100_000 {
        1
    } else {
        (20_000 / grounds.max(1)).clamp(2, 200)
    }
}

/// Every output; none with `--no-outputs`; with `--outputs
/// memo-md,memo-html`, those only.
fn chosen_outputs(args: &[String]) -> Vec<Stage> {
    if args.iter().any(|a| a == "--no-outputs") {
        return Vec::new();
    }
    match value_after(args, "--outputs") {
        Some(names) => {
            let names: Vec<&str> = names.split(',').map(str::trim).collect();
            OUTPUTS
                .iter()
                .filter(|o| names.contains(&o.name.replace(' ', "-").as_str()))
                .copied()
                .collect()
        }
        None => OUTPUTS.to_vec(),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value_of = |flag: &str| value_after(&args, flag);
    let sizes = sizes(value_of("--sizes"));
    let files: usize = value_of("--files").map_or(1_000, |n| n.parse().expect("--files N"));
    let outputs = chosen_outputs(&args);
    let outputs = outputs.as_slice();

    let playbook = Playbook::builtin();
    if let Some(stage) = value_of("--only") {
        for &grounds in &sizes {
            only(&stage, grounds, &playbook);
        }
        return;
    }
    println!("machine: {}\n", machine());
    print_table_header(outputs);

    let mut previous: Option<(usize, Duration)> = None;
    let mut goals: Vec<Goal> = Vec::new();
    let mut output_times: Vec<Option<Duration>> = vec![None; outputs.len()];
    let mut multiples = Vec::new();
    // (grounds, output, time, processor time, peak) of every output measured.
    let mut renders: Vec<Render> = Vec::new();
    for &grounds in &sizes {
        // What the process holds before the case exists: the program, the
        // playbook, the templates.
        reset_peak();
        let program = rss();
        let source = Source::from_text("bench.yaml", SynthCase::generate(grounds, 1, &playbook).to_yaml());
        let reps = runs(grounds);

        let (floor, floor_peak, _) = measure(reps, || {
            serde_saphyr::from_str_with_options::<serde_json::Value>(
                &source.text,
                yaml::parse_options(source.text.len()),
            )
            .expect("the floor parses")
        });
        let (parse_time, _, _) = measure(reps, || yaml::parse("bench.yaml", &source.text).expect("parses"));
        let (load_time, load_peak, _) = measure(reps, || {
            load::load_case(&source, &playbook).expect("a generated case loads")
        });
        // What `rebut check` does with the file: load, cross-checks, graph,
        // statuses, exhibit plan, facts and every finding.
        let (total, check_peak, _) = measure(reps, || full_check(&source, &playbook));
        let check_time = total.saturating_sub(load_time);
        let case = load::load_case(&source, &playbook).unwrap();
        let (graph_time, _, _) = measure(reps, || EvidenceGraph::build(&case));
        let checked = Checked::new(&source, case, &playbook, TODAY.parse().unwrap());
        let case = &checked.case;
        let mut row = format!(
            "| {grounds} | {} | {:.1} | {} | {} | {} | {} | {} |",
            case.evidence.len(),
            source.text.len() as f64 / 1e6,
            ms(floor),
            ms(parse_time),
            ms(load_time),
            ms(graph_time),
            ms(check_time),
        );
        let mut multiple = format!("| {grounds} |");
        for (stage, last) in outputs.iter().zip(&mut output_times) {
            // An output that took seconds at the last size would take
            // minutes at this one: say so instead of waiting.
            if last.is_some_and(|t| t > OUTPUT_PATIENCE) {
                row.push_str(" skipped |");
                multiple.push_str(" - |");
                *last = Some(Duration::MAX);
                continue;
            }
            let (t, peak_bytes, cpu) = measure(reps, || (stage.run)(&checked));
            renders.push((grounds, stage.name, t, cpu, peak_bytes));
            row.push_str(&format!(" {} |", ms(t)));
            multiple.push_str(&format!(
                " {:.2} |",
                (total + t).as_secs_f64() / floor.as_secs_f64()
            ));
            *last = Some(t);
        }
        multiples.push(multiple);
        let growth = previous.map(|(g0, t0)| per_ten(g0, t0, grounds, total));
        let peak_bytes = load_peak.max(check_peak);
        let of_file = per_file(peak_bytes, Some(0), source.text.len());
        let less_program = per_file(peak_bytes, program, source.text.len());
        let times_floor = total.as_secs_f64() / floor.as_secs_f64();
        row.push_str(&format!(
            " {} | {times_floor:.2} | {} | {} | {} | {} | {} | {} |",
            ms(total),
            growth.map_or("-".to_owned(), |g| format!("×{g:.1}")),
            peak(floor_peak),
            peak(peak_bytes),
            of_file.map_or("n/a".to_owned(), |x| format!("×{x:.1}")),
            peak(program),
            less_program.map_or("n/a".to_owned(), |x| format!("×{x:.1}")),
        ));
        println!("{row}");
        previous = Some((grounds, total));
        goals.push((grounds, times_floor, growth, of_file, less_program));
    }

    print_goals(&goals);
    print_multiples(outputs, &multiples);
    print_growth(outputs, &renders);

    if files > 0 {
        println!();
        many_files(files, &playbook);
    }
}

/// Median time of `reps` runs of `f`, the peak resident memory of one run
/// (None where Linux's counters are not available) and the median
/// processor time of the process (every thread) per run. What `f` returns
/// is dropped outside the timing.
fn measure<T>(reps: usize, mut f: impl FnMut() -> T) -> (Duration, Option<u64>, Duration) {
    let mut times = Vec::with_capacity(reps);
    let mut cpu = Vec::with_capacity(reps);
    reset_peak();
    let mut peak_bytes = None;
    for rep in 0..reps {
        let start = Instant::now();
        let cpu_start = cpu_time();
        let value = black_box(f());
        times.push(start.elapsed());
        cpu.push(cpu_time().saturating_sub(cpu_start));
        if rep == 0 {
            peak_bytes = peak_rss();
        }
        drop(value);
    }
    times.sort();
    cpu.sort();
    (times[times.len() / 2], peak_bytes, cpu[cpu.len() / 2])
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms < 10.0 {
        format!("{ms:.2}")
    } else {
        format!("{ms:.0}")
    }
}

fn peak(bytes: Option<u64>) -> String {
    bytes.map_or("n/a".to_owned(), |b| format!("{:.0}", b as f64 / 1e6))
}

/// The binary checking `n` realistic case files (6–14 grounds) in one run.
fn many_files(n: usize, playbook: &Playbook) {
    let dir = std::env::temp_dir().join(format!("rebut-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut paths = Vec::with_capacity(n);
    let mut bytes = 0;
    for i in 0..n {
        let text = SynthCase::generate(6 + i % 9, i as u64, playbook).to_yaml();
        bytes += text.len();
        let path = dir.join(format!("case-{i:04}.yaml"));
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    let bin = env!("CARGO_BIN_EXE_rebut");
    let mut times = Vec::new();
    for _ in 0..3 {
        let start = Instant::now();
        let status = std::process::Command::new(bin)
            .args(["check", "--today", TODAY, "--format", "json"])
            .args(&paths)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("rebut runs");
        times.push(start.elapsed());
        assert!(
            status.code().is_some_and(|c| c < 2),
            "a generated case was unusable"
        );
    }
    times.sort();
    println!(
        "{n} case files ({:.1} MB) checked in one run of `rebut check --format json`: {} ms (median of 3)",
        bytes as f64 / 1e6,
        ms(times[1])
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The CPU and core count, for the README's table.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!(
        "{cpu}, {cores} cores, {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

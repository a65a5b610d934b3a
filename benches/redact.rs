//! How `rebut redact` scales: `cargo bench --bench redact` (release build).
//!
//! Synthetic cases with 1,000 to 20,000 distinct people (each the author of
//! one exhibit and named again in its notes and in a point), then a case of
//! 5.0 MB of prose naming a hundred people. Each is redacted in-process
//! with no options; the table prints the time, the review lines and the
//! growth per 10x in people.
//!
//! Options (after `--`): `--names 1000,10000` to choose the sizes.

use rebut::clinic::redact::{self, Options};
use rebut::load::{self, Source};
use rebut::playbook::Playbook;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "tu", "sa", "vo", "den", "ri", "ba", "ne", "sho", "la", "gu", "pe", "dan", "zo",
    "ti", "mar", "fe", "ko", "wen", "ya", "chi",
];

/// A made-up word of four syllables, distinct for each `n` below 24^4.
fn word(n: usize) -> String {
    let mut out = String::new();
    let mut n = n;
    for _ in 0..4 {
        out.push_str(SYLLABLES[n % 24]);
        n /= 24;
    }
    let mut chars = out.chars();
    let first = chars.next().unwrap().to_ascii_uppercase();
    std::iter::once(first).chain(chars).collect()
}

/// A case naming `people` distinct people, with `filler` sentences of
/// ordinary prose in each point.
fn case(people: usize, points: usize, filler: usize) -> String {
    let mut y = String::from(
        "rebut: 1\ncase:\n  title: Humanitarian parole for a child\n  beneficiary:\n    name: Mateo Alvarado Ruiz\n    country: Honduras\n  filed: 2026-04-02\n  decision:\n    kind: rfe\n    date: 2026-09-10\ngrounds:\n  - id: G1\n    category: medical-urgency\n    quote: The record does not describe the condition.\n    responses:\n",
    );
    let sentence = "The treating physician wrote on 14 March 2026 that dialysis is available two days a week, \
                    and the family paid $1,200 for the visit, 40% of a month's income. ";
    for p in 0..points {
        let who = p % people.max(1);
        let _ = write!(
            y,
            "      - point: |\n          Dr. {} saw Mateo on 3 May 2026; {} {} agrees. ",
            word(2 * who + 1),
            word(2 * who),
            word(2 * who + 1)
        );
        for _ in 0..filler {
            y.push_str(sentence);
        }
        y.push_str("\n        evidence: [E1]\n");
    }
    y.push_str("evidence:\n");
    for n in 0..people {
        let _ = write!(
            y,
            "  - id: E{}\n    type: physician-opinion\n    title: Letter of Dr. {} {}\n    author: Dr. {} {}\n    notes: Dr. {} answered on 12/03/2026 from +504 9911-{:04}.\n",
            n + 1,
            word(2 * n),
            word(2 * n + 1),
            word(2 * n),
            word(2 * n + 1),
            word(2 * n + 1),
            n % 10_000
        );
    }
    y
}

fn time(text: &str) -> (Duration, usize) {
    let playbook = Playbook::builtin();
    let case = load::load_case(&Source::from_text("bench.yaml", text), &playbook)
        .unwrap_or_else(|u| panic!("{}", u.render(Some(text), false)));
    let start = Instant::now();
    let r = redact::redact(&case, &Options::default()).unwrap();
    (start.elapsed(), r.review.items.len())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let sizes: Vec<usize> = args
        .iter()
        .position(|a| a == "--names")
        .and_then(|i| args.get(i + 1))
        .map_or_else(
            || vec![1_000, 2_000, 10_000, 20_000],
            |s| s.split(',').map(|n| n.parse().expect("a number")).collect(),
        );
    println!("| people | case size | redact | review lines |");
    println!("| ---: | ---: | ---: | ---: |");
    let mut times = Vec::new();
    for &n in &sizes {
        let text = case(n, n, 0);
        let (t, lines) = time(&text);
        println!(
            "| {n} | {:.1} MB | {:.2} s | {lines} |",
            text.len() as f64 / 1e6,
            t.as_secs_f64()
        );
        times.push((n, t));
    }
    for &(a, ta) in &times {
        if let Some(&(_, tb)) = times.iter().find(|(b, _)| *b == a * 10) {
            println!(
                "growth {a} -> {}: {:.1}x per 10x people",
                a * 10,
                tb.as_secs_f64() / ta.as_secs_f64()
            );
        }
    }
    // 4,705 points of six sentences come to 5.0 MB (5,000,7xx bytes): the
    // size issue 22 names ("a 5 MB case in under 2 s"); 4,000 gave 4.3 MB.
    let text = case(100, 4_705, 6);
    assert!(text.len() >= 5_000_000, "the big case is {} bytes", text.len());
    let (t, lines) = time(&text);
    println!(
        "5 MB case: {:.1} MB, 100 people, {:.2} s, {lines} review lines",
        text.len() as f64 / 1e6,
        t.as_secs_f64()
    );
}

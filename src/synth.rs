//! Synthetic case files, for the property tests, the fuzz seeds and the
//! benchmark.
//!
//! A [`SynthCase`] is a plain description of a case (grounds, their points,
//! which exhibits each point cites, what each exhibit is like) that
//! [`SynthCase::to_yaml`] writes out as a format-1 case file. Tests build one
//! by hand or with `proptest`; [`SynthCase::generate`] builds a realistic one
//! of any size from a seed, the same every time.

use crate::playbook::Playbook;
use std::fmt::Write as _;

/// The decision of every synthetic case; opinions dated before it are stale.
pub const DECISION_DATE: &str = "2026-08-14";
/// A date the benchmark and tests pass as `--today`: after every synthetic date.
pub const TODAY: &str = "2026-09-01";

/// A case to write out. Ground `i` gets the id `G{i+1}`, exhibit `i` the id
/// `E{i+1}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthCase {
    pub decision: &'static str,
    pub grounds: Vec<SynthGround>,
    pub evidence: Vec<SynthEvidence>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthGround {
    /// A category of the playbook in force.
    pub category: String,
    pub quote: String,
    pub points: Vec<SynthPoint>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthPoint {
    pub text: String,
    pub cites: Vec<SynthCite>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthCite {
    /// Index into [`SynthCase::evidence`].
    pub evidence: usize,
    /// A pinpoint `first-last`, within the exhibit's pages.
    pub pages: Option<(u32, u32)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthEvidence {
    /// An evidence type of the playbook in force.
    pub kind: String,
    pub title: String,
    pub author: Option<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub pages: u32,
    pub requested: bool,
    pub submitted_before: bool,
    /// `None` is English; otherwise the language and whether a certified
    /// translation exists.
    pub language: Option<(String, bool)>,
}

/// A small deterministic generator (SplitMix64): the same seed gives the same
/// case on every machine, with no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True `percent` times in a hundred.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: [&str; 48] = [
    "the",
    "beneficiary",
    "treatment",
    "hospital",
    "physician",
    "record",
    "evidence",
    "shows",
    "urgent",
    "care",
    "months",
    "relapse",
    "therapy",
    "available",
    "country",
    "sponsor",
    "support",
    "costs",
    "travel",
    "return",
    "family",
    "letter",
    "oncologist",
    "condition",
    "prognosis",
    "delay",
    "transplant",
    "program",
    "accepted",
    "funds",
    "housing",
    "insurance",
    "clinic",
    "surgery",
    "pediatric",
    "chronic",
    "dialysis",
    "specialist",
    "region",
    "waiting",
    "list",
    "declined",
    "documented",
    "stable",
    "plan",
    "weeks",
    "medication",
    "follow-up",
];

const PEOPLE: [&str; 12] = [
    "Dr. Ana Morales",
    "Dr. James Whitfield",
    "Dr. Priya Raman",
    "Dr. Luis Cabrera",
    "St. Brendan Children's Hospital",
    "Lakeside Transplant Institute",
    "Rosa Delgado",
    "Miguel Torres",
    "Hope Harbor Church",
    "Dr. Elena Petrova",
    "County Health Department",
    "Dr. Samuel Okafor",
];

/// Shares (in percent) of the gaps a generated case has, close to what a
/// first draft of a real answer looks like.
const UNANSWERED: usize = 8;
const ASSERTED: usize = 5;
const PENDING: usize = 5;
const POINT_WITHOUT_CITATION: usize = 4;
const CROSS_CITATION: usize = 15;

impl SynthCase {
    /// A realistic case of `grounds` grounds: three points each, three
    /// exhibits cited per point, three exhibits per ground in the inventory,
    /// and a realistic share of gaps (unanswered, asserted and pending grounds,
    /// uncited points, unused, undated, stale and untranslated exhibits).
    pub fn generate(grounds: usize, seed: u64, playbook: &Playbook) -> SynthCase {
        let mut rng = Rng::new(seed);
        let categories: Vec<&str> = playbook.category_ids().collect();
        let types: Vec<&str> = playbook.evidence_type_ids().collect();
        let n_evidence = grounds * 3;
        let mut evidence: Vec<SynthEvidence> = (0..n_evidence).map(|_| exhibit(&mut rng, &types)).collect();
        let mut out = Vec::with_capacity(grounds);
        for g in 0..grounds {
            let own = [3 * g, 3 * g + 1, 3 * g + 2];
            let roll = rng.below(100);
            let (n_points, cited, pending) = if roll < UNANSWERED {
                (0, false, false)
            } else if roll < UNANSWERED + ASSERTED {
                (3, false, false)
            } else if roll < UNANSWERED + ASSERTED + PENDING {
                (3, true, true)
            } else {
                (3, true, false)
            };
            if pending {
                for &e in &own {
                    evidence[e].requested = true;
                }
            }
            let points = (0..n_points)
                .map(|p| {
                    let mut cites = Vec::new();
                    if cited && (p == 0 || !rng.chance(POINT_WITHOUT_CITATION)) {
                        for (k, &e) in own.iter().enumerate() {
                            // Evidence often answers several grounds: sometimes a
                            // point cites another ground's exhibit instead.
                            let e = if !pending && k == 2 && n_evidence > 3 && rng.chance(CROSS_CITATION) {
                                rng.below(n_evidence)
                            } else {
                                e
                            };
                            let pages = evidence[e].pages;
                            let pin = (pages > 1 && rng.chance(30)).then(|| {
                                let first = 1 + rng.below(pages as usize) as u32;
                                (first, first + rng.below((pages - first + 1) as usize) as u32)
                            });
                            cites.push(SynthCite {
                                evidence: e,
                                pages: pin,
                            });
                        }
                    }
                    SynthPoint {
                        text: sentence(&mut rng, 25, 30),
                        cites,
                    }
                })
                .collect();
            out.push(SynthGround {
                category: (*rng.pick(&categories)).to_owned(),
                quote: sentence(&mut rng, 30, 40),
                points,
            });
        }
        SynthCase {
            decision: "denial",
            grounds: out,
            evidence,
        }
    }

    /// The case as a format-1 case file.
    pub fn to_yaml(&self) -> String {
        let mut out = String::with_capacity(200 + self.grounds.len() * 1200 + self.evidence.len() * 220);
        let _ = write!(
            out,
            "rebut: 1\n\
             case:\n  \
               title: Humanitarian parole for a synthetic beneficiary\n  \
               receipt: IOE0912345678\n  \
               beneficiary:\n    name: Synthetic Beneficiary\n    country: Honduras\n    born: 2015-04-02\n  \
               filed: 2026-03-10\n  \
               decision:\n    kind: {}\n    date: {DECISION_DATE}\n\
             grounds:\n",
            self.decision
        );
        for (g, ground) in self.grounds.iter().enumerate() {
            let _ = write!(
                out,
                "  - id: G{}\n    category: {}\n    cite: Decision at {}\n    quote: |\n",
                g + 1,
                ground.category,
                g / 4 + 1
            );
            block(&mut out, &ground.quote, 6);
            if !ground.points.is_empty() {
                out.push_str("    responses:\n");
            }
            for point in &ground.points {
                out.push_str("      - point: |\n");
                block(&mut out, &point.text, 10);
                if point.cites.is_empty() {
                    continue;
                }
                out.push_str("        evidence: [");
                for (i, cite) in point.cites.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match cite.pages {
                        None => {
                            let _ = write!(out, "E{}", cite.evidence + 1);
                        }
                        Some((a, b)) if a == b => {
                            let _ = write!(out, "{{id: E{}, pages: \"{a}\"}}", cite.evidence + 1);
                        }
                        Some((a, b)) => {
                            let _ = write!(out, "{{id: E{}, pages: \"{a}-{b}\"}}", cite.evidence + 1);
                        }
                    }
                }
                out.push_str("]\n");
            }
        }
        if !self.evidence.is_empty() {
            out.push_str("evidence:\n");
        }
        for (i, e) in self.evidence.iter().enumerate() {
            let _ = write!(
                out,
                "  - id: E{}\n    type: {}\n    title: \"{}\"\n",
                i + 1,
                e.kind,
                e.title
            );
            if let Some(author) = &e.author {
                let _ = writeln!(out, "    author: \"{author}\"");
            }
            if let Some(date) = &e.date {
                let _ = writeln!(out, "    date: {date}");
            }
            if e.pages != 1 {
                let _ = writeln!(out, "    pages: {}", e.pages);
            }
            if e.requested {
                out.push_str("    status: requested\n");
            }
            if e.submitted_before {
                out.push_str("    submitted_before: true\n");
            }
            if let Some((language, certified)) = &e.language {
                let _ = writeln!(out, "    language: {language}");
                if *certified {
                    out.push_str("    translation: {certified: true, translator: Lucia Fernandez}\n");
                }
            }
        }
        out
    }
}

fn exhibit(rng: &mut Rng, types: &[&str]) -> SynthEvidence {
    let pages = if rng.chance(40) {
        1
    } else {
        2 + rng.below(30) as u32
    };
    let dated = !rng.chance(7);
    SynthEvidence {
        kind: (*rng.pick(types)).to_owned(),
        title: title_case(&sentence(rng, 4, 6)),
        author: (!rng.chance(5)).then(|| (*rng.pick(&PEOPLE)).to_owned()),
        // Mostly after the decision (updated), some before it (stale).
        date: dated.then(|| {
            let (year, month) = if rng.chance(75) {
                (2026, 8)
            } else {
                (2025, 1 + rng.below(12))
            };
            format!("{year}-{month:02}-{:02}", 1 + rng.below(28))
        }),
        pages,
        requested: rng.chance(6),
        submitted_before: rng.chance(20),
        language: rng.chance(5).then(|| ("es".to_owned(), !rng.chance(30))),
    }
}

/// `min` to `min + spread - 1` lower-case words, the first capitalised,
/// ending with a full stop.
fn sentence(rng: &mut Rng, min: usize, spread: usize) -> String {
    let words = min + rng.below(spread);
    let mut s = String::with_capacity(words * 8);
    for i in 0..words.max(1) {
        if i > 0 {
            s.push(' ');
        }
        let word: &&str = rng.pick(&WORDS);
        s.push_str(word);
    }
    let mut chars = s.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase()).unwrap_or('X');
    format!("{first}{}.", chars.as_str())
}

fn title_case(s: &str) -> String {
    s.trim_end_matches('.')
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes `text` as the body of a block scalar, wrapped near 80 columns.
fn block(out: &mut String, text: &str, indent: usize) {
    let mut width = 0;
    for word in text.split(' ') {
        if width == 0 {
            out.extend(std::iter::repeat_n(' ', indent));
            width = indent;
        } else if width + 1 + word.len() > 80 {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
            width = indent;
        } else {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += word.len();
    }
    out.push('\n');
}

/// The fuzzer's dictionary (`cargo run --example fuzz_dict`): every key of
/// the case file and every name its schema lists (decision kinds, statuses,
/// the playbook's categories, evidence types and facts), all taken from the
/// schema and so from the model, then the YAML a case file may hold beyond
/// them, so that mutations reach past the top level and into YAML's corners.
pub fn dictionary(playbook: &Playbook) -> String {
    let schema = crate::schema::case_schema(playbook);
    let mut entries: Vec<String> = vec!["rebut: 1".to_owned()];
    for key in crate::schema::keys(&schema) {
        let name = key.name();
        let entry = if name == "point" {
            "- point:".to_owned()
        } else {
            format!("{name}:")
        };
        entries.push(entry);
    }
    let defs = schema["$defs"].as_object().into_iter().flatten();
    for (_, def) in defs {
        let names = def["enum"].as_array().into_iter().flatten();
        entries.extend(names.filter_map(|n| n.as_str().map(str::to_owned)));
    }
    entries.extend(
        [
            "6 months",
            DECISION_DATE,
            "2026-02-30",
            "&a",
            "*a",
            "<<: *a",
            "!!str",
            "---",
            "...",
            "|",
            ">-",
            "{id: E1, pages: \"2-3\"}",
        ]
        .map(str::to_owned),
    );
    let mut seen = std::collections::HashSet::new();
    let mut out =
        String::from("# Made by `cargo run --example fuzz_dict` from the schema; not kept in git.\n");
    for entry in entries.iter().filter(|e| seen.insert(e.as_str())) {
        out.push('"');
        for c in entry.chars() {
            match c {
                '"' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                ' '..='~' => out.push(c),
                _ => {
                    let mut bytes = [0; 4];
                    for b in c.encode_utf8(&mut bytes).bytes() {
                        let _ = write!(out, "\\x{b:02X}");
                    }
                }
            }
        }
        out.push_str("\"\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Source, load_case};

    #[test]
    fn a_generated_case_loads_with_the_promised_shape() {
        let playbook = Playbook::builtin();
        let synth = SynthCase::generate(200, 7, &playbook);
        let text = synth.to_yaml();
        let case = load_case(&Source::from_text("synth.yaml", text), &playbook).unwrap();
        assert_eq!(case.grounds.len(), 200);
        assert_eq!(case.evidence.len(), 600);
        let answered: Vec<_> = case.grounds.iter().filter(|g| !g.points.is_empty()).collect();
        assert!(answered.iter().all(|g| g.points.len() == 3));
        let cited = answered
            .iter()
            .flat_map(|g| &g.points)
            .filter(|p| !p.citations.is_empty());
        assert!(cited.clone().all(|p| p.citations.len() == 3));
        // Some of every kind of gap, but most grounds answered.
        let unanswered = case.grounds.len() - answered.len();
        assert!((1..40).contains(&unanswered), "{unanswered} unanswered");
    }

    #[test]
    fn the_same_seed_gives_the_same_file() {
        let playbook = Playbook::builtin();
        let a = SynthCase::generate(50, 3, &playbook).to_yaml();
        let b = SynthCase::generate(50, 3, &playbook).to_yaml();
        let c = SynthCase::generate(50, 4, &playbook).to_yaml();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}

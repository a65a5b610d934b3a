//! `rebut grade`: one answer's feedback, or a class's lines and summary, as
//! text, JSON or CSV.
//!
//! `rebut grade --answers KEY STUDENT...` (files or folders of `.yaml`
//! files); `rebut grade KEY STUDENT` is the older form of one answer.
//!
//! Exit status: 0 when every answer is graded, whatever the scores (a grade
//! is not a failure of the tool); 2 when the key is unusable, or when an
//! answer cannot be read or is of another decision (reported with its
//! place, counted in the summary; the others are still graded).

use super::GradeArgs;
use super::error::{self, Error, Outcome};
use crate::clinic::grade::{self, ExtraKind, Grade, GroundGrade};
use crate::model::Case;
use crate::playbook::Playbook;
use crate::text::roman;
use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradeFormat {
    Text,
    Json,
    Csv,
}

/// One answer graded, with the file it came from.
#[derive(Debug, Serialize)]
pub struct Graded {
    pub file: String,
    #[serde(flatten)]
    pub grade: Grade,
}

/// An answer that could not be graded.
#[derive(Debug, Serialize)]
pub struct Unreadable {
    pub file: String,
    pub error: String,
}

pub fn run(args: &GradeArgs) -> Result<Outcome, Error> {
    let (key_path, students) = match &args.answers {
        Some(key) => (key.clone(), args.files.clone()),
        None if args.files.len() == 2 => (args.files[0].clone(), vec![args.files[1].clone()]),
        None => {
            return Err(Error::refuse(
                "which file is the answer key?",
                "give it with `--answers KEY`, then the students' files or folders: `rebut grade --answers key.yaml answers/`",
            ));
        }
    };
    let playbook = args.common.playbook()?;
    let (key_source, key) = super::load(&key_path, &args.common, &playbook)?;
    if key.info.exercise {
        return Err(Error::refuse(
            format!(
                "{} is an exercise (`exercise: true`), not an answer key",
                crate::display::name(&key_source.name)
            ),
            "grade against the key `rebut exercise` wrote with `--answers`",
        ));
    }
    if key.grounds.iter().all(|g| g.points.is_empty()) {
        error::warning(&format!(
            "the answer key {} answers no ground: every answer is graded against nothing",
            crate::display::name(&key_source.name)
        ));
    }
    let (files, class) = answer_files(&students, &key_path)?;

    let mut graded: Vec<Graded> = Vec::new();
    let mut unreadable: Vec<Unreadable> = Vec::new();
    for file in &files {
        match grade_one(file, &key, &key_source, &args.common, &playbook) {
            Ok(grade) => graded.push(Graded {
                file: file.clone(),
                grade,
            }),
            Err(e) => {
                error::report(&e);
                unreadable.push(Unreadable {
                    file: file.clone(),
                    error: one_line(&e),
                });
            }
        }
    }

    let text = match (args.format, class) {
        (GradeFormat::Text, false) => match graded.first() {
            Some(one) => feedback(&one.grade, &key, &playbook, &key_source.name, &one.file),
            None => String::new(),
        },
        (GradeFormat::Json, false) => match graded.first() {
            Some(one) => json(one),
            None => String::new(),
        },
        (GradeFormat::Text, true) => class_text(&graded, &unreadable, &key, &playbook),
        (GradeFormat::Json, true) => json(&ClassJson {
            students: &graded,
            unreadable: &unreadable,
            summary: summary(&graded, &unreadable, &key),
        }),
        (GradeFormat::Csv, _) => csv(&graded, &unreadable, &key),
    };
    super::print_text(&text)?;
    Ok(if unreadable.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Unusable
    })
}

/// The error in one line: the first located problem with its place, or
/// the summary.
fn one_line(e: &Error) -> String {
    match e {
        Error::Unusable(rejected) => {
            let problems = &rejected.unusable.problems;
            let Some(p) = problems.first() else {
                return e.to_string();
            };
            let more = match problems.len() {
                1 => String::new(),
                n => format!(" (and {} more problems)", n - 1),
            };
            match p.loc {
                Some(loc) => format!("line {}: {}{more}", loc.line, p.message),
                None => format!("{}{more}", p.message),
            }
        }
        _ => e.to_string(),
    }
}

fn json<T: Serialize>(value: &T) -> String {
    format!(
        "{}\n",
        serde_json::to_string_pretty(value).expect("a grade serializes")
    )
}

/// The answers named: files as given, folders as their `.yaml` and `.yml`
/// files in name order (the key left out). True when it is a class: more
/// than one file, or a folder.
fn answer_files(given: &[String], key: &str) -> Result<(Vec<String>, bool), Error> {
    let key_id = std::fs::canonicalize(key).ok();
    let mut files = Vec::new();
    let mut class = given.len() > 1;
    for path in given {
        let p = Path::new(path);
        if !p.is_dir() {
            files.push(path.clone());
            continue;
        }
        class = true;
        let entries = std::fs::read_dir(p).map_err(|e| {
            Error::usage(format!(
                "cannot read the folder {}: {e}",
                crate::display::name(path)
            ))
        })?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "yaml" || x == "yml"))
            .filter(|f| key_id.is_none() || std::fs::canonicalize(f).ok() != key_id)
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(Error::refuse(
                format!("the folder {} holds no .yaml answer", crate::display::name(path)),
                "name the students' files, or the folder that holds them",
            ));
        }
        files.extend(found.into_iter().map(|f| f.to_string_lossy().into_owned()));
    }
    Ok((files, class))
}

fn grade_one(
    file: &str,
    key: &Case,
    key_source: &crate::input::Source,
    common: &super::Common,
    playbook: &Playbook,
) -> Result<Grade, Error> {
    let (source, student) = super::load(file, common, playbook)?;
    let alignment = grade::align(key, &student, &key_source.name, &source.name).map_err(|mismatch| {
        let count = mismatch.in_key.len() + mismatch.in_student.len();
        let files = [(key_source, mismatch.in_key), (&source, mismatch.in_student)]
            .into_iter()
            .filter(|(_, problems)| !problems.is_empty())
            .map(|(source, problems)| error::rejected(&source.name, problems, &source.text))
            .collect();
        Error::Mismatch {
            files,
            summary: format!(
                "{} and {} do not answer the same decision ({count} grounds differ)",
                crate::display::name(&key_source.name),
                crate::display::name(&source.name),
            ),
        }
    })?;
    Ok(grade::grade(key, &student, &alignment, playbook))
}

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const FOUND: Style = AnsiColor::Green.on_default();
const MISSED: Style = AnsiColor::Red.on_default().bold();
const EXTRA: Style = AnsiColor::Yellow.on_default();

fn percent(value: f64) -> String {
    format!("{:.0}%", value * 100.0)
}

fn points(x: f64) -> String {
    let text = format!("{x:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

/// Text on one line, safe for a terminal.
fn flat(text: &str) -> String {
    crate::display::text(&text.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

/// Text cut into lines of at most `width` characters: the first after
/// `indent`, the others after as many spaces as `hang` says (the width of
/// a list marker the text starts with).
fn wrap(text: &str, indent: &str, width: usize) -> String {
    let hang = if text.starts_with("- ") { 2 } else { 0 };
    let rest = format!("{indent}{:hang$}", "");
    let mut out = String::new();
    let mut line = String::new();
    let mut first = true;
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            let _ = writeln!(out, "{}{line}", if first { indent } else { &rest });
            line.clear();
            first = false;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{}{line}", if first { indent } else { &rest });
    }
    out
}

fn quoted(title: &str) -> String {
    format!("\u{201c}{}\u{201d}", flat(title))
}

fn ground_label<'a>(playbook: &'a Playbook, g: &'a GroundGrade) -> &'a str {
    playbook
        .category(&g.category)
        .map_or(g.category.as_str(), |c| c.label.as_str())
}

/// The grade as feedback a student can learn from, ground by ground, in the
/// memo's terms.
pub fn feedback(
    grade: &Grade,
    key: &Case,
    playbook: &Playbook,
    key_name: &str,
    student_name: &str,
) -> String {
    let mut w = Feedback {
        out: String::new(),
        grade,
        key,
    };
    w.header(key_name, student_name);
    for (g, gg) in grade.grounds.iter().enumerate() {
        w.ground(g, gg, ground_label(playbook, gg));
    }
    w.overall();
    w.out
}

struct Feedback<'a> {
    out: String,
    grade: &'a Grade,
    key: &'a Case,
}

impl Feedback<'_> {
    fn title(&self, id: &str) -> String {
        quoted(self.key.evidence_by_id(id).map_or(id, |e| e.title.as_str()))
    }

    fn numeral(&self, id: &str) -> String {
        self.key
            .grounds
            .iter()
            .position(|g| g.id == id)
            .map_or_else(|| id.to_owned(), |g| roman(g + 1))
    }

    /// One entry: a word in its style, then the text wrapped beside it.
    fn entry(&mut self, style: Style, word: &str, text: &str) {
        for (n, l) in wrap(text, "", 62).lines().enumerate() {
            if n == 0 {
                let _ = writeln!(self.out, "  {style}{word:<10}{style:#} {l}");
            } else {
                let _ = writeln!(self.out, "  {:<10} {l}", "");
            }
        }
    }

    fn header(&mut self, key_name: &str, student_name: &str) {
        use crate::display::name as shown_name;
        let (key_name, student_name) = (shown_name(key_name), shown_name(student_name));
        let _ = writeln!(
            self.out,
            "{BOLD}Feedback on {student_name}{BOLD:#} {DIM}(graded against {key_name}){DIM:#}"
        );
        let _ = writeln!(
            self.out,
            "\n{BOLD}Score: {}/100{BOLD:#}",
            points(self.grade.score)
        );
        for (heading, style, notes) in [
            ("Warnings", EXTRA, &self.grade.warnings),
            ("How your file was read", BOLD, &self.grade.shape),
        ] {
            if notes.is_empty() {
                continue;
            }
            let _ = writeln!(self.out, "\n{style}{heading}{style:#}");
            for note in notes {
                self.out.push_str(&wrap(&format!("- {}", flat(note)), "  ", 74));
            }
        }
    }

    fn ground(&mut self, g: usize, gg: &GroundGrade, label: &str) {
        let ground = &self.key.grounds[g];
        let _ = writeln!(
            self.out,
            "\n{BOLD}Ground {}: {}{BOLD:#}  {} of {} points",
            gg.numeral,
            flat(label),
            points(gg.score),
            points(gg.weight)
        );
        self.out.push_str(&wrap(
            &format!("The decision: \u{201c}{}\u{201d}", flat(&ground.quote)),
            "  ",
            74,
        ));
        self.cited(g, gg);
        self.links(g, gg);
        self.swaps(gg);
        self.extras(gg);
        self.model(g);
        if gg.status_differs {
            let _ = writeln!(
                self.out,
                "  Status: yours is {}; the key's is {}.",
                gg.student_status.map_or("missing", |s| s.as_str()),
                gg.key_status.as_str()
            );
        }
    }

    fn cited(&mut self, g: usize, gg: &GroundGrade) {
        if gg.blank && self.key.grounds[g].points.is_empty() {
            let _ = writeln!(
                self.out,
                "  You left this ground blank, as the key does: nothing in the record answers it yet."
            );
            return;
        }
        if gg.blank {
            let _ = writeln!(
                self.out,
                "  {MISSED}You left this ground blank{MISSED:#}: an unanswered ground stands, and it costs its whole {} points.",
                points(gg.weight)
            );
            return;
        }
        let cited: Vec<String> = gg
            .matched
            .iter()
            .map(|id| self.title(id))
            .chain(gg.extra.iter().map(|x| quoted(&x.title)))
            .collect();
        if cited.is_empty() {
            let _ = writeln!(
                self.out,
                "  You cited no exhibit: a point no document proves answers nothing."
            );
        } else {
            self.out
                .push_str(&wrap(&format!("You cited: {}.", cited.join("; ")), "  ", 74));
        }
    }

    /// Links found and missed, with the instructor's comments.
    fn links(&mut self, g: usize, gg: &GroundGrade) {
        let links = grade::key_links(self.key, g);
        let comment = |id: &str| {
            links
                .iter()
                .find(|l| self.key.evidence[l.evidence].id == id)
                .and_then(|l| l.comment.as_deref())
                .map(|c| format!(". Instructor: {}", flat(c)))
                .unwrap_or_default()
        };
        let mut entries: Vec<(Style, &str, String)> = Vec::new();
        for id in &gg.matched {
            let optional = if gg.optional_matched.contains(id) {
                " (the key accepts it here, though it does not require it)"
            } else {
                ""
            };
            entries.push((
                FOUND,
                "found",
                format!("{}{optional}{}", self.title(id), comment(id)),
            ));
        }
        // A swap's two missed links are named by the swap, not again.
        let swapped_here = |id: &String| {
            self.grade.swaps.iter().any(|sw| {
                (sw.grounds[0] == gg.ground && sw.evidence[0] == *id)
                    || (sw.grounds[1] == gg.ground && sw.evidence[1] == *id)
            })
        };
        for id in gg.missing.iter().filter(|id| !swapped_here(id)) {
            entries.push((
                MISSED,
                "missed",
                format!(
                    "{}: the key relies on it for this ground{}",
                    self.title(id),
                    comment(id)
                ),
            ));
        }
        for (style, word, text) in entries {
            self.entry(style, word, &text);
        }
    }

    /// A swap, named once under its first ground and pointed to from the second.
    fn swaps(&mut self, gg: &GroundGrade) {
        let swap_cost = |g: &GroundGrade| {
            g.extra
                .iter()
                .find(|x| x.why == ExtraKind::Swap)
                .map_or(0.0, |x| x.cost)
        };
        let mut entries = Vec::new();
        for sw in self.grade.swaps.iter().filter(|sw| sw.grounds[0] == gg.ground) {
            let other = self.numeral(&sw.grounds[1]);
            let (here, there) = (
                swap_cost(gg),
                self.grade
                    .grounds
                    .iter()
                    .find(|g| g.ground == sw.grounds[1])
                    .map_or(0.0, swap_cost),
            );
            let cost = if points(here) == points(there) {
                format!("loses {} points for the other's", points(there))
            } else {
                format!(
                    "Ground {} loses {} points for the other's, Ground {other} {}",
                    gg.numeral,
                    points(here),
                    points(there)
                )
            };
            entries.push(format!(
                "{} and {} between Ground {} and Ground {other}: the first answers Ground {}, the second Ground {other}, and you cited each for the other ground (one swap: each ground misses its exhibit, and {cost})",
                self.title(&sw.evidence[0]),
                self.title(&sw.evidence[1]),
                gg.numeral,
                gg.numeral,
            ));
        }
        for sw in self.grade.swaps.iter().filter(|sw| sw.grounds[1] == gg.ground) {
            entries.push(format!(
                "the swap named under Ground {}: {} belongs here, {} there",
                self.numeral(&sw.grounds[0]),
                self.title(&sw.evidence[1]),
                self.title(&sw.evidence[0]),
            ));
        }
        for text in entries {
            self.entry(MISSED, "swapped", &text);
        }
    }

    /// Links that cost, optional links left out, and wordless points.
    fn extras(&mut self, gg: &GroundGrade) {
        let mut entries: Vec<(Style, &str, String)> = Vec::new();
        for x in &gg.extra {
            let t = quoted(&x.title);
            let (word, text) = match x.why {
                ExtraKind::NotReceived => (
                    "not in hand",
                    format!(
                        "{t} has been requested, not received: a document still awaited cannot answer a ground"
                    ),
                ),
                ExtraKind::StaleOpinion => (
                    "stale",
                    format!(
                        "{t} is an opinion dated before the decision: the decision has weighed it already, and it cannot show the condition as it is now"
                    ),
                ),
                ExtraKind::Swap => continue,
                ExtraKind::OtherGround => {
                    let others: Vec<String> = x.key_grounds.iter().map(|g| self.numeral(g)).collect();
                    let s = if others.len() == 1 { "" } else { "s" };
                    (
                        "elsewhere",
                        format!(
                            "{t} answers Ground{s} {} in the key, not this one",
                            others.join(" and ")
                        ),
                    )
                }
                ExtraKind::Added => ("added", format!("{t} is not in the exercise's record")),
                ExtraKind::Unlinked => ("extra", format!("{t} answers no ground in the key")),
            };
            entries.push((EXTRA, word, format!("{text} (\u{2212}{} points)", points(x.cost))));
        }
        for id in &gg.optional_skipped {
            entries.push((
                DIM,
                "optional",
                format!(
                    "{}: the key accepts it here; leaving it out costs nothing",
                    self.title(id)
                ),
            ));
        }
        for w in &gg.wordless {
            let why = match w.why {
                "copies-the-decision" => "repeats the decision's words",
                "copies-a-title" => "repeats an exhibit's title",
                _ => "has no words of its own",
            };
            let shown: String = w.text.chars().take(40).collect();
            let more = if w.text.chars().count() > 40 { "..." } else { "" };
            entries.push((
                EXTRA,
                "no words",
                format!(
                    "point {} (\u{201c}{}{more}\u{201d}) {why}: say what the exhibit shows and why it answers the ground; a link made only by such a point earns half",
                    w.point,
                    flat(&shown)
                ),
            ));
        }
        for (style, word, text) in entries {
            self.entry(style, word, &text);
        }
    }

    fn model(&mut self, g: usize) {
        let ground = &self.key.grounds[g];
        if ground.points.is_empty() {
            let _ = writeln!(
                self.out,
                "  {DIM}Model answer: nothing in the record answers this ground yet.{DIM:#}"
            );
            return;
        }
        let _ = writeln!(self.out, "  {DIM}Model answer:{DIM:#}");
        for p in &ground.points {
            let mut ids: Vec<&str> = p.citations.iter().map(|c| c.evidence.as_str()).collect();
            ids.dedup();
            let cites: Vec<String> = ids.iter().map(|id| self.title(id)).collect();
            let text = if cites.is_empty() {
                flat(&p.text)
            } else {
                format!("{} ({})", flat(&p.text), cites.join("; "))
            };
            self.out.push_str(&wrap(&format!("- {text}"), "    ", 70));
        }
    }

    fn overall(&mut self) {
        let grade = self.grade;
        let out = &mut self.out;
        let _ = writeln!(out, "\n{BOLD}Overall{BOLD:#}");
        let _ = writeln!(out, "  score      {:>4}  out of 100", points(grade.score));
        let _ = writeln!(
            out,
            "  recall     {:>4}  you found {} of the {} links the key requires",
            percent(grade.recall),
            grade.required_matched(),
            grade.required()
        );
        match grade.precision {
            None => {
                let _ = writeln!(out, "  precision     -  you have made no links yet");
            }
            Some(p) => {
                let _ = writeln!(
                    out,
                    "  precision  {:>4}  {} of your {} links are in the key",
                    percent(p),
                    grade.matched.len(),
                    grade.claimed()
                );
            }
        }
        let differing: Vec<&str> = grade
            .grounds
            .iter()
            .filter(|g| g.status_differs)
            .map(|g| g.numeral.as_str())
            .collect();
        if differing.is_empty() {
            let _ = writeln!(out, "  every ground has the status the key gives it");
        } else {
            let one = differing.len() == 1;
            let _ = writeln!(
                out,
                "  {} ground{} get{} a status other than the key's: {}",
                differing.len(),
                if one { "" } else { "s" },
                if one { "s" } else { "" },
                differing.join(", ")
            );
        }
    }
}

/// The class's figures.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub graded: usize,
    pub unreadable: usize,
    pub mean: Option<f64>,
    /// The standard deviation of the scores.
    pub spread: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
    /// The key's required links, most often missed first: (ground, evidence, students).
    pub most_missed_links: Vec<Counted>,
    /// Grounds where students earned under half the share, most often first.
    pub most_missed_grounds: Vec<Counted>,
    pub common_swaps: Vec<Counted>,
}

#[derive(Debug, Serialize)]
pub struct Counted {
    pub ground: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub other_ground: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    pub students: usize,
}

#[derive(Serialize)]
struct ClassJson<'a> {
    students: &'a [Graded],
    unreadable: &'a [Unreadable],
    summary: Summary,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Most first, then in the key's order; at most five.
fn top(mut counted: Vec<(usize, Counted)>) -> Vec<Counted> {
    counted.retain(|(_, c)| c.students > 0);
    counted.sort_by(|a, b| b.1.students.cmp(&a.1.students).then(a.0.cmp(&b.0)));
    counted.into_iter().take(5).map(|(_, c)| c).collect()
}

pub fn summary(graded: &[Graded], unreadable: &[Unreadable], key: &Case) -> Summary {
    let scores: Vec<f64> = graded.iter().map(|g| g.grade.score).collect();
    let n = scores.len() as f64;
    let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / n);
    let spread = mean.map(|m| (scores.iter().map(|s| (s - m).powi(2)).sum::<f64>() / n).sqrt());
    let order = |g: &str, e: &str| {
        let gi = key.grounds.iter().position(|x| x.id == g).unwrap_or(usize::MAX);
        let ei = key.evidence.iter().position(|x| x.id == e).unwrap_or(usize::MAX);
        gi.saturating_mul(10_000).saturating_add(ei)
    };
    let mut links: Vec<(usize, Counted)> = Vec::new();
    for (gi, ground) in key.grounds.iter().enumerate() {
        for link in grade::key_links(key, gi).iter().filter(|l| !l.optional) {
            let e = &key.evidence[link.evidence].id;
            let students = graded
                .iter()
                .filter(|s| {
                    s.grade
                        .missing
                        .iter()
                        .any(|m| m.ground == ground.id && m.evidence == *e)
                })
                .count();
            links.push((
                order(&ground.id, e),
                Counted {
                    ground: ground.id.clone(),
                    other_ground: None,
                    evidence: vec![e.clone()],
                    students,
                },
            ));
        }
    }
    let grounds: Vec<(usize, Counted)> = key
        .grounds
        .iter()
        .enumerate()
        .map(|(gi, ground)| {
            let students = graded
                .iter()
                // Shown to one decimal: half of 16.7 is 8.3, not under half.
                .filter(|s| {
                    s.grade
                        .grounds
                        .get(gi)
                        .is_some_and(|g| g.score < g.weight / 2.0 - 0.05)
                })
                .count();
            (
                gi,
                Counted {
                    ground: ground.id.clone(),
                    other_ground: None,
                    evidence: Vec::new(),
                    students,
                },
            )
        })
        .collect();
    let mut swaps: Vec<(usize, Counted)> = Vec::new();
    for s in graded {
        for sw in &s.grade.swaps {
            match swaps.iter_mut().find(|(_, c)| {
                c.ground == sw.grounds[0]
                    && c.other_ground.as_deref() == Some(&sw.grounds[1])
                    && c.evidence == sw.evidence
            }) {
                Some((_, c)) => c.students += 1,
                None => swaps.push((
                    order(&sw.grounds[0], &sw.evidence[0]),
                    Counted {
                        ground: sw.grounds[0].clone(),
                        other_ground: Some(sw.grounds[1].clone()),
                        evidence: sw.evidence.to_vec(),
                        students: 1,
                    },
                )),
            }
        }
    }
    Summary {
        graded: graded.len(),
        unreadable: unreadable.len(),
        mean: mean.map(round1),
        spread: spread.map(round1),
        lowest: scores.iter().copied().reduce(f64::min),
        highest: scores.iter().copied().reduce(f64::max),
        most_missed_links: top(links),
        most_missed_grounds: top(grounds),
        common_swaps: top(swaps),
    }
}

/// "1 swap", "2 swaps".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a class line says of an answer besides its figures.
fn notes(grade: &Grade) -> Vec<String> {
    let mut notes = Vec::new();
    let blank: Vec<&str> = grade
        .grounds
        .iter()
        .filter(|x| x.blank)
        .map(|x| x.numeral.as_str())
        .collect();
    if !blank.is_empty() {
        notes.push(format!("blank: {}", blank.join(", ")));
    }
    if !grade.swaps.is_empty() {
        notes.push(count(grade.swaps.len(), "swap", "swaps"));
    }
    let faulted = grade
        .grounds
        .iter()
        .flat_map(|x| &x.extra)
        .filter(|x| x.why.is_faulted())
        .count();
    if faulted > 0 {
        notes.push(count(faulted, "faulted link", "faulted links"));
    }
    let wordless: usize = grade.grounds.iter().map(|x| x.wordless.len()).sum();
    if wordless > 0 {
        notes.push(count(
            wordless,
            "point without words of its own",
            "points without words of their own",
        ));
    }
    if !grade.warnings.is_empty() {
        notes.push(count(grade.warnings.len(), "warning", "warnings"));
    }
    notes
}

fn class_text(graded: &[Graded], unreadable: &[Unreadable], key: &Case, playbook: &Playbook) -> String {
    let mut out = String::new();
    let width = graded
        .iter()
        .map(|g| g.file.as_str())
        .chain(unreadable.iter().map(|u| u.file.as_str()))
        .map(|f| crate::display::name(f).chars().count())
        .max()
        .unwrap_or(0);
    for g in graded {
        let notes = notes(&g.grade);
        let _ = writeln!(
            out,
            "{:<width$}  {:>5}/100  recall {:>4}  precision {:>4}{}",
            crate::display::name(&g.file),
            points(g.grade.score),
            percent(g.grade.recall),
            g.grade.precision.map_or_else(|| "-".to_owned(), percent),
            if notes.is_empty() {
                String::new()
            } else {
                format!("  {}", notes.join("; "))
            }
        );
    }
    for u in unreadable {
        let _ = writeln!(
            out,
            "{:<width$}  not graded: {}",
            crate::display::name(&u.file),
            crate::display::text(&u.error)
        );
    }
    summary_text(&mut out, &summary(graded, unreadable, key), key, playbook);
    out
}

/// The class's figures under the students' lines.
fn summary_text(out: &mut String, s: &Summary, key: &Case, playbook: &Playbook) {
    let title = |id: &str| quoted(key.evidence_by_id(id).map_or(id, |e| e.title.as_str()));
    let numeral = |id: &str| {
        key.grounds
            .iter()
            .position(|g| g.id == id)
            .map_or_else(|| id.to_owned(), |g| roman(g + 1))
    };
    let _ = writeln!(out, "\n{BOLD}Class{BOLD:#}");
    let _ = writeln!(
        out,
        "  {} answer{} graded{}",
        s.graded,
        if s.graded == 1 { "" } else { "s" },
        if s.unreadable > 0 {
            format!(", {} could not be read", s.unreadable)
        } else {
            String::new()
        }
    );
    if let (Some(mean), Some(spread), Some(lo), Some(hi)) = (s.mean, s.spread, s.lowest, s.highest) {
        let _ = writeln!(
            out,
            "  mean {}/100, spread (standard deviation) {}, lowest {}, highest {}",
            points(mean),
            points(spread),
            points(lo),
            points(hi)
        );
    }
    if !s.most_missed_links.is_empty() {
        let _ = writeln!(out, "  most missed links:");
        for c in &s.most_missed_links {
            let _ = writeln!(
                out,
                "    Ground {} with {}: missed by {} of {}",
                numeral(&c.ground),
                title(&c.evidence[0]),
                c.students,
                s.graded
            );
        }
    }
    if !s.most_missed_grounds.is_empty() {
        let _ = writeln!(out, "  grounds most often under half marks:");
        for c in &s.most_missed_grounds {
            let label = key.grounds.iter().find(|g| g.id == c.ground).map_or("", |g| {
                playbook
                    .category(&g.category)
                    .map_or(g.category.as_str(), |x| x.label.as_str())
            });
            let _ = writeln!(
                out,
                "    Ground {} ({label}): {} of {}",
                numeral(&c.ground),
                c.students,
                s.graded
            );
        }
    }
    if !s.common_swaps.is_empty() {
        let _ = writeln!(out, "  common swaps:");
        for c in &s.common_swaps {
            let _ = writeln!(
                out,
                "    {} and {} between Grounds {} and {}: {} of {}",
                title(&c.evidence[0]),
                title(&c.evidence[1]),
                numeral(&c.ground),
                numeral(c.other_ground.as_deref().unwrap_or("")),
                c.students,
                s.graded
            );
        }
    }
}

/// A CSV field, quoted when it must be.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn csv(graded: &[Graded], unreadable: &[Unreadable], key: &Case) -> String {
    let mut out =
        String::from("file,score,recall,precision,matched,missing,extra,swaps,blank_grounds,warnings");
    for ground in &key.grounds {
        let _ = write!(out, ",ground_{}", field(&ground.id));
    }
    out.push_str(",error\n");
    for g in graded {
        let grade = &g.grade;
        let blank: Vec<&str> = grade
            .grounds
            .iter()
            .filter(|x| x.blank)
            .map(|x| x.ground.as_str())
            .collect();
        let _ = write!(
            out,
            "{},{},{:.3},{},{},{},{},{},{},{}",
            field(&g.file),
            points(grade.score),
            grade.recall,
            grade.precision.map_or_else(String::new, |p| format!("{p:.3}")),
            grade.matched.len(),
            grade.missing.len(),
            grade.extra.len(),
            grade.swaps.len(),
            field(&blank.join(" ")),
            grade.warnings.len()
        );
        for gg in &grade.grounds {
            let _ = write!(out, ",{}", points(gg.score));
        }
        out.push_str(",\n");
    }
    for u in unreadable {
        let _ = write!(out, "{},,,,,,,,,", field(&u.file));
        for _ in &key.grounds {
            out.push(',');
        }
        let _ = writeln!(out, ",{}", field(&u.error));
    }
    out
}

//! `rebut grade`: a student's answer to an exercise graded against the
//! instructor's answer key.
//!
//! Both files describe one decision and one evidence set. A *link* is a
//! ground and an exhibit that one of the ground's points cites. The key may
//! mark a citation `optional: true` (a link of the key is optional when
//! every citation making it is), give it a `weight` within its ground
//! (default 1) and a `comment` for the student, and give each ground a
//! `weight` (its share of the score, default 1, scaled to 100 points).
//!
//! **Matching the two files.** Grounds and evidence are matched by id; an
//! item whose id the other file lacks is matched by its title and type (a
//! ground by its quote) when exactly one item fits, and
//! the student is told so. An item the student added is graded as extra,
//! one the student deleted as missing. When no ground matches at all the
//! files are of different decisions: a [`Mismatch`].
//!
//! **The score.** Each ground earns its share times its credit less its
//! costs, never below nothing:
//!
//! - credit: the weights of the key's required links the student made (a
//!   link made only by points with no words of their own at half its
//!   weight) over the weight of all of them; a ground the key leaves
//!   unanswered earns full credit, and a ground whose key has optional
//!   links only earns it with any one of them (an optional link elsewhere
//!   counts as found and costs nothing, but earns nothing);
//! - costs: [`FAULTED_COST`] for each link to evidence not received or to
//!   an opinion dated before the decision (unless the key cites it there),
//!   [`EXTRA_COST`] for each other link the key does not make.
//!
//! So a blank ground costs its whole share, and neither removing a correct
//! link nor adding a faulted one ever raises the score.
//!
//! **The figures.** recall = required links matched / required links (1
//! when the key requires none); precision = matched / links made, `None`
//! when the student made no link.

use crate::check::{self, EvidenceGraph, Status};
use crate::diag::{Problem, ProblemKind};
use crate::model::{Case, Evidence, EvidenceStatus, Ground};
use crate::playbook::Playbook;
use crate::text::roman;
use serde::Serialize;

/// The share of a ground lost for each link to evidence not received or to
/// a stale opinion.
pub const FAULTED_COST: f64 = 0.25;
/// The share of a ground lost for each other link the key does not make.
pub const EXTRA_COST: f64 = 0.1;
/// A link made only by points with no words of their own earns this part
/// of its weight.
pub const UNARGUED_CREDIT: f64 = 0.5;

/// One ground-to-exhibit link, by the key's ids (an exhibit the student
/// added keeps the student's id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub ground: String,
    pub evidence: String,
}

/// Why a link the key does not make matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExtraKind {
    /// The exhibit is requested, not received: it cannot answer anything yet.
    NotReceived,
    /// Half of a swap of two exhibits between two grounds.
    Swap,
    /// The key cites the exhibit for another ground.
    OtherGround,
    /// An opinion dated before the decision, which the key cites nowhere.
    StaleOpinion,
    /// An exhibit the student added to the inventory.
    Added,
    /// The key cites the exhibit for no ground.
    Unlinked,
}

impl ExtraKind {
    pub fn is_faulted(self) -> bool {
        matches!(self, ExtraKind::NotReceived | ExtraKind::StaleOpinion)
    }

    pub fn as_str(self) -> &'static str {
        crate::base::variant_name(&self)
    }
}

/// A link the student made that the key does not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extra {
    pub evidence: String,
    pub title: String,
    pub why: ExtraKind,
    /// The grounds the key cites this exhibit for (ids).
    pub key_grounds: Vec<String>,
    /// Points of the ground's score it costs.
    pub cost: f64,
}

/// Two exhibits cited each for the other's ground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Swap {
    /// The key's grounds, in the key's order.
    pub grounds: [String; 2],
    /// The exhibit the key cites for the first ground, then for the second.
    pub evidence: [String; 2],
}

/// A point that says nothing of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Wordless {
    /// Its place among the ground's points, from 1.
    pub point: usize,
    /// Its text, on one line.
    pub text: String,
    /// `too-short`, `copies-the-decision` or `copies-a-title`.
    pub why: &'static str,
}

/// One ground's grade; evidence ids in the key's inventory order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroundGrade {
    pub ground: String,
    pub numeral: String,
    pub category: String,
    /// The ground's share of the 100 points.
    pub weight: f64,
    /// What the student earned of it.
    pub score: f64,
    /// The student wrote no point for this ground (or deleted it).
    pub blank: bool,
    pub key_status: Status,
    pub student_status: Option<Status>,
    pub status_differs: bool,
    pub matched: Vec<String>,
    pub missing: Vec<String>,
    pub extra: Vec<Extra>,
    /// Those of `matched` that the key marks optional.
    pub optional_matched: Vec<String>,
    /// Optional links of the key that the student did not make: no cost.
    pub optional_skipped: Vec<String>,
    /// Those of `matched` made only by points with no words of their own.
    pub unargued: Vec<String>,
    pub wordless: Vec<Wordless>,
    pub precision: Option<f64>,
    pub recall: f64,
}

/// The whole grade, as `rebut grade --format json` prints it (with `file`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    /// Out of 100, to one decimal.
    pub score: f64,
    pub recall: f64,
    pub precision: Option<f64>,
    pub matched: Vec<Link>,
    pub missing: Vec<Link>,
    pub extra: Vec<Link>,
    pub swaps: Vec<Swap>,
    pub grounds: Vec<GroundGrade>,
    /// What the student changed of the exercise (a quote, a status, a type).
    pub warnings: Vec<String>,
    /// How the answer's shape differs from the key's and how it was matched.
    pub shape: Vec<String>,
}

impl Grade {
    /// Required links of the key, matched or not.
    pub fn required(&self) -> usize {
        self.required_matched() + self.missing.len()
    }

    /// Required links of the key that the student made.
    pub fn required_matched(&self) -> usize {
        self.grounds
            .iter()
            .map(|g| g.matched.len() - g.optional_matched.len())
            .sum()
    }

    /// Links the student made.
    pub fn claimed(&self) -> usize {
        self.matched.len() + self.extra.len()
    }
}

/// The files share no ground: each located in the file that has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mismatch {
    pub in_key: Vec<Problem>,
    pub in_student: Vec<Problem>,
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// How the student's file lines up with the key.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// For each key ground, the student's ground.
    pub grounds: Vec<Option<usize>>,
    /// For each student evidence item, the key's.
    pub evidence: Vec<Option<usize>>,
    pub shape: Vec<String>,
}

/// The unique candidate `fits` picks among `free`, if exactly one fits.
fn only(free: &[usize], fits: impl Fn(usize) -> bool) -> Option<usize> {
    let mut found = free.iter().copied().filter(|&i| fits(i));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Lines up the student's grounds and evidence with the key's.
pub fn align(key: &Case, student: &Case, key_name: &str, student_name: &str) -> Result<Alignment, Mismatch> {
    let mut out = Alignment {
        grounds: vec![None; key.grounds.len()],
        evidence: vec![None; student.evidence.len()],
        shape: Vec::new(),
    };
    // Grounds: by id, then by quote.
    let mut free_student: Vec<usize> = Vec::new();
    for (s, g) in student.grounds.iter().enumerate() {
        match key.grounds.iter().position(|k| k.id == g.id) {
            Some(k) if out.grounds[k].is_none() => out.grounds[k] = Some(s),
            _ => free_student.push(s),
        }
    }
    let fits = |k: &Ground, s: &Ground| same_text(&k.quote, &s.quote);
    for k in 0..key.grounds.len() {
        if out.grounds[k].is_some() {
            continue;
        }
        let free_key: Vec<usize> = (0..key.grounds.len())
            .filter(|&k| out.grounds[k].is_none())
            .collect();
        let Some(s) = only(&free_student, |s| fits(&key.grounds[k], &student.grounds[s])) else {
            continue;
        };
        // Unambiguous both ways: no other free key ground fits it.
        if only(&free_key, |k2| fits(&key.grounds[k2], &student.grounds[s])) != Some(k) {
            continue;
        }
        out.grounds[k] = Some(s);
        free_student.retain(|&x| x != s);
        out.shape.push(format!(
            "Ground {} is matched to your ground {} by its quote.",
            roman(k + 1),
            student.grounds[s].id,
        ));
    }
    if out.grounds.iter().all(Option::is_none) {
        return Err(mismatch(key, student, key_name, student_name));
    }
    for (k, s) in out.grounds.iter().enumerate() {
        if s.is_none() {
            out.shape.push(format!(
                "Ground {} is not in your file: it counts as left blank.",
                roman(k + 1)
            ));
        }
    }
    for &s in &free_student {
        out.shape.push(format!(
            "Your file has a ground the decision does not state ({}); it is not graded.",
            student.grounds[s].id
        ));
    }

    // Evidence: by id, then by title and type.
    let mut taken = vec![false; key.evidence.len()];
    let mut free: Vec<usize> = Vec::new();
    for (s, e) in student.evidence.iter().enumerate() {
        match key.evidence.iter().position(|k| k.id == e.id) {
            Some(k) if !taken[k] => {
                out.evidence[s] = Some(k);
                taken[k] = true;
            }
            _ => free.push(s),
        }
    }
    let fits = |k: &Evidence, s: &Evidence| same_text(&k.title, &s.title) && k.kinds == s.kinds;
    for s in free {
        let free_key: Vec<usize> = (0..key.evidence.len()).filter(|&k| !taken[k]).collect();
        let e = &student.evidence[s];
        match only(&free_key, |k| fits(&key.evidence[k], e)) {
            Some(k) => {
                out.evidence[s] = Some(k);
                taken[k] = true;
                out.shape.push(format!(
                    "Your \"{}\" is graded as the exercise's document of that title and type (its id is {} in the exercise, {} in your file).",
                    e.title, key.evidence[k].id, e.id
                ));
            }
            None => out.shape.push(format!(
                "You added \"{}\" to the evidence; it is not in the exercise's record, so a link to it counts as extra.",
                e.title
            )),
        }
    }
    for (k, e) in key.evidence.iter().enumerate() {
        if !taken[k] {
            out.shape.push(format!(
                "\"{}\" is missing from your evidence; the key's links to it count as missed.",
                e.title
            ));
        }
    }
    Ok(out)
}

fn mismatch(key: &Case, student: &Case, key_name: &str, student_name: &str) -> Mismatch {
    let help = "grade an answer to the same decision: no ground of the two files matches by id or quote";
    let problems = |case: &Case, other: &str, kind: ProblemKind, what: &str| -> Vec<Problem> {
        case.grounds
            .iter()
            .map(|g| {
                Problem::at(kind, g.loc, format!("{what} ground `{}` is not in {other}", g.id)).help(help)
            })
            .collect()
    };
    Mismatch {
        in_key: problems(key, student_name, ProblemKind::MissingKey, "the key's"),
        in_student: problems(
            student,
            &format!("the key ({key_name})"),
            ProblemKind::UnknownId,
            "the",
        ),
    }
}

/// A link of the key: the exhibit, whether it is optional, its weight and
/// the instructor's comment.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyLink {
    pub evidence: usize,
    pub optional: bool,
    pub weight: u32,
    pub comment: Option<String>,
}

/// The key's links for ground `g`, in the key's inventory order.
pub fn key_links(key: &Case, g: usize) -> Vec<KeyLink> {
    let mut links: Vec<KeyLink> = Vec::new();
    for c in key.grounds[g].points.iter().flat_map(|p| &p.citations) {
        let Some(i) = key.evidence.iter().position(|e| e.id == c.evidence) else {
            continue;
        };
        let comment = c.comment().map(str::trim).filter(|t| !t.is_empty());
        match links.iter_mut().find(|l| l.evidence == i) {
            Some(l) => {
                l.optional &= c.optional();
                l.weight = l.weight.max(c.weight().unwrap_or(1));
                if l.comment.is_none() {
                    l.comment = comment.map(str::to_owned);
                }
            }
            None => links.push(KeyLink {
                evidence: i,
                optional: c.optional(),
                weight: c.weight().unwrap_or(1),
                comment: comment.map(str::to_owned),
            }),
        }
    }
    links.sort_by_key(|l| l.evidence);
    links
}

/// Where a student's link points: an item of the key, or one the student added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    Key(usize),
    Added(usize),
}

/// Whether a point says nothing of its own, and why.
pub fn wordless(point: &str, quote: &str, titles: &[&str]) -> Option<&'static str> {
    let own = words(point);
    if own.len() < 4 {
        return Some("too-short");
    }
    let within = |source: &[String]| own.iter().filter(|w| source.contains(w)).count() * 10 >= own.len() * 9;
    if within(&words(quote)) {
        return Some("copies-the-decision");
    }
    let titles: Vec<String> = titles.iter().flat_map(|t| words(t)).collect();
    if within(&titles) {
        return Some("copies-a-title");
    }
    None
}

fn statuses(case: &Case) -> Vec<Status> {
    let graph = EvidenceGraph::build(case);
    (0..case.grounds.len())
        .map(|g| check::status(case, g, &graph.ground_evidence(g)))
        .collect()
}

/// The student's links for ground `s`: where each points and whether any
/// point making it has words of its own; and the wordless points.
fn student_links(student: &Case, s: usize, align: &Alignment) -> (Vec<(Target, bool)>, Vec<Wordless>) {
    let ground = &student.grounds[s];
    let mut links: Vec<(Target, bool)> = Vec::new();
    let mut flagged = Vec::new();
    for (p, point) in ground.points.iter().enumerate() {
        let cited: Vec<usize> = point
            .citations
            .iter()
            .filter_map(|c| student.evidence.iter().position(|e| e.id == c.evidence))
            .collect();
        let titles: Vec<&str> = cited
            .iter()
            .map(|&i| student.evidence[i].title.as_str())
            .collect();
        let why = wordless(&point.text, &ground.quote, &titles);
        if let Some(why) = why {
            flagged.push(Wordless {
                point: p + 1,
                text: point.text.split_whitespace().collect::<Vec<_>>().join(" "),
                why,
            });
        }
        for i in cited {
            let target = align.evidence[i].map_or(Target::Added(i), Target::Key);
            match links.iter_mut().find(|(t, _)| *t == target) {
                Some(link) => link.1 |= why.is_none(),
                None => links.push((target, why.is_none())),
            }
        }
    }
    links.sort_by_key(|(t, _)| *t);
    (links, flagged)
}

/// Whether the key's item `i` is an opinion dated before the decision.
fn stale(key: &Case, i: usize, playbook: &Playbook) -> bool {
    let e = &key.evidence[i];
    playbook.is_opinion_any(&e.kinds)
        && e.date
            .as_ref()
            .is_some_and(|d| d.value < key.info.decision.date.value)
}

/// Grades `student` against `key`, lined up by [`align`].
pub fn grade(key: &Case, student: &Case, align: &Alignment, playbook: &Playbook) -> Grade {
    let key_statuses = statuses(key);
    let student_statuses = statuses(student);
    let all_key_links: Vec<Vec<KeyLink>> = (0..key.grounds.len()).map(|g| key_links(key, g)).collect();
    let total_weight: u64 = key.grounds.iter().map(|g| u64::from(g.weight.unwrap_or(1))).sum();

    let mut grade = Grade {
        score: 0.0,
        recall: 1.0,
        precision: None,
        matched: Vec::new(),
        missing: Vec::new(),
        extra: Vec::new(),
        swaps: Vec::new(),
        grounds: Vec::new(),
        warnings: tampering(key, student, align),
        shape: align.shape.clone(),
    };
    // Extras as (ground, target, student's point has words), before classifying.
    let mut raw_extras: Vec<Vec<(Target, bool)>> = Vec::new();
    for (g, ground) in key.grounds.iter().enumerate() {
        let s = align.grounds[g];
        let (theirs, wordless) = s.map_or_else(Default::default, |s| student_links(student, s, align));
        let ours = &all_key_links[g];
        let share = 100.0 * f64::from(ground.weight.unwrap_or(1)) / total_weight.max(1) as f64;
        let mut result = GroundGrade {
            ground: ground.id.clone(),
            numeral: roman(g + 1),
            category: ground.category.clone(),
            weight: share,
            score: 0.0,
            blank: s.is_none_or(|s| student.grounds[s].points.is_empty()),
            key_status: key_statuses[g],
            student_status: s.map(|s| student_statuses[s]),
            status_differs: s.is_none_or(|s| student_statuses[s] != key_statuses[g]),
            matched: Vec::new(),
            missing: Vec::new(),
            extra: Vec::new(),
            optional_matched: Vec::new(),
            optional_skipped: Vec::new(),
            unargued: Vec::new(),
            wordless,
            precision: None,
            recall: 1.0,
        };
        for link in ours {
            let id = key.evidence[link.evidence].id.clone();
            match theirs.iter().find(|(t, _)| *t == Target::Key(link.evidence)) {
                Some((_, argued)) => {
                    if link.optional {
                        result.optional_matched.push(id.clone());
                    }
                    if !argued {
                        result.unargued.push(id.clone());
                    }
                    result.matched.push(id);
                }
                None if link.optional => result.optional_skipped.push(id),
                None => result.missing.push(id),
            }
        }
        raw_extras.push(
            theirs
                .iter()
                .copied()
                .filter(|(t, _)| !matches!(t, Target::Key(i) if ours.iter().any(|l| l.evidence == *i)))
                .collect(),
        );
        grade.grounds.push(result);
    }

    grade.swaps = swaps(key, &grade.grounds, &raw_extras);
    for (g, extras) in raw_extras.iter().enumerate() {
        for &(target, _) in extras {
            let extra = classify(key, student, &all_key_links, &grade.swaps, (g, target), playbook);
            grade.grounds[g].extra.push(extra);
        }
    }

    let mut total = 0.0;
    for (g, result) in grade.grounds.iter_mut().enumerate() {
        total += score_ground(result, &all_key_links[g], key);
        let link = |id: &String| Link {
            ground: result.ground.clone(),
            evidence: id.clone(),
        };
        grade.matched.extend(result.matched.iter().map(link));
        grade.missing.extend(result.missing.iter().map(link));
        grade.extra.extend(result.extra.iter().map(|x| link(&x.evidence)));
    }
    grade.score = round1(total).min(100.0);
    grade.recall = ratio(grade.required_matched(), grade.required());
    let claimed = grade.claimed();
    grade.precision = (claimed > 0).then(|| ratio(grade.matched.len(), claimed));
    grade
}

/// Why a link the key does not make, from ground `g` to `target`, matters.
fn classify(
    key: &Case,
    student: &Case,
    key_links: &[Vec<KeyLink>],
    swaps: &[Swap],
    (g, target): (usize, Target),
    playbook: &Playbook,
) -> Extra {
    let i = match target {
        Target::Added(i) => {
            let e = &student.evidence[i];
            return Extra {
                evidence: e.id.clone(),
                title: e.title.clone(),
                why: if e.is_received() {
                    ExtraKind::Added
                } else {
                    ExtraKind::NotReceived
                },
                key_grounds: Vec::new(),
                cost: 0.0,
            };
        }
        Target::Key(i) => i,
    };
    let e = &key.evidence[i];
    let in_swap = swaps.iter().any(|sw| {
        (sw.grounds[0] == key.grounds[g].id && sw.evidence[1] == e.id)
            || (sw.grounds[1] == key.grounds[g].id && sw.evidence[0] == e.id)
    });
    let key_grounds: Vec<String> = (0..key.grounds.len())
        .filter(|&h| key_links[h].iter().any(|l| l.evidence == i))
        .map(|h| key.grounds[h].id.clone())
        .collect();
    let why = if !e.is_received() {
        ExtraKind::NotReceived
    } else if in_swap {
        ExtraKind::Swap
    } else if !key_grounds.is_empty() {
        ExtraKind::OtherGround
    } else if stale(key, i, playbook) {
        ExtraKind::StaleOpinion
    } else {
        ExtraKind::Unlinked
    };
    Extra {
        evidence: e.id.clone(),
        title: e.title.clone(),
        why,
        key_grounds,
        cost: 0.0,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The ground's credit and costs, its score and figures; the score unrounded.
fn score_ground(result: &mut GroundGrade, ours: &[KeyLink], key: &Case) -> f64 {
    let weight_of = |id: &String| {
        ours.iter()
            .find(|l| key.evidence[l.evidence].id == *id)
            .map_or(1, |l| l.weight)
    };
    let required: u32 = ours.iter().filter(|l| !l.optional).map(|l| l.weight).sum();
    // Optional links earn credit only where the key requires nothing.
    let counted = |id: &&String| required == 0 || !result.optional_matched.contains(id);
    let earned: f64 = result
        .matched
        .iter()
        .filter(counted)
        .map(|id| {
            let w = f64::from(weight_of(id));
            if result.unargued.contains(id) {
                w * UNARGUED_CREDIT
            } else {
                w
            }
        })
        .sum();
    let credit = if ours.is_empty() {
        1.0
    } else {
        let whole = if required > 0 {
            required
        } else {
            ours.iter().map(|l| l.weight).max().unwrap_or(1)
        };
        (earned / f64::from(whole)).min(1.0)
    };
    for extra in &mut result.extra {
        let cost = if extra.why.is_faulted() {
            FAULTED_COST
        } else {
            EXTRA_COST
        };
        extra.cost = round1(cost * result.weight);
    }
    let costs: f64 = result
        .extra
        .iter()
        .map(|x| {
            if x.why.is_faulted() {
                FAULTED_COST
            } else {
                EXTRA_COST
            }
        })
        .sum();
    let score = result.weight * (credit - costs).max(0.0);
    result.score = round1(score);
    result.weight = round1(result.weight);
    let required_links = ours.iter().filter(|l| !l.optional).count();
    result.recall = ratio(
        result.matched.len() - result.optional_matched.len(),
        required_links,
    );
    let claimed = result.matched.len() + result.extra.len();
    result.precision = (claimed > 0).then(|| ratio(result.matched.len(), claimed));
    score
}

/// Pairs of missed and extra links that are one swap: the student cited
/// for ground A what the key cites for B, and for B what it cites for A.
fn swaps(key: &Case, grounds: &[GroundGrade], extras: &[Vec<(Target, bool)>]) -> Vec<Swap> {
    let has_extra = |g: usize, i: usize| extras[g].iter().any(|(t, _)| *t == Target::Key(i));
    let index = |id: &str| key.evidence.iter().position(|e| e.id == id);
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut found = Vec::new();
    for a in 0..grounds.len() {
        for b in a + 1..grounds.len() {
            let missed_a: Vec<usize> = grounds[a].missing.iter().filter_map(|id| index(id)).collect();
            let missed_b: Vec<usize> = grounds[b].missing.iter().filter_map(|id| index(id)).collect();
            for &x in &missed_a {
                for &y in &missed_b {
                    if x == y || used.contains(&(a, x)) || used.contains(&(b, y)) {
                        continue;
                    }
                    if has_extra(a, y)
                        && has_extra(b, x)
                        && key.evidence[x].is_received()
                        && key.evidence[y].is_received()
                    {
                        used.push((a, x));
                        used.push((b, y));
                        found.push(Swap {
                            grounds: [key.grounds[a].id.clone(), key.grounds[b].id.clone()],
                            evidence: [key.evidence[x].id.clone(), key.evidence[y].id.clone()],
                        });
                    }
                }
            }
        }
    }
    found
}

/// What the student changed of the exercise: the decision's words, a
/// ground's category, an exhibit's status or type.
fn tampering(key: &Case, student: &Case, align: &Alignment) -> Vec<String> {
    let mut out = Vec::new();
    for (k, s) in align.grounds.iter().enumerate() {
        let Some(s) = *s else { continue };
        let (ours, theirs) = (&key.grounds[k], &student.grounds[s]);
        if !same_text(&ours.quote, &theirs.quote) {
            out.push(format!(
                "You changed the decision's words for Ground {}: answer the decision as it stands, quoted word for word.",
                roman(k + 1)
            ));
        }
        if ours.category != theirs.category {
            out.push(format!(
                "You changed the kind of concern Ground {} states: the decision's ground stays what it is.",
                roman(k + 1)
            ));
        }
    }
    for (s, k) in align.evidence.iter().enumerate() {
        let Some(k) = *k else { continue };
        let (ours, theirs) = (&key.evidence[k], &student.evidence[s]);
        if ours.status != theirs.status {
            let word = |st: EvidenceStatus| match st {
                EvidenceStatus::Received => "received",
                EvidenceStatus::Requested => "requested, not received",
            };
            out.push(format!(
                "You marked \"{}\" as {}; the exercise has it {}: a document's status is a fact of the record, not part of the answer.",
                ours.title,
                word(theirs.status),
                word(ours.status)
            ));
        }
        if ours.kinds != theirs.kinds {
            out.push(format!(
                "You changed the type of \"{}\": the record's documents stay what they are.",
                ours.title
            ));
        }
    }
    out
}

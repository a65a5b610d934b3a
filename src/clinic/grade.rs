//! `rebut grade`: a student's evidence map compared with an instructor's key.
//!
//! Both files describe one decision and one evidence set, with the same
//! ground and evidence ids. A link is a ground and an exhibit that one of the
//! ground's points cites. The key may mark a citation `optional: true`; a
//! link of the key is optional when every citation making it is.
//!
//! - `matched`: links both maps make, optional ones included;
//! - `missing`: required links of the key that the student did not make;
//! - `extra`: links the student made that the key does not;
//! - precision = matched / (matched + extra), 1 when the student made no link
//!   (nothing claimed, nothing wrong);
//! - recall = required links matched / required links, 1 when the key
//!   requires none (nothing to find, nothing missed). An optional link left
//!   out is neither missing nor counted in recall.

use crate::check::{self, EvidenceGraph, Status};
use crate::diag::{Problem, ProblemKind};
use crate::model::{Case, Loc};
use serde::Serialize;

/// One ground-to-exhibit link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub ground: String,
    pub evidence: String,
}

/// The comparison for one ground; evidence ids in the key's inventory order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroundGrade {
    pub ground: String,
    pub category: String,
    pub key_status: Status,
    pub student_status: Status,
    pub status_differs: bool,
    pub matched: Vec<String>,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    /// Those of `matched` that the key marks optional.
    pub optional_matched: Vec<String>,
    /// Optional links of the key that the student did not make: no cost.
    pub optional_skipped: Vec<String>,
    pub precision: f64,
    pub recall: f64,
}

/// The whole comparison, serialised as `rebut grade --format json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Grade {
    pub matched: Vec<Link>,
    pub missing: Vec<Link>,
    pub extra: Vec<Link>,
    pub grounds: Vec<GroundGrade>,
    pub precision: f64,
    pub recall: f64,
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
            .map(|g| g.matched.len())
            .sum::<usize>()
            .saturating_sub(self.optional_matched())
    }

    fn optional_matched(&self) -> usize {
        self.grounds.iter().map(|g| g.optional_matched.len()).sum()
    }
}

/// The ids the two files do not share, each located in the file that has it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mismatch {
    pub in_key: Vec<Problem>,
    pub in_student: Vec<Problem>,
}

/// precision = matched / claimed, 1 when nothing is claimed.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Checks that both files have the same grounds and evidence, by id.
pub fn same_ids(key: &Case, student: &Case, key_name: &str, student_name: &str) -> Result<(), Mismatch> {
    let mut mismatch = Mismatch::default();
    let help =
        "grade a map of the same decision: both files need the same grounds and evidence, with the same ids";
    let items = |case: &Case| -> Vec<(&'static str, String, Loc)> {
        case.grounds
            .iter()
            .map(|g| ("ground", g.id.clone(), g.loc))
            .chain(case.evidence.iter().map(|e| ("evidence", e.id.clone(), e.loc)))
            .collect()
    };
    let (in_key, in_student) = (items(key), items(student));
    let has = |list: &[(&str, String, Loc)], what: &str, id: &str| {
        list.iter().any(|(w, i, _)| *w == what && i == id)
    };
    for (what, id, loc) in &in_student {
        if !has(&in_key, what, id) {
            mismatch.in_student.push(
                Problem::at(
                    ProblemKind::UnknownId,
                    *loc,
                    format!("{what} `{id}` is not in the key ({key_name})"),
                )
                .help(help),
            );
        }
    }
    for (what, id, loc) in &in_key {
        if !has(&in_student, what, id) {
            mismatch.in_key.push(
                Problem::at(
                    ProblemKind::MissingKey,
                    *loc,
                    format!("the key's {what} `{id}` is not in {student_name}"),
                )
                .help(help),
            );
        }
    }
    if mismatch.in_key.is_empty() && mismatch.in_student.is_empty() {
        Ok(())
    } else {
        Err(mismatch)
    }
}

/// The exhibits each ground of a case cites, as (evidence id, optional)
/// where optional means every citation making the link says so.
fn links(case: &Case) -> Vec<Vec<(String, bool)>> {
    case.grounds
        .iter()
        .map(|ground| {
            let mut cited: Vec<(String, bool)> = Vec::new();
            for c in ground.points.iter().flat_map(|p| &p.citations) {
                match cited.iter_mut().find(|(id, _)| *id == c.evidence) {
                    Some(link) => link.1 &= c.optional,
                    None => cited.push((c.evidence.clone(), c.optional)),
                }
            }
            cited
        })
        .collect()
}

fn statuses(case: &Case) -> Vec<Status> {
    let graph = EvidenceGraph::build(case);
    (0..case.grounds.len())
        .map(|g| check::status(case, g, &graph.ground_evidence(g)))
        .collect()
}

/// Grades `student` against `key`; both must have passed [`same_ids`].
pub fn grade(key: &Case, student: &Case) -> Grade {
    let key_links = links(key);
    let student_links = links(student);
    let key_statuses = statuses(key);
    let student_statuses = statuses(student);
    let order = |id: &str| key.evidence.iter().position(|e| e.id == id).unwrap_or(usize::MAX);

    let mut grade = Grade {
        matched: Vec::new(),
        missing: Vec::new(),
        extra: Vec::new(),
        grounds: Vec::new(),
        precision: 1.0,
        recall: 1.0,
    };
    for (g, ground) in key.grounds.iter().enumerate() {
        let s = student
            .grounds
            .iter()
            .position(|sg| sg.id == ground.id)
            .expect("same ids were checked");
        let theirs: Vec<&str> = student_links[s].iter().map(|(id, _)| id.as_str()).collect();
        let mut ours = key_links[g].clone();
        ours.sort_by_key(|(id, _)| order(id));
        let mut extra: Vec<&str> = theirs
            .iter()
            .copied()
            .filter(|id| !ours.iter().any(|(k, _)| k == id))
            .collect();
        extra.sort_by_key(|id| order(id));

        let mut result = GroundGrade {
            ground: ground.id.clone(),
            category: ground.category.clone(),
            key_status: key_statuses[g],
            student_status: student_statuses[s],
            status_differs: key_statuses[g] != student_statuses[s],
            matched: Vec::new(),
            missing: Vec::new(),
            extra: extra.iter().map(|id| (*id).to_owned()).collect(),
            optional_matched: Vec::new(),
            optional_skipped: Vec::new(),
            precision: 1.0,
            recall: 1.0,
        };
        let mut required = 0;
        for (id, optional) in &ours {
            let made = theirs.contains(&id.as_str());
            required += usize::from(!optional);
            match (made, optional) {
                (true, _) => {
                    result.matched.push(id.clone());
                    if *optional {
                        result.optional_matched.push(id.clone());
                    }
                }
                (false, false) => result.missing.push(id.clone()),
                (false, true) => result.optional_skipped.push(id.clone()),
            }
        }
        result.precision = ratio(result.matched.len(), result.matched.len() + result.extra.len());
        result.recall = ratio(result.matched.len() - result.optional_matched.len(), required);

        let link = |id: &String| Link {
            ground: ground.id.clone(),
            evidence: id.clone(),
        };
        grade.matched.extend(result.matched.iter().map(link));
        grade.missing.extend(result.missing.iter().map(link));
        grade.extra.extend(result.extra.iter().map(link));
        grade.grounds.push(result);
    }
    let matched = grade.matched.len();
    grade.precision = ratio(matched, matched + grade.extra.len());
    grade.recall = ratio(grade.required_matched(), grade.required());
    grade
}

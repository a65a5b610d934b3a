//! `rebut exercise`: a finished case made into a clinic exercise, as two
//! files: the student's (the decision's grounds and quotes and the
//! evidence inventory, with no point, no link and no internal note, marked
//! `exercise: true`) and the instructor's answer key (the case's links and
//! points as model answers, each ground and link with its weight, and room
//! for a comment on each link).

use super::emit::case_to_yaml;
use crate::model::Case;

/// The two files, as text.
#[derive(Debug, Clone)]
pub struct Exercise {
    pub student: String,
    pub key: String,
    /// The student's file as a case, for checking it reads back.
    pub student_case: Case,
    /// Grounds the case leaves unanswered (ids): the key expects nothing there.
    pub unanswered: Vec<String>,
}

/// Makes the exercise and its key from `case`.
pub fn make(case: &Case) -> Exercise {
    let mut student = case.clone();
    student.info.exercise = true;
    for ground in &mut student.grounds {
        ground.points.clear();
        ground.weight = None;
    }
    for item in &mut student.evidence {
        item.notes = None;
    }

    let mut key = case.clone();
    key.info.exercise = false;
    for ground in &mut key.grounds {
        ground.weight.get_or_insert(1);
        for citation in ground.points.iter_mut().flat_map(|p| &mut p.citations) {
            let grading = citation.grading_mut();
            grading.weight.get_or_insert(1);
            grading.comment.get_or_insert_with(String::new);
        }
    }
    let unanswered = case
        .grounds
        .iter()
        .filter(|g| g.points.is_empty())
        .map(|g| g.id.clone())
        .collect();

    Exercise {
        student: format!("{}{}", student_header(case), case_to_yaml(&student)),
        key: format!("{KEY_HEADER}{}", case_to_yaml(&key)),
        student_case: student,
        unanswered,
    }
}

fn student_header(case: &Case) -> String {
    let grounds = case.grounds.len();
    let items = case.evidence.len();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("one {one}")
        } else {
            format!("{n} {many}")
        }
    };
    format!(
        "# Clinic exercise: answer the decision below, ground by ground.\n\
#\n\
# The decision states {} and the record holds {}. Nothing is linked yet.\n\
# Under each ground, add `responses:`: one point per argument, in your own\n\
# words, each citing the exhibits that prove it, for example\n\
#\n\
#     responses:\n\
#       - point: |\n\
#           What the exhibit shows, and why it answers the ground.\n\
#         evidence: [E1]\n\
#\n\
# Cite an exhibit wherever it answers a ground; one exhibit may answer\n\
# several, and not every exhibit answers one. Weigh what the decision says\n\
# about the record: an opinion it already rejected, or a document that has\n\
# not arrived, does not answer a ground. Leave the grounds, their quotes and\n\
# the evidence inventory as they are. `rebut check` on this file shows each\n\
# ground's status as you go; `rebut render --memo gaps` shows the gap report.\n\
# Your instructor grades your answer with `rebut grade`.\n",
        plural(grounds, "ground", "grounds"),
        plural(items, "document", "documents")
    )
}

const KEY_HEADER: &str = "\
# Answer key for a clinic exercise made with `rebut exercise`: keep it apart
# from the students' file.
#
# Each point is a model answer, shown to the student beside their own. Each
# ground has a `weight` (its share of the score; the shares are scaled to 100
# points) and each citation a `weight` within its ground, an `optional` flag
# (true: defensible, earns credit, costs nothing when left out) and a
# `comment` shown to the student on that link (write it, or leave it empty).
# Grade the class with
#
#   rebut grade --answers THIS-FILE answers/
#
";

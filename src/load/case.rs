//! The case file read into the model ([`super::de`]), then checked as a
//! whole: the format line, unique ids, references that resolve, names the
//! playbook knows, pinpoints inside their exhibits.

use super::de;
use crate::diag::{Problem, ProblemKind};
use crate::model::read::FALLBACK;
use crate::model::*;
use crate::playbook::Playbook;
use crate::yaml::{Node, Reader, Value, unknown_name};
use std::collections::{HashMap, HashSet};

/// `items`: the items of the case's lists, where they were read as the file
/// was parsed (the tree then holds those lists empty).
pub fn convert(
    mut root: Node<'_>,
    text: &str,
    playbook: &Playbook,
    reader: &mut Reader,
    items: Option<de::ListItems>,
) -> Option<Case> {
    if let Value::Null = root.value {
        reader.push(
            Problem::at(ProblemKind::MissingKey, root.loc, "the file is empty").help(
                "a case file starts with `rebut: 1`, then `case:` and `grounds:`; `rebut init` writes one",
            ),
        );
        return None;
    }
    let mut grounds_loc = None;
    if let Value::Map(map) = &mut root.value {
        let mut entries = std::mem::take(map).into_vec();
        format_line(root.loc, &mut entries, reader);
        grounds_loc = entries.iter().find_map(|(k, v)| {
            (matches!(&k.value, Value::Str(k) if k == "grounds") && !matches!(v.value, Value::Null))
                .then_some(v.loc)
        });
        *map = entries.into_boxed_slice();
    }
    let read = de::read_case(root, text, reader).and_then(|mut case| {
        if let Some(items) = items {
            if let Some(e) = items.error {
                return Err(e);
            }
            case.grounds = items.grounds;
            case.evidence = items.evidence;
            case.timeline = items.timeline;
        }
        Ok(case)
    });
    let mut case = match read {
        Ok(case) => case,
        Err(e) => {
            reader.push(Problem::new(
                ProblemKind::Syntax,
                None,
                format!("the file could not be read as a case: {e}"),
            ));
            return None;
        }
    };
    if let Some(loc) = grounds_loc
        && case.grounds.is_empty()
        && reader
            .problems
            .iter()
            .all(|p| p.loc.is_none_or(|l| l.line < loc.line))
    {
        reader.push(
            Problem::at(
                ProblemKind::MissingKey,
                loc,
                "`grounds` needs at least one ground",
            )
            .help("add each ground the decision states, with its `id`, `category` and `quote`"),
        );
    }
    // serde grows a long list by doubling; the case keeps the lists it
    // read for as long as it is used, so they are held at their length.
    case.grounds.shrink_to_fit();
    case.evidence.shrink_to_fit();
    case.timeline.shrink_to_fit();
    first_kinds(&mut case, reader);
    check_names(&case, playbook, reader);
    check_kind(&case.info, playbook, reader);
    check_references(&case, &Ids::of(&case), reader);
    // In the file's order, as the lists read while parsing were not.
    reader.cut.sort_by_key(|c| (c.loc.line, c.loc.column));
    case.cut_text = std::mem::take(&mut reader.cut);
    Some(case)
}

/// `rebut: 1`, the file's format, taken out of the top map: it is the
/// file's, not the model's.
fn format_line(loc: Loc, entries: &mut Vec<(Node<'_>, Node<'_>)>, reader: &mut Reader) {
    let at = entries
        .iter()
        .position(|(k, _)| matches!(&k.value, Value::Str(k) if k == "rebut"));
    let value = at.map(|i| entries.remove(i).1);
    match value {
        Some(Node {
            value: Value::Int(n), ..
        }) if n.get() == 1 => {}
        Some(Node {
            value: Value::Null, ..
        })
        | None => {
            let message = if value.is_some() {
                format!("`rebut` of `{}` is empty, but it is required", de::ROOT)
            } else {
                format!("`{}` is missing the required key `rebut`", de::ROOT)
            };
            reader.push(Problem::at(ProblemKind::MissingKey, loc, message).help("add `rebut:` with a value"));
        }
        Some(node) => reader.push(
            Problem::at(
                ProblemKind::InvalidValue,
                node.loc,
                "this version of rebut reads case files of format 1",
            )
            .help("write `rebut: 1`"),
        ),
    }
}

/// Read with a problem: the stand-in the reader put there.
fn unread(text: &str) -> bool {
    text == FALLBACK
}

/// Every id the file declares, including those of items that have other
/// problems, so that one broken exhibit does not make each citation of it
/// look dangling.
struct Ids<'a> {
    grounds: Vec<(&'a str, Loc)>,
    evidence: Vec<(&'a str, Loc)>,
    /// Page counts of the exhibits, where readable.
    pages: HashMap<&'a str, u32>,
}

impl<'a> Ids<'a> {
    fn of(case: &'a Case) -> Self {
        let grounds = case
            .grounds
            .iter()
            .filter(|g| !unread(&g.id))
            .map(|g| (g.id.as_str(), g.loc))
            .collect();
        let evidence: Vec<(&str, Loc)> = case
            .evidence
            .iter()
            .filter(|e| !unread(&e.id))
            .map(|e| (e.id.as_str(), e.loc))
            .collect();
        let pages = case
            .evidence
            .iter()
            .filter(|e| !unread(&e.id) && e.pages > 0)
            .map(|e| (e.id.as_str(), e.pages))
            .collect();
        Ids {
            grounds,
            evidence,
            pages,
        }
    }
}

/// Categories and evidence types are the playbook's.
fn check_names(case: &Case, playbook: &Playbook, reader: &mut Reader) {
    for ground in case.grounds.iter().filter(|g| !unread(&g.category)) {
        if !playbook.has_category(&ground.category) {
            reader.push(unknown_name(
                ProblemKind::UnknownCategory,
                ground.category_loc,
                "category",
                &ground.category,
                playbook.category_ids(),
            ));
        }
    }
    for item in &case.evidence {
        for kind in item.kinds.iter().filter(|k| !unread(k)) {
            if !playbook.has_evidence_type(kind) {
                reader.push(unknown_name(
                    ProblemKind::UnknownEvidenceType,
                    item.kind_loc,
                    "evidence type",
                    kind,
                    playbook.evidence_type_ids(),
                ));
            }
        }
        for fact in item.shows.iter().filter(|f| !unread(&f.value)) {
            if playbook.fact(&fact.value).is_none() {
                reader.push(unknown_name(
                    ProblemKind::UnknownId,
                    fact.loc,
                    "fact",
                    &fact.value,
                    playbook.facts.iter().map(|f| f.id.as_str()),
                ));
            }
        }
    }
}

/// `type` is one evidence type or a list of them: repeats are dropped, an
/// empty list is a problem, and the first names the exhibit in the index.
fn first_kinds(case: &mut Case, reader: &mut Reader) {
    for item in &mut case.evidence {
        let mut kinds: Vec<String> = Vec::with_capacity(item.kinds.len());
        for kind in item.kinds.drain(..) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        if kinds.is_empty() {
            reader.push(Problem::at(
                ProblemKind::InvalidValue,
                item.kind_loc,
                "`type` is an empty list; name at least one evidence type",
            ));
            kinds.push(FALLBACK.to_owned());
        }
        item.kinds = kinds;
    }
}

/// A case may name its playbook; it must be the one in force.
fn check_kind(info: &CaseInfo, playbook: &Playbook, reader: &mut Reader) {
    if let (Some(kind), Some(loc)) = (&info.kind, info.kind_loc)
        && !unread(kind)
        && kind != &playbook.id
    {
        reader.push(
            Problem::at(
                ProblemKind::InvalidValue,
                loc,
                format!(
                    "this case is of kind `{kind}`, but the playbook in force is `{}`",
                    playbook.id
                ),
            )
            .help(format!(
                "pass `--playbook FILE` with a playbook whose id is `{kind}`, or remove `kind` to use `{}`",
                playbook.id
            )),
        );
    }
}

/// How many id comparisons one file may spend looking for "did you mean"
/// suggestions for unknown evidence ids.
const SUGGESTION_COMPARISONS: usize = 2_000_000;

/// Checks that need the whole file: unique ids, references that resolve,
/// pinpoints inside their exhibits.
fn check_references(case: &Case, ids: &Ids, reader: &mut Reader) {
    let mut seen: HashMap<&str, Loc> = HashMap::with_capacity(ids.grounds.len() + ids.evidence.len());
    for &(id, ref loc) in ids.grounds.iter().chain(&ids.evidence) {
        if let Some(&first) = seen.get(id) {
            reader.push(
                Problem::at(
                    ProblemKind::DuplicateId,
                    *loc,
                    format!("the id `{id}` is used twice"),
                )
                .label(format!("first used at line {}", first.line))
                .help("ids must be unique across the whole file; rename one of them"),
            );
        } else {
            seen.insert(id, *loc);
        }
    }

    let declared: HashMap<&str, ()> = ids.evidence.iter().map(|&(id, _)| (id, ())).collect();
    let ground_ids: HashSet<&str> = ids.grounds.iter().map(|&(id, _)| id).collect();
    let mut suggestions_left = SUGGESTION_COMPARISONS;
    let mut unknown_evidence = |reader: &mut Reader, id: &str, loc: Loc| {
        // A short list costs nothing to search; a long one only while the
        // file's allowance lasts, so that a typo repeated in every citation
        // of a large case does not compare every pair.
        let searched = if ids.evidence.len() <= 20 || suggestions_left >= ids.evidence.len() {
            suggestions_left = suggestions_left.saturating_sub(ids.evidence.len());
            ids.evidence.len()
        } else {
            0
        };
        let mut problem = unknown_name(
            ProblemKind::UnknownId,
            loc,
            "evidence id",
            id,
            ids.evidence.iter().take(searched).map(|&(e, _)| e),
        );
        problem = if ground_ids.contains(id) {
            problem.help(format!("`{id}` is a ground; cite evidence ids here"))
        } else {
            problem.help("add the item to `evidence:` or correct the id")
        };
        reader.push(problem);
    };
    // Points and citations that could not be read are left out, as they
    // would be had the reader stopped at them.
    let citations = case
        .grounds
        .iter()
        .flat_map(|g| &g.points)
        .filter(|p| !unread(&p.text))
        .flat_map(|p| &p.citations)
        .filter(|c| !unread(&c.evidence));
    for citation in citations {
        if !declared.contains_key(citation.evidence.as_str()) {
            unknown_evidence(reader, &citation.evidence, citation.loc);
            continue;
        }
        if let (Some(pin), Some(&pages)) = (&citation.pages, ids.pages.get(citation.evidence.as_str()))
            && pin.last_page() > pages
        {
            let id = &citation.evidence;
            reader.push(
                Problem::at(
                    ProblemKind::PinpointOutOfRange,
                    pin.loc.unwrap_or(citation.loc),
                    format!(
                        "pages {pin} are outside `{id}`, which has {pages} page{}",
                        if pages == 1 { "" } else { "s" }
                    ),
                )
                .help(format!(
                    "correct the pinpoint, or set `pages:` on `{id}` to its real page count"
                )),
            );
        }
    }
    let timeline = case
        .timeline
        .iter()
        .filter(|t| !unread(&t.event) && t.date.loc.line > 0);
    for id in timeline.flat_map(|t| &t.evidence) {
        if !declared.contains_key(id.value.as_str()) {
            unknown_evidence(reader, &id.value, id.loc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinpoints_take_pages_ranges_and_lists() {
        assert_eq!(Pinpoint::parse("3").unwrap().ranges, vec![(3, 3)]);
        assert_eq!(Pinpoint::parse("2-3").unwrap().ranges, vec![(2, 3)]);
        assert_eq!(
            Pinpoint::parse("2\u{2013}3, 7").unwrap().ranges,
            vec![(2, 3), (7, 7)]
        );
        assert!(Pinpoint::parse("0").is_none());
        assert!(Pinpoint::parse("5-2").is_none());
        assert!(Pinpoint::parse("two").is_none());
        assert!(Pinpoint::parse("").is_none());
    }
}

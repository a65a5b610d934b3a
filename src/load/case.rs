//! The case file's keys, read into the model, then checked as a whole: unique
//! ids, references that resolve, names the playbook knows, pinpoints inside
//! their exhibits.

use super::node::{Node, Value};
use super::reader::{Ctx, unknown_name};
use crate::diag::{Problem, ProblemKind};
use crate::model::*;
use crate::playbook::Playbook;
use std::collections::{HashMap, HashSet};

pub fn convert(root: Node, playbook: &Playbook, ctx: &mut Ctx) -> Option<Case> {
    if let Value::Null = root.value {
        ctx.push(
            Problem::at(ProblemKind::MissingKey, root.loc, "the file is empty").help(
                "a case file starts with `rebut: 1`, then `case:` and `grounds:`; `rebut init` writes one",
            ),
        );
        return None;
    }
    let mut top = ctx.map(root, "the case file")?;
    if let Some(node) = top.require(ctx, "rebut") {
        match node.value {
            Value::Int(1) => {}
            _ => ctx.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    node.loc,
                    "this version of rebut reads case files of format 1",
                )
                .help("write `rebut: 1`"),
            ),
        }
    }
    let info = top.require(ctx, "case").and_then(|n| case_info(n, ctx));
    let grounds_node = top.require(ctx, "grounds");
    let grounds_loc = grounds_node.as_ref().map(|n| n.loc);
    let mut ids = Ids::default();
    let grounds: Vec<Ground> = grounds_node
        .map(|n| ctx.list(n, "grounds"))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|n| ground(n, playbook, &mut ids, ctx))
        .collect();
    if let Some(loc) = grounds_loc
        && grounds.is_empty()
        && ctx
            .problems
            .iter()
            .all(|p| p.loc.is_none_or(|l| l.line < loc.line))
    {
        ctx.push(
            Problem::at(
                ProblemKind::MissingKey,
                loc,
                "`grounds` needs at least one ground",
            )
            .help("add each ground the decision states, with its `id`, `category` and `quote`"),
        );
    }
    let evidence: Vec<Evidence> = top
        .list(ctx, "evidence")
        .into_iter()
        .filter_map(|n| evidence(n, playbook, &mut ids, ctx))
        .collect();
    let timeline: Vec<TimelineEntry> = top
        .list(ctx, "timeline")
        .into_iter()
        .filter_map(|n| timeline_entry(n, ctx))
        .collect();
    top.finish(ctx);
    check_kind(info.as_ref(), playbook, ctx);
    check_references(&grounds, &timeline, &ids, ctx);
    Some(Case {
        info: info?,
        grounds,
        evidence,
        timeline,
    })
}

/// Every id the file declares, including those of items that have other
/// problems, so that one broken exhibit does not make each citation of it
/// look dangling.
#[derive(Default)]
struct Ids {
    grounds: Vec<(String, Loc)>,
    evidence: Vec<(String, Loc)>,
    /// Page counts of the exhibits, where readable.
    pages: HashMap<String, u32>,
    /// Citations of grounds that could not be read, still to be checked.
    orphans: Vec<Citation>,
}

fn case_info(node: Node, ctx: &mut Ctx) -> Option<CaseInfo> {
    let mut f = ctx.map(node, "case")?;
    let title = f.required_string(ctx, "title");
    let kind = f.take("kind").and_then(|n| ctx.located_string(n, "case.kind"));
    let receipt = f.located_string(ctx, "receipt");
    let beneficiary = f.require(ctx, "beneficiary").and_then(|n| {
        let mut b = ctx.map(n, "case.beneficiary")?;
        let name = b.required_string(ctx, "name");
        let country = b.required_string(ctx, "country");
        let born = b.date(ctx, "born");
        b.finish(ctx);
        Some(Beneficiary {
            name: name?,
            country: country?,
            born,
        })
    });
    let petitioner = f.take("petitioner").and_then(|n| {
        let mut p = ctx.map(n, "case.petitioner")?;
        let petitioner = Petitioner {
            name: p.string(ctx, "name"),
            relationship: p.string(ctx, "relationship"),
        };
        p.finish(ctx);
        Some(petitioner)
    });
    let representative = f.take("representative").and_then(|n| {
        let mut r = ctx.map(n, "case.representative")?;
        let rep = Representative {
            name: r.string(ctx, "name"),
            firm: r.string(ctx, "firm"),
            address: r.string(ctx, "address"),
            email: r.string(ctx, "email"),
            phone: r.string(ctx, "phone"),
            bar: r.string(ctx, "bar"),
        };
        r.finish(ctx);
        Some(rep)
    });
    let filed = f.required_date(ctx, "filed");
    let decision = f.require(ctx, "decision").and_then(|n| decision(n, ctx));
    let treatment = f.take("treatment").and_then(|n| {
        let mut t = ctx.map(n, "case.treatment")?;
        let treatment = Treatment {
            condition: t.string(ctx, "condition"),
            plan: t.string(ctx, "plan"),
            provider: t.string(ctx, "provider"),
            start: t.date(ctx, "start"),
        };
        t.finish(ctx);
        Some(treatment)
    });
    let loc = f.loc;
    f.finish(ctx);
    Some(CaseInfo {
        loc,
        title: title?,
        kind_loc: kind.as_ref().map(|k| k.loc),
        kind: kind.map(|k| k.value),
        receipt,
        beneficiary: beneficiary?,
        petitioner,
        representative,
        filed: filed?,
        decision: decision?,
        treatment,
    })
}

fn decision(node: Node, ctx: &mut Ctx) -> Option<Decision> {
    let mut d = ctx.map(node, "case.decision")?;
    let kind = d
        .require(ctx, "kind")
        .and_then(|n| ctx.choice(n, "case.decision.kind", &DecisionKind::NAMES, DecisionKind::parse));
    let date = d.required_date(ctx, "date");
    let respond_by = d.date(ctx, "respond_by");
    let office = d.string(ctx, "office");
    d.finish(ctx);
    Some(Decision {
        kind: kind?,
        date: date?,
        respond_by,
        office,
    })
}

fn ground(node: Node, playbook: &Playbook, ids: &mut Ids, ctx: &mut Ctx) -> Option<Ground> {
    let mut f = ctx.map(node, "ground")?;
    let id = f.required_id(ctx, "id");
    if let Some(id) = &id {
        ids.grounds.push((id.value.clone(), f.loc));
        f.name("ground", &id.value);
    }
    let category = f
        .require(ctx, "category")
        .and_then(|n| ctx.located_string(n, "ground.category"));
    let category = category.filter(|c| {
        let known = playbook.has_category(&c.value);
        if !known {
            ctx.push(unknown_name(
                ProblemKind::UnknownCategory,
                c.loc,
                "category",
                &c.value,
                playbook.category_ids(),
            ));
        }
        known
    });
    let quote = f.required_string(ctx, "quote");
    let cite = f.string(ctx, "cite");
    let points: Vec<Point> = f
        .list(ctx, "responses")
        .into_iter()
        .filter_map(|n| point(n, ctx))
        .collect();
    let loc = f.loc;
    f.finish(ctx);
    let (Some(id), Some(category), Some(quote)) = (id, category, quote) else {
        ids.orphans.extend(points.into_iter().flat_map(|p| p.citations));
        return None;
    };
    Some(Ground {
        loc,
        id: id.value,
        category: category.value,
        category_loc: category.loc,
        quote,
        cite,
        points,
    })
}

fn point(node: Node, ctx: &mut Ctx) -> Option<Point> {
    let mut f = ctx.map(node, "response")?;
    let text = f.required_string(ctx, "point");
    let citations: Vec<Citation> = f
        .list(ctx, "evidence")
        .into_iter()
        .filter_map(|n| citation(n, ctx))
        .collect();
    let loc = f.loc;
    f.finish(ctx);
    Some(Point {
        loc,
        text: text?,
        citations,
    })
}

fn citation(node: Node, ctx: &mut Ctx) -> Option<Citation> {
    match node.value {
        Value::Map(_) => {
            let mut f = ctx.map(node, "citation")?;
            let id = f.required_id(ctx, "id");
            let pages = f.take("pages").and_then(|n| pinpoint(n, ctx));
            let optional = f.bool(ctx, "optional").unwrap_or(false);
            let loc = f.loc;
            f.finish(ctx);
            let id = id?;
            Some(Citation {
                loc: Loc {
                    len: id.loc.len,
                    ..loc
                },
                evidence: id.value,
                pages,
                optional,
            })
        }
        _ => {
            let id = ctx.id(node, "response.evidence")?;
            Some(Citation {
                loc: id.loc,
                evidence: id.value,
                pages: None,
                optional: false,
            })
        }
    }
}

/// "3", "2-3", "2–3", "2-3, 7"; a bare number also works.
fn pinpoint(node: Node, ctx: &mut Ctx) -> Option<Pinpoint> {
    let loc = node.loc;
    let text = match node.value {
        Value::Str(s) => s,
        Value::Int(n) => n.to_string(),
        _ => {
            ctx.push(Problem::at(
                ProblemKind::WrongType,
                loc,
                format!(
                    "`citation.pages` should be pages such as \"2-3\", found {}",
                    node.value.describe()
                ),
            ));
            return None;
        }
    };
    match parse_pinpoint(&text) {
        Some(p) => Some(Pinpoint { loc: Some(loc), ..p }),
        None => {
            ctx.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    loc,
                    format!("`{text}` is not a page pinpoint"),
                )
                .help("write a page or a range of pages: \"3\", \"2-3\" or \"2-3, 7\""),
            );
            None
        }
    }
}

pub fn parse_pinpoint(text: &str) -> Option<Pinpoint> {
    let mut ranges = Vec::new();
    for part in text.split(',') {
        let part = part.trim();
        let (first, last) = match part.split_once(['-', '\u{2013}']) {
            Some((a, b)) => (a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?),
            None => {
                let n = part.parse::<u32>().ok()?;
                (n, n)
            }
        };
        if first == 0 || last < first {
            return None;
        }
        ranges.push((first, last));
    }
    (!ranges.is_empty()).then_some(Pinpoint { ranges, loc: None })
}

fn evidence(node: Node, playbook: &Playbook, ids: &mut Ids, ctx: &mut Ctx) -> Option<Evidence> {
    let mut f = ctx.map(node, "evidence")?;
    let id = f.required_id(ctx, "id");
    if let Some(id) = &id {
        ids.evidence.push((id.value.clone(), f.loc));
        f.name("evidence", &id.value);
    }
    let kind = f
        .require(ctx, "type")
        .and_then(|n| ctx.located_string(n, "evidence.type"));
    let kind = kind.filter(|k| {
        let known = playbook.has_evidence_type(&k.value);
        if !known {
            ctx.push(unknown_name(
                ProblemKind::UnknownEvidenceType,
                k.loc,
                "evidence type",
                &k.value,
                playbook.evidence_type_ids(),
            ));
        }
        known
    });
    let title = f.required_string(ctx, "title");
    let author = f.string(ctx, "author");
    let date = f.date(ctx, "date");
    let pages = match f.take("pages") {
        Some(n) => ctx.count(n, "evidence.pages", 1),
        None => Some(1),
    };
    if let (Some(id), Some(pages)) = (&id, pages) {
        ids.pages.insert(id.value.clone(), pages);
    }
    let status = match f.take("status") {
        Some(n) => ctx.choice(
            n,
            "evidence.status",
            &EvidenceStatus::NAMES,
            EvidenceStatus::parse,
        ),
        None => Some(EvidenceStatus::Received),
    };
    let submitted_before = f.bool(ctx, "submitted_before").unwrap_or(false);
    let language = f.string(ctx, "language").unwrap_or_else(|| "en".to_owned());
    let translation = f.take("translation").and_then(|n| {
        let mut t = ctx.map(n, "evidence.translation")?;
        let translation = Translation {
            certified: t.bool(ctx, "certified").unwrap_or(false),
            translator: t.string(ctx, "translator"),
            pages: t
                .take("pages")
                .and_then(|n| ctx.count(n, "evidence.translation.pages", 1)),
            file: t.located_string(ctx, "file"),
        };
        t.finish(ctx);
        Some(translation)
    });
    let file = f.located_string(ctx, "file");
    let notes = f.string(ctx, "notes");
    let loc = f.loc;
    f.finish(ctx);
    let kind = kind?;
    Some(Evidence {
        loc,
        id: id?.value,
        kind: kind.value,
        kind_loc: kind.loc,
        title: title?,
        author,
        date,
        pages: pages?,
        status: status?,
        submitted_before,
        language,
        translation,
        file,
        notes,
    })
}

fn timeline_entry(node: Node, ctx: &mut Ctx) -> Option<TimelineEntry> {
    let mut f = ctx.map(node, "timeline entry")?;
    let date = f.required_date(ctx, "date");
    let event = f.required_string(ctx, "event");
    let evidence: Vec<At<String>> = f
        .list(ctx, "evidence")
        .into_iter()
        .filter_map(|n| ctx.id(n, "timeline.evidence"))
        .collect();
    let loc = f.loc;
    f.finish(ctx);
    Some(TimelineEntry {
        loc,
        date: date?,
        event: event?,
        evidence,
    })
}

/// A case may name its playbook; it must be the one in force.
fn check_kind(info: Option<&CaseInfo>, playbook: &Playbook, ctx: &mut Ctx) {
    if let Some(info) = info
        && let (Some(kind), Some(loc)) = (&info.kind, info.kind_loc)
        && kind != &playbook.id
    {
        ctx.push(
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
fn check_references(grounds: &[Ground], timeline: &[TimelineEntry], ids: &Ids, ctx: &mut Ctx) {
    let mut seen: HashMap<&str, Loc> = HashMap::with_capacity(ids.grounds.len() + ids.evidence.len());
    for (id, loc) in ids.grounds.iter().chain(&ids.evidence) {
        if let Some(&first) = seen.get(id.as_str()) {
            ctx.push(
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

    let declared: HashMap<&str, ()> = ids.evidence.iter().map(|(id, _)| (id.as_str(), ())).collect();
    let ground_ids: HashSet<&str> = ids.grounds.iter().map(|(id, _)| id.as_str()).collect();
    let mut suggestions_left = SUGGESTION_COMPARISONS;
    let mut unknown_evidence = |ctx: &mut Ctx, id: &str, loc: Loc| {
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
            ids.evidence.iter().take(searched).map(|(e, _)| e.as_str()),
        );
        problem = if ground_ids.contains(id) {
            problem.help(format!("`{id}` is a ground; cite evidence ids here"))
        } else {
            problem.help("add the item to `evidence:` or correct the id")
        };
        ctx.push(problem);
    };
    let citations = grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
        .chain(&ids.orphans);
    for citation in citations {
        if !declared.contains_key(citation.evidence.as_str()) {
            unknown_evidence(ctx, &citation.evidence, citation.loc);
            continue;
        }
        if let (Some(pin), Some(&pages)) = (&citation.pages, ids.pages.get(citation.evidence.as_str()))
            && pin.last_page() > pages
        {
            let id = &citation.evidence;
            ctx.push(
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
    for id in timeline.iter().flat_map(|t| &t.evidence) {
        if !declared.contains_key(id.value.as_str()) {
            unknown_evidence(ctx, &id.value, id.loc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinpoints_take_pages_ranges_and_lists() {
        assert_eq!(parse_pinpoint("3").unwrap().ranges, vec![(3, 3)]);
        assert_eq!(parse_pinpoint("2-3").unwrap().ranges, vec![(2, 3)]);
        assert_eq!(
            parse_pinpoint("2\u{2013}3, 7").unwrap().ranges,
            vec![(2, 3), (7, 7)]
        );
        assert!(parse_pinpoint("0").is_none());
        assert!(parse_pinpoint("5-2").is_none());
        assert!(parse_pinpoint("two").is_none());
        assert!(parse_pinpoint("").is_none());
    }
}

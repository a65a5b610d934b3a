//! The case file's keys, read into the model, then checked as a whole: unique
//! ids, references that resolve, names the playbook knows, pinpoints inside
//! their exhibits.

use crate::diag::{Problem, ProblemKind};
use crate::model::*;
use crate::playbook::Playbook;
use crate::yaml::{Node, Reader, Value, unknown_name};
use std::collections::{HashMap, HashSet};

pub fn convert(root: Node, playbook: &Playbook, reader: &mut Reader) -> Option<Case> {
    if let Value::Null = root.value {
        reader.push(
            Problem::at(ProblemKind::MissingKey, root.loc, "the file is empty").help(
                "a case file starts with `rebut: 1`, then `case:` and `grounds:`; `rebut init` writes one",
            ),
        );
        return None;
    }
    let mut top = reader.map(root, "the case file")?;
    if let Some(node) = top.require(reader, "rebut") {
        match node.value {
            Value::Int(1) => {}
            _ => reader.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    node.loc,
                    "this version of rebut reads case files of format 1",
                )
                .help("write `rebut: 1`"),
            ),
        }
    }
    let info = top.require(reader, "case").and_then(|n| case_info(n, reader));
    let grounds_node = top.require(reader, "grounds");
    let grounds_loc = grounds_node.as_ref().map(|n| n.loc);
    let mut ids = Ids::default();
    let grounds: Vec<Ground> = grounds_node
        .map(|n| reader.list(n, "grounds"))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|n| ground(n, playbook, &mut ids, reader))
        .collect();
    if let Some(loc) = grounds_loc
        && grounds.is_empty()
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
    let evidence: Vec<Evidence> = top
        .list(reader, "evidence")
        .into_iter()
        .filter_map(|n| evidence(n, playbook, &mut ids, reader))
        .collect();
    let timeline: Vec<TimelineEntry> = top
        .list(reader, "timeline")
        .into_iter()
        .filter_map(|n| timeline_entry(n, reader))
        .collect();
    top.finish(reader);
    check_kind(info.as_ref(), playbook, reader);
    check_references(&grounds, &timeline, &ids, reader);
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

fn case_info(node: Node, reader: &mut Reader) -> Option<CaseInfo> {
    let mut f = reader.map(node, "case")?;
    let title = f.required_string(reader, "title");
    let kind = f.take("kind").and_then(|n| reader.located_string(n, "case.kind"));
    let receipt = f.located_string(reader, "receipt");
    let beneficiary = f.require(reader, "beneficiary").and_then(|n| {
        let mut b = reader.map(n, "case.beneficiary")?;
        let name = b.required_string(reader, "name");
        let country = b.required_string(reader, "country");
        let born = b.date(reader, "born");
        b.finish(reader);
        Some(Beneficiary {
            name: name?,
            country: country?,
            born,
        })
    });
    let petitioner = f.take("petitioner").and_then(|n| {
        let mut p = reader.map(n, "case.petitioner")?;
        let petitioner = Petitioner {
            name: p.string(reader, "name"),
            relationship: p.string(reader, "relationship"),
        };
        p.finish(reader);
        Some(petitioner)
    });
    let representative = f.take("representative").and_then(|n| {
        let mut r = reader.map(n, "case.representative")?;
        let rep = Representative {
            name: r.string(reader, "name"),
            role: r.string(reader, "role"),
            firm: r.string(reader, "firm"),
            address: r.string(reader, "address"),
            email: r.string(reader, "email"),
            phone: r.string(reader, "phone"),
            bar: r.string(reader, "bar"),
            supervisor: r.take("supervisor").and_then(|n| supervisor(n, reader)),
        };
        r.finish(reader);
        Some(rep)
    });
    let request = f.take("request").and_then(|n| request(n, reader));
    let companions = f
        .list(reader, "companions")
        .into_iter()
        .filter_map(|n| companion(n, reader))
        .collect();
    let sponsors = f
        .list(reader, "sponsors")
        .into_iter()
        .filter_map(|n| sponsor(n, reader))
        .collect();
    let filed = f.required_date(reader, "filed");
    let decision = f.require(reader, "decision").and_then(|n| decision(n, reader));
    let treatment = f.take("treatment").and_then(|n| {
        let mut t = reader.map(n, "case.treatment")?;
        let treatment = Treatment {
            condition: t.string(reader, "condition"),
            plan: t.string(reader, "plan"),
            provider: t.string(reader, "provider"),
            start: t.date(reader, "start"),
        };
        t.finish(reader);
        Some(treatment)
    });
    let loc = f.loc;
    f.finish(reader);
    Some(CaseInfo {
        loc,
        title: title?,
        kind_loc: kind.as_ref().map(|k| k.loc),
        kind: kind.map(|k| k.value),
        receipt,
        beneficiary: beneficiary?,
        petitioner,
        representative,
        request,
        companions,
        sponsors,
        filed: filed?,
        decision: decision?,
        treatment,
    })
}

fn decision(node: Node, reader: &mut Reader) -> Option<Decision> {
    let mut d = reader.map(node, "case.decision")?;
    let kind = d.require(reader, "kind").and_then(|n| {
        reader.choice(
            n,
            "case.decision.kind",
            &DecisionKind::names(),
            DecisionKind::parse,
        )
    });
    let date = d.required_date(reader, "date");
    let respond_by = d.date(reader, "respond_by");
    let office = d.string(reader, "office");
    let address = d.string(reader, "address");
    d.finish(reader);
    Some(Decision {
        kind: kind?,
        date: date?,
        respond_by,
        office,
        address,
    })
}

fn supervisor(node: Node, reader: &mut Reader) -> Option<Supervisor> {
    let mut s = reader.map(node, "case.representative.supervisor")?;
    let name = s.required_string(reader, "name");
    let bar = s.string(reader, "bar");
    let firm = s.string(reader, "firm");
    s.finish(reader);
    Some(Supervisor {
        name: name?,
        bar,
        firm,
    })
}

fn request(node: Node, reader: &mut Reader) -> Option<Request> {
    let mut r = reader.map(node, "case.request")?;
    let period = r.take("period").and_then(|n| period(n, reader));
    let expedite = r.bool(reader, "expedite").unwrap_or(false);
    let filing_address = r.string(reader, "filing_address");
    r.finish(reader);
    Some(Request {
        period,
        expedite,
        filing_address,
    })
}

/// "6 months": a whole number and a unit.
fn period(node: Node, reader: &mut Reader) -> Option<At<Period>> {
    let text = reader.located_string(node, "case.request.period")?;
    match Period::parse(&text.value) {
        Some(period) => Some(At::new(period, text.loc)),
        None => {
            reader.push(
                Problem::at(
                    ProblemKind::InvalidValue,
                    text.loc,
                    format!("`{}` is not a period of time", text.value),
                )
                .help("write a whole number and `days`, `weeks`, `months` or `years`, e.g. \"6 months\""),
            );
            None
        }
    }
}

fn companion(node: Node, reader: &mut Reader) -> Option<Companion> {
    let mut c = reader.map(node, "companion")?;
    let name = c.required_string(reader, "name");
    let relationship = c.required_string(reader, "relationship");
    let role = c.string(reader, "role");
    let born = c.date(reader, "born");
    c.finish(reader);
    Some(Companion {
        name: name?,
        relationship: relationship?,
        role,
        born,
    })
}

fn sponsor(node: Node, reader: &mut Reader) -> Option<Sponsor> {
    let mut s = reader.map(node, "sponsor")?;
    let name = s.required_string(reader, "name");
    let relationship = s.string(reader, "relationship");
    s.finish(reader);
    Some(Sponsor {
        name: name?,
        relationship,
    })
}

fn ground(node: Node, playbook: &Playbook, ids: &mut Ids, reader: &mut Reader) -> Option<Ground> {
    let mut f = reader.map(node, "ground")?;
    let id = f.required_id(reader, "id");
    if let Some(id) = &id {
        ids.grounds.push((id.value.clone(), f.loc));
        f.name("ground", &id.value);
    }
    let category = f
        .require(reader, "category")
        .and_then(|n| reader.located_string(n, "ground.category"));
    let category = category.filter(|c| {
        let known = playbook.has_category(&c.value);
        if !known {
            reader.push(unknown_name(
                ProblemKind::UnknownCategory,
                c.loc,
                "category",
                &c.value,
                playbook.category_ids(),
            ));
        }
        known
    });
    let quote = f.required_string(reader, "quote");
    let cite = f.string(reader, "cite");
    let points: Vec<Point> = f
        .list(reader, "responses")
        .into_iter()
        .filter_map(|n| point(n, reader))
        .collect();
    let loc = f.loc;
    f.finish(reader);
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

fn point(node: Node, reader: &mut Reader) -> Option<Point> {
    let mut f = reader.map(node, "response")?;
    let text = f.required_string(reader, "point");
    let citations: Vec<Citation> = f
        .list(reader, "evidence")
        .into_iter()
        .filter_map(|n| citation(n, reader))
        .collect();
    let loc = f.loc;
    f.finish(reader);
    Some(Point {
        loc,
        text: text?,
        citations,
    })
}

fn citation(node: Node, reader: &mut Reader) -> Option<Citation> {
    match node.value {
        Value::Map(_) => {
            let mut f = reader.map(node, "citation")?;
            let id = f.required_id(reader, "id");
            let pages = f.take("pages").and_then(|n| pinpoint(n, reader));
            let optional = f.bool(reader, "optional").unwrap_or(false);
            let loc = f.loc;
            f.finish(reader);
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
            let id = reader.id(node, "response.evidence")?;
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
fn pinpoint(node: Node, reader: &mut Reader) -> Option<Pinpoint> {
    let loc = node.loc;
    let text = match node.value {
        Value::Str(s) => s,
        Value::Int(n) => n.to_string(),
        _ => {
            reader.push(Problem::at(
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
            reader.push(
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

fn evidence(node: Node, playbook: &Playbook, ids: &mut Ids, reader: &mut Reader) -> Option<Evidence> {
    let mut f = reader.map(node, "evidence")?;
    let id = f.required_id(reader, "id");
    if let Some(id) = &id {
        ids.evidence.push((id.value.clone(), f.loc));
        f.name("evidence", &id.value);
    }
    let kinds = f
        .require(reader, "type")
        .map(|n| evidence_kinds(n, playbook, reader));
    let title = f.required_string(reader, "title");
    let author = f.string(reader, "author");
    let date = f.date(reader, "date");
    let pages = match f.take("pages") {
        Some(n) => reader.count(n, "evidence.pages", 1),
        None => Some(1),
    };
    if let (Some(id), Some(pages)) = (&id, pages) {
        ids.pages.insert(id.value.clone(), pages);
    }
    let status = match f.take("status") {
        Some(n) => reader.choice(
            n,
            "evidence.status",
            &EvidenceStatus::names(),
            EvidenceStatus::parse,
        ),
        None => Some(EvidenceStatus::Received),
    };
    let requested_on = f.date(reader, "requested_on");
    let submitted_before = f.bool(reader, "submitted_before").unwrap_or(false);
    let language = f.string(reader, "language").unwrap_or_else(|| ENGLISH.to_owned());
    let translation = f.take("translation").and_then(|n| {
        let mut t = reader.map(n, "evidence.translation")?;
        let translation = Translation {
            certified: t.bool(reader, "certified").unwrap_or(false),
            translator: t.string(reader, "translator"),
            pages: t
                .take("pages")
                .and_then(|n| reader.count(n, "evidence.translation.pages", 1)),
            file: t.located_string(reader, "file"),
        };
        t.finish(reader);
        Some(translation)
    });
    let file = f.located_string(reader, "file");
    let notes = f.string(reader, "notes");
    let mut shows: Vec<At<String>> = Vec::new();
    for n in f.list(reader, "shows") {
        let Some(fact) = reader.id(n, "evidence.shows") else {
            continue;
        };
        if playbook.fact(&fact.value).is_some() {
            shows.push(fact);
        } else {
            reader.push(unknown_name(
                ProblemKind::UnknownId,
                fact.loc,
                "fact",
                &fact.value,
                playbook.facts.iter().map(|f| f.id.as_str()),
            ));
        }
    }
    let loc = f.loc;
    f.finish(reader);
    let (kinds, kind_loc) = kinds??;
    Some(Evidence {
        loc,
        id: id?.value,
        kind: kinds[0].clone(),
        kinds,
        kind_loc,
        title: title?,
        author,
        date,
        pages: pages?,
        status: status?,
        requested_on,
        submitted_before,
        language,
        translation,
        file,
        notes,
        shows,
    })
}

/// `type`: one evidence type, or a list of them (one document of several
/// kinds); each must be the playbook's. `None` inside when any is unknown.
fn evidence_kinds(node: Node, playbook: &Playbook, reader: &mut Reader) -> Option<(Vec<String>, Loc)> {
    let loc = node.loc;
    let nodes = match node.value {
        Value::Seq(items) => {
            if items.is_empty() {
                reader.push(Problem::at(
                    ProblemKind::InvalidValue,
                    loc,
                    "`type` is an empty list; name at least one evidence type",
                ));
                return None;
            }
            items
        }
        _ => vec![node],
    };
    let mut kinds = Vec::new();
    let mut all_known = true;
    for n in nodes {
        let Some(k) = reader.located_string(n, "evidence.type") else {
            all_known = false;
            continue;
        };
        if !playbook.has_evidence_type(&k.value) {
            reader.push(unknown_name(
                ProblemKind::UnknownEvidenceType,
                k.loc,
                "evidence type",
                &k.value,
                playbook.evidence_type_ids(),
            ));
            all_known = false;
        } else if !kinds.contains(&k.value) {
            kinds.push(k.value);
        }
    }
    (all_known && !kinds.is_empty()).then_some((kinds, loc))
}

fn timeline_entry(node: Node, reader: &mut Reader) -> Option<TimelineEntry> {
    let mut f = reader.map(node, "timeline entry")?;
    let date = f.required_date(reader, "date");
    let event = f.required_string(reader, "event");
    let evidence: Vec<At<String>> = f
        .list(reader, "evidence")
        .into_iter()
        .filter_map(|n| reader.id(n, "timeline.evidence"))
        .collect();
    let loc = f.loc;
    f.finish(reader);
    Some(TimelineEntry {
        loc,
        date: date?,
        event: event?,
        evidence,
    })
}

/// A case may name its playbook; it must be the one in force.
fn check_kind(info: Option<&CaseInfo>, playbook: &Playbook, reader: &mut Reader) {
    if let Some(info) = info
        && let (Some(kind), Some(loc)) = (&info.kind, info.kind_loc)
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
fn check_references(grounds: &[Ground], timeline: &[TimelineEntry], ids: &Ids, reader: &mut Reader) {
    let mut seen: HashMap<&str, Loc> = HashMap::with_capacity(ids.grounds.len() + ids.evidence.len());
    for (id, loc) in ids.grounds.iter().chain(&ids.evidence) {
        if let Some(&first) = seen.get(id.as_str()) {
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

    let declared: HashMap<&str, ()> = ids.evidence.iter().map(|(id, _)| (id.as_str(), ())).collect();
    let ground_ids: HashSet<&str> = ids.grounds.iter().map(|(id, _)| id.as_str()).collect();
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
            ids.evidence.iter().take(searched).map(|(e, _)| e.as_str()),
        );
        problem = if ground_ids.contains(id) {
            problem.help(format!("`{id}` is a ground; cite evidence ids here"))
        } else {
            problem.help("add the item to `evidence:` or correct the id")
        };
        reader.push(problem);
    };
    let citations = grounds
        .iter()
        .flat_map(|g| &g.points)
        .flat_map(|p| &p.citations)
        .chain(&ids.orphans);
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
    for id in timeline.iter().flat_map(|t| &t.evidence) {
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

//! From gaps to actions: what to obtain, from whom, for which grounds and by
//! when. One computation feeds two documents: the evidence-request letters
//! (`--memo requests`, one letter per person or body to ask) and the action
//! list that opens the gap report (the same requests, plus the team's own
//! tasks: answer a ground, cite what is in the file, translate).
//!
//! Everything here is data for the templates; the wording is theirs. Nothing
//! here carries an id or a finding code: tasks speak of grounds by numeral
//! and of documents by title and exhibit letter.

use super::markdown;
use crate::check::{self, Checked, Status};
use crate::model::{DecisionKind, Evidence};
use crate::text::roman;
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

/// After a denial there is no response date: documents are asked for this
/// many days after today.
pub const DAYS_TO_ANSWER_AFTER_DENIAL: i32 = 14;

/// The evidence-request letters, and the date they ask for.
#[derive(Debug, Clone, Serialize)]
pub struct RequestsContext<'a> {
    /// The date by which the documents are needed (`YYYY-MM-DD`).
    pub needed_by: String,
    /// How it was set: `response` (the response date less the playbook's
    /// `request_margin_days`), `now` (that leaves no time: today, as soon as
    /// possible), `after-today` (no response date, as after a denial: today
    /// plus [`DAYS_TO_ANSWER_AFTER_DENIAL`]).
    pub needed_by_rule: &'static str,
    /// The playbook's `request_margin_days`.
    pub margin_days: u32,
    pub letters: Vec<Letter<'a>>,
}

/// One letter: one person or body, everything to ask them for.
#[derive(Debug, Clone, Serialize)]
pub struct Letter<'a> {
    pub number: usize,
    /// The author as the case file names them, or the playbook's
    /// `author_role` when nobody is named ("the treating physician").
    pub to: String,
    /// True when `to` is a role rather than a name.
    pub role: bool,
    /// In what capacity a person the case file names is asked, when not as
    /// the author of a document on file: `sponsor`, `petitioner`,
    /// `petitioner-sponsor` (the petitioner is also the sponsor), `provider`.
    pub capacity: Option<&'static str>,
    /// The name to greet: `to` up to its first comma, for a named author.
    pub salutation: Option<String>,
    pub documents: Vec<Wanted<'a>>,
}

/// A document to ask for.
#[derive(Debug, Clone, Serialize)]
pub struct Wanted<'a> {
    /// Why: `requested` (asked for already, not yet received), `missing`
    /// (nothing in the file is of this type), `update` (an opinion that
    /// predates the decision), `undated` (a document with no date).
    pub reason: &'static str,
    /// The exhibit's title, or the type's label for a missing type.
    pub title: &'a str,
    pub type_label: &'a str,
    /// The exhibit letter of a document already in the packet.
    pub letter: Option<&'a str>,
    /// The date of the document on file (for an update).
    pub dated: Option<String>,
    pub requested_on: Option<String>,
    /// Days since `requested_on`.
    pub days_waiting: Option<i32>,
    /// True when the type is in the playbook's `baseline` and the decision is
    /// a denial: every complete request needs it.
    pub baseline: bool,
    /// The playbook's `must_state` for the type.
    pub must_state: &'a [String],
    /// The grounds it would answer, in decision order: the first
    /// [`GROUNDS_LISTED`] of them.
    pub concerns: Vec<Concern<'a>>,
    /// How many more grounds it would answer than `concerns` quotes.
    pub more_concerns: usize,
    /// The facts the request must show and this document would show (the
    /// playbook's labels): "the companion's relationship to the beneficiary".
    pub facts: Vec<String>,
}

/// A ground a document would answer, as the decision put it.
#[derive(Debug, Clone, Serialize)]
pub struct Concern<'a> {
    pub numeral: String,
    pub label: &'a str,
    pub quote_paragraphs: Vec<String>,
    pub cite: Option<&'a str>,
}

/// One task of the gap report's action list.
#[derive(Debug, Clone, Serialize)]
pub struct Action<'a> {
    pub number: usize,
    /// True when it stands between the case and a final document.
    pub blocking: bool,
    /// What to do: `chase` (a document asked for and not yet received),
    /// `obtain` (ask `from` for a type nothing in the file provides), `update` (an
    /// updated opinion), `date` (have the document dated and signed),
    /// `answer` (write the points of a ground that has none), `support`
    /// (find evidence for points that cite nothing), `cite` (cite a document
    /// already in the file: one no point cites, or, with a `letter`, a
    /// current opinion for a ground whose opinions are stale), `translate`, `new-evidence` (a ground of a
    /// re-filing that cites only what was filed before), `file` (the
    /// document's file is not where the case file says), `review` (a
    /// document no ground cites).
    pub task: &'static str,
    /// The document's title (or the type's label).
    pub document: Option<&'a str>,
    /// Its exhibit letter, when it is in the packet.
    pub letter: Option<&'a str>,
    /// Whom to ask: a name from the case file or the playbook's role.
    pub from: Option<String>,
    /// The grounds it serves, by numeral: the first [`GROUNDS_LISTED`].
    pub grounds: Vec<String>,
    /// How many more grounds it serves than `grounds` names.
    pub more_grounds: usize,
    /// By when (`YYYY-MM-DD`).
    pub by: String,
    pub requested_on: Option<String>,
    pub days_waiting: Option<i32>,
    /// True for a `baseline` type of a re-filing.
    pub baseline: bool,
    /// The evidence item's internal `notes`.
    pub notes: Option<&'a str>,
    /// The facts a memo cannot state until this task is done (the
    /// playbook's labels); a draft marks each where the memo would state it.
    pub facts: Vec<String>,
}

/// What would establish a fact a memo cannot yet state: one task, worded
/// once for the memo's gap marker and the gap report's action list.
#[derive(Debug, Clone)]
pub struct FactTask {
    /// `cite` (a document in the file, not cited), `chase` (requested),
    /// `update` (only older exhibits show a current fact), `obtain`, or
    /// `fact` (the playbook's own task for the fact).
    pub task: &'static str,
    /// The document's title or the type's label, as the action list names it.
    pub document: String,
    pub evidence: Option<usize>,
    /// The type to ask for (`obtain`, `update`).
    pub kind: Option<String>,
    pub from: Option<String>,
    /// The task in a sentence, for the gap marker.
    pub text: String,
}

/// The task that would establish fact `f`: cite what is in the file, chase
/// what is asked for, update what is too old, else obtain the fact's type
/// from whoever writes it. Evidence the decision faulted is never offered.
pub fn fact_task(checked: &Checked, f: &crate::check::facts::FactState) -> FactTask {
    use super::prose::title_in_prose;
    let case = &checked.case;
    let fact = checked.playbook.fact(&f.id);
    let ask = fact.and_then(|x| x.ask_type()).map(str::to_owned);
    if let Some(&i) = f.in_file.first() {
        let e = &case.evidence[i];
        return FactTask {
            task: "cite",
            document: e.title.clone(),
            evidence: Some(i),
            kind: None,
            from: None,
            text: format!("cite the {}, already in the file", title_in_prose(&e.title)),
        };
    }
    if let Some(&i) = f.awaited.first() {
        let e = &case.evidence[i];
        let from = recipient(checked, Some(e), &e.kind, &Grounds::default(), None).to;
        return FactTask {
            task: "chase",
            document: e.title.clone(),
            evidence: Some(i),
            kind: None,
            text: format!(
                "it is awaited from {}: chase the {}",
                from,
                title_in_prose(&e.title)
            ),
            from: Some(from),
        };
    }
    if let Some(custom) = fact.and_then(|x| x.task.as_deref()) {
        return FactTask {
            task: "fact",
            document: f.label.clone(),
            evidence: None,
            kind: None,
            from: None,
            text: custom.to_owned(),
        };
    }
    let kind = ask.unwrap_or_else(|| "other".to_owned());
    let label = title_in_prose(checked.playbook.type_label(&kind));
    if let Some(&i) = f.stale.first() {
        let from = recipient(checked, Some(&case.evidence[i]), &kind, &Grounds::default(), None).to;
        return FactTask {
            task: "update",
            document: case.evidence[i].title.clone(),
            evidence: Some(i),
            text: format!(
                "obtain from {} an updated document that states it, dated after the decision ({label})",
                set_off(&from)
            ),
            kind: Some(kind),
            from: Some(from),
        };
    }
    let from = recipient(checked, None, &kind, &Grounds::default(), None).to;
    FactTask {
        task: "obtain",
        document: checked.playbook.type_label(&kind).to_owned(),
        evidence: None,
        text: format!(
            "obtain from {} a document that states it ({label})",
            set_off(&from)
        ),
        kind: Some(kind),
        from: Some(from),
    }
}

/// A name that a sentence goes on after: "Dr. Paz, City Hospital," takes a
/// closing comma.
fn set_off(name: &str) -> String {
    if name.contains(',') {
        format!("{name},")
    } else {
        name.to_owned()
    }
}

/// The facts a memo of this case marks as gaps, each with its task: what
/// the memo, the gap report and the letters all read. Prong (B)(ii) of the
/// fee exception is not asked for once (B)(i) is shown.
pub fn fact_gaps<'c>(checked: &'c Checked) -> Vec<(&'c crate::check::facts::FactState, FactTask)> {
    use crate::check::facts as fact;
    let unavailable = checked.facts.established(fact::UNAVAILABLE);
    checked
        .facts
        .gaps()
        .filter(|f| !(unavailable && (f.id == fact::LIFE_THREATENING || f.id == fact::NO_TIME_FOR_VISA)))
        .map(|f| (f, fact_task(checked, f)))
        .collect()
}

/// At most this many grounds are named for one document or task: the
/// letters quote each, the action list numbers them. A real decision has a
/// handful of grounds; a document that would answer thousands names the
/// first and counts the rest, so that a case's documents stay linear in it.
pub const GROUNDS_LISTED: usize = 20;

/// The grounds a document or task serves, in decision order: its own (the
/// grounds that cite it) and those it would answer by its type, kept once
/// per type and shared, since one type may serve most of a large case.
/// The two never overlap.
#[derive(Clone, Default)]
struct Grounds<'a> {
    own: Vec<usize>,
    shared: Option<std::rc::Rc<GroundList<'a>>>,
}

/// A list of grounds, with the first ground of each category in it.
struct GroundList<'a> {
    grounds: Vec<usize>,
    /// (first ground, category), in ground order.
    categories: Vec<(usize, &'a str)>,
    /// Some ground of the list is neither supported nor pending.
    weak: bool,
}

impl<'a> GroundList<'a> {
    fn new(checked: &'a Checked, grounds: Vec<usize>) -> GroundList<'a> {
        let mut categories: Vec<(usize, &str)> = Vec::new();
        for &g in &grounds {
            let category = checked.case.grounds[g].category.as_str();
            if !categories.iter().any(|(_, c)| *c == category) {
                categories.push((g, category));
            }
        }
        let weak = grounds.iter().any(|&g| is_weak(checked, g));
        GroundList {
            grounds,
            categories,
            weak,
        }
    }
}

impl<'a> Grounds<'a> {
    fn own(grounds: Vec<usize>) -> Grounds<'a> {
        Grounds {
            own: grounds,
            shared: None,
        }
    }

    fn shared(list: std::rc::Rc<GroundList<'a>>) -> Grounds<'a> {
        Grounds {
            own: Vec::new(),
            shared: Some(list),
        }
    }

    fn shared_list(&self) -> &[usize] {
        self.shared.as_ref().map_or(&[], |s| s.grounds.as_slice())
    }

    fn len(&self) -> usize {
        self.own.len() + self.shared_list().len()
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether some ground is neither supported nor pending.
    fn any_weak(&self, checked: &Checked) -> bool {
        self.shared.as_ref().is_some_and(|s| s.weak) || self.own.iter().any(|&g| is_weak(checked, g))
    }

    /// The first `n` grounds in decision order.
    fn first(&self, n: usize) -> Vec<usize> {
        let (mut a, mut b) = (self.own.iter().peekable(), self.shared_list().iter().peekable());
        let mut out = Vec::with_capacity(n.min(self.len()));
        while out.len() < n {
            let next = match (a.peek(), b.peek()) {
                (Some(&&x), Some(&&y)) if x <= y => a.next(),
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => None,
            };
            match next {
                Some(&g) => out.push(g),
                None => break,
            }
        }
        out
    }

    /// The categories of the grounds, each once, in the order of its first ground.
    fn categories(&self, checked: &'a Checked) -> Vec<&'a str> {
        let mut firsts: Vec<(usize, &str)> = self
            .own
            .iter()
            .map(|&g| (g, checked.case.grounds[g].category.as_str()))
            .collect();
        if let Some(shared) = &self.shared {
            firsts.extend(shared.categories.iter().copied());
        }
        firsts.sort_unstable();
        let mut out: Vec<&str> = Vec::new();
        for (_, c) in firsts {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }
}

/// A ground neither supported nor pending: what answers it blocks filing.
fn is_weak(checked: &Checked, g: usize) -> bool {
    checked.report.grounds[g].status < Status::Pending
}

/// Grounds lists by (type, `strengthens`, open only), shared.
type Served<'a> = std::collections::HashMap<(&'a str, bool, bool), std::rc::Rc<GroundList<'a>>>;

/// What the letters and the tasks look up again and again, found once.
struct Lookup<'a> {
    checked: &'a Checked<'a>,
    /// Per evidence item, the grounds whose points cite it, in ground order.
    citing: Vec<Vec<usize>>,
    /// Every type some ground cites evidence of.
    cited_types: std::collections::HashSet<&'a str>,
    /// Per type, the first received opinion dated on or after the decision.
    current: std::collections::HashMap<&'a str, usize>,
    /// Per type, the first author the file names on evidence of that type.
    authors: std::collections::HashMap<&'a str, &'a str>,
    /// Grounds per (type, whether `strengthens` counts, whether grounds
    /// that cite the type are left out), as built so far.
    served: std::cell::RefCell<Served<'a>>,
}

impl<'a> Lookup<'a> {
    fn new(checked: &'a Checked<'a>) -> Lookup<'a> {
        let case = &checked.case;
        let mut citing = vec![Vec::new(); case.evidence.len()];
        let mut cited_types = std::collections::HashSet::new();
        for (g, result) in checked.report.grounds.iter().enumerate() {
            for &i in &result.evidence {
                citing[i].push(g);
                cited_types.extend(case.evidence[i].kinds.iter().map(String::as_str));
            }
        }
        let decision = case.info.decision.date.value;
        let mut current = std::collections::HashMap::new();
        let mut authors = std::collections::HashMap::new();
        for (i, e) in case.evidence.iter().enumerate() {
            if e.is_received() && e.date.as_ref().is_some_and(|d| d.value >= decision) {
                for k in &e.kinds {
                    current.entry(k.as_str()).or_insert(i);
                }
            }
            if let Some(author) = e.author.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
                authors.entry(e.kind.as_str()).or_insert(author);
            }
        }
        Lookup {
            checked,
            citing,
            cited_types,
            current,
            authors,
            served: Default::default(),
        }
    }

    /// The grounds whose category expects (or, with `strengthens`, is made
    /// stronger by) evidence of type `kind`; with `open`, only those citing
    /// none of that type.
    fn served_by(&self, kind: &'a str, strengthens: bool, open: bool) -> Grounds<'a> {
        let key = (kind, strengthens, open);
        if let Some(list) = self.served.borrow().get(&key) {
            return Grounds::shared(std::rc::Rc::clone(list));
        }
        let checked = self.checked;
        let grounds: Vec<usize> = served_by(checked, kind, strengthens)
            .into_iter()
            .filter(|&g| !open || !cites_type(checked, g, kind))
            .collect();
        let list = std::rc::Rc::new(GroundList::new(checked, grounds));
        self.served.borrow_mut().insert(key, std::rc::Rc::clone(&list));
        Grounds::shared(list)
    }

    /// `grounds` (which cite a document of type `kind`), and every other
    /// ground whose category expects that type and that cites none yet:
    /// the document would answer it too, so its letter quotes that concern
    /// as well.
    fn also_answers(&self, kind: &'a str, grounds: Vec<usize>) -> Grounds<'a> {
        Grounds {
            own: grounds,
            ..self.served_by(kind, false, true)
        }
    }

    /// A `baseline` type no ground cites, in a re-filing.
    fn baseline_missing(&self, kind: &str) -> bool {
        is_denial(self.checked)
            && self.checked.playbook.baseline.iter().any(|t| t == kind)
            && !self.cited_types.contains(kind)
    }

    /// A received opinion of type `kind` dated on or after the decision, if
    /// the file holds one.
    fn current_opinion(&self, kind: &str) -> Option<usize> {
        self.current.get(kind).copied()
    }
}

/// The letters and the action list of a checked case.
pub fn build<'a>(checked: &'a Checked<'a>) -> (RequestsContext<'a>, Vec<Action<'a>>) {
    let (needed_by, rule) = needed_by(checked);
    let by = needed_by.to_string();
    let lookup = Lookup::new(checked);
    let mut needs = needs(&lookup);
    let fact_gaps = fact_gaps(checked);
    fact_needs(&lookup, &fact_gaps, &mut needs);

    let mut letters: Vec<Letter> = Vec::new();
    // Letter by addressee, as written without case or surrounding space.
    let mut addressees: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for need in &needs {
        let key = need.who.to.trim().to_lowercase();
        let wanted = need.wanted(checked);
        match addressees.get(&key) {
            Some(&n) => letters[n].documents.push(wanted),
            None => {
                addressees.insert(key, letters.len());
                letters.push(Letter {
                    number: letters.len() + 1,
                    salutation: salutation(need),
                    to: need.who.to.clone(),
                    role: need.who.role,
                    capacity: need.who.capacity,
                    documents: vec![wanted],
                });
            }
        }
    }

    let mut actions: Vec<Action> = needs.iter().map(|n| n.action(checked, &by)).collect();
    actions.extend(team_tasks(&lookup, &by));
    fact_actions(checked, &fact_gaps, &by, &mut actions);
    // Blocking first; otherwise in the order found (stable sort).
    actions.sort_by_key(|a| !a.blocking);
    for (n, action) in actions.iter_mut().enumerate() {
        action.number = n + 1;
    }

    let requests = RequestsContext {
        needed_by: by,
        needed_by_rule: rule,
        margin_days: checked.playbook.request_margin_days,
        letters,
    };
    (requests, actions)
}

/// A fact nothing in the file shows is a letter to whoever would write the
/// document, unless a letter already asks for one of that type.
fn fact_needs<'a>(
    lookup: &Lookup<'a>,
    fact_gaps: &[(&crate::check::facts::FactState, FactTask)],
    needs: &mut Vec<Need<'a>>,
) {
    let checked = lookup.checked;
    for (f, task) in fact_gaps {
        let Some(kind) = task.kind.as_deref() else {
            continue;
        };
        let reason = if task.task == "update" {
            "update"
        } else {
            "missing"
        };
        if let Some(need) = needs.iter_mut().find(|n| n.kind == kind && n.reason == reason) {
            if !need.facts.contains(&f.label) {
                need.facts.push(f.label.clone());
            }
            continue;
        }
        let kind: &'a str = checked
            .playbook
            .evidence_type(kind)
            .map_or("other", |t| t.id.as_str());
        let grounds = lookup.served_by(kind, false, false);
        let who = recipient(
            checked,
            task.evidence.map(|i| &checked.case.evidence[i]),
            kind,
            &grounds,
            Some(lookup),
        );
        needs.push(Need {
            reason,
            evidence: task.evidence,
            kind,
            who,
            grounds,
            blocking: f.core,
            baseline: false,
            facts: vec![f.label.clone()],
        });
    }
}

/// Each fact a memo marks is a task: joined to the task that already does
/// it, or a task of its own.
fn fact_actions<'a>(
    checked: &'a Checked<'a>,
    fact_gaps: &[(&'a crate::check::facts::FactState, FactTask)],
    by: &str,
    actions: &mut Vec<Action<'a>>,
) {
    for (f, task) in fact_gaps {
        let kind_label: Option<&'a str> = task
            .kind
            .as_deref()
            .and_then(|k| checked.playbook.evidence_type(k))
            .map(|t| t.label.as_str());
        let same = actions.iter_mut().find(|a| {
            a.task == task.task
                && (a.document == Some(task.document.as_str())
                    || (kind_label.is_some() && a.document == kind_label))
        });
        match same {
            Some(action) => {
                action.blocking |= f.core;
                if !action.facts.contains(&f.label) {
                    action.facts.push(f.label.clone());
                }
            }
            None => {
                let e = task.evidence.map(|i| &checked.case.evidence[i]);
                actions.push(Action {
                    number: 0,
                    blocking: f.core,
                    task: task.task,
                    document: Some(match e {
                        Some(e) => e.title.as_str(),
                        None if task.task == "fact" => f.label.as_str(),
                        None => kind_label.unwrap_or(f.label.as_str()),
                    }),
                    letter: task
                        .evidence
                        .and_then(|i| checked.plan.of(i))
                        .map(|x| x.letter.as_str()),
                    from: task.from.clone(),
                    grounds: Vec::new(),
                    more_grounds: 0,
                    by: by.to_owned(),
                    requested_on: e.and_then(requested_on),
                    days_waiting: e.and_then(|e| days_waiting(checked, e)),
                    baseline: false,
                    notes: None,
                    facts: vec![if task.task == "fact" {
                        task.text.clone()
                    } else {
                        f.label.clone()
                    }],
                });
            }
        }
    }
}

/// The date documents are asked for, and which rule set it.
fn needed_by(checked: &Checked) -> (Date, &'static str) {
    let today = checked.today;
    match &checked.case.info.decision.respond_by {
        Some(respond_by) => {
            let margin = i32::try_from(checked.playbook.request_margin_days).unwrap_or(i32::MAX);
            let date = respond_by.value.saturating_sub(margin.days());
            if date > today {
                (date, "response")
            } else {
                (today, "now")
            }
        }
        None => (
            today.saturating_add(DAYS_TO_ANSWER_AFTER_DENIAL.days()),
            "after-today",
        ),
    }
}

/// Something to ask someone else for.
struct Need<'a> {
    reason: &'static str,
    /// The evidence item it is about; none for a type nothing provides.
    evidence: Option<usize>,
    kind: &'a str,
    who: Recipient,
    grounds: Grounds<'a>,
    blocking: bool,
    baseline: bool,
    /// The facts a memo cannot state without the document (labels).
    facts: Vec<String>,
}

impl<'a> Need<'a> {
    fn wanted(&self, checked: &'a Checked<'a>) -> Wanted<'a> {
        let playbook = checked.playbook;
        let kind = self.kind;
        let type_label = playbook.type_label(kind);
        let item = self.evidence.map(|i| &checked.case.evidence[i]);
        Wanted {
            reason: self.reason,
            title: item.map_or(type_label, |e| e.title.as_str()),
            type_label,
            letter: self
                .evidence
                .and_then(|i| checked.plan.of(i))
                .map(|x| x.letter.as_str()),
            dated: item.and_then(|e| e.date.as_ref()).map(|d| d.value.to_string()),
            requested_on: item.and_then(requested_on),
            days_waiting: item.and_then(|e| days_waiting(checked, e)),
            baseline: self.baseline,
            must_state: playbook.must_state(kind),
            concerns: self
                .grounds
                .first(GROUNDS_LISTED)
                .into_iter()
                .map(|g| concern(checked, g))
                .collect(),
            more_concerns: self.grounds.len().saturating_sub(GROUNDS_LISTED),
            facts: self.facts.clone(),
        }
    }

    fn action(&self, checked: &'a Checked<'a>, by: &str) -> Action<'a> {
        let item = self.evidence.map(|i| &checked.case.evidence[i]);
        let task = match self.reason {
            "update" => "update",
            "undated" => "date",
            "requested" => "chase",
            _ => "obtain",
        };
        Action {
            number: 0,
            blocking: self.blocking,
            task,
            document: Some(item.map_or_else(|| checked.playbook.type_label(self.kind), |e| e.title.as_str())),
            letter: self
                .evidence
                .and_then(|i| checked.plan.of(i))
                .map(|x| x.letter.as_str()),
            from: Some(self.who.to.clone()),
            grounds: numerals(&self.grounds.first(GROUNDS_LISTED)),
            more_grounds: self.grounds.len().saturating_sub(GROUNDS_LISTED),
            by: by.to_owned(),
            requested_on: item.and_then(requested_on),
            days_waiting: item.and_then(|e| days_waiting(checked, e)),
            baseline: self.baseline,
            notes: item.and_then(|e| e.notes.as_deref()),
            facts: self.facts.clone(),
        }
    }
}

/// The name to greet, for a person named with a title: the title and the
/// surnames, the first given name dropped ("Dr. Ana Ruiz Paz, Hospital X"
/// is greeted "Dr. Ruiz Paz"); none for a body or a role.
fn salutation(need: &Need) -> Option<String> {
    const TITLES: [&str; 6] = ["Dr. ", "Mr. ", "Ms. ", "Mrs. ", "Prof. ", "Professor "];
    let name = need.who.to.split(',').next()?.trim();
    if need.who.role {
        return None;
    }
    let Some(title) = TITLES.iter().find(|t| name.starts_with(*t)) else {
        // The sponsor or the petitioner, named without a title: by name.
        return matches!(
            need.who.capacity,
            Some("sponsor" | "petitioner" | "petitioner-sponsor")
        )
        .then(|| name.to_owned());
    };
    let words: Vec<&str> = name[title.len()..].split_whitespace().collect();
    let surnames = if words.len() > 1 { &words[1..] } else { &words[..] };
    Some(format!("{title}{}", surnames.join(" ")))
}

fn requested_on(e: &Evidence) -> Option<String> {
    e.requested_on.as_ref().map(|d| d.value.to_string())
}

/// Days a requested item has waited since it was asked for.
pub fn days_waiting(checked: &Checked, e: &Evidence) -> Option<i32> {
    let asked = e.requested_on.as_ref()?;
    (!e.is_received()).then(|| check::days_between(asked.value, checked.today))
}

fn numerals(grounds: &[usize]) -> Vec<String> {
    grounds.iter().map(|&g| roman(g + 1)).collect()
}

fn concern<'a>(checked: &'a Checked<'a>, g: usize) -> Concern<'a> {
    let ground = &checked.case.grounds[g];
    Concern {
        numeral: roman(g + 1),
        label: checked
            .playbook
            .category(&ground.category)
            .map_or(ground.category.as_str(), |c| c.label.as_str()),
        quote_paragraphs: markdown::paragraphs(&ground.quote),
        cite: ground.cite.as_deref(),
    }
}

/// The grounds whose category expects (or, with `strengthens`, is made
/// stronger by) evidence of type `kind`.
fn served_by(checked: &Checked, kind: &str, strengthens: bool) -> Vec<usize> {
    (0..checked.case.grounds.len())
        .filter(|&g| {
            checked
                .playbook
                .category(&checked.case.grounds[g].category)
                .is_some_and(|c| {
                    c.expects.iter().any(|t| t == kind)
                        || (strengthens && c.strengthens.iter().any(|t| t == kind))
                })
        })
        .collect()
}

fn cites_type(checked: &Checked, g: usize, kind: &str) -> bool {
    checked.report.grounds[g]
        .evidence
        .iter()
        .any(|&i| checked.case.evidence[i].is_kind(kind))
}

fn is_denial(checked: &Checked) -> bool {
    checked.case.info.decision.kind == DecisionKind::Denial
}

/// Whom to ask, and in what capacity.
struct Recipient {
    to: String,
    role: bool,
    capacity: Option<&'static str>,
}

/// Whom to ask for item `e` (or a document of type `kind`) answering
/// `grounds`: its author; else, unless a ground's category names its own
/// role for the type, the first person the case file names where the type's
/// `ask` looks; else the role. The `lookup`, when there is one, knows the
/// file's authors by type.
fn recipient<'a>(
    checked: &'a Checked,
    e: Option<&Evidence>,
    kind: &str,
    grounds: &Grounds<'a>,
    lookup: Option<&Lookup>,
) -> Recipient {
    if let Some(author) = e.and_then(|e| e.author.as_deref()).map(str::trim)
        && !author.is_empty()
    {
        return Recipient {
            to: author.to_owned(),
            role: false,
            capacity: None,
        };
    }
    let playbook = checked.playbook;
    let categories = grounds.categories(checked);
    let category_role = categories
        .iter()
        .filter_map(|c| playbook.category(c))
        .any(|c| c.author_role.contains_key(kind));
    if !category_role && let Some(named) = named(checked, kind, lookup) {
        return named;
    }
    let role = playbook.role_for(kind, categories).map_or_else(
        || format!("the author of the {}", playbook.type_label(kind)),
        str::to_owned,
    );
    Recipient {
        to: role,
        role: true,
        capacity: None,
    }
}

/// Whom to ask for a document of type `kind` that nothing in the file
/// provides and no ground in particular wants: the person the case file
/// names, else the type's role; none when the playbook names no role.
pub fn asked_of(checked: &Checked, kind: &str) -> Option<String> {
    let who = recipient(checked, None, kind, &Grounds::default(), None);
    (!who.role || checked.playbook.author_role(kind).is_some()).then_some(who.to)
}

/// The first person the case file names where the type's `ask` looks.
fn named(checked: &Checked, kind: &str, lookup: Option<&Lookup>) -> Option<Recipient> {
    let info = &checked.case.info;
    let petitioner = info
        .petitioner
        .as_ref()
        .and_then(|p| p.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let ask = checked
        .playbook
        .evidence_type(kind)
        .map_or(&[][..], |t| t.ask.as_slice());
    ask.iter().find_map(|place| {
        let (name, capacity) = match place.as_str() {
            "sponsor" => {
                let name = info.sponsors.first().map(|s| s.name.trim())?;
                let is_petitioner = petitioner.is_some_and(|p| p.to_lowercase() == name.to_lowercase());
                (
                    name.to_owned(),
                    if is_petitioner {
                        "petitioner-sponsor"
                    } else {
                        "sponsor"
                    },
                )
            }
            "petitioner" => (petitioner?.to_owned(), "petitioner"),
            "provider" => (
                info.treatment.as_ref()?.provider.as_deref()?.trim().to_owned(),
                "provider",
            ),
            author_of => {
                let author = match lookup {
                    Some(lookup) => lookup.authors.get(author_of).copied(),
                    None => checked
                        .case
                        .evidence
                        .iter()
                        .filter(|e| e.kind == author_of)
                        .find_map(|e| e.author.as_deref().map(str::trim).filter(|a| !a.is_empty())),
                }?;
                return Some(Recipient {
                    to: author.to_owned(),
                    role: false,
                    capacity: None,
                });
            }
        };
        (!name.is_empty()).then_some(Recipient {
            to: name,
            role: false,
            capacity: Some(capacity),
        })
    })
}

/// Everything to ask someone for, blocking first within each kind.
fn needs<'a>(lookup: &Lookup<'a>) -> Vec<Need<'a>> {
    let checked = lookup.checked;
    let case = &checked.case;
    let playbook = checked.playbook;
    let mut needs: Vec<Need> = Vec::new();

    // Requested items: chase them.
    for (i, e) in case.evidence.iter().enumerate() {
        if e.is_received() {
            continue;
        }
        let cited = lookup.citing[i].clone();
        let blocking = !cited.is_empty();
        let grounds = if cited.is_empty() {
            lookup.served_by(&e.kind, true, false)
        } else {
            lookup.also_answers(&e.kind, cited)
        };
        let who = recipient(checked, Some(e), &e.kind, &grounds, Some(lookup));
        needs.push(Need {
            reason: "requested",
            evidence: Some(i),
            kind: &e.kind,
            who,
            grounds,
            blocking: blocking || lookup.baseline_missing(&e.kind),
            baseline: is_denial(checked) && playbook.baseline.contains(&e.kind),
            facts: Vec::new(),
        });
    }

    // Types a ground expects, or a re-filing needs, that nothing in the file
    // provides: ask the role that would write them. Each type once, in the
    // order the grounds first expect it.
    let mut kinds: Vec<&str> = Vec::new();
    let mut categories_seen: Vec<&str> = Vec::new();
    for ground in &case.grounds {
        if categories_seen.contains(&ground.category.as_str()) {
            continue;
        }
        categories_seen.push(&ground.category);
        if let Some(c) = playbook.category(&ground.category) {
            kinds.extend(c.expects.iter().map(String::as_str));
        }
    }
    if is_denial(checked) {
        kinds.extend(playbook.baseline.iter().map(String::as_str));
    }
    let mut seen: Vec<&str> = Vec::new();
    for kind in kinds {
        if seen.contains(&kind) || case.evidence.iter().any(|e| e.is_kind(kind)) {
            continue;
        }
        seen.push(kind);
        let grounds = lookup.served_by(kind, false, true);
        let baseline = lookup.baseline_missing(kind);
        if grounds.is_empty() && !baseline {
            continue;
        }
        let who = recipient(checked, None, kind, &grounds, Some(lookup));
        needs.push(Need {
            reason: "missing",
            evidence: None,
            kind,
            who,
            blocking: baseline || grounds.any_weak(checked),
            grounds,
            baseline,
            facts: Vec::new(),
        });
    }

    opinion_needs(lookup, &mut needs);

    needs.sort_by_key(|n| !n.blocking);
    needs
}

/// Opinions on file: an update for those that predate the decision, a
/// date for those that have none.
fn opinion_needs<'a>(lookup: &Lookup<'a>, needs: &mut Vec<Need<'a>>) {
    let checked = lookup.checked;
    let case = &checked.case;
    let playbook = checked.playbook;
    let decision = case.info.decision.date.value;
    for (i, e) in case.evidence.iter().enumerate() {
        if !e.is_received() || !playbook.is_opinion_any(&e.kinds) {
            continue;
        }
        // A ground for which the file already holds a current opinion of
        // this type needs it cited, not a letter (see `team_tasks`).
        let current = lookup.current_opinion(&e.kind).is_some();
        let stale_for: Vec<usize> = lookup.citing[i]
            .iter()
            .copied()
            .filter(|&g| !current && stale(checked, g, decision))
            .collect();
        let reason = match &e.date {
            None => "undated",
            Some(d) if d.value < decision && !stale_for.is_empty() => "update",
            Some(_) => continue,
        };
        let grounds = if reason == "update" {
            stale_for
        } else {
            lookup.citing[i].clone()
        };
        let grounds = lookup.also_answers(&e.kind, grounds);
        let who = recipient(checked, Some(e), &e.kind, &grounds, Some(lookup));
        needs.push(Need {
            reason,
            evidence: Some(i),
            kind: &e.kind,
            who,
            grounds,
            blocking: false,
            baseline: false,
            facts: Vec::new(),
        });
    }
}

/// Whether ground `g` cites dated opinions, all from before the decision,
/// and no opinion already requested to replace them.
fn stale(checked: &Checked, g: usize, decision: Date) -> bool {
    let cited: Vec<&Evidence> = checked.report.grounds[g]
        .evidence
        .iter()
        .map(|&i| &checked.case.evidence[i])
        .filter(|e| checked.playbook.is_opinion_any(&e.kinds))
        .collect();
    let dated: Vec<&&Evidence> = cited.iter().filter(|e| e.date.is_some()).collect();
    let replacement = cited.iter().any(|e| !e.is_received());
    !dated.is_empty()
        && !replacement
        && dated
            .iter()
            .all(|e| e.date.as_ref().is_some_and(|d| d.value < decision))
}

/// The team's own tasks: grounds to answer, documents in the file to cite,
/// translations, new evidence for a re-filing, files to find.
fn team_tasks<'a>(lookup: &Lookup<'a>, by: &str) -> Vec<Action<'a>> {
    let checked = lookup.checked;
    let case = &checked.case;
    let mut tasks = Vec::new();
    let task = |task: &'static str, blocking: bool, grounds: &Grounds| Action {
        number: 0,
        blocking,
        task,
        document: None,
        letter: None,
        from: None,
        grounds: numerals(&grounds.first(GROUNDS_LISTED)),
        more_grounds: grounds.len().saturating_sub(GROUNDS_LISTED),
        by: by.to_owned(),
        requested_on: None,
        days_waiting: None,
        baseline: false,
        notes: None,
        facts: Vec::new(),
    };

    for (g, result) in checked.report.grounds.iter().enumerate() {
        match result.status {
            Status::Unanswered => tasks.push(task("answer", true, &Grounds::own(vec![g]))),
            Status::Asserted => tasks.push(task("support", true, &Grounds::own(vec![g]))),
            _ => {}
        }
        if is_denial(checked)
            && !result.evidence.is_empty()
            && result.evidence.iter().all(|&i| case.evidence[i].submitted_before)
        {
            tasks.push(task("new-evidence", true, &Grounds::own(vec![g])));
        }
    }

    // Stale grounds for which a current opinion is already in the file.
    let decision = case.info.decision.date.value;
    let mut current: Vec<(usize, Vec<usize>)> = Vec::new();
    for g in (0..case.grounds.len()).filter(|&g| stale(checked, g, decision)) {
        let kinds = checked.report.grounds[g]
            .evidence
            .iter()
            .flat_map(|&i| case.evidence[i].kinds.iter().map(String::as_str))
            .filter(|k| checked.playbook.is_opinion(k));
        for i in kinds.filter_map(|k| lookup.current_opinion(k)) {
            match current.iter_mut().find(|(x, _)| *x == i) {
                // Grounds come in order: a repeat is the last one.
                Some((_, grounds)) if grounds.last() != Some(&g) => grounds.push(g),
                Some(_) => {}
                None => current.push((i, vec![g])),
            }
        }
    }
    for (i, grounds) in current {
        let e = &case.evidence[i];
        tasks.push(Action {
            document: Some(e.title.as_str()),
            letter: checked.plan.of(i).map(|x| x.letter.as_str()),
            ..task("cite", false, &Grounds::own(grounds))
        });
    }

    for (i, e) in case.evidence.iter().enumerate() {
        let document = |t: &'static str, blocking: bool, grounds: &Grounds| Action {
            document: Some(e.title.as_str()),
            letter: checked.plan.of(i).map(|x| x.letter.as_str()),
            notes: e.notes.as_deref(),
            ..task(t, blocking, grounds)
        };
        let cited = Grounds::own(lookup.citing[i].clone());
        if cited.is_empty() && e.is_received() {
            let fits = lookup.served_by(&e.kind, true, false);
            if fits.is_empty() {
                tasks.push(document("review", false, &Grounds::default()));
            } else {
                let blocking = lookup.baseline_missing(&e.kind) || fits.any_weak(checked);
                tasks.push(document("cite", blocking, &fits));
            }
        }
        if super::translation::TranslationStatus::of(e).is_problem() {
            tasks.push(document("translate", !cited.is_empty(), &cited));
        }
        if let Some(file) = &e.file
            && !checked.base_dir.join(&file.value).exists()
        {
            tasks.push(document("file", false, &cited));
        }
    }
    tasks
}

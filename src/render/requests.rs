//! From gaps to actions: what to obtain, from whom, for which grounds and by
//! when. One computation feeds two documents: the evidence-request letters
//! (`--memo requests`, one letter per person or body to ask) and the action
//! list that opens the gap report (the same requests, plus the team's own
//! tasks: answer a ground, cite what is in the file, translate).
//!
//! Everything here is data for the templates; the wording is theirs. Nothing
//! here carries an id or a finding code: tasks speak of grounds by numeral
//! and of documents by title and exhibit letter.

use super::ground_set::{GroundList, GroundSet, first_merged};
use super::markdown;
use super::shared::Shared;
use crate::check::{self, Checked, Code, Finding, Status};
use crate::model::{DecisionKind, Evidence};
use crate::text::roman;
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::HashMap;
use std::rc::Rc;

/// After a denial there is no response date: documents are asked for this
/// many days after today.
pub const DAYS_TO_ANSWER_AFTER_DENIAL: i32 = 14;

/// When the response is due within this many days, the action list opens
/// with sending it today by a tracked courier.
pub const COURIER_DAYS: i32 = 5;

/// The evidence-request letters, and the date they ask for.
#[derive(Debug, Clone, Default, Serialize)]
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
    /// The language the letter is written in before its English version
    /// (a key of the playbook's `letters`, "es"), when the documents it
    /// asks for, or others by the same author, are in that language.
    pub language: Option<&'a str>,
    /// `to` in the letter's language: a role translated by the playbook's
    /// `roles`, else as written.
    pub to_words: Option<String>,
    /// The English name of a language a document asked for is written in
    /// and the playbook's `letters` do not give ("Portuguese"): the letter
    /// is in English only, and the list of letters says so.
    pub unworded: Option<&'a str>,
    pub documents: Vec<Wanted<'a>>,
}

/// A document to ask for.
#[derive(Debug, Clone, Serialize)]
pub struct Wanted<'a> {
    /// Why: `requested` (asked for already, not yet received), `missing`
    /// (nothing in the file is of this type), `update` (an opinion that
    /// predates the decision), `undated` (a document with no date), `lacks`
    /// (a document in the file that does not state what the request must
    /// show: `facts`).
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
    pub concerns: Vec<Shared<Concern<'a>>>,
    /// How many more grounds it would answer than `concerns` quotes.
    pub more_concerns: usize,
    /// The facts the request must show and this document would show (the
    /// playbook's labels): "the companion's relationship to the beneficiary".
    pub facts: Vec<String>,
    /// The same facts, by id (a translated letter names them in its words).
    pub fact_ids: Vec<String>,
    /// The evidence type's id.
    pub kind: &'a str,
    /// What the grounds it would answer need, beyond `must_state`: the
    /// `letter` lines of their categories, each once, in ground order.
    pub ground_needs: Vec<&'a str>,
    /// The same, in the letter's language, when it has one.
    pub words: Option<WantedWords<'a>>,
}

/// A document's title, what it must state and what its grounds need, in
/// the letter's language (the English where the playbook has no
/// translation).
#[derive(Debug, Clone, Serialize)]
pub struct WantedWords<'a> {
    /// The type's label for a missing type; the type's label and the
    /// document's own title otherwise ("Opinión del médico tratante (Letter
    /// of Dr. Ruiz)").
    pub title: String,
    pub must_state: Vec<&'a str>,
    pub ground_needs: Vec<&'a str>,
    pub facts: Vec<String>,
    /// Each concern's category label, in the order of `concerns`.
    pub concern_labels: Vec<&'a str>,
}

impl<'a> Wanted<'a> {
    fn in_words(&self, checked: &'a Checked<'a>, words: &'a crate::playbook::LetterWords) -> WantedWords<'a> {
        let playbook = checked.playbook;
        let ty = words.types.get(self.kind);
        let label = ty.and_then(|t| t.label.as_deref()).unwrap_or(self.type_label);
        let title = if self.reason == "missing" {
            label.to_owned()
        } else {
            format!("{label} ({})", self.title)
        };
        let must_state = match ty {
            Some(t) if !t.must_state.is_empty() => t.must_state.iter().map(String::as_str).collect(),
            _ => self.must_state.iter().map(String::as_str).collect(),
        };
        let mut ground_needs: Vec<&str> = Vec::new();
        for c in &self.concerns {
            let lines = match words.categories.get(c.category) {
                Some(w) if !w.letter.is_empty() => &w.letter,
                _ => match playbook.category(c.category) {
                    Some(cat) => &cat.letter,
                    None => continue,
                },
            };
            for line in lines {
                if !ground_needs.contains(&line.as_str()) {
                    ground_needs.push(line);
                }
            }
        }
        let facts = self
            .fact_ids
            .iter()
            .zip(&self.facts)
            .map(|(id, label)| words.facts.get(id).unwrap_or(label).clone())
            .collect();
        let concern_labels = self
            .concerns
            .iter()
            .map(|c| {
                words
                    .categories
                    .get(c.category)
                    .and_then(|w| w.label.as_deref())
                    .unwrap_or(c.label)
            })
            .collect();
        WantedWords {
            title,
            must_state,
            ground_needs,
            facts,
            concern_labels,
        }
    }
}

/// A ground a document would answer, as the decision put it.
#[derive(Debug, Clone, Serialize)]
pub struct Concern<'a> {
    pub numeral: String,
    /// The ground's category (its id).
    pub category: &'a str,
    pub label: &'a str,
    pub quote_paragraphs: Vec<String>,
    pub cite: Option<String>,
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
    /// document no ground cites), `lacks` (ask the author of a document on
    /// file for a letter stating the `facts` it does not), `signature`
    /// (complete the signature block: `detail`), `fix` (any other reason
    /// `--final` gives, worded in `detail`), `chronology` (events no
    /// exhibit shows: their dates in `detail`), `sponsor` (enclose the Form
    /// I-134 of the sponsor named in `detail`), `courier` (the response is
    /// due within [`COURIER_DAYS`] days: send it today, tracked; `by` is the
    /// due date).
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
    /// For a `signature` or `fix` task: what is wrong, in plain words.
    pub detail: Option<String>,
    /// The reasons `--final` gives that this task removes; `blocking` is
    /// true exactly when one of them is among
    /// [`super::fileable::blocks_filing`].
    #[serde(skip)]
    pub resolves: Vec<Resolves>,
}

/// A reason `--final` gives, as a task can name it: the finding's code and
/// what it is about (the ground's or exhibit's id, the fact's id for a core
/// fact, the evidence type for a missing baseline type, `case`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Resolves {
    pub code: Code,
    pub about: String,
}

fn resolves(code: Code, about: &str) -> Resolves {
    Resolves {
        code,
        about: about.to_owned(),
    }
}

/// The reason `f` gives, in the terms a task names it by.
pub fn reason_of(checked: &Checked, f: &Finding) -> Resolves {
    match f.code {
        Code::MissingBaseline => resolves(f.code, baseline_kind(checked, f).unwrap_or("case")),
        // Each blank is a task of its own.
        Code::Unfilled => resolves(f.code, &f.message),
        _ => resolves(f.code, &f.subject_id),
    }
}

/// The evidence type a `missing-baseline` finding is about (the finding
/// names it by its label).
pub fn baseline_kind<'c>(checked: &'c Checked, f: &Finding) -> Option<&'c str> {
    let playbook = checked.playbook;
    playbook
        .baseline
        .iter()
        .find(|t| f.message.contains(playbook.type_label(t)))
        .map(String::as_str)
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
        let from = recipient(checked, Some(e), e.kind(), &[]).to;
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
    // An undated exhibit that shows the fact needs only its date.
    if let Some(&i) = f.stale.iter().find(|&&i| case.evidence[i].date.is_none()) {
        let e = &case.evidence[i];
        let from = recipient(checked, Some(e), e.kind(), &[]).to;
        return FactTask {
            task: "date",
            document: e.title.clone(),
            evidence: Some(i),
            text: format!(
                "ask {} to date and sign {}",
                set_off(&from),
                exhibit_or_title(checked, i)
            ),
            kind: Some(e.kind().to_owned()),
            from: Some(from),
        };
    }
    if let Some(&i) = f.stale.first() {
        let from = recipient(checked, Some(&case.evidence[i]), &kind, &[]).to;
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
    // A fact only its own person's document shows (`by`) is not asked of
    // the author of another document of the kind.
    if fact.is_none_or(|x| x.by.is_none())
        && let Some(task) = on_file_of_kind(checked, f, &kind)
    {
        return task;
    }
    let from = recipient(checked, None, &kind, &[]).to;
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

/// The task for fact `f` when the file already holds a document of type
/// `kind` that does not show it: ask its author to state it (or cite it
/// where a link would show it), rather than call the kind missing.
fn on_file_of_kind(checked: &Checked, f: &crate::check::facts::FactState, kind: &str) -> Option<FactTask> {
    use super::prose::title_in_prose;
    let case = &checked.case;
    let fact = checked.playbook.fact(&f.id);
    let of_kind = |received: bool| {
        case.evidence
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_kind(kind) && e.is_received() == received)
            .find(|(i, e)| {
                e.author.as_deref().is_some_and(|a| !a.trim().is_empty())
                    && !fact.is_some_and(|x| check::facts::shows(case, &checked.report.grounds, *i, x))
                    // An uncited document the decision may have weighed
                    // (filed before, or older than the decision) is not
                    // the one to build on.
                    && (checked.plan.of(*i).is_some()
                        || !(e.submitted_before
                            || e.date.as_ref().is_none_or(|d| d.value < case.info.decision.date.value)))
            })
            .map(|(i, _)| i)
    };
    if let Some(i) = of_kind(true) {
        let e = &case.evidence[i];
        let from = recipient(checked, Some(e), e.kind(), &[]).to;
        return Some(FactTask {
            task: "lacks",
            document: e.title.clone(),
            evidence: Some(i),
            // A document no point cites yet may show it once cited under a
            // ground whose category shows the fact; one in the packet, or
            // one for a fact no link shows, does not.
            text: if checked.plan.of(i).is_some() || fact.is_none_or(|x| x.categories.is_empty()) {
                format!(
                    "{} is not shown to state it: ask {} where it does, or for a letter that does",
                    exhibit_or_title(checked, i),
                    set_off(&from)
                )
            } else {
                format!(
                    "cite {}, already in the file, under the ground it answers if it states this; otherwise ask {} for a letter that does",
                    exhibit_or_title(checked, i),
                    set_off(&from)
                )
            },
            kind: Some(kind.to_owned()),
            from: Some(from),
        });
    }
    if let Some(i) = of_kind(false) {
        let e = &case.evidence[i];
        let from = recipient(checked, Some(e), e.kind(), &[]).to;
        return Some(FactTask {
            task: "chase",
            document: e.title.clone(),
            evidence: Some(i),
            text: format!(
                "it is awaited from {}: chase the {}, and ask that it state this",
                from,
                title_in_prose(&e.title)
            ),
            kind: None,
            from: Some(from),
        });
    }
    None
}

/// "Exhibit A", or "the letter of Dr. Paz" for a document not in the packet.
fn exhibit_or_title(checked: &Checked, i: usize) -> String {
    match checked.plan.of(i) {
        Some(x) => format!("Exhibit {}", x.letter),
        None => format!(
            "the {}",
            super::prose::title_in_prose(&checked.case.evidence[i].title)
        ),
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

/// The letters and the action list of a checked case. `describe` words a
/// finding for people (`gap_text::message`), for a reason `--final` gives
/// that no task of its own covers.
pub fn build<'a>(
    checked: &'a Checked<'a>,
    lookup: &Lookup<'a>,
    describe: &dyn Fn(&Finding) -> String,
) -> (RequestsContext<'a>, Vec<Action<'a>>) {
    let (needed_by, rule) = needed_by(checked);
    let by = needed_by.to_string();
    let mut needs = needs(checked, lookup);
    let fact_gaps = fact_gaps(checked);
    fact_needs(checked, lookup, &fact_gaps, &mut needs);

    let concerns = Concerns::new(checked);
    let mut letters: Vec<Letter> = Vec::new();
    // The needs of each letter, by index into `needs`.
    let mut firsts: Vec<Vec<usize>> = Vec::new();
    // Each letter by its addressee, as compared (trimmed, lowercase): one
    // look-up per need, not a pass over the letters.
    let mut letter_of: HashMap<String, usize> = HashMap::new();
    for (n, need) in needs.iter().enumerate() {
        let key = need.who.to.trim().to_lowercase();
        let wanted = need.wanted(checked, &concerns);
        match letter_of.get(&key) {
            Some(&i) => {
                firsts[i].push(n);
                letters[i].documents.push(wanted);
            }
            None => {
                letter_of.insert(key, letters.len());
                firsts.push(vec![n]);
                letters.push(Letter {
                    number: letters.len() + 1,
                    salutation: salutation(need),
                    to: need.who.to.clone(),
                    role: need.who.role,
                    capacity: need.who.capacity,
                    language: None,
                    to_words: None,
                    unworded: None,
                    documents: vec![wanted],
                });
            }
        }
    }
    for (letter, first) in letters.iter_mut().zip(&firsts) {
        letter.language = letter_language(checked, &needs, first, &letter.to);
        if letter.language.is_none() {
            letter.unworded = first
                .iter()
                .filter_map(|&n| needs[n].evidence)
                .map(|i| &checked.case.evidence[i])
                .find(|e| !e.is_english())
                .map(Evidence::language_name);
        }
        if let Some(words) = letter.language.and_then(|l| checked.playbook.letters.get(l)) {
            letter.to_words = Some(match words.roles.get(&letter.to) {
                Some(role) if letter.role => role.clone(),
                _ => letter.to.clone(),
            });
            for doc in &mut letter.documents {
                doc.words = Some(doc.in_words(checked, words));
            }
        }
    }

    let mut actions: Vec<Action> = needs.iter().map(|n| n.action(checked, &by)).collect();
    actions.extend(team_tasks(checked, lookup, &by));
    fact_actions(checked, &fact_gaps, &by, &mut actions);
    mark_blocking(checked, describe, &by, &mut actions);
    // Blocking first; otherwise in the order found (stable sort). The
    // courier comes before all: it is how the filing gets there in time,
    // not a reason `--final` gives.
    actions.sort_by_key(|a| !a.blocking);
    if let Some(courier) = courier(checked) {
        actions.insert(0, courier);
    }
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

/// One rule for "blocks filing": a task blocks exactly when it removes a
/// reason `--final` would give ([`super::fileable::blocks_filing`]); a
/// reason no task removes becomes a task of its own.
fn mark_blocking<'a>(
    checked: &'a Checked<'a>,
    describe: &dyn Fn(&Finding) -> String,
    by: &str,
    actions: &mut Vec<Action<'a>>,
) {
    let blockers = super::fileable::blocks_filing(checked);
    let reasons: Vec<Resolves> = blockers.iter().map(|f| reason_of(checked, f)).collect();
    // Looked up in sets: a large case has thousands of tasks and reasons.
    let blocking: std::collections::HashSet<&Resolves> = reasons.iter().collect();
    for action in actions.iter_mut() {
        action.blocking = action.resolves.iter().any(|r| blocking.contains(r));
    }
    let mut covered: std::collections::HashSet<Resolves> =
        actions.iter().flat_map(|a| a.resolves.iter().cloned()).collect();
    for (f, reason) in blockers.iter().zip(&reasons) {
        // A reason no task removes becomes a task of its own, once.
        if !covered.insert(reason.clone()) {
            continue;
        }
        let (task, detail) = match f.code {
            Code::IncompleteSignature => (
                "signature",
                f.message
                    .strip_prefix("the signature block ")
                    .unwrap_or(&f.message)
                    .to_owned(),
            ),
            _ => ("fix", upper_first(&describe(f))),
        };
        actions.push(Action {
            number: 0,
            blocking: true,
            task,
            document: None,
            letter: None,
            from: None,
            grounds: Vec::new(),
            more_grounds: 0,
            by: by.to_owned(),
            requested_on: None,
            days_waiting: None,
            baseline: false,
            notes: None,
            facts: Vec::new(),
            detail: Some(detail),
            resolves: vec![reason.clone()],
        });
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// With the response due within [`COURIER_DAYS`] days of today (and not
/// yet past), the first task: send it today by a courier that tracks it, so
/// that the agency receives it by the date (mailing it by then is not
/// enough).
fn courier<'a>(checked: &Checked) -> Option<Action<'a>> {
    let due = checked.case.info.decision.respond_by.as_ref()?.value;
    let days = check::days_between(checked.today, due);
    (0..=COURIER_DAYS).contains(&days).then(|| Action {
        number: 0,
        blocking: false,
        task: "courier",
        document: None,
        letter: None,
        from: None,
        grounds: Vec::new(),
        more_grounds: 0,
        by: due.to_string(),
        requested_on: None,
        days_waiting: None,
        baseline: false,
        notes: None,
        facts: Vec::new(),
        detail: None,
        resolves: Vec::new(),
    })
}

/// A fact nothing in the file shows is a letter to whoever would write the
/// document, unless a letter already asks for one of that type.
fn fact_needs<'a>(
    checked: &'a Checked<'a>,
    lookup: &Lookup<'a>,
    fact_gaps: &[(&crate::check::facts::FactState, FactTask)],
    needs: &mut Vec<Need<'a>>,
) {
    for (f, task) in fact_gaps {
        let add = |need: &mut Need| {
            if !need.facts.contains(&f.label) {
                need.facts.push(f.label.clone());
                need.fact_ids.push(f.id.clone());
            }
        };
        // One letter per document: what else the document asked for
        // already must state is asked in the same place.
        if let Some(i) = task.evidence
            && let Some(need) = needs.iter_mut().find(|n| n.evidence == Some(i))
        {
            add(need);
            continue;
        }
        let Some(kind) = task.kind.as_deref() else {
            continue;
        };
        let reason = match task.task {
            "update" => "update",
            "date" => "undated",
            "lacks" => "lacks",
            _ => "missing",
        };
        if let Some(need) = needs
            .iter_mut()
            .find(|n| n.kind == kind && n.reason == reason && n.evidence == task.evidence)
        {
            add(need);
            continue;
        }
        let kind: &'a str = checked
            .playbook
            .evidence_type(kind)
            .map_or("other", |t| t.id.as_str());
        let grounds = GroundSet::shared(lookup.serving(kind, false));
        let who = recipient(
            checked,
            task.evidence.map(|i| &checked.case.evidence[i]),
            kind,
            &grounds.categories(checked),
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
            fact_ids: vec![f.id.clone()],
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
                if !action.facts.contains(&f.label) {
                    action.facts.push(f.label.clone());
                }
                action.resolves.push(resolves(Code::UnshownFact, &f.id));
            }
            None => {
                let e = task.evidence.map(|i| &checked.case.evidence[i]);
                actions.push(Action {
                    number: 0,
                    blocking: false,
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
                    detail: None,
                    resolves: vec![resolves(Code::UnshownFact, &f.id)],
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
    /// The grounds it would answer.
    grounds: GroundSet<'a>,
    blocking: bool,
    baseline: bool,
    /// The facts a memo cannot state without the document (labels).
    facts: Vec<String>,
    /// The same facts, by id.
    fact_ids: Vec<String>,
}

impl<'a> Need<'a> {
    fn wanted(&self, checked: &'a Checked<'a>, concerns: &Concerns<'a>) -> Wanted<'a> {
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
                .map(|g| concerns.of(checked, g))
                .collect(),
            more_concerns: self.grounds.len().saturating_sub(GROUNDS_LISTED),
            facts: self.facts.clone(),
            fact_ids: self.fact_ids.clone(),
            kind,
            ground_needs: ground_needs(checked, &self.grounds.categories(checked)),
            words: None,
        }
    }

    fn action(&self, checked: &'a Checked<'a>, by: &str) -> Action<'a> {
        let item = self.evidence.map(|i| &checked.case.evidence[i]);
        let task = match self.reason {
            "update" => "update",
            "undated" => "date",
            "requested" => "chase",
            "lacks" => "lacks",
            _ => "obtain",
        };
        // The facts this document would show are the action list's to add
        // (`fact_actions`), each to the task that establishes it.
        let mut done: Vec<Resolves> = Vec::new();
        if let Some(e) = item {
            match task {
                "chase" => done.push(resolves(Code::PendingEvidence, &e.id)),
                "date" => done.push(resolves(Code::UndatedOpinion, &e.id)),
                _ => {}
            }
        }
        // A baseline type is there once the document is obtained (or
        // received) and cited.
        if matches!(task, "obtain" | "chase") {
            let kinds: Vec<&str> = match item {
                Some(e) => e.kinds.iter().map(String::as_str).collect(),
                None => vec![self.kind],
            };
            done.extend(kinds.into_iter().map(|k| resolves(Code::MissingBaseline, k)));
        }
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
            facts: Vec::new(),
            detail: None,
            resolves: done,
        }
    }
}

/// The language of a letter to `to` asking for `needs[i]` for each `i` of
/// `mine`, among those the playbook has letter wording for: that of the
/// first document asked for that is in one; else that of another document
/// in the file by the same author or the same body (a part of the author
/// between commas: "Hospital Infantil San Rafael"); else, for a letter
/// asking only for documents written in the home country (`home` types)
/// of someone other than the petitioner or a sponsor, the language of the
/// beneficiary's country.
fn letter_language<'a>(
    checked: &'a Checked<'a>,
    needs: &[Need],
    mine: &[usize],
    to: &str,
) -> Option<&'a str> {
    let letters = &checked.playbook.letters;
    let known = |e: &Evidence| -> Option<&'a str> {
        let code = crate::model::language(&e.language)?.to_639_1()?;
        letters.get_key_value(code).map(|(k, _)| k.as_str())
    };
    let case = &checked.case;
    let parts = |who: &str| -> Vec<String> {
        who.split(',')
            .map(|p| p.trim().to_lowercase())
            .filter(|p| p.chars().count() > 3)
            .collect()
    };
    let mine_parts = parts(to);
    let asked = mine.iter().filter_map(|&n| needs[n].evidence);
    asked
        .clone()
        .find_map(|i| known(&case.evidence[i]))
        .or_else(|| {
            case.evidence
                .iter()
                .filter(|e| {
                    e.author
                        .as_deref()
                        .is_some_and(|a| parts(a).iter().any(|p| mine_parts.contains(p)))
                })
                .find_map(known)
        })
        .or_else(|| {
            // A role a category names for its own grounds ("the US treating
            // physician") is not in the home country.
            let playbook = checked.playbook;
            let category_role = |who: &str| {
                playbook
                    .categories
                    .iter()
                    .any(|c| c.author_role.values().any(|r| r == who))
            };
            let home = mine.iter().all(|&n| {
                needs[n].who.capacity.is_none()
                    && !category_role(&needs[n].who.to)
                    && playbook.evidence_type(needs[n].kind).is_some_and(|t| t.home)
            });
            let country = case.info.beneficiary.country.trim();
            home.then(|| {
                letters
                    .iter()
                    .find(|(_, w)| w.countries.iter().any(|c| c.eq_ignore_ascii_case(country)))
                    .map(|(k, _)| k.as_str())
            })
            .flatten()
        })
}

/// The `letter` lines of the categories (those of the grounds, in ground
/// order), each once.
fn ground_needs<'a>(checked: &'a Checked<'a>, categories: &[&str]) -> Vec<&'a str> {
    let mut lines: Vec<&str> = Vec::new();
    for category in categories {
        let Some(c) = checked.playbook.category(category) else {
            continue;
        };
        for line in &c.letter {
            if !lines.contains(&line.as_str()) {
                lines.push(line);
            }
        }
    }
    lines
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
            Some("sponsor" | "petitioner" | "petitioner-sponsor" | "companion")
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

/// At most this many grounds are named for one document or task: the
/// letters quote each, the action list numbers them. A real decision has a
/// handful of grounds; a document that would answer thousands names the
/// first and counts the rest, so that a case's documents stay linear in it.
pub const GROUNDS_LISTED: usize = 20;

/// How many grounds [`numerals`] leaves out.
fn more_grounds(grounds: &[usize]) -> usize {
    grounds.len().saturating_sub(GROUNDS_LISTED)
}

/// The numerals of the first [`GROUNDS_LISTED`] grounds.
fn numerals(grounds: &[usize]) -> Vec<String> {
    grounds
        .iter()
        .take(GROUNDS_LISTED)
        .map(|&g| roman(g + 1))
        .collect()
}

/// Each ground as the letters quote it, made the first time a letter
/// quotes it and shared by every document that answers it.
struct Concerns<'a>(Vec<std::cell::OnceCell<Shared<Concern<'a>>>>);

impl<'a> Concerns<'a> {
    fn new(checked: &Checked) -> Concerns<'a> {
        Concerns(
            (0..checked.case.grounds.len())
                .map(|_| Default::default())
                .collect(),
        )
    }

    fn of(&self, checked: &'a Checked<'a>, g: usize) -> Shared<Concern<'a>> {
        self.0[g].get_or_init(|| Shared::new(concern(checked, g))).clone()
    }
}

fn concern<'a>(checked: &'a Checked<'a>, g: usize) -> Concern<'a> {
    let ground = &checked.case.grounds[g];
    Concern {
        numeral: roman(g + 1),
        category: &ground.category,
        label: checked
            .playbook
            .category(&ground.category)
            .map_or(ground.category.as_str(), |c| c.label.as_str()),
        quote_paragraphs: markdown::paragraphs(&ground.quote),
        cite: ground.cite.as_deref().map(super::prose::en_dash_ranges),
    }
}

/// The grounds whose points cite evidence item `i`.
fn citing(checked: &Checked, i: usize) -> Vec<usize> {
    checked.graph.citing_grounds(i)
}

/// `grounds`, and those that lack evidence of type `kind`: the lacking
/// ones shared with every other document of the type, not copied.
fn also_answers<'a>(lookup: &Lookup<'a>, kind: &str, grounds: Vec<usize>) -> GroundSet<'a> {
    GroundSet::new(grounds, lookup.lacking(kind))
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

/// A `baseline` type no ground cites, in a re-filing.
fn baseline_missing(checked: &Checked, kind: &str) -> bool {
    is_denial(checked)
        && checked.playbook.baseline.iter().any(|t| t == kind)
        && !(0..checked.case.grounds.len()).any(|g| cites_type(checked, g, kind))
}

/// Whom to ask, and in what capacity.
struct Recipient {
    to: String,
    role: bool,
    capacity: Option<&'static str>,
}

fn recipient(checked: &Checked, e: Option<&Evidence>, kind: &str, categories: &[&str]) -> Recipient {
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
    let category_role = categories
        .iter()
        .filter_map(|c| playbook.category(c))
        .any(|c| c.author_role.contains_key(kind));
    if !category_role && let Some(named) = named(checked, kind) {
        return named;
    }
    let role = playbook.role_for(kind, categories.iter().copied()).map_or_else(
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
    let who = recipient(checked, None, kind, &[]);
    (!who.role || checked.playbook.author_role(kind).is_some()).then_some(who.to)
}

/// The first person the case file names where the type's `ask` looks.
fn named(checked: &Checked, kind: &str) -> Option<Recipient> {
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
            // The family member travelling: a parent or guardian first.
            "companion" => {
                let companions = &info.companions;
                let c = companions
                    .iter()
                    .find(|c| check::facts::is_parent(&c.relationship))
                    .or_else(|| companions.first())?;
                (c.name.trim().to_owned(), "companion")
            }
            "provider" => (
                info.treatment.as_ref()?.provider.as_deref()?.trim().to_owned(),
                "provider",
            ),
            author_of => {
                let author = checked
                    .case
                    .evidence
                    .iter()
                    .filter(|e| e.kind() == author_of)
                    .find_map(|e| e.author.as_deref().map(str::trim).filter(|a| !a.is_empty()))?;
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
fn needs<'a>(checked: &'a Checked<'a>, lookup: &Lookup<'a>) -> Vec<Need<'a>> {
    let case = &checked.case;
    let playbook = checked.playbook;
    let mut needs: Vec<Need> = Vec::new();

    // Requested items: chase them.
    for (i, e) in case.evidence.iter().enumerate() {
        if e.is_received() {
            continue;
        }
        let cited = citing(checked, i);
        let blocking = !cited.is_empty();
        let grounds = if cited.is_empty() && case.info.exercise {
            // Which ground it would answer is the student's question.
            GroundSet::default()
        } else if cited.is_empty() {
            GroundSet::shared(lookup.serving(e.kind(), true))
        } else {
            also_answers(lookup, e.kind(), cited)
        };
        let who = recipient(checked, Some(e), e.kind(), &grounds.categories(checked));
        needs.push(Need {
            reason: "requested",
            evidence: Some(i),
            kind: e.kind(),
            who,
            grounds,
            blocking: blocking || baseline_missing(checked, e.kind()),
            baseline: is_denial(checked) && playbook.baseline.iter().any(|b| b == e.kind()),
            facts: Vec::new(),
            fact_ids: Vec::new(),
        });
    }

    // Types a ground expects, or a re-filing needs, that nothing in the file
    // provides: ask the role that would write them.
    let mut kinds: Vec<&str> = Vec::new();
    for ground in &case.grounds {
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
        let grounds = GroundSet::shared(lookup.lacking(kind));
        let baseline = baseline_missing(checked, kind);
        if grounds.is_empty() && !baseline {
            continue;
        }
        let who = recipient(checked, None, kind, &grounds.categories(checked));
        needs.push(Need {
            reason: "missing",
            evidence: None,
            kind,
            who,
            blocking: baseline
                || grounds
                    .iter()
                    .any(|g| checked.report.grounds[g].status < Status::Pending),
            grounds,
            baseline,
            facts: Vec::new(),
            fact_ids: Vec::new(),
        });
    }

    opinion_needs(checked, lookup, &mut needs);

    needs.sort_by_key(|n| !n.blocking);
    needs
}

/// Opinions on file: an update for those that predate the decision, a
/// date for those that have none.
fn opinion_needs<'a>(checked: &'a Checked<'a>, lookup: &Lookup<'a>, needs: &mut Vec<Need<'a>>) {
    let case = &checked.case;
    let playbook = checked.playbook;
    let decision = case.info.decision.date.value;
    for (i, e) in case.evidence.iter().enumerate() {
        if !e.is_received() || !playbook.is_opinion_any(&e.kinds) {
            continue;
        }
        // A ground for which the file already holds a current opinion of
        // this type needs it cited, not a letter (see `team_tasks`).
        let stale_for: Vec<usize> = citing(checked, i)
            .into_iter()
            .filter(|&g| stale(checked, g, decision) && lookup.current_opinion(e.kind()).is_none())
            .collect();
        let reason = match &e.date {
            None => "undated",
            Some(d) if d.value < decision && !stale_for.is_empty() => "update",
            Some(_) => continue,
        };
        let grounds = if reason == "update" {
            stale_for
        } else {
            citing(checked, i)
        };
        let grounds = also_answers(lookup, e.kind(), grounds);
        let who = recipient(checked, Some(e), e.kind(), &grounds.categories(checked));
        needs.push(Need {
            reason,
            evidence: Some(i),
            kind: e.kind(),
            who,
            grounds,
            blocking: false,
            baseline: false,
            facts: Vec::new(),
            fact_ids: Vec::new(),
        });
    }
}

/// A received opinion of type `kind` dated on or after the decision, if the
/// file holds one.
fn current_opinion(checked: &Checked, kind: &str) -> Option<usize> {
    let decision = checked.case.info.decision.date.value;
    checked.case.evidence.iter().position(|e| {
        e.is_kind(kind) && e.is_received() && e.date.as_ref().is_some_and(|d| d.value >= decision)
    })
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

/// The grounds a document of these types could answer; none in an
/// exercise, where which ground it answers is the student's question.
fn served_unless_exercise<'l>(checked: &Checked, lookup: &'l Lookup, kind: &str) -> &'l [usize] {
    if checked.case.info.exercise {
        &[]
    } else {
        lookup.served_by(kind, true)
    }
}

/// The team's own tasks: grounds to answer, documents in the file to cite,
/// translations, new evidence for a re-filing, files to find. Where a
/// document already in the file would answer a ground that has nothing (or
/// nothing new), the task is to cite it, not to find more.
fn team_tasks<'a>(checked: &'a Checked<'a>, lookup: &Lookup<'a>, by: &str) -> Vec<Action<'a>> {
    let case = &checked.case;
    let mut tasks = Vec::new();
    let task = |t: &'static str, grounds: &[usize], done: Vec<Resolves>| team_task(t, grounds, done, by);

    // Documents to cite: (item, grounds, what citing it resolves).
    // Found by item in a map, and each item's grounds made unique once at
    // the end: an uncited item may serve thousands of grounds.
    let mut cite: Vec<(usize, Vec<usize>, Vec<Resolves>)> = Vec::new();
    let mut cite_at: HashMap<usize, usize> = HashMap::new();
    // For an uncited item, the grounds its type serves, ascending.
    let mut serves: HashMap<usize, &[usize]> = HashMap::new();
    let mut cite_for = |i: usize, g: Option<usize>, done: Option<Resolves>| {
        let at = *cite_at.entry(i).or_insert_with(|| {
            cite.push((i, Vec::new(), Vec::new()));
            cite.len() - 1
        });
        let (_, grounds, resolved) = &mut cite[at];
        grounds.extend(g);
        resolved.extend(done);
    };

    // Stale grounds for which a current opinion is already in the file.
    for g in 0..case.grounds.len() {
        for i in lookup.current_for(g) {
            cite_for(
                i,
                Some(g),
                Some(resolves(Code::StaleOpinion, &case.grounds[g].id)),
            );
        }
    }

    // Received documents no point cites.
    let mut review = Vec::new();
    for (i, e) in case.evidence.iter().enumerate() {
        if checked.graph.is_cited(i) || !e.is_received() {
            continue;
        }
        let fits = served_unless_exercise(checked, lookup, e.kind());
        if fits.is_empty() {
            review.push(i);
        }
        // The grounds its type serves stay a slice of the index: thousands
        // for each of thousands of items in a large case.
        serves.insert(i, fits);
        cite_for(i, None, Some(resolves(Code::UnusedEvidence, &e.id)));
        for k in &e.kinds {
            cite_for(i, None, Some(resolves(Code::MissingBaseline, k)));
        }
    }

    for (g, result) in checked.report.grounds.iter().enumerate() {
        let id = &case.grounds[g].id;
        let prior_only = is_denial(checked)
            && !result.evidence.is_empty()
            && result.evidence.iter().all(|&i| case.evidence[i].submitted_before);
        let (code, fallback) = match result.status {
            Status::Unanswered => (Code::UnansweredGround, "answer"),
            Status::Asserted => (Code::UnsupportedGround, "support"),
            _ if prior_only => (Code::NoNewEvidence, "new-evidence"),
            _ => continue,
        };
        // A ground with no answer needs its points written first.
        let in_file = (code != Code::UnansweredGround)
            .then(|| lookup.answers_in_file(g, code == Code::NoNewEvidence))
            .flatten();
        match in_file {
            Some(i) => cite_for(i, Some(g), Some(resolves(code, id))),
            None => tasks.push(task(fallback, &[g], vec![resolves(code, id)])),
        }
        if prior_only && code != Code::NoNewEvidence {
            tasks.push(task(
                "new-evidence",
                &[g],
                vec![resolves(Code::NoNewEvidence, id)],
            ));
        }
    }

    for (i, mut grounds, done) in cite {
        let serves = serves.get(&i).copied().unwrap_or(&[]);
        grounds.sort_unstable();
        grounds.dedup();
        grounds.retain(|g| serves.binary_search(g).is_err());
        let total = serves.len() + grounds.len();
        let listed = first_merged(serves, &grounds, GROUNDS_LISTED);
        tasks.push(Action {
            more_grounds: total.saturating_sub(GROUNDS_LISTED),
            ..cite_task(checked, i, &listed, done, by)
        });
    }

    for name in sponsors_unshown(checked) {
        tasks.push(Action {
            detail: Some(name),
            ..task("sponsor", &[], Vec::new())
        });
    }
    let unshown = unshown_events(checked);
    if !unshown.is_empty() {
        tasks.push(Action {
            detail: Some(super::prose::join_and(&unshown)),
            ..task("chronology", &[], Vec::new())
        });
    }
    tasks.extend(evidence_tasks(checked, by, &review));
    tasks
}

/// For a ground whose opinions all predate the decision, the current
/// opinions of the same kinds already in the file, to cite instead.
pub fn current_for(checked: &Checked, g: usize) -> Vec<usize> {
    current_with(checked, g, |k| current_opinion(checked, k))
}

/// [`current_for`] with the look-up of a kind's current opinion given.
fn current_with(checked: &Checked, g: usize, current: impl Fn(&str) -> Option<usize>) -> Vec<usize> {
    let case = &checked.case;
    if case.info.exercise || !stale(checked, g, case.info.decision.date.value) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let kinds = checked.report.grounds[g]
        .evidence
        .iter()
        .flat_map(|&i| case.evidence[i].kinds.iter().map(String::as_str))
        .filter(|k| checked.playbook.is_opinion(k));
    for i in kinds.filter_map(current) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// The task to cite item `i`, already in the file, for `grounds`.
fn cite_task<'a>(
    checked: &'a Checked<'a>,
    i: usize,
    grounds: &[usize],
    done: Vec<Resolves>,
    by: &str,
) -> Action<'a> {
    let e = &checked.case.evidence[i];
    Action {
        document: Some(e.title.as_str()),
        letter: checked.plan.of(i).map(|x| x.letter.as_str()),
        notes: (checked.plan.of(i).is_none())
            .then_some(e.notes.as_deref())
            .flatten(),
        ..team_task("cite", grounds, done, by)
    }
}

/// A task of the team's, with nothing filled in but its kind, grounds and
/// what it resolves.
fn team_task<'a>(task: &'static str, grounds: &[usize], done: Vec<Resolves>, by: &str) -> Action<'a> {
    Action {
        number: 0,
        blocking: false,
        task,
        document: None,
        letter: None,
        from: None,
        grounds: numerals(grounds),
        more_grounds: more_grounds(grounds),
        by: by.to_owned(),
        requested_on: None,
        days_waiting: None,
        baseline: false,
        notes: None,
        facts: Vec::new(),
        detail: None,
        resolves: done,
    }
}

/// The sponsors the statement of facts names with no financial-support
/// document of theirs in the packet (a re-filing encloses the form).
fn sponsors_unshown(checked: &Checked) -> Vec<String> {
    let case = &checked.case;
    if is_denial(checked) {
        return Vec::new();
    }
    case.info
        .sponsors
        .iter()
        .filter(|s| {
            let name = s.name.to_lowercase();
            !checked.plan.exhibits.iter().any(|x| {
                let e = &case.evidence[x.evidence];
                e.is_kind("financial-support")
                    && e.author
                        .as_deref()
                        .is_some_and(|a| a.to_lowercase().contains(&name))
            })
        })
        .map(|s| s.name.clone())
        .collect()
}

/// The dates of the chronology's events that no exhibit in the packet
/// shows: a final document leaves them out.
fn unshown_events(checked: &Checked) -> Vec<String> {
    let case = &checked.case;
    case.timeline
        .iter()
        .filter(|t| {
            !t.evidence.iter().any(|id| {
                case.evidence
                    .iter()
                    .position(|e| e.id == id.value)
                    .is_some_and(|i| checked.plan.of(i).is_some())
            })
        })
        .map(|t| super::prose::us_date(t.date.value))
        .collect()
}

/// Per document: decide on one no ground fits (`review`), translate, find
/// the scanned copy.
fn evidence_tasks<'a>(checked: &'a Checked<'a>, by: &str, review: &[usize]) -> Vec<Action<'a>> {
    let mut tasks = Vec::new();
    for (i, e) in checked.case.evidence.iter().enumerate() {
        let document = |t: &'static str, grounds: &[usize], done: Vec<Resolves>| Action {
            document: Some(e.title.as_str()),
            letter: checked.plan.of(i).map(|x| x.letter.as_str()),
            notes: e.notes.as_deref(),
            ..team_task(t, grounds, done, by)
        };
        // Which grounds cite it, asked only of a document with a task.
        let cited = || citing(checked, i);
        if review.contains(&i) {
            tasks.push(document(
                "review",
                &[],
                vec![resolves(Code::UnusedEvidence, &e.id)],
            ));
        }
        if super::translation::TranslationStatus::of(e).is_problem() {
            tasks.push(document(
                "translate",
                &cited(),
                vec![resolves(Code::MissingTranslation, &e.id)],
            ));
        }
        if let Some(file) = &e.file
            && !checked.base_dir.join(&file.value).exists()
        {
            tasks.push(document(
                "file",
                &cited(),
                vec![resolves(Code::MissingFile, &e.id)],
            ));
        }
    }
    tasks
}

/// What the letters, the action list and the memo context look up again and
/// again, found in one pass over the grounds and one over the evidence: the
/// grounds each type serves, the current document of each type, and the
/// documents in the file that could answer a ground. Each of these used to
/// be a scan of the whole case per requested item, uncited item or ground,
/// so that the time grew with the square of the case.
pub struct Lookup<'a> {
    checked: &'a Checked<'a>,
    /// Per type, the grounds whose category expects it, ascending.
    expects: HashMap<&'a str, Vec<usize>>,
    /// Per type, the grounds whose category expects it or is made stronger
    /// by it, ascending.
    serves: HashMap<&'a str, Vec<usize>>,
    /// Per type, the first received item of it dated on or after the decision.
    current: HashMap<&'a str, usize>,
    /// Per type, in file order, the received items not filed before that
    /// are dated on or after the decision (`fresh`), or that no point cites
    /// (`uncited`): [`answers_in_file`]'s candidates.
    fresh: HashMap<&'a str, Vec<usize>>,
    uncited: HashMap<&'a str, Vec<usize>>,
    /// Per type asked about, the grounds whose category expects it and
    /// that cite none of it (`Lacking`), expects it (`Expects`) or expects
    /// it or is made stronger by it (`Serves`), ascending, with their
    /// categories: made the first time it is asked, then shared by every
    /// document of the type.
    lists: std::cell::RefCell<HashMap<(String, Which), Rc<GroundList<'a>>>>,
}

/// Which of a type's lists of grounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Which {
    Lacking,
    Expects,
    Serves,
}

impl<'a> Lookup<'a> {
    pub fn new(checked: &'a Checked<'a>) -> Lookup<'a> {
        let case = &checked.case;
        let mut expects: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut serves: HashMap<&str, Vec<usize>> = HashMap::new();
        for (g, ground) in case.grounds.iter().enumerate() {
            let Some(c) = checked.playbook.category(&ground.category) else {
                continue;
            };
            for kind in c.expects.iter().chain(&c.strengthens) {
                let list = serves.entry(kind.as_str()).or_default();
                if list.last() != Some(&g) {
                    list.push(g);
                }
            }
            for kind in &c.expects {
                let list = expects.entry(kind.as_str()).or_default();
                if list.last() != Some(&g) {
                    list.push(g);
                }
            }
        }
        let decision = case.info.decision.date.value;
        let mut current = HashMap::new();
        let mut fresh: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut uncited: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, e) in case.evidence.iter().enumerate() {
            if !e.is_received() {
                continue;
            }
            let dated_after = e.date.as_ref().is_some_and(|d| d.value >= decision);
            for kind in &e.kinds {
                if dated_after {
                    current.entry(kind.as_str()).or_insert(i);
                }
                if e.submitted_before {
                    continue;
                }
                for (wanted, lists) in [
                    (dated_after, &mut fresh),
                    (!checked.graph.is_cited(i), &mut uncited),
                ] {
                    if wanted {
                        let list = lists.entry(kind.as_str()).or_default();
                        if list.last() != Some(&i) {
                            list.push(i);
                        }
                    }
                }
            }
        }
        Lookup {
            checked,
            expects,
            serves,
            current,
            fresh,
            uncited,
            lists: Default::default(),
        }
    }

    /// The checked case it indexes.
    pub fn checked(&self) -> &'a Checked<'a> {
        self.checked
    }

    /// A type's list of grounds, made once.
    fn list(&self, kind: &str, which: Which) -> Rc<GroundList<'a>> {
        let key = (kind.to_owned(), which);
        if let Some(found) = self.lists.borrow().get(&key) {
            return Rc::clone(found);
        }
        let grounds: Vec<usize> = match which {
            Which::Lacking => self
                .served_by(kind, false)
                .iter()
                .copied()
                .filter(|&g| !cites_type(self.checked, g, kind))
                .collect(),
            Which::Expects => self.served_by(kind, false).to_vec(),
            Which::Serves => self.served_by(kind, true).to_vec(),
        };
        let list = Rc::new(GroundList::new(self.checked, grounds));
        self.lists.borrow_mut().insert(key, Rc::clone(&list));
        list
    }

    /// The grounds whose category expects evidence of type `kind` and that
    /// cite none of it, ascending.
    fn lacking(&self, kind: &str) -> Rc<GroundList<'a>> {
        self.list(kind, Which::Lacking)
    }

    /// [`Lookup::served_by`], as a list a document's grounds can share.
    fn serving(&self, kind: &str, strengthens: bool) -> Rc<GroundList<'a>> {
        self.list(
            kind,
            if strengthens {
                Which::Serves
            } else {
                Which::Expects
            },
        )
    }

    /// The grounds whose category expects evidence of type `kind` (or, with
    /// `strengthens`, is made stronger by it), ascending.
    fn served_by(&self, kind: &str, strengthens: bool) -> &[usize] {
        let by = if strengthens { &self.serves } else { &self.expects };
        by.get(kind).map_or(&[], Vec::as_slice)
    }

    /// A received item of type `kind` dated on or after the decision, the
    /// first in the file.
    fn current_opinion(&self, kind: &str) -> Option<usize> {
        self.current.get(kind).copied()
    }

    /// [`answers_in_file`], from the index.
    pub fn answers_in_file(&self, g: usize, new: bool) -> Option<usize> {
        let checked = self.checked;
        let case = &checked.case;
        if case.info.exercise {
            return None;
        }
        let category = checked.playbook.category(&case.grounds[g].category)?;
        let own = &checked.report.grounds[g].evidence;
        let candidates = if new { &self.fresh } else { &self.uncited };
        // The first candidate in file order of any of `types`, not cited
        // under this ground already.
        let first = |types: &[String]| {
            types
                .iter()
                .filter_map(|t| candidates.get(t.as_str())?.iter().find(|i| !own.contains(i)))
                .min()
                .copied()
        };
        first(&category.expects).or_else(|| first(&category.strengthens))
    }

    /// [`current_for`], from the index.
    pub fn current_for(&self, g: usize) -> Vec<usize> {
        current_with(self.checked, g, |k| self.current_opinion(k))
    }
}

/// A received document in the file, not yet cited under ground `g`, that
/// would answer it: of a type its category expects (else one it is
/// strengthened by); for a ground that needs something new (`new`), one
/// not filed before and dated on or after the decision, wherever else it is
/// cited; otherwise one no point cites yet. Evidence the decision weighed
/// is never the answer.
pub fn answers_in_file(checked: &Checked, g: usize, new: bool) -> Option<usize> {
    let case = &checked.case;
    if case.info.exercise {
        // Which document answers a ground is the student's question.
        return None;
    }
    let decision = case.info.decision.date.value;
    let category = checked.playbook.category(&case.grounds[g].category)?;
    let fits = |e: &Evidence, types: &[String]| e.kinds.iter().any(|k| types.contains(k));
    let candidates = || {
        case.evidence.iter().enumerate().filter(|(i, e)| {
            e.is_received()
                && !checked.report.grounds[g].evidence.contains(i)
                && !e.submitted_before
                && if new {
                    e.date.as_ref().is_some_and(|d| d.value >= decision)
                } else {
                    !checked.graph.is_cited(*i)
                }
        })
    };
    candidates()
        .find(|(_, e)| fits(e, &category.expects))
        .or_else(|| candidates().find(|(_, e)| fits(e, &category.strengthens)))
        .map(|(i, _)| i)
}

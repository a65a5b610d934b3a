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

/// When the response is due within this many days, the action list opens
/// with sending it today by a tracked courier.
pub const COURIER_DAYS: i32 = 5;

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
    /// The grounds it would answer, in decision order.
    pub concerns: Vec<Concern<'a>>,
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
    /// document no ground cites), `courier` (the response is due within
    /// [`COURIER_DAYS`] days: send it today, tracked; `by` is the due date).
    pub task: &'static str,
    /// The document's title (or the type's label).
    pub document: Option<&'a str>,
    /// Its exhibit letter, when it is in the packet.
    pub letter: Option<&'a str>,
    /// Whom to ask: a name from the case file or the playbook's role.
    pub from: Option<String>,
    /// The grounds it serves, by numeral.
    pub grounds: Vec<String>,
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
        let from = recipient(checked, Some(e), &e.kind, &[]).to;
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

/// The letters and the action list of a checked case.
pub fn build<'a>(checked: &'a Checked<'a>) -> (RequestsContext<'a>, Vec<Action<'a>>) {
    let (needed_by, rule) = needed_by(checked);
    let by = needed_by.to_string();
    let mut needs = needs(checked);
    let fact_gaps = fact_gaps(checked);
    fact_needs(checked, &fact_gaps, &mut needs);

    let mut letters: Vec<Letter> = Vec::new();
    // The needs of each letter, by index into `needs`.
    let mut firsts: Vec<Vec<usize>> = Vec::new();
    for (n, need) in needs.iter().enumerate() {
        let key = need.who.to.trim().to_lowercase();
        match letters.iter().position(|l| l.to.trim().to_lowercase() == key) {
            Some(i) => firsts[i].push(n),
            None => firsts.push(vec![n]),
        }
        let wanted = need.wanted(checked);
        match letters.iter_mut().find(|l| l.to.trim().to_lowercase() == key) {
            Some(letter) => letter.documents.push(wanted),
            None => letters.push(Letter {
                number: letters.len() + 1,
                salutation: salutation(need),
                to: need.who.to.clone(),
                role: need.who.role,
                capacity: need.who.capacity,
                language: None,
                to_words: None,
                unworded: None,
                documents: vec![wanted],
            }),
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
    actions.extend(team_tasks(checked, &by));
    fact_actions(checked, &fact_gaps, &by, &mut actions);
    // Blocking first; otherwise in the order found (stable sort).
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

/// With the response due within [`COURIER_DAYS`] days of today (and not
/// yet past), the first task: send it today by a courier that tracks it, so
/// that the agency receives it by the date (mailing it by then is not
/// enough).
fn courier<'a>(checked: &Checked) -> Option<Action<'a>> {
    let due = checked.case.info.decision.respond_by.as_ref()?.value;
    let days = check::days_between(checked.today, due);
    (0..=COURIER_DAYS).contains(&days).then(|| Action {
        number: 0,
        blocking: true,
        task: "courier",
        document: None,
        letter: None,
        from: None,
        grounds: Vec::new(),
        by: due.to_string(),
        requested_on: None,
        days_waiting: None,
        baseline: false,
        notes: None,
        facts: Vec::new(),
    })
}

/// A fact nothing in the file shows is a letter to whoever would write the
/// document, unless a letter already asks for one of that type.
fn fact_needs<'a>(
    checked: &'a Checked<'a>,
    fact_gaps: &[(&crate::check::facts::FactState, FactTask)],
    needs: &mut Vec<Need<'a>>,
) {
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
                need.fact_ids.push(f.id.clone());
            }
            continue;
        }
        let kind: &'a str = checked
            .playbook
            .evidence_type(kind)
            .map_or("other", |t| t.id.as_str());
        let grounds = served_by(checked, kind, false);
        let who = recipient(
            checked,
            task.evidence.map(|i| &checked.case.evidence[i]),
            kind,
            &grounds,
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
    grounds: Vec<usize>,
    blocking: bool,
    baseline: bool,
    /// The facts a memo cannot state without the document (labels).
    facts: Vec<String>,
    /// The same facts, by id.
    fact_ids: Vec<String>,
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
            concerns: self.grounds.iter().map(|&g| concern(checked, g)).collect(),
            facts: self.facts.clone(),
            fact_ids: self.fact_ids.clone(),
            kind,
            ground_needs: ground_needs(checked, &self.grounds),
            words: None,
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
            grounds: numerals(&self.grounds),
            by: by.to_owned(),
            requested_on: item.and_then(requested_on),
            days_waiting: item.and_then(|e| days_waiting(checked, e)),
            baseline: self.baseline,
            notes: item.and_then(|e| e.notes.as_deref()),
            facts: self.facts.clone(),
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

/// The `letter` lines of the grounds' categories, each once.
fn ground_needs<'a>(checked: &'a Checked<'a>, grounds: &[usize]) -> Vec<&'a str> {
    let mut lines: Vec<&str> = Vec::new();
    for &g in grounds {
        let Some(c) = checked.playbook.category(&checked.case.grounds[g].category) else {
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
        category: &ground.category,
        label: checked
            .playbook
            .category(&ground.category)
            .map_or(ground.category.as_str(), |c| c.label.as_str()),
        quote_paragraphs: markdown::paragraphs(&ground.quote),
        cite: ground.cite.as_deref(),
    }
}

/// The grounds whose points cite evidence item `i`.
fn citing(checked: &Checked, i: usize) -> Vec<usize> {
    (0..checked.case.grounds.len())
        .filter(|&g| checked.report.grounds[g].evidence.contains(&i))
        .collect()
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

/// `grounds`, and every other ground whose category expects evidence of
/// type `kind` and that cites none yet: the document would answer it too,
/// so its letter quotes that concern as well.
fn also_answers(checked: &Checked, kind: &str, mut grounds: Vec<usize>) -> Vec<usize> {
    for g in served_by(checked, kind, false) {
        if !grounds.contains(&g) && !cites_type(checked, g, kind) {
            grounds.push(g);
        }
    }
    grounds.sort_unstable();
    grounds
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

/// Whom to ask for item `e` (or a document of type `kind`) answering
/// `grounds`: its author; else, unless a ground's category names its own
/// role for the type, the first person the case file names where the type's
/// `ask` looks; else the role.
fn recipient(checked: &Checked, e: Option<&Evidence>, kind: &str, grounds: &[usize]) -> Recipient {
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
    let categories: Vec<&str> = grounds
        .iter()
        .map(|&g| checked.case.grounds[g].category.as_str())
        .collect();
    let category_role = categories
        .iter()
        .filter_map(|c| playbook.category(c))
        .any(|c| c.author_role.contains_key(kind));
    if !category_role && let Some(named) = named(checked, kind) {
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
            "provider" => (
                info.treatment.as_ref()?.provider.as_deref()?.trim().to_owned(),
                "provider",
            ),
            author_of => {
                let author = checked
                    .case
                    .evidence
                    .iter()
                    .filter(|e| e.kind == author_of)
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
fn needs<'a>(checked: &'a Checked<'a>) -> Vec<Need<'a>> {
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
        let grounds = if cited.is_empty() {
            served_by(checked, &e.kind, true)
        } else {
            also_answers(checked, &e.kind, cited)
        };
        let who = recipient(checked, Some(e), &e.kind, &grounds);
        needs.push(Need {
            reason: "requested",
            evidence: Some(i),
            kind: &e.kind,
            who,
            grounds,
            blocking: blocking || baseline_missing(checked, &e.kind),
            baseline: is_denial(checked) && playbook.baseline.contains(&e.kind),
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
        let grounds: Vec<usize> = served_by(checked, kind, false)
            .into_iter()
            .filter(|&g| !cites_type(checked, g, kind))
            .collect();
        let baseline = baseline_missing(checked, kind);
        if grounds.is_empty() && !baseline {
            continue;
        }
        let who = recipient(checked, None, kind, &grounds);
        needs.push(Need {
            reason: "missing",
            evidence: None,
            kind,
            who,
            blocking: baseline
                || grounds
                    .iter()
                    .any(|&g| checked.report.grounds[g].status < Status::Pending),
            grounds,
            baseline,
            facts: Vec::new(),
            fact_ids: Vec::new(),
        });
    }

    opinion_needs(checked, &mut needs);

    needs.sort_by_key(|n| !n.blocking);
    needs
}

/// Opinions on file: an update for those that predate the decision, a
/// date for those that have none.
fn opinion_needs<'a>(checked: &'a Checked<'a>, needs: &mut Vec<Need<'a>>) {
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
            .filter(|&g| stale(checked, g, decision) && current_opinion(checked, &e.kind).is_none())
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
        let grounds = also_answers(checked, &e.kind, grounds);
        let who = recipient(checked, Some(e), &e.kind, &grounds);
        needs.push(Need {
            reason,
            evidence: Some(i),
            kind: &e.kind,
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

/// The team's own tasks: grounds to answer, documents in the file to cite,
/// translations, new evidence for a re-filing, files to find.
fn team_tasks<'a>(checked: &'a Checked<'a>, by: &str) -> Vec<Action<'a>> {
    let case = &checked.case;
    let mut tasks = Vec::new();
    let task = |task: &'static str, blocking: bool, grounds: &[usize]| Action {
        number: 0,
        blocking,
        task,
        document: None,
        letter: None,
        from: None,
        grounds: numerals(grounds),
        by: by.to_owned(),
        requested_on: None,
        days_waiting: None,
        baseline: false,
        notes: None,
        facts: Vec::new(),
    };

    for (g, result) in checked.report.grounds.iter().enumerate() {
        match result.status {
            Status::Unanswered => tasks.push(task("answer", true, &[g])),
            Status::Asserted => tasks.push(task("support", true, &[g])),
            _ => {}
        }
        if is_denial(checked)
            && !result.evidence.is_empty()
            && result.evidence.iter().all(|&i| case.evidence[i].submitted_before)
        {
            tasks.push(task("new-evidence", true, &[g]));
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
        for i in kinds.filter_map(|k| current_opinion(checked, k)) {
            match current.iter_mut().find(|(x, _)| *x == i) {
                Some((_, grounds)) if !grounds.contains(&g) => grounds.push(g),
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
            ..task("cite", false, &grounds)
        });
    }

    for (i, e) in case.evidence.iter().enumerate() {
        let document = |t: &'static str, blocking: bool, grounds: &[usize]| Action {
            document: Some(e.title.as_str()),
            letter: checked.plan.of(i).map(|x| x.letter.as_str()),
            notes: e.notes.as_deref(),
            ..task(t, blocking, grounds)
        };
        let cited = citing(checked, i);
        if cited.is_empty() && e.is_received() {
            let fits = served_by(checked, &e.kind, true);
            if fits.is_empty() {
                tasks.push(document("review", false, &[]));
            } else {
                let blocking = baseline_missing(checked, &e.kind)
                    || fits
                        .iter()
                        .any(|&g| checked.report.grounds[g].status < Status::Pending);
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
